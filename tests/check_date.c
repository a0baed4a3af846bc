/* Unit tests: dates, periods and the working-day rule (民法典 第201–203条,
 * 民事诉讼法 第85条) against the 2026 schedule of FACTS.md §5. */
#include <string.h>

#include "check_fake.h"
#include "check_suites.h"
#include "content.h"
#include "date.h"
#include "store_value.h"

/* The 2026 public holidays and adjusted working days (国务院办公厅,
 * 2025-11-04), as the content table will hold them. */
static const struct date_special holidays_2026[] = {
	{ { 2026, 1, 1 }, DATE_HOLIDAY }, { { 2026, 1, 2 }, DATE_HOLIDAY },
	{ { 2026, 1, 3 }, DATE_HOLIDAY }, { { 2026, 1, 4 }, DATE_WORKDAY },
	{ { 2026, 2, 14 }, DATE_WORKDAY }, { { 2026, 2, 15 }, DATE_HOLIDAY },
	{ { 2026, 2, 16 }, DATE_HOLIDAY }, { { 2026, 2, 17 }, DATE_HOLIDAY },
	{ { 2026, 2, 18 }, DATE_HOLIDAY }, { { 2026, 2, 19 }, DATE_HOLIDAY },
	{ { 2026, 2, 20 }, DATE_HOLIDAY }, { { 2026, 2, 21 }, DATE_HOLIDAY },
	{ { 2026, 2, 22 }, DATE_HOLIDAY }, { { 2026, 2, 23 }, DATE_HOLIDAY },
	{ { 2026, 2, 28 }, DATE_WORKDAY },
	{ { 2026, 9, 20 }, DATE_WORKDAY }, { { 2026, 9, 25 }, DATE_HOLIDAY },
	{ { 2026, 9, 26 }, DATE_HOLIDAY }, { { 2026, 9, 27 }, DATE_HOLIDAY },
	{ { 2026, 10, 1 }, DATE_HOLIDAY }, { { 2026, 10, 2 }, DATE_HOLIDAY },
	{ { 2026, 10, 3 }, DATE_HOLIDAY }, { { 2026, 10, 4 }, DATE_HOLIDAY },
	{ { 2026, 10, 5 }, DATE_HOLIDAY }, { { 2026, 10, 6 }, DATE_HOLIDAY },
	{ { 2026, 10, 7 }, DATE_HOLIDAY }, { { 2026, 10, 10 }, DATE_WORKDAY },
};
static const struct date_calendar cal = {
	holidays_2026, sizeof(holidays_2026) / sizeof(holidays_2026[0]), 2026, 2026
};

static void expect_day(struct date d, int y, int m, int day)
{
	ck_assert_msg(d.y == y && d.m == m && d.d == day, "got %d-%d-%d, want %d-%d-%d", d.y, d.m,
		      d.d, y, m, day);
}

START_TEST(test_parse_and_count)
{
	struct date d;
	char iso[11], zh[32];

	ck_assert(date_parse("2028-02-29", &d));
	ck_assert(!date_parse("2026-02-29", &d));
	ck_assert(!date_parse("2026-2-1", &d));
	ck_assert(!date_ok("1899-12-31", 10, 1900, 2199));
	date_iso((struct date){ 2026, 3, 1 }, iso);
	ck_assert_str_eq(iso, "2026-03-01");
	date_zh_iso("2026-11-23T17:00:00Z", zh, sizeof(zh));   /* China: the next day */
	ck_assert_str_eq(zh, "2026年11月24日");
	ck_assert_int_eq(date_weekday((struct date){ 2026, 12, 4 }), 5);
	expect_day(date_from_day_number(date_day_number((struct date){ 2026, 12, 31 }) + 1), 2027, 1, 1);
	/* months and years: the corresponding day or the month's last day */
	expect_day(date_add_months((struct date){ 2026, 1, 31 }, 1), 2026, 2, 28);
	expect_day(date_add_months((struct date){ 2028, 1, 31 }, 1), 2028, 2, 29);
	expect_day(date_add_years((struct date){ 2024, 2, 29 }, 1), 2025, 2, 28);
	expect_day(date_add_years((struct date){ 2024, 2, 29 }, 4), 2028, 2, 29);
}
END_TEST

