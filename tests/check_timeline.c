/* Unit tests: the limitation-period and credit-record timeline. */
#include <stdio.h>
#include <string.h>

#include "check_suites.h"
#include "check_fake.h"
#include "timeline.h"

/* D: a date from "YYYY-MM-DD" (which must be valid). */
static struct date D(const char *s)
{
	struct date d = { 0, 0, 0 };

	ck_assert_msg(date_parse(s, &d), "not a date: %s", s);
	return d;
}

/* iso: d as "YYYY-MM-DD" in a static buffer. */
static const char *iso(struct date d)
{
	static char b[11];

	date_iso(d, b);
	return b;
}

static struct arena tl_arena;
static struct wording tl_w;
static struct date_calendar tl_cal;

static void tl_setup(void)
{
	arena_init(&tl_arena);
	fake_wording("timeline", &tl_arena, &tl_w);
	fake_calendar(&tl_arena, &tl_cal);
}

static void tl_teardown(void)
{
	arena_free(&tl_arena);
}

/* W: the text of the timeline wording's entry id. */
static const char *W(enum timeline_word id)
{
	const char *t = timeline_word(&tl_w, id);

	ck_assert(*t);
	return t;
}

/* HAS_ENTRY: the text t holds the start of entry id (up to its first
 * placeholder), or all of it when it has none. */
static void HAS_ENTRY(const char *t, enum timeline_word id)
{
	const char *e = W(id), *brace = strchr(e, '{');
	char head[512];
	size_t n = brace ? (size_t)(brace - e) : strlen(e);

	if (n >= sizeof(head))
		n = sizeof(head) - 1;
	memcpy(head, e, n);
	head[n] = '\0';
	ck_assert_msg(strstr(t, head) != NULL, "missing “%s” in:\n%s", head, t);
}

/* input: the reader's dates (NULL or "" = not given), today 2026-11-23,
 * the shipped wording and holidays. */
static struct timeline_input input(const char *due, const char *demand, const char *part,
				   const char *plan, const char *repaid)
{
	struct timeline_input in;
	const char *v[TL__N] = { due, demand, part, plan, repaid };

	memset(&in, 0, sizeof(in));
	for (int i = 0; i < TL__N; i++)
		if (v[i] && *v[i])
			in.date[i] = D(v[i]);
	in.today = D("2026-11-23");
	in.w = &tl_w;
	in.cal = &tl_cal;
	return in;
}

/* kinds: the step kinds of r as letters, e.g. "SIE" (start, interrupt, end). */
static const char *kinds(const struct timeline_result *r)
{
	static char b[TIMELINE_STEPS_MAX + 1];
	static const char letter[] = "SBIDAXERC";

	for (int i = 0; i < r->nsteps; i++)
		b[i] = letter[r->step[i].kind];
	b[r->nsteps] = '\0';
	return b;
}

START_TEST(test_calendar)
{
	ck_assert(date_leap(2024));
	ck_assert(date_leap(2000));
	ck_assert(!date_leap(1900));
	ck_assert(!date_leap(2023));
	ck_assert(!date_leap(2100));
	ck_assert_int_eq(date_days_in_month(2024, 2), 29);
	ck_assert_int_eq(date_days_in_month(2023, 2), 28);
	ck_assert_int_eq(date_days_in_month(2023, 4), 30);
	ck_assert_int_eq(date_days_in_month(2023, 12), 31);
	ck_assert_int_eq(date_days_in_month(2023, 13), 0);

	struct date d;
	ck_assert(date_parse("2024-02-29", &d));
	ck_assert(!date_parse("2023-02-29", &d));
	ck_assert(!date_parse("2024-04-31", &d));
	ck_assert(!date_parse("2024-13-01", &d));
	ck_assert(!date_parse("2024-00-10", &d));
	ck_assert(!date_parse("24-01-01", &d));
	ck_assert(!date_parse("2024/01/01", &d));
	ck_assert(!date_parse(NULL, &d));

	ck_assert_int_eq(date_day_number(D("1970-01-01")), 0);
	ck_assert_int_eq(date_day_number(D("1969-12-31")), -1);
	ck_assert_int_eq(date_day_number(D("2000-03-01")) - date_day_number(D("2000-02-28")), 2);
	ck_assert_int_eq(date_day_number(D("2100-03-01")) - date_day_number(D("2100-02-28")), 1);
	ck_assert_int_eq(date_day_number(D("2024-03-01")) - date_day_number(D("2023-03-01")), 366);
	ck_assert_int_lt(date_cmp(D("2024-01-31"), D("2024-02-01")), 0);
	ck_assert_int_eq(date_cmp(D("2024-02-01"), D("2024-02-01")), 0);

	char zh[32];
	date_zh(D("2026-03-01"), zh, sizeof(zh));
	ck_assert_str_eq(zh, "2026年3月1日");
}
END_TEST

