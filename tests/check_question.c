/* Unit tests: readers' questions, the rate limit and votes in the store. */
#include <string.h>

#include "check_fake.h"
#include "check_suites.h"
#include "page.h"
#include "store_content.h"
#include "store_question.h"

/* open_store: an in-memory database with one topic and one article. */
static struct store *open_store(void)
{
	struct store *s = fake_store(":memory:");

	fake_seed(s);
	return s;
}

struct seen {
	int n;
	char status[16];
	char title[64];
	long id;
};

static int see(void *ctx, const struct store_question *q)
{
	struct seen *x = ctx;

	x->n++;
	x->id = q->id;
	strncpy(x->status, q->status, sizeof(x->status) - 1);
	strncpy(x->title, q->title, sizeof(x->title) - 1);
	return 0;
}

START_TEST(test_question_life)
{
	struct store *s = open_store();
	struct seen x;
	long id;

	ck_assert_int_eq(store_question_add(s, "t1", "nosuch", "标题标题", "问题内容", &id), 1);
	ck_assert_int_eq(store_question_add(s, "t1", "overdue", "催收打给我妈", "问题内容很长", &id), 0);
	/* the ticket is unique */
	ck_assert_int_eq(store_question_add(s, "t1", "overdue", "又一个", "问题", &id), -1);
	memset(&x, 0, sizeof(x));
	ck_assert_int_eq(store_question_by_ticket(s, "t1", see, &x), 1);
	ck_assert_str_eq(x.status, "new");
	/* not public until published */
	memset(&x, 0, sizeof(x));
	ck_assert_int_eq(store_question_get(s, id, STORE_PUBLISHED, see, &x), 0);
	ck_assert_int_eq(store_question_published(s, "overdue", 10, see, &x), 0);
	ck_assert_int_eq(store_question_set(s, id, "answered", "**回答**", "", "ed"), 0);
	ck_assert_int_eq(store_question_get(s, id, STORE_PUBLISHED, see, &x), 0);
	ck_assert_int_eq(store_question_set(s, id, "published", "**回答**", "", "ed"), 0);
	ck_assert_int_eq(store_question_get(s, id, STORE_PUBLISHED, see, &x), 1);
	ck_assert_int_eq(store_question_published(s, NULL, 10, see, &x), 1);
	ck_assert_int_eq(store_question_published(s, "overdue", 10, see, &x), 1);
	/* found by search, all words required */
	memset(&x, 0, sizeof(x));
	ck_assert_int_eq(store_search_questions(s, "[[\"催收\"],[\"妈\"]]", 5, see, &x), 1);
	ck_assert_int_eq(store_search_questions(s, "[[\"催收\"],[\"征信\"]]", 5, see, &x), 0);
	ck_assert_int_eq(store_question_set(s, id + 100, "rejected", "", "r", "ed"), 1);
	/* a bad status is refused by the schema */
	ck_assert_int_eq(store_question_set(s, id, "gone", "", "", "ed"), -1);
	store_close(s);
}
END_TEST

START_TEST(test_rate_limit)
{
	struct store *s = open_store();
	long retry;

	for (int i = 0; i < 3; i++)
		ck_assert_int_eq(store_post_allow(s, "c1", "ask", 3, 3600, 1000 + i, &retry), 1);
	ck_assert_int_eq(store_post_allow(s, "c1", "ask", 3, 3600, 1010, &retry), 0);
	ck_assert_int_eq(retry, 1000 + 3600 - 1010);
	/* another client, another kind: separate counts */
	ck_assert_int_eq(store_post_allow(s, "c2", "ask", 3, 3600, 1010, &retry), 1);
	ck_assert_int_eq(store_post_allow(s, "c1", "vote", 3, 3600, 1010, &retry), 1);
	/* after the window the client may post again */
	ck_assert_int_eq(store_post_allow(s, "c1", "ask", 3, 3600, 1000 + 3601, &retry), 1);
	store_close(s);
}
END_TEST

START_TEST(test_votes)
{
	struct store *s = open_store();
	long yes, no;

	ck_assert_int_eq(store_vote_counts(s, "a1", &yes, &no), 0);
	ck_assert_int_eq(yes + no, 0);
	ck_assert_int_eq(store_vote(s, "a1", 1), 0);
	ck_assert_int_eq(store_vote(s, "a1", 1), 0);
	ck_assert_int_eq(store_vote(s, "a1", 0), 0);
	ck_assert_int_eq(store_vote(s, "nosuch", 1), 1);
	ck_assert_int_eq(store_vote_counts(s, "a1", &yes, &no), 0);
	ck_assert_int_eq(yes, 2);
	ck_assert_int_eq(no, 1);
	store_close(s);
}
END_TEST

/* Times are stored in UTC and shown as the date in China. */
START_TEST(test_date_in_china)
{
	char out[32];

	page_date_zh("2026-11-23T15:59:59Z", out, sizeof(out));
	ck_assert_str_eq(out, "2026年11月23日");
	page_date_zh("2026-11-23T16:00:00Z", out, sizeof(out));
	ck_assert_str_eq(out, "2026年11月24日");
	page_date_zh("2026-12-31T20:00:00Z", out, sizeof(out));
	ck_assert_str_eq(out, "2027年1月1日");
	page_date_zh("2026-02-03", out, sizeof(out));
	ck_assert_str_eq(out, "2026年2月3日");
}
END_TEST

Suite *suite_question(void)
{
	Suite *s = suite_create("question");
	TCase *tc = tcase_create("store");

	tcase_add_test(tc, test_question_life);
	tcase_add_test(tc, test_rate_limit);
	tcase_add_test(tc, test_votes);
	tcase_add_test(tc, test_date_in_china);
	suite_add_tcase(s, tc);
	return s;
}