START_TEST(test_deadlines)
{
	struct date_deadline r;

	/* received 2026-09-20, 15 days: the 5th of October, in 国庆 → the 8th */
	r = date_deadline_days(&cal, (struct date){ 2026, 9, 20 }, 15);
	expect_day(r.safe, 2026, 10, 5);
	expect_day(r.legal, 2026, 10, 8);
	ck_assert(r.moved && r.covered);
	/* landing on the adjusted working Saturday 10 October: no move */
	r = date_deadline_days(&cal, (struct date){ 2026, 9, 25 }, 15);
	expect_day(r.legal, 2026, 10, 10);
	ck_assert(!r.moved);
	/* a plain Saturday moves to Monday (the site's reading of weekends) */
	r = date_deadline_days(&cal, (struct date){ 2026, 10, 30 }, 15);
	expect_day(r.safe, 2026, 11, 14);
	expect_day(r.legal, 2026, 11, 16);
	/* 春节: 15 February to 23 February, then a working day */
	r = date_deadline_days(&cal, (struct date){ 2026, 2, 1 }, 15);
	expect_day(r.legal, 2026, 2, 24);
	/* across the year end into a year the table does not cover */
	r = date_deadline_days(&cal, (struct date){ 2026, 12, 20 }, 15);
	expect_day(r.safe, 2027, 1, 4);
	ck_assert(!r.covered);
	ck_assert_int_eq(r.uncovered_year, 2027);
	/* a period in months */
	r = date_deadline_months(&cal, (struct date){ 2026, 8, 31 }, 1);
	expect_day(r.safe, 2026, 9, 30);
	ck_assert(r.covered && !r.moved);
	/* no table at all: weekends only, nothing covered */
	r = date_deadline_days(NULL, (struct date){ 2026, 9, 20 }, 15);
	expect_day(r.legal, 2026, 10, 5);
	ck_assert(!r.covered);
}
END_TEST

/* A holidays table as content: its lines read, bad ones refused; stored,
 * it makes the calendar, whose years stop at the first year without one. */
START_TEST(test_holiday_table)
{
	struct store *s = fake_store(":memory:");
	struct store_value v = { 0, "holidays-2026", "2026", "holidays", "2026", "2026-01-01", "s",
				 "2026-12-04", "2027-01-31", NULL };
	struct date_special *days;
	struct date_calendar c;
	struct date_deadline r;
	struct arena a;
	struct buf err;
	size_t n;
	int changed;
	const char *body = "说明。\n\n- 2026-10-01 休 国庆节\n- 2026-10-02 休\n- 2026-10-10 班 调休\n";

	arena_init(&a);
	buf_init(&err);
	ck_assert_int_eq(content_holidays(body, 2026, &a, &days, &n, &err), 3);
	ck_assert_int_eq(days[2].kind, DATE_WORKDAY);
	ck_assert_int_eq(content_holidays("- 2027-01-01 休\n", 2026, &a, &days, &n, &err), -1);
	ck_assert_int_eq(content_holidays("- 2026-10-01 放\n", 2026, &a, &days, &n, &err), -1);
	ck_assert_int_eq(content_holidays("- 2026-10-01 休\n- 2026-10-01 班\n", 2026, &a, &days, &n, &err), -1);
	ck_assert_int_eq(content_holidays("- 2026-13-01 休\n", 2026, &a, &days, &n, &err), -1);
	ck_assert_int_eq(content_holidays(body, 2026, &a, &days, &n, &err), 3);
	v.body_md = body;
	ck_assert_int_eq(store_value_put(s, &v, days, n, &changed), 0);
	ck_assert_int_eq(changed, 1);
	ck_assert_int_eq(store_value_calendar(s, &a, &c), 0);
	ck_assert_int_eq(c.first, 2026);
	ck_assert_int_eq(c.last, 2026);
	ck_assert_int_eq((int)c.n, 3);
	r = date_deadline_days(&c, (struct date){ 2026, 9, 16 }, 15);   /* 1 October */
	expect_day(r.legal, 2026, 10, 5);                              /* 3, 4 Oct: weekend */
	/* 2028 entered without 2027: the calendar stops at 2026 */
	v.slug = "holidays-2028";
	v.value = "2028";
	v.body_md = "- 2028-01-01 休\n";
	ck_assert_int_eq(content_holidays(v.body_md, 2028, &a, &days, &n, &err), 1);
	ck_assert_int_eq(store_value_put(s, &v, days, n, &changed), 0);
	ck_assert_int_eq(store_value_calendar(s, &a, &c), 0);
	ck_assert_int_eq(c.last, 2026);
	buf_free(&err);
	arena_free(&a);
	store_close(s);
}
END_TEST

Suite *suite_date(void)
{
	Suite *s = suite_create("date");
	TCase *tc = tcase_create("core");

	tcase_add_test(tc, test_parse_and_count);
	tcase_add_test(tc, test_deadlines);
	tcase_add_test(tc, test_holiday_table);
	suite_add_tcase(s, tc);
	return s;
}