/* Adding years keeps the month and day, except 29 February in a year
 * without one, which becomes the 28th; month ends stay month ends. */
START_TEST(test_add_years)
{
	ck_assert_str_eq(iso(date_add_years(D("2024-02-29"), 3)), "2027-02-28");
	ck_assert_str_eq(iso(date_add_years(D("2024-02-29"), 4)), "2028-02-29");
	ck_assert_str_eq(iso(date_add_years(D("2024-02-29"), 5)), "2029-02-28");
	ck_assert_str_eq(iso(date_add_years(D("2096-02-29"), 4)), "2100-02-28");
	ck_assert_str_eq(iso(date_add_years(D("2021-02-28"), 3)), "2024-02-28");
	ck_assert_str_eq(iso(date_add_years(D("2023-01-31"), 3)), "2026-01-31");
	ck_assert_str_eq(iso(date_add_years(D("2023-04-30"), 3)), "2026-04-30");
	ck_assert_str_eq(iso(date_add_years(D("2023-12-31"), 3)), "2026-12-31");
	ck_assert_str_eq(iso(date_add_years(D("2023-03-01"), 5)), "2028-03-01");
}
END_TEST

START_TEST(test_only_due)
{
	struct timeline_input in = input("2022-02-28", NULL, NULL, NULL, NULL);
	struct timeline_result r;

	timeline_compute(&in, &r);
	ck_assert_str_eq(kinds(&r), "SE");
	ck_assert_str_eq(iso(r.end.safe), "2025-02-28");
	ck_assert(r.expired);
	ck_assert(!r.repaid);
	ck_assert_str_eq(r.step[0].rule, W(TW_START_RULE));
	ck_assert(!r.step[0].reading);
	ck_assert_str_eq(r.step[1].rule, W(TW_END_RULE));
	ck_assert(r.step[1].reading);
	ck_assert_ptr_nonnull(strstr(r.step[1].text.data, "2025年2月28日"));
	HAS_ENTRY(r.step[1].text.data, TW_END_EXPIRED);
	HAS_ENTRY(r.step[1].text.data, TW_END_METHOD);
	/* 2025 has no holiday table: said, never guessed. */
	ck_assert_int_eq(r.uncovered_year, 2025);
	ck_assert(!r.end.covered);
	timeline_free(&r);
}
END_TEST

/* The last day, counted with the 2026 holidays (民法典 第203条): a last
 * day in 国庆 moves to the first working day after it; an adjusted
 * working Saturday stays; a plain Sunday moves to Monday; a year without
 * a table is named. */
