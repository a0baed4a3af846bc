/* date: calendar dates as the readers' papers give them: parsing and
 * writing them, counting days, years and months (民法典 第201–203条, 民事诉讼法
 * 第85条), and the days that are not working days (public holidays and
 * weekends, with adjusted working days) from a table the caller passes.
 * Pure: no I/O; the clock only in date_today. */
#ifndef QUANYI_DATE_H
#define QUANYI_DATE_H

#include <stddef.h>

/* A calendar date; y == 0 means "not given". */
struct date {
	int y, m, d;
};

/* A day that differs from the plain week: a public holiday (休), or a
 * weekend day that is worked (调休上班). */
enum date_kind { DATE_HOLIDAY, DATE_WORKDAY };

struct date_special {
	struct date day;
	enum date_kind kind;
};

/* The public holidays and adjusted working days of the years first..last
 * (the State Council's schedules, entered by editors); a date outside
 * those years cannot be checked for holidays. */
struct date_calendar {
	const struct date_special *days;
	size_t n;
	int first, last;      /* years covered; first > last: none */
};

/* A period's last day, computed both ways (民法典 第201–203条): safe is
 * the plain last day (the first day not counted), legal moves a last day
 * that is not a working day to the next working day; covered is 0 when
 * the table has no schedule for a year the count needed. */
struct date_deadline {
	struct date safe, legal;
	int moved;            /* legal differs from safe */
	int covered;
	int uncovered_year;   /* the first year the table lacks, when !covered */
};

/* Why a text is not a date the forms take. */
enum date_why_not { DATE_WHY_OK, DATE_WHY_FORMAT, DATE_WHY_NO_DAY, DATE_WHY_RANGE };

int date_leap(int y);
int date_days_in_month(int y, int m);
int date_parse(const char *s, struct date *out);
int date_ok(const char *s, size_t len, int min_year, int max_year);
enum date_why_not date_why(const char *s, int *y, int *m);
void date_iso(struct date d, char out[11]);
void date_zh(struct date d, char *out, size_t outsz);
void date_zh_iso(const char *iso, char *out, size_t outsz);
void date_zh_time(const char *iso, char *out, size_t outsz);
int date_cmp(struct date a, struct date b);
long date_day_number(struct date d);
struct date date_from_day_number(long n);
int date_weekday(struct date d);
struct date date_add_days(struct date d, long days);
struct date date_add_months(struct date d, int months);
struct date date_add_years(struct date d, int years);
int date_rest_day(const struct date_calendar *cal, struct date d, int *known);
struct date_deadline date_deadline_days(const struct date_calendar *cal, struct date from,
					long days);
struct date_deadline date_deadline_months(const struct date_calendar *cal, struct date from,
					  int months);
struct date_deadline date_deadline_workdays(const struct date_calendar *cal, struct date from,
					    int days);
struct date date_today(void);

#endif
