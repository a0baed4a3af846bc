/* Unit tests: the plan's conditions, answers and outputs (plan.c), and
 * readable codes (code.c). */
#include <string.h>

#include "check_suites.h"
#include "code.h"
#include "plan.h"

/* A small interview: who, what happened, when the paper came. */
static int questions(struct arena *a, struct plan_question *q, struct buf *err)
{
	memset(q, 0, 3 * sizeof(*q));
	q[0] = (struct plan_question){ .slug = "role", .text = "你是谁？", .position = 1,
				       .kind = PLAN_ONE, .unsure = 0 };
	q[1] = (struct plan_question){ .slug = "actions", .text = "催收做了什么？", .position = 2,
				       .kind = PLAN_MANY, .unsure = 1 };
	q[2] = (struct plan_question){ .slug = "papers-date", .text = "哪天收到？", .position = 3,
				       .kind = PLAN_DATE, .unsure = 1 };
	return plan_parse_choices("borrower=借款人本人 | family=家人", NULL, a, &q[0], err) ||
	       plan_parse_choices("night=夜里打电话 | threat=威胁 | third=打给家人",
				  "night=b_night, third=b_third", a, &q[1], err) ||
	       plan_parse_choices("-", NULL, a, &q[2], err);
}

START_TEST(test_rules_checked)
{
	struct plan_question q[3];
	struct arena a;
	struct buf err;

	arena_init(&a);
	buf_init(&err);
	ck_assert_int_eq(questions(&a, q, &err), 0);
	ck_assert_int_eq(plan_check_rules("always", q, 3, &err), 0);
	ck_assert_int_eq(plan_check_rules("is role borrower, not actions threat\nwithin papers-date 15",
					  q, 3, &err), 0);
	/* every way a rule can name what does not exist */
	ck_assert_int_eq(plan_check_rules("is role stranger", q, 3, &err), -1);
	ck_assert_int_eq(plan_check_rules("is who borrower", q, 3, &err), -1);
	ck_assert_int_eq(plan_check_rules("maybe role borrower", q, 3, &err), -1);
	ck_assert_int_eq(plan_check_rules("within role 15", q, 3, &err), -1);
	ck_assert_int_eq(plan_check_rules("is papers-date x", q, 3, &err), -1);
	ck_assert_int_eq(plan_check_rules("within papers-date soon", q, 3, &err), -1);
	ck_assert_int_eq(plan_check_rules("is role", q, 3, &err), -1);
	ck_assert_int_eq(plan_check_rules("", q, 3, &err), -1);
	ck_assert_int_eq(plan_check_rules("answered papers-date", q, 3, &err), 0);
	/* a question is asked only when its rule on the earlier answers holds */
	q[2].ask_when = "is actions threat";
	ck_assert_int_eq(plan_check_ask(q, 3, 2, &err), 0);
	q[2].ask_when = "within papers-date 3";   /* itself: not an earlier question */
	ck_assert_int_eq(plan_check_ask(q, 3, 2, &err), -1);
	q[2].ask_when = NULL;
	ck_assert_int_eq(plan_check_deadline("papers-date+15d", q, 3, &err), 0);
	ck_assert_int_eq(plan_check_deadline("role+15d", q, 3, &err), -1);
	ck_assert_int_eq(plan_check_deadline("papers-date+15w", q, 3, &err), -1);
	/* choices: duplicates, too few, letter fields for unknown choices */
	ck_assert_int_eq(plan_parse_choices("a=甲 | a=乙", NULL, &a, &q[0], &err), -1);
	ck_assert_int_eq(plan_parse_choices("a=甲", NULL, &a, &q[0], &err), -1);
	ck_assert_int_eq(plan_parse_choices("night=夜里 | day=白天", "noon=b_night", &a, &q[1], &err), -1);
	buf_free(&err);
	arena_free(&a);
}
END_TEST

