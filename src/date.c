/* date: calendar dates, periods and the working-day rule. */
#define _GNU_SOURCE   /* timegm */
#include "date.h"

#include <stdio.h>
#include <string.h>
#include <time.h>

/* date_leap: 1 if y is a leap year in the Gregorian calendar. */
int date_leap(int y)
{
	return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

/* date_days_in_month: the number of days of month m (1-12) of year y. */
int date_days_in_month(int y, int m)
{
	static const int mdays[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };

	if (m < 1 || m > 12)
		return 0;
	return m == 2 && date_leap(y) ? 29 : mdays[m - 1];
}

/* date_read: "YYYY-MM-DD" (len bytes) naming a real date into *out; 1 on
 * success, 0 (and *out unset) otherwise. */
static int date_read(const char *s, size_t len, struct date *out)
{
	struct date d;

	if (!s || len != 10 || s[4] != '-' || s[7] != '-')
		return 0;
	for (int i = 0; i < 10; i++)
		if (i != 4 && i != 7 && (s[i] < '0' || s[i] > '9'))
			return 0;
	d.y = (s[0] - '0') * 1000 + (s[1] - '0') * 100 + (s[2] - '0') * 10 + (s[3] - '0');
	d.m = (s[5] - '0') * 10 + (s[6] - '0');
	d.d = (s[8] - '0') * 10 + (s[9] - '0');
	if (d.y < 1 || d.d < 1 || d.d > date_days_in_month(d.y, d.m))
		return 0;
	*out = d;
	return 1;
}

/* date_parse: the C string s as "YYYY-MM-DD" naming a real date into
 * *out; 1 on success, 0 (and *out unset) otherwise. */
int date_parse(const char *s, struct date *out)
{
	return s && date_read(s, strlen(s), out);
}

/* date_ok: 1 if s (len bytes) is YYYY-MM-DD naming a real date in the
 * years min_year..max_year. */
int date_ok(const char *s, size_t len, int min_year, int max_year)
{
	struct date d;

	return date_read(s, len, &d) && d.y >= min_year && d.y <= max_year;
}

/* date_why: why s is not a date of the years 1900..2199 as the forms
 * take it (YYYY-MM-DD): not that shape, a day its month does not have
 * (*y and *m get the year and month), or a year out of range; DATE_WHY_OK
 * when it is one. */
enum date_why_not date_why(const char *s, int *y, int *m)
{
	struct date d;
	size_t len = s ? strlen(s) : 0;

	*y = *m = 0;
	if (date_ok(s, len, 1900, 2199))
		return DATE_WHY_OK;
	if (date_read(s, len, &d))
		return DATE_WHY_RANGE;
	if (len != 10 || s[4] != '-' || s[7] != '-')
		return DATE_WHY_FORMAT;
	for (int i = 0; i < 10; i++)
		if (i != 4 && i != 7 && (s[i] < '0' || s[i] > '9'))
			return DATE_WHY_FORMAT;
	*y = (s[0] - '0') * 1000 + (s[1] - '0') * 100 + (s[2] - '0') * 10 + (s[3] - '0');
	*m = (s[5] - '0') * 10 + (s[6] - '0');
	if (*m < 1 || *m > 12 || (s[8] == '0' && s[9] == '0'))
		return DATE_WHY_FORMAT;
	if (*y < 1900 || *y > 2199)
		return DATE_WHY_RANGE;
	return DATE_WHY_NO_DAY;
}

/* date_iso: d as "YYYY-MM-DD". */
void date_iso(struct date d, char out[11])
{
	unsigned y = (unsigned)d.y % 10000u, m = (unsigned)d.m % 100u, day = (unsigned)d.d % 100u;

	snprintf(out, 11, "%04u-%02u-%02u", y, m, day);
}

/* date_zh: d as "2026年3月1日". */
void date_zh(struct date d, char *out, size_t outsz)
{
	snprintf(out, outsz, "%d年%d月%d日", d.y, d.m, d.d);
}

/* date_china_time: a UTC time ("2026-11-23T17:00:00Z") into *t as the
 * time in China (UTC+8). 1, or 0 when iso is not such a time. */
static int date_china_time(const char *iso, struct tm *t)
{
	int y, m, d, hh, mm, ss;
	time_t when;

	if (!iso || strlen(iso) != 20 || iso[19] != 'Z' ||
	    sscanf(iso, "%4d-%2d-%2dT%2d:%2d:%2d", &y, &m, &d, &hh, &mm, &ss) != 6)
		return 0;
	memset(t, 0, sizeof(*t));
	t->tm_year = y - 1900;
	t->tm_mon = m - 1;
	t->tm_mday = d;
	t->tm_hour = hh;
	t->tm_min = mm;
	t->tm_sec = ss;
	when = timegm(t) + 8 * 3600;
	return gmtime_r(&when, t) != NULL;
}

/* date_zh_iso: "2026-11-23" as "2026年11月23日"; a UTC time
 * ("2026-11-23T17:00:00Z") as the date in China (UTC+8); anything else as
 * given. */
void date_zh_iso(const char *iso, char *out, size_t outsz)
{
	struct tm t;
	struct date dt;

	if (date_china_time(iso, &t))
		snprintf(out, outsz, "%d年%d月%d日", t.tm_year + 1900, t.tm_mon + 1, t.tm_mday);
	else if (iso && strlen(iso) >= 10 && date_read(iso, 10, &dt))
		date_zh(dt, out, outsz);
	else
		snprintf(out, outsz, "%s", iso ? iso : "");
}

/* date_zh_time: a UTC time ("2026-12-04T02:55:00Z") as the date and time
 * in China (UTC+8): "2026年12月4日 10:55"; anything else as date_zh_iso
 * gives it. */
void date_zh_time(const char *iso, char *out, size_t outsz)
{
	struct tm t;

	if (date_china_time(iso, &t))
		snprintf(out, outsz, "%d年%d月%d日 %02d:%02d", t.tm_year + 1900, t.tm_mon + 1,
			 t.tm_mday, t.tm_hour, t.tm_min);
	else
		date_zh_iso(iso, out, outsz);
}

/* date_cmp: <0, 0 or >0 as a is before, on or after b. */
int date_cmp(struct date a, struct date b)
{
	if (a.y != b.y)
		return a.y < b.y ? -1 : 1;
	if (a.m != b.m)
		return a.m < b.m ? -1 : 1;
	if (a.d != b.d)
		return a.d < b.d ? -1 : 1;
	return 0;
}

/* date_day_number: days since 1970-01-01 (negative before), so that two
 * dates can be subtracted. */
long date_day_number(struct date d)
{
	long y = d.y - (d.m <= 2);
	long era = (y >= 0 ? y : y - 399) / 400;
	long yoe = y - era * 400;
	long mp = (d.m + 9) % 12;
	long doy = (153 * mp + 2) / 5 + d.d - 1;
	long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;

	return era * 146097 + doe - 719468;
}

/* date_from_day_number: the date n days after 1970-01-01. */
struct date date_from_day_number(long n)
{
	long z = n + 719468;
	long era = (z >= 0 ? z : z - 146096) / 146097;
	long doe = z - era * 146097;
	long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	long mp = (5 * doy + 2) / 153;
	struct date d;

	d.d = (int)(doy - (153 * mp + 2) / 5 + 1);
	d.m = (int)(mp < 10 ? mp + 3 : mp - 9);
	d.y = (int)(yoe + era * 400 + (d.m <= 2));
	return d;
}

/* date_weekday: 1 (Monday) to 7 (Sunday). */
int date_weekday(struct date d)
{
	long n = date_day_number(d);   /* 1970-01-01 was a Thursday */
	long w = ((n % 7) + 7 + 3) % 7;

	return (int)w + 1;
}

/* date_add_days: days after d (before, when negative). */
struct date date_add_days(struct date d, long days)
{
	return date_from_day_number(date_day_number(d) + days);
}

/* date_add_months: the same day, months later; a day the month does not
 * have becomes the month's last day (民法典 第202条: a period in months
 * ends on the corresponding day, or on the month's last day). */
struct date date_add_months(struct date d, int months)
{
	long total = (long)d.y * 12 + (d.m - 1) + months;
	struct date r = { (int)(total / 12), (int)(total % 12) + 1, d.d };
	int dim = date_days_in_month(r.y, r.m);

	if (r.d > dim)
		r.d = dim;
	return r;
}

/* date_add_years: the same month and day, years later; 29 February
 * becomes 28 February in a year that has no 29th. */
struct date date_add_years(struct date d, int years)
{
	return date_add_months(d, years * 12);
}

/* date_rest_day: 1 when d is not a working day: a public holiday of the
 * table, or a Saturday or Sunday that the table does not make a working
 * day (the site's reading of 民法典 第203条 and 民事诉讼法 第85条: weekends
 * count as rest days, adjusted working days as working days). *known is
 * 0 when the table does not cover d's year (then only the plain week is
 * used). */
int date_rest_day(const struct date_calendar *cal, struct date d, int *known)
{
	int weekend = date_weekday(d) >= 6;

	*known = cal && d.y >= cal->first && d.y <= cal->last;
	if (!*known)
		return weekend;
	for (size_t i = 0; i < cal->n; i++)
		if (date_cmp(cal->days[i].day, d) == 0)
			return cal->days[i].kind == DATE_HOLIDAY;
	return weekend;
}

/* date_deadline_from: the deadline whose plain last day is safe. */
static struct date_deadline date_deadline_from(const struct date_calendar *cal, struct date safe)
{
	struct date_deadline r;
	int known;

	memset(&r, 0, sizeof(r));
	r.safe = r.legal = safe;
	r.covered = 1;
	for (int i = 0; i < 60 && date_rest_day(cal, r.legal, &known); i++) {
		if (!known && r.covered) {
			r.covered = 0;
			r.uncovered_year = r.legal.y;
		}
		r.legal = date_add_days(r.legal, 1);
	}
	date_rest_day(cal, r.legal, &known);
	if (!known && r.covered) {
		r.covered = 0;
		r.uncovered_year = r.legal.y;
	}
	r.moved = date_cmp(r.safe, r.legal) != 0;
	return r;
}

/* date_deadline_days: a period of days from the day of from (which is
 * not counted: 民法典 第201条, 民事诉讼法 第85条) ends days later; a last
 * day that is not a working day moves to the next working day (民法典
 * 第203条). */
struct date_deadline date_deadline_days(const struct date_calendar *cal, struct date from,
					long days)
{
	return date_deadline_from(cal, date_add_days(from, days));
}

/* date_deadline_months: a period of months (or years, as 12 months) from
 * from ends on the corresponding day (第202条), moved like a period of
 * days. */
struct date_deadline date_deadline_months(const struct date_calendar *cal, struct date from,
					  int months)
{
	return date_deadline_from(cal, date_add_months(from, months));
}

/* date_deadline_workdays: a period of working days from the day of from
 * (not counted) ends on the days-th working day after it (public holidays
 * and weekends skipped, adjusted working days counted); safe and legal are
 * that day, covered is 0 when the table lacks a year the count passed. */
struct date_deadline date_deadline_workdays(const struct date_calendar *cal, struct date from,
					    int days)
{
	struct date_deadline r;
	struct date d = from;
	int known;

	memset(&r, 0, sizeof(r));
	r.covered = 1;
	for (int left = days, guard = 0; left > 0 && guard < 3660; guard++) {
		d = date_add_days(d, 1);
		if (!date_rest_day(cal, d, &known))
			left--;
		if (!known && r.covered) {
			r.covered = 0;
			r.uncovered_year = d.y;
		}
	}
	r.safe = r.legal = d;
	return r;
}

/* date_today: today's date in China (UTC+8, no daylight saving): the
 * readers' calendar, whatever the server's time zone. */
struct date date_today(void)
{
	time_t now = time(NULL) + 8 * 3600;
	struct tm tm;
	struct date d = { 1970, 1, 1 };

	if (gmtime_r(&now, &tm)) {
		d.y = tm.tm_year + 1900;
		d.m = tm.tm_mon + 1;
		d.d = tm.tm_mday;
	}
	return d;
}
