/* ics: whole-day events as RFC 5545 text: CRLF line ends, lines folded
 * at 75 octets (never inside a UTF-8 character), text values escaped. */
#include "ics.h"

#include <string.h>

/* ics_line: one content line (name and already escaped value) onto out,
 * folded: a line longer than 75 octets goes on after CRLF and a space
 * (RFC 5545 §3.1), cut only between characters. */
static void ics_line(struct buf *out, const char *name, const char *value)
{
	struct buf l;
	size_t used = 0;

	buf_init(&l);
	buf_puts(&l, name);
	buf_puts(&l, value);
	for (size_t i = 0; i < l.len;) {
		unsigned char c = (unsigned char)l.data[i];
		size_t k = c < 0x80 ? 1 : c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : 2;

		if (used + k > 75) {
			buf_puts(out, "\r\n ");
			used = 1;
		}
		buf_append(out, l.data + i, k);
		used += k;
		i += k;
	}
	buf_puts(out, "\r\n");
	buf_free(&l);
}

/* ics_text: s as an escaped TEXT value (RFC 5545 §3.3.11): backslash,
 * semicolon and comma escaped, a line end written \n. */
static void ics_text(struct buf *out, const char *s)
{
	buf_puts(out, "");
	for (; s && *s; s++) {
		if (*s == '\\' || *s == ';' || *s == ',') {
			buf_putc(out, '\\');
			buf_putc(out, *s);
		} else if (*s == '\n') {
			buf_puts(out, "\\n");
		} else if (*s != '\r') {
			buf_putc(out, *s);
		}
	}
}

/* ics_date: d as a DATE value, YYYYMMDD. */
static void ics_date(struct buf *out, struct date d)
{
	char iso[11];

	date_iso(d, iso);
	buf_printf(out, "%.4s%.2s%.2s", iso, iso + 5, iso + 8);
}

/* ics_calendar: a calendar of the n events ev into out: each a whole day
 * (DTSTART and DTEND as dates, the end the day after: §3.6.1), not shown
 * as busy, with a display alarm at 9:00 the day before (15 hours before
 * the day starts). stamp is the UTC time the file was made
 * (YYYYMMDDTHHMMSSZ, for DTSTAMP). */
void ics_calendar(const struct ics_event *ev, size_t n, const char *stamp, struct buf *out)
{
	struct buf v;

	buf_init(&v);
	ics_line(out, "BEGIN:VCALENDAR", "");
	ics_line(out, "VERSION:2.0", "");
	ics_line(out, "PRODID:-//quanyi//deadlines//ZH", "");
	ics_line(out, "CALSCALE:GREGORIAN", "");
	ics_line(out, "METHOD:PUBLISH", "");
	for (size_t i = 0; i < n; i++) {
		ics_line(out, "BEGIN:VEVENT", "");
		buf_reset(&v);
		ics_text(&v, ev[i].uid);
		ics_line(out, "UID:", v.data);
		ics_line(out, "DTSTAMP:", stamp);
		buf_reset(&v);
		ics_date(&v, ev[i].day);
		ics_line(out, "DTSTART;VALUE=DATE:", v.data);
		buf_reset(&v);
		ics_date(&v, date_add_days(ev[i].day, 1));
		ics_line(out, "DTEND;VALUE=DATE:", v.data);
		buf_reset(&v);
		ics_text(&v, ev[i].summary);
		ics_line(out, "SUMMARY:", v.data);
		if (ev[i].description && *ev[i].description) {
			buf_reset(&v);
			ics_text(&v, ev[i].description);
			ics_line(out, "DESCRIPTION:", v.data);
		}
		ics_line(out, "TRANSP:TRANSPARENT", "");
		ics_line(out, "BEGIN:VALARM", "");
		ics_line(out, "ACTION:DISPLAY", "");
		buf_reset(&v);
		ics_text(&v, ev[i].alarm && *ev[i].alarm ? ev[i].alarm : ev[i].summary);
		ics_line(out, "DESCRIPTION:", v.data);
		ics_line(out, "TRIGGER:-PT15H", "");
		ics_line(out, "END:VALARM", "");
		ics_line(out, "END:VEVENT", "");
	}
	ics_line(out, "END:VCALENDAR", "");
	buf_free(&v);
}