START_TEST(test_answers)
{
	struct plan_question q[3];
	struct plan_answers ans;
	struct arena a;
	struct buf err, out;
	struct date today = { 2026, 12, 4 };
	const char *why;

	arena_init(&a);
	buf_init(&err);
	buf_init(&out);
	ck_assert_int_eq(questions(&a, q, &err), 0);
	memset(&ans, 0, sizeof(ans));
	ck_assert_int_eq(plan_answer_parse(&q[0], "family", &ans, 0, today, &why), 0);
	ck_assert(ans.given[0] && ans.chosen[0] == 2u);
	ck_assert_int_eq(plan_answer_parse(&q[0], "borrower,family", &ans, 0, today, &why), -1);
	ck_assert_int_eq(plan_answer_parse(&q[0], "skip", &ans, 0, today, &why), -1);   /* no 不确定 */
	ck_assert_int_eq(plan_answer_parse(&q[0], "", &ans, 0, today, &why), -1);       /* required */
	ck_assert_int_eq(plan_answer_parse(&q[2], "", &ans, 2, today, &why), 0);        /* skippable */
	ck_assert_int_eq(plan_answer_parse(&q[0], "x", &ans, 0, today, &why), -1);
	ck_assert_int_eq(plan_answer_parse(&q[1], "night,third", &ans, 1, today, &why), 0);
	plan_answer_format(&q[1], &ans, 1, &out);
	ck_assert_str_eq(out.data, "night,third");
	ck_assert_int_eq(plan_answer_parse(&q[1], "skip", &ans, 1, today, &why), 0);
	ck_assert(!ans.given[1]);
	ck_assert_int_eq(plan_answer_parse(&q[2], "2026-12-05", &ans, 2, today, &why), -1);
	ck_assert_int_eq(plan_answer_parse(&q[2], "2026-02-30", &ans, 2, today, &why), -1);
	ck_assert_int_eq(plan_answer_parse(&q[2], "2026-11-27", &ans, 2, today, &why), 0);
	q[2].ask_when = "is actions threat";
	ck_assert_int_eq(plan_asked(q, 3, 2, &ans, today), 0);      /* actions skipped above */
	ck_assert_int_eq(plan_answer_parse(&q[1], "threat", &ans, 1, today, &why), 0);
	ck_assert_int_eq(plan_asked(q, 3, 2, &ans, today), 1);
	q[2].ask_when = NULL;
	buf_free(&out);
	buf_free(&err);
	arena_free(&a);
}
END_TEST