START_TEST(test_holidays)
{
	struct timeline_input in = input("2023-10-01", NULL, NULL, NULL, NULL);
	struct timeline_result r;
	char want[64];

	timeline_compute(&in, &r);
	ck_assert_str_eq(iso(r.end.safe), "2026-10-01");
	ck_assert_str_eq(iso(r.end.legal), "2026-10-08");
	ck_assert(r.end.moved && r.end.covered);
	ck_assert(r.expired);
	ck_assert_int_eq(r.uncovered_year, 0);
	HAS_ENTRY(r.step[1].text.data, TW_END_MOVED);
	ck_assert_ptr_nonnull(strstr(r.step[1].text.data, "2026年10月8日"));
	timeline_free(&r);

	/* 10 October 2026 is a Saturday worked (调休上班). */
	in = input("2023-10-10", NULL, NULL, NULL, NULL);
	timeline_compute(&in, &r);
	ck_assert_str_eq(iso(r.end.legal), "2026-10-10");
	ck_assert(!r.end.moved);
	timeline_free(&r);

	/* 29 November 2026 is a Sunday: Monday 30 November. */
	in = input("2023-11-29", NULL, NULL, NULL, NULL);
	timeline_compute(&in, &r);
	ck_assert_str_eq(iso(r.end.safe), "2026-11-29");
	ck_assert_str_eq(iso(r.end.legal), "2026-11-30");
	ck_assert(!r.expired);
	ck_assert_int_eq(r.days_left, 7);
	timeline_free(&r);

	/* 31 December 2026 is a Thursday; a demand on it makes the end 31
	 * December 2029, in a year without a table. */
	in = input("2023-12-31", "2026-12-31", NULL, NULL, NULL);
	in.today = D("2027-01-05");
	timeline_compute(&in, &r);
	ck_assert_str_eq(kinds(&r), "SIE");
	ck_assert_str_eq(iso(r.end.safe), "2029-12-31");
	ck_assert(!r.end.covered);
	ck_assert_int_eq(r.uncovered_year, 2029);
	snprintf(want, sizeof(want), "尚未录入%d年节假日安排", 2029);
	ck_assert_ptr_nonnull(strstr(r.step[2].text.data, want));
	timeline_free(&r);
}
END_TEST

START_TEST(test_leap_day_start)
{
	struct timeline_input in = input("2024-02-29", NULL, NULL, NULL, NULL);
	struct timeline_result r;

	timeline_compute(&in, &r);
	/* 28 February 2027 (no 29th), a Sunday: the legal last day is Monday
	 * 1 March, counted by the plain week (2027 has no table yet). */
	ck_assert_str_eq(iso(r.end.safe), "2027-02-28");
	ck_assert_str_eq(iso(r.end.legal), "2027-03-01");
	ck_assert(!r.expired);
	ck_assert_int_eq(r.days_left, date_day_number(D("2027-03-01")) -
			 date_day_number(D("2026-11-23")));
	ck_assert_int_eq(r.uncovered_year, 2027);
	timeline_free(&r);

	/* The last day is today: not expired, no days left. */
	in = input("2023-11-23", NULL, NULL, NULL, NULL);
	timeline_compute(&in, &r);
	ck_assert(!r.expired);
	ck_assert_int_eq(r.days_left, 0);
	HAS_ENTRY(r.step[1].text.data, TW_DAYS_TODAY);
	timeline_free(&r);
	in = input("2023-11-20", NULL, NULL, NULL, NULL);
	timeline_compute(&in, &r);
	ck_assert(r.expired);
	timeline_free(&r);
}
END_TEST

/* Several interruptions, entered out of order: each restarts the period,
 * in date order, and the last one sets the end. */
START_TEST(test_interruptions)
{
	struct timeline_input in = input("2020-01-15", "2022-06-30", "2021-03-01", "2024-05-31", NULL);
	struct timeline_result r;

	timeline_compute(&in, &r);
	ck_assert_str_eq(kinds(&r), "SIIIE");
	ck_assert_int_eq(r.step[1].event, TL_PART);
	ck_assert_int_eq(r.step[2].event, TL_DEMAND);
	ck_assert_int_eq(r.step[3].event, TL_PLAN);
	ck_assert_str_eq(r.step[1].rule, W(TW_INTERRUPT_RULE_AGREE));
	ck_assert_str_eq(r.step[2].rule, W(TW_INTERRUPT_RULE_DEMAND));
	ck_assert_str_eq(r.step[3].rule, W(TW_INTERRUPT_RULE_AGREE));
	/* A demand "usually" restarts it; a payment or a plan does. */
	ck_assert_str_eq(r.step[2].title, W(TW_INTERRUPT_TITLE_DEMAND));
	ck_assert_str_eq(r.step[1].title, W(TW_INTERRUPT_TITLE));
	HAS_ENTRY(r.step[2].text.data, TW_INTERRUPT_TEXT_DEMAND);
	HAS_ENTRY(r.step[1].text.data, TW_INTERRUPT_TEXT_PART);
	ck_assert_ptr_nonnull(strstr(r.step[1].text.data, "2024年3月1日"));
	ck_assert_ptr_nonnull(strstr(r.step[2].text.data, "2025年6月30日"));
	ck_assert_str_eq(iso(r.start), "2024-05-31");
	ck_assert_str_eq(iso(r.end.safe), "2027-05-31");
	ck_assert(!r.expired);
	timeline_free(&r);

	/* Two events on one day: both interrupt, same result. */
	in = input("2020-01-15", "2022-06-30", "2022-06-30", NULL, NULL);
	timeline_compute(&in, &r);
	ck_assert_str_eq(kinds(&r), "SIIE");
	ck_assert_str_eq(iso(r.end.safe), "2025-06-30");
	timeline_free(&r);

	/* An interruption on 29 February ends on 28 February. */
	in = input("2023-05-10", "2024-02-29", NULL, NULL, NULL);
	timeline_compute(&in, &r);
	ck_assert_str_eq(iso(r.end.safe), "2027-02-28");
	timeline_free(&r);

	/* An interruption whose new end falls in 国庆 says it moves. */
	in = input("2022-01-01", "2023-10-03", NULL, NULL, NULL);
	timeline_compute(&in, &r);
	ck_assert_str_eq(iso(r.end.legal), "2026-10-08");
	HAS_ENTRY(r.step[1].text.data, TW_MOVED);
	timeline_free(&r);
}
END_TEST

