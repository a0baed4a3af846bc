/* Unit tests: the deadlines after a court paper and the reply periods of
 * a complaint, counted with the shipped 2026 holidays (FACTS.md §5):
 * every rule with a last day on a holiday, on a weekend, on an adjusted
 * working Saturday, across the year end into a year without a table and
 * on a leap day; and the calendar file they are taken away in. */
#include <stdio.h>
#include <string.h>

#include "check_fake.h"
#include "check_suites.h"
#include "deadline.h"
#include "ics.h"

static struct arena dl_arena;
static struct wording dl_court, dl_complaint;
static struct date_calendar dl_cal;

static void dl_setup(void)
{
	arena_init(&dl_arena);
	fake_wording("court", &dl_arena, &dl_court);
	fake_wording("complaint", &dl_arena, &dl_complaint);
	fake_calendar(&dl_arena, &dl_cal);
}

static void dl_teardown(void)
{
	arena_free(&dl_arena);
}

/* D: a date from "YYYY-MM-DD". */
static struct date D(const char *s)
{
	struct date d = { 0, 0, 0 };

	ck_assert_msg(date_parse(s, &d), "not a date: %s", s);
	return d;
}

/* iso: d as "YYYY-MM-DD", in one of four static buffers used in turn. */
static const char *iso(struct date d)
{
	static char b[4][11];
	static int k;
	char *o = b[k++ % 4];

	date_iso(d, o);
	return o;
}

/* court: the deadlines after paper received on received (no hearing). */
static struct deadline_result court(enum deadline_paper paper, const char *received)
{
	struct deadline_result r;
	struct date none = { 0, 0, 0 };

	ck_assert_int_eq(deadline_court(&dl_court, paper, D(received), none, &dl_cal, &r), 0);
	return r;
}

/* due: row i of r is dated, with the plain and the moved last day. */
static void due(const struct deadline_result *r, int i, const char *row, const char *safe,
		const char *legal)
{
	ck_assert_int_gt(r->n, i);
	ck_assert_str_eq(r->v[i].row, row);
	ck_assert_msg(r->v[i].dated, "%s is not dated", row);
	ck_assert_str_eq(iso(r->v[i].due.safe), safe);
	ck_assert_str_eq(iso(r->v[i].due.legal), legal);
	ck_assert_int_eq(r->v[i].due.moved, strcmp(safe, legal) != 0);
}

START_TEST(test_period_parse)
{
	struct deadline_period p;

	ck_assert(deadline_period_parse("15日", &p));
	ck_assert_int_eq(p.n, 15);
	ck_assert_int_eq(p.unit, DU_DAYS);
	ck_assert(deadline_period_parse("6个月", &p));
	ck_assert_int_eq(p.unit, DU_MONTHS);
	ck_assert(deadline_period_parse("2年", &p));
	ck_assert_int_eq(p.n, 24);
	ck_assert(deadline_period_parse("7个工作日", &p));
	ck_assert_int_eq(p.unit, DU_WORKDAYS);
	ck_assert(!deadline_period_parse("十五日", &p));
	ck_assert(!deadline_period_parse("15", &p));
	ck_assert(!deadline_period_parse("0日", &p));
	ck_assert(!deadline_period_parse("15日内", &p));
	ck_assert(!deadline_period_parse(NULL, &p));
	for (int i = 0; i < DP__N; i++)
		ck_assert_int_eq(deadline_paper_parse(deadline_paper_slug((enum deadline_paper)i)), i);
	for (int i = 0; i < DC__N; i++)
		ck_assert_int_eq(deadline_channel_parse(deadline_channel_slug((enum deadline_channel)i)), i);
	ck_assert_int_eq(deadline_paper_parse("x"), -1);
}
END_TEST

/* The answer (第128条) and, within it, the jurisdiction objection (第130条):
 * received 16 September 2026, 15 days end on 1 October, 国庆: the legal
 * last day is 8 October. Received on a holiday, 25 September: the 15th day
 * is 10 October, an adjusted working Saturday, which stays. */
START_TEST(test_answer)
{
	struct deadline_result r = court(DP_COMPLAINT, "2026-09-16");

	ck_assert_int_eq(r.n, 2);
	due(&r, 0, "answer", "2026-10-01", "2026-10-08");
	due(&r, 1, "jurisdiction", "2026-10-01", "2026-10-08");
	ck_assert_str_eq(r.v[0].period, wording_text(&dl_court, "rule.answer.period"));
	ck_assert_str_eq(r.v[0].cite, wording_text(&dl_court, "rule.answer.cite"));
	ck_assert_int_eq(r.uncovered_year, 0);
	r = court(DP_COMPLAINT, "2026-09-25");
	due(&r, 0, "answer", "2026-10-10", "2026-10-10");
}
END_TEST

