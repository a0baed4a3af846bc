/* ics: a calendar file (iCalendar, RFC 5545) of whole-day events, each
 * with an alarm the day before: the deadlines a reader takes away. Text
 * only: no store, no pages, no clock (the caller passes the time stamp). */
#ifndef QUANYI_ICS_H
#define QUANYI_ICS_H

#include <stddef.h>

#include "buf.h"
#include "date.h"

struct ics_event {
	struct date day;           /* the whole day the event takes */
	const char *uid;           /* unique and stable: the same deadline, the same UID */
	const char *summary;       /* one line */
	const char *description;   /* may span lines */
	const char *alarm;         /* what the alarm says */
};

void ics_calendar(const struct ics_event *ev, size_t n, const char *stamp, struct buf *out);

#endif