/* Events on or before the due date do not move the start. */
START_TEST(test_before_start)
{
	struct timeline_input in = input("2023-06-30", "2023-06-01", "2023-06-30", NULL, NULL);
	struct timeline_result r;

	timeline_compute(&in, &r);
	ck_assert_str_eq(kinds(&r), "SBBE");
	HAS_ENTRY(r.step[1].text.data, TW_BEFORE_TEXT_EARLIER);
	HAS_ENTRY(r.step[2].text.data, TW_BEFORE_TEXT_SAME);
	ck_assert_str_eq(iso(r.end.legal), "2026-06-30");
	ck_assert(r.expired);
	timeline_free(&r);
}
END_TEST

/* After the period ran out, a demand changes nothing (the site's reading);
 * a part payment or a plan loses the defence (第192条) and the tool stops
 * computing an end date. */
START_TEST(test_after_expiry)
{
	struct timeline_input in = input("2015-01-10", "2019-05-05", NULL, NULL, NULL);
	struct timeline_result r;

	timeline_compute(&in, &r);
	ck_assert_str_eq(kinds(&r), "SDE");
	ck_assert(r.step[1].reading);
	ck_assert_str_eq(iso(r.end.safe), "2018-01-10");
	ck_assert(r.expired);
	timeline_free(&r);

	in = input("2015-01-10", "2019-06-01", "2019-05-05", NULL, NULL);
	timeline_compute(&in, &r);
	ck_assert_str_eq(kinds(&r), "SAD");
	ck_assert_str_eq(r.step[1].rule, W(TW_EXPIRED_AGREE_RULE));
	HAS_ENTRY(r.step[2].text.data, TW_EXPIRED_DEMAND_TEXT_WAIVED);
	ck_assert(r.waived);
	ck_assert_int_eq(r.end.legal.y, 0);
	timeline_free(&r);

	/* Exactly on the last day the period is still running. */
	in = input("2015-01-10", NULL, "2018-01-10", NULL, NULL);
	timeline_compute(&in, &r);
	ck_assert_str_eq(kinds(&r), "SIE");
	ck_assert_str_eq(iso(r.end.safe), "2021-01-10");
	timeline_free(&r);
}
END_TEST

/* Repaid: no end date, but the day the record should go: 5 years from
 * repayment (the site's reading of 条例第16条), moved like a last day. */