/* The objection to a 支付令 (第227条): 15 days from 7 February 2026 end
 * on 22 February, in 春节 (15–23 February): Tuesday 24 February. */
START_TEST(test_payment_order)
{
	struct deadline_result r = court(DP_PAYMENT_ORDER, "2026-02-07");

	ck_assert_int_eq(r.n, 1);
	due(&r, 0, "objection", "2026-02-22", "2026-02-24");
	/* a plain weekend: 15 days from 26 November end on Friday 11 December */
	r = court(DP_PAYMENT_ORDER, "2026-11-26");
	due(&r, 0, "objection", "2026-12-11", "2026-12-11");
	/* ... from 28 November on Sunday 13 December: Monday 14 December */
	r = court(DP_PAYMENT_ORDER, "2026-11-28");
	due(&r, 0, "objection", "2026-12-13", "2026-12-14");
}
END_TEST

/* Appeals (第171条): 15 days for a judgment, 10 for a ruling. Across the
 * year end into 2027, which has no table: said, never guessed. */
START_TEST(test_appeal)
{
	struct deadline_result r = court(DP_JUDGMENT, "2026-12-20");

	due(&r, 0, "appeal-judgment", "2027-01-04", "2027-01-04");
	ck_assert(!r.v[0].due.covered);
	ck_assert_int_eq(r.uncovered_year, 2027);
	/* 10 days from 10 June 2026 end on Saturday 20 June, in 端午 (19–21
	 * June): Monday 22 June. */
	r = court(DP_RULING, "2026-06-10");
	ck_assert_int_eq(r.n, 1);
	due(&r, 0, "appeal-ruling", "2026-06-20", "2026-06-22");
	/* A leap day: 15 days from 14 February 2024 end on 29 February. */
	r = court(DP_JUDGMENT, "2024-02-14");
	due(&r, 0, "appeal-judgment", "2024-02-29", "2024-02-29");
	ck_assert_int_eq(r.uncovered_year, 2024);
}
END_TEST

/* Setting aside an award (仲裁法 第59条): 6 months end on the
 * corresponding day, or the month's last: 31 August 2025 and 29 August
 * 2025 both end on 28 February 2026, a Saturday worked (调休上班). */
START_TEST(test_award)
{
	struct deadline_result r = court(DP_AWARD, "2025-08-31");

	due(&r, 0, "set-aside", "2026-02-28", "2026-02-28");
	r = court(DP_AWARD, "2025-08-29");
	due(&r, 0, "set-aside", "2026-02-28", "2026-02-28");
	/* 6 months from 3 April 2026: 3 October, 国庆 → 8 October */
	r = court(DP_AWARD, "2026-04-03");
	due(&r, 0, "set-aside", "2026-10-03", "2026-10-08");
}
END_TEST

/* Reconsideration of an enforcement-objection ruling (第236条): 10 days
 * from 24 April 2026 end on 4 May, in 劳动节 (1–5 May): 6 May. */
START_TEST(test_reconsider)
{
	struct deadline_result r = court(DP_OBJECTION_RULING, "2026-04-24");

	due(&r, 0, "reconsider", "2026-05-04", "2026-05-06");
}
END_TEST

/* Papers whose dates the law does not fix: the rows are there, undated,
 * with the texts saying where the date is; a hearing date given is the
 * last day as it is, never moved. */
START_TEST(test_undated)
{
	struct deadline_result r;
	struct date hearing = D("2026-10-03");

	r = court(DP_SUMMONS, "2026-09-01");
	ck_assert_int_eq(r.n, 1);
	ck_assert_str_eq(r.v[0].row, "hearing");
	ck_assert(!r.v[0].dated);
	ck_assert_ptr_null(r.v[0].period);
	ck_assert_int_eq(deadline_court(&dl_court, DP_SUMMONS, D("2026-09-01"), hearing, &dl_cal, &r),
			 0);
	due(&r, 0, "hearing", "2026-10-03", "2026-10-03");
	ck_assert_int_eq(deadline_court(&dl_court, DP_ARBITRATION, D("2026-09-01"), hearing, &dl_cal,
					&r), 0);
	ck_assert_int_eq(r.n, 2);
	ck_assert(!r.v[0].dated);
	due(&r, 1, "arbitration-validity", "2026-10-03", "2026-10-03");
	r = court(DP_ENFORCEMENT, "2026-09-01");
	ck_assert_int_eq(r.n, 2);
	ck_assert(!r.v[0].dated && !r.v[1].dated);
	ck_assert(*r.v[0].how && *r.v[0].missed && *r.v[0].cite);
	r = court(DP_FROZEN, "2026-09-01");
	ck_assert_int_eq(r.n, 2);
	ck_assert_str_eq(r.v[1].row, "living-costs");
}
END_TEST