START_TEST(test_build_and_outputs)
{
	struct plan_question q[3];
	struct plan_step st[4];
	struct plan_answers ans;
	struct plan pl;
	struct arena a;
	struct buf err, txt, ics;
	struct date today = { 2026, 12, 4 };
	const char *why;

	arena_init(&a);
	buf_init(&err);
	buf_init(&txt);
	buf_init(&ics);
	ck_assert_int_eq(questions(&a, q, &err), 0);
	memset(st, 0, sizeof(st));
	st[0] = (struct plan_step){ .slug = "call-110", .title = "先打110", .body_md = "威胁时报警。\n",
				    .whens = "is actions threat", .bucket = PLAN_TODAY, .order = 1,
				    .channel = "110", .article = "", .letter = "", .deadline = "" };
	st[1] = (struct plan_step){ .slug = "answer", .title = "答辩", .body_md = "见[答辩](/a/x)。\n",
				    .whens = "within papers-date 30", .bucket = PLAN_TODAY, .order = 5,
				    .deadline = "papers-date+15d", .deadline_title = "答辩期最后一天",
				    .article = "x", .letter = "", .channel = "" };
	st[2] = (struct plan_step){ .slug = "stop", .title = "要求停止联系家人", .body_md = "写信。\n",
				    .whens = "is actions third\nis role family", .bucket = PLAN_WEEK,
				    .order = 1, .letter = "stop-contact", .article = "", .channel = "",
				    .deadline = "" };
	st[3] = (struct plan_step){ .slug = "not-for-us", .title = "找律师", .body_md = "x\n",
				    .whens = "is role family, is actions threat, skipped papers-date",
				    .bucket = PLAN_EXIT, .order = 1, .article = "", .letter = "",
				    .channel = "", .deadline = "" };
	memset(&ans, 0, sizeof(ans));
	ck_assert_int_eq(plan_answer_parse(&q[0], "borrower", &ans, 0, today, &why), 0);
	ck_assert_int_eq(plan_answer_parse(&q[1], "threat,third,night", &ans, 1, today, &why), 0);
	ck_assert_int_eq(plan_answer_parse(&q[2], "2026-11-27", &ans, 2, today, &why), 0);
	ck_assert_int_eq(plan_build(q, 3, st, 4, &ans, today, NULL, &a, &pl), 0);
	ck_assert(!pl.exit);
	ck_assert_int_eq((int)pl.n[PLAN_TODAY], 2);
	ck_assert_str_eq(pl.items[PLAN_TODAY][0].step->slug, "call-110");   /* by order */
	ck_assert(pl.items[PLAN_TODAY][1].has_deadline);
	ck_assert_int_eq(pl.items[PLAN_TODAY][1].deadline.safe.d, 12);        /* 27 Nov + 15 */
	ck_assert_int_eq(pl.items[PLAN_TODAY][1].deadline.legal.d, 14);       /* a Saturday */
	ck_assert_str_eq(pl.items[PLAN_WEEK][0].letter_query, "type=stop-contact&b_night=1&b_third=1");
	/* the text and the calendar say the same thing */
	plan_txt(&pl, q, 3, &ans, "https://quanyi.example", &txt);
	ck_assert_ptr_nonnull(strstr(txt.data, "1. 先打110"));
	ck_assert_ptr_nonnull(strstr(txt.data, "最稳妥：2026年12月12日之前办好；遇节假日可顺延至2026年12月14日"));
	ck_assert_ptr_nonnull(strstr(txt.data, "见答辩（https://quanyi.example/a/x）。"));
	ck_assert_ptr_nonnull(strstr(txt.data, "https://quanyi.example/tools/letter?type=stop-contact"));
	plan_ics(&pl, "https://quanyi.example", "seed", &ics);
	ck_assert_ptr_nonnull(strstr(ics.data, "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
	ck_assert_ptr_nonnull(strstr(ics.data, "DTSTART;VALUE=DATE:20261212\r\nDTEND;VALUE=DATE:20261213\r\n"));
	ck_assert_ptr_nonnull(strstr(ics.data, "TRIGGER:-PT15H\r\n"));
	ck_assert_ptr_nonnull(strstr(ics.data, "UID:seed-answer@quanyi\r\n"));
	for (const char *l = ics.data; *l;) {                  /* every line folded to 75 octets */
		const char *e = strstr(l, "\r\n");

		ck_assert_ptr_nonnull(e);
		ck_assert_int_le(e - l, 75);
		l = e + 2;
	}
	/* the exit replaces the plan */
	ck_assert_int_eq(plan_answer_parse(&q[0], "family", &ans, 0, today, &why), 0);
	ck_assert_int_eq(plan_answer_parse(&q[2], "skip", &ans, 2, today, &why), 0);
	ck_assert_int_eq(plan_build(q, 3, st, 4, &ans, today, NULL, &a, &pl), 0);
	ck_assert(pl.exit);
	ck_assert_str_eq(pl.exit_item->step->slug, "not-for-us");
	buf_free(&ics);
	buf_free(&txt);
	buf_free(&err);
	arena_free(&a);
}
END_TEST

START_TEST(test_codes)
{
	char c[CODE_CHARS + 1], d[CODE_CHARS + 1], shown[CODE_SHOWN + 1];

	code_new(c);
	ck_assert_int_eq((int)strlen(c), CODE_CHARS);
	code_new(d);
	ck_assert_str_ne(c, d);
	code_show(c, shown);
	ck_assert_int_eq((int)strlen(shown), CODE_SHOWN);
	ck_assert_int_eq(shown[4], '-');
	/* what is typed back: capitals, dashes, spaces, O and I forgiven */
	ck_assert(code_read(shown, d));
	ck_assert_str_eq(c, d);
	ck_assert(code_read("abcd efgh-jkmn-pq0O", d));
	ck_assert_str_eq(d, "abcdefghjkmnpq00");
	ck_assert(code_read("1111-IIII-LLLL-iill", d));
	ck_assert_str_eq(d, "1111111111111111");
	ck_assert(!code_read("abcd", d));
	ck_assert(!code_read("abcdefghjkmnpqrU", d));   /* no U */
	ck_assert(!code_read("abcdefghjkmnpqrst", d));  /* too long */
}
END_TEST

Suite *suite_plan(void)
{
	Suite *s = suite_create("plan");
	TCase *tc = tcase_create("core");

	tcase_add_test(tc, test_rules_checked);
	tcase_add_test(tc, test_answers);
	tcase_add_test(tc, test_build_and_outputs);
	tcase_add_test(tc, test_codes);
	suite_add_tcase(s, tc);
	return s;
}