START_TEST(test_repaid)
{
	struct timeline_input in = input("2021-03-31", "2022-01-05", NULL, NULL, "2023-08-31");
	struct timeline_result r;

	timeline_compute(&in, &r);
	ck_assert_str_eq(kinds(&r), "SIRC");
	ck_assert(r.repaid);
	ck_assert_int_eq(r.end.legal.y, 0);
	ck_assert_str_eq(iso(r.credit.safe), "2028-08-31");
	ck_assert(!r.credit_passed);
	ck_assert_str_eq(r.step[3].rule, W(TW_CREDIT_RULE));
	ck_assert(r.step[3].reading);
	HAS_ENTRY(r.step[3].text.data, TW_CREDIT_TEXT);
	HAS_ENTRY(r.step[3].text.data, TW_CREDIT_STATEMENT);
	ck_assert_ptr_nonnull(strstr(r.step[3].text.data, "2028年8月31日"));
	timeline_free(&r);

	/* Repaid on 29 February: the record goes on 28 February. */
	in = input("2019-12-01", NULL, NULL, NULL, "2020-02-29");
	timeline_compute(&in, &r);
	ck_assert_str_eq(iso(r.credit.safe), "2025-02-28");
	ck_assert(r.credit_passed);
	HAS_ENTRY(r.step[2].text.data, TW_CREDIT_PASSED);
	timeline_free(&r);

	/* Repaid on 3 October 2021: five years end in 国庆 2026. */
	in = input("2021-01-01", NULL, NULL, NULL, "2021-10-03");
	timeline_compute(&in, &r);
	ck_assert_str_eq(iso(r.credit.safe), "2026-10-03");
	ck_assert_str_eq(iso(r.credit.legal), "2026-10-08");
	HAS_ENTRY(r.step[2].text.data, TW_CREDIT_MOVED);
	timeline_free(&r);

	/* Repaid after the period ran out: 第192条, no reclaiming. */
	in = input("2015-01-10", NULL, NULL, NULL, "2019-01-01");
	timeline_compute(&in, &r);
	ck_assert_str_eq(kinds(&r), "SRC");
	ck_assert_str_eq(r.step[1].rule, W(TW_REPAID_RULE_AFTER_END));
	ck_assert(!r.step[1].reading);
	timeline_free(&r);

	/* A demand after repayment is no interruption. */
	in = input("2021-03-31", "2024-01-01", NULL, NULL, "2023-08-31");
	timeline_compute(&in, &r);
	ck_assert_str_eq(kinds(&r), "SRXC");
	ck_assert_str_eq(iso(r.credit.safe), "2028-08-31");
	timeline_free(&r);
}
END_TEST

/* A missing due date gives no steps; a repayment on the day of the last
 * part payment, before the due date, or before a later demand is
 * possible. (Which dates the form refuses is page_timeline's table,
 * checked through the page in cgi_tools_test.sh.) */
START_TEST(test_bad_order)
{
	struct timeline_input in = input(NULL, "2024-01-01", NULL, NULL, NULL);
	struct timeline_result r;

	timeline_compute(&in, &r);
	ck_assert_int_eq(r.nsteps, 0);
	timeline_free(&r);
	in = input("2024-06-01", "2024-03-01", "2023-01-01", NULL, "2023-01-01");
	timeline_compute(&in, &r);
	ck_assert(r.repaid);
	timeline_free(&r);
}
END_TEST

/* The shipped wording has every entry the timeline uses. */
START_TEST(test_wording_complete)
{
	size_t n;
	const struct wording_need *needs = timeline_needs(&n);
	struct buf report;

	buf_init(&report);
	ck_assert_int_eq(wording_check(&tl_w, needs, n, &report), 0);
	for (int ev = 0; ev < TL__N; ev++)
		ck_assert(*timeline_hint(&tl_w, (enum timeline_event)ev));
	buf_free(&report);
}
END_TEST

Suite *suite_timeline(void)
{
	Suite *s = suite_create("timeline");
	TCase *tc = tcase_create("dates");

	tcase_add_checked_fixture(tc, tl_setup, tl_teardown);
	tcase_add_test(tc, test_calendar);
	tcase_add_test(tc, test_add_years);
	tcase_add_test(tc, test_only_due);
	tcase_add_test(tc, test_holidays);
	tcase_add_test(tc, test_leap_day_start);
	tcase_add_test(tc, test_interruptions);
	tcase_add_test(tc, test_before_start);
	tcase_add_test(tc, test_after_expiry);
	tcase_add_test(tc, test_repaid);
	tcase_add_test(tc, test_bad_order);
	tcase_add_test(tc, test_wording_complete);
	suite_add_tcase(s, tc);
	return s;
}