/* Complaint replies: a bank's 15, 30 and 60 days from 10 September 2026:
 * 25 September is 中秋 (25–27) → Monday 28 September; 10 October is a
 * Saturday worked; 9 November a Monday. A 征信 dispute's 20 days from 11
 * September end on 1 October → 8 October. 12315's 7 working days from 30
 * September skip 国庆 and count the worked Saturday: 15 October. */
START_TEST(test_complaint)
{
	struct deadline_result r;

	ck_assert_int_eq(deadline_complaint(&dl_complaint, DC_BANK, D("2026-09-10"), &dl_cal, &r), 0);
	ck_assert_int_eq(r.n, 3);
	due(&r, 0, "bank-decision", "2026-09-25", "2026-09-28");
	due(&r, 1, "bank-complex", "2026-10-10", "2026-10-10");
	due(&r, 2, "bank-max", "2026-11-09", "2026-11-09");
	ck_assert_int_eq(deadline_complaint(&dl_complaint, DC_CREDIT, D("2026-09-11"), &dl_cal, &r), 0);
	due(&r, 0, "credit", "2026-10-01", "2026-10-08");
	ck_assert_int_eq(deadline_complaint(&dl_complaint, DC_12315, D("2026-09-30"), &dl_cal, &r), 0);
	due(&r, 0, "12315-accept", "2026-10-15", "2026-10-15");
	ck_assert_int_eq(deadline_complaint(&dl_complaint, DC_PBOC, D("2026-12-02"), &dl_cal, &r), 0);
	due(&r, 0, "pboc", "2027-01-01", "2027-01-01");
	ck_assert_int_eq(r.uncovered_year, 2027);
	/* Channels with no rule we know: said so, undated. */
	for (int c = 0; c < DC__N; c++) {
		ck_assert_int_eq(deadline_complaint(&dl_complaint, (enum deadline_channel)c,
						    D("2026-09-10"), &dl_cal, &r), 0);
		ck_assert_int_ge(r.n, 1);
		if (c == DC_LENDER || c == DC_12378 || c == DC_12345 || c == DC_OTHER)
			ck_assert(!r.v[0].dated);
		else
			ck_assert(r.v[0].dated);
		ck_assert(*deadline_channel_text(&dl_complaint, (enum deadline_channel)c, "next"));
	}
}
END_TEST

/* Whether a deadline has passed on a given day. */
START_TEST(test_status)
{
	struct deadline_result r = court(DP_COMPLAINT, "2026-09-16");

	deadline_status(&r, D("2026-10-07"));
	ck_assert(!r.v[0].passed);
	ck_assert_int_eq(r.v[0].days_left, 1);
	deadline_status(&r, D("2026-10-08"));
	ck_assert(!r.v[0].passed);
	ck_assert_int_eq(r.v[0].days_left, 0);
	deadline_status(&r, D("2026-10-09"));
	ck_assert(r.v[0].passed);
}
END_TEST

/* The shipped wording has every entry the tools use and every period
 * reads; a period an editor broke is caught, and the count refuses it. */
START_TEST(test_wording)
{
	size_t n;
	const struct wording_need *needs;
	struct buf report;
	struct wording_entry *copy;
	struct wording broken = dl_court;
	struct deadline_result r;
	struct date none = { 0, 0, 0 };

	buf_init(&report);
	needs = deadline_court_needs(&n);
	ck_assert_int_eq(wording_check(&dl_court, needs, n, &report), 0);
	needs = deadline_complaint_needs(&n);
	ck_assert_int_eq(wording_check(&dl_complaint, needs, n, &report), 0);
	ck_assert_int_eq(deadline_check(&dl_court, &dl_complaint, &report), 0);
	copy = arena_alloc(&dl_arena, dl_court.n * sizeof(*copy));
	memcpy(copy, dl_court.v, dl_court.n * sizeof(*copy));
	for (size_t i = 0; i < dl_court.n; i++)
		if (strcmp(copy[i].name, "rule.objection.period") == 0)
			copy[i].text = "十五日";
	broken.v = copy;
	ck_assert_int_eq(deadline_check(&broken, &dl_complaint, &report), 1);
	ck_assert_ptr_nonnull(strstr(report.data, "rule.objection.period"));
	ck_assert_int_eq(deadline_court(&broken, DP_PAYMENT_ORDER, D("2026-09-01"), none, &dl_cal, &r),
			 -1);
	buf_free(&report);
}
END_TEST

/* unfold: an iCalendar text with its folded lines joined (RFC 5545 §3.1). */
static void unfold(const char *s, struct buf *out)
{
	for (; *s; s++) {
		if (s[0] == '\r' && s[1] == '\n' && s[2] == ' ') {
			s += 2;
			continue;
		}
		buf_putc(out, *s);
	}
}

/* The calendar file: CRLF line ends, no line over 75 octets, folds never
 * inside a character, whole-day events with the day after as the end, an
 * alarm the day before, text escaped. */
START_TEST(test_ics)
{
	struct ics_event ev[2] = {
		{ { 2026, 10, 1 }, "court-x-answer@quanyi", "期限：提交答辩状",
		  "从收到起诉状副本的第二天开始数, 共15日; 第128条\\n第二行\n第三行，"
		  "很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长的一行", "明天" },
		{ { 2026, 12, 31 }, "u2", "s2", NULL, NULL },
	};
	struct buf out, flat;
	const char *line;

	buf_init(&out);
	buf_init(&flat);
	ics_calendar(ev, 2, "20261204T120000Z", &out);
	ck_assert(strncmp(out.data, "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:", 37) == 0);
	for (line = out.data; *line;) {
		const char *e = strstr(line, "\r\n");
		size_t len;

		ck_assert_ptr_nonnull(e);
		len = (size_t)(e - line);
		ck_assert_msg(len <= 75, "a line of %zu octets", len);
		ck_assert(memchr(line, '\n', len) == NULL);
		/* a fold never starts in the middle of a UTF-8 character */
		if (line[0] == ' ')
			ck_assert(((unsigned char)line[1] & 0xc0) != 0x80);
		line = e + 2;
	}
	unfold(out.data, &flat);
	ck_assert_ptr_nonnull(strstr(flat.data, "\r\nDTSTART;VALUE=DATE:20261001\r\nDTEND;VALUE=DATE:20261002\r\n"));
	ck_assert_ptr_nonnull(strstr(flat.data, "\r\nDTSTART;VALUE=DATE:20261231\r\nDTEND;VALUE=DATE:20270101\r\n"));
	ck_assert_ptr_nonnull(strstr(flat.data, "\r\nDTSTAMP:20261204T120000Z\r\n"));
	ck_assert_ptr_nonnull(strstr(flat.data, "\r\nUID:court-x-answer@quanyi\r\n"));
	ck_assert_ptr_nonnull(strstr(flat.data, "DESCRIPTION:从收到起诉状副本的第二天开始数\\, 共15日\\; 第128条"
					       "\\\\n第二行\\n第三行，"));
	ck_assert_ptr_nonnull(strstr(flat.data, "BEGIN:VALARM\r\nACTION:DISPLAY\r\nDESCRIPTION:明天\r\n"
					       "TRIGGER:-PT15H\r\nEND:VALARM\r\n"));
	ck_assert_ptr_nonnull(strstr(flat.data, "DESCRIPTION:s2\r\nTRIGGER"));
	ck_assert(strcmp(out.data + out.len - 15, "END:VCALENDAR\r\n") == 0);
	buf_free(&out);
	buf_free(&flat);
}
END_TEST

Suite *suite_deadline(void)
{
	Suite *s = suite_create("deadline");
	TCase *tc = tcase_create("rules");

	tcase_add_checked_fixture(tc, dl_setup, dl_teardown);
	tcase_add_test(tc, test_period_parse);
	tcase_add_test(tc, test_answer);
	tcase_add_test(tc, test_payment_order);
	tcase_add_test(tc, test_appeal);
	tcase_add_test(tc, test_award);
	tcase_add_test(tc, test_reconsider);
	tcase_add_test(tc, test_undated);
	tcase_add_test(tc, test_complaint);
	tcase_add_test(tc, test_status);
	tcase_add_test(tc, test_wording);
	tcase_add_test(tc, test_ics);
	suite_add_tcase(s, tc);
	return s;
}
