/* Unit tests: readers' questions, the rate limit and votes in the store. */
#include <string.h>

#include "check_fake.h"
#include "check_suites.h"
#include "date.h"
#include "page.h"
#include "store_article.h"
#include "store_category.h"
#include "store_post.h"
#include "store_question.h"
#include "store_search.h"
#include "store_vote.h"

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

/* see: record the questions a loader returned in x; passes rc through. */
static long see(long rc, const struct store_question *v, size_t n, struct seen *x)
{
	for (size_t i = 0; rc > 0 && i < n; i++) {
		x->n++;
		x->id = v[i].id;
		strncpy(x->status, v[i].status, sizeof(x->status) - 1);
		strncpy(x->title, v[i].title, sizeof(x->title) - 1);
	}
	return rc;
}

/* The loaders through see, each with an arena of its own. */
#define SEE_ONE(call, x) \
	({ struct arena a_; struct store_question q_; long r_; arena_init(&a_); \
	   r_ = call; r_ = see(r_, &q_, 1, x); arena_free(&a_); r_; })
#define SEE_LIST(call, x) \
	({ struct arena a_; struct store_questions l_; long r_; arena_init(&a_); \
	   r_ = call; r_ = see(r_, l_.v, l_.n, x); arena_free(&a_); r_; })

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
	ck_assert_int_eq(SEE_ONE(store_question_by_ticket(s, &a_, "t1", &q_), &x), 1);
	ck_assert_str_eq(x.status, "new");
	/* not public until published */
	memset(&x, 0, sizeof(x));
	ck_assert_int_eq(SEE_ONE(store_question_get(s, &a_, id, STORE_PUBLISHED, &q_), &x), 0);
	ck_assert_int_eq(SEE_LIST(store_question_published(s, &a_, "overdue", 10, &l_), &x), 0);
	ck_assert_int_eq(store_question_set(s, id, "answered", "**回答**", "", "ed"), 0);
	ck_assert_int_eq(SEE_ONE(store_question_get(s, &a_, id, STORE_PUBLISHED, &q_), &x), 0);
	ck_assert_int_eq(store_question_set(s, id, "published", "**回答**", "", "ed"), 0);
	ck_assert_int_eq(SEE_ONE(store_question_get(s, &a_, id, STORE_PUBLISHED, &q_), &x), 1);
	ck_assert_int_eq(SEE_LIST(store_question_published(s, &a_, NULL, 10, &l_), &x), 1);
	ck_assert_int_eq(SEE_LIST(store_question_published(s, &a_, "overdue", 10, &l_), &x), 1);
	/* found by search, with the word groups it holds */
	{
		struct arena a;
		struct store_search_questions sq;

		arena_init(&a);
		ck_assert_int_eq(store_search_questions(s, &a, "[[\"催收\"],[\"妈\"]]", &sq), 1);
		ck_assert_uint_eq(sq.v[0].groups, 3);
		ck_assert_int_eq(store_search_questions(s, &a, "[[\"征信\"],[\"催收\"]]", &sq), 1);
		ck_assert_uint_eq(sq.v[0].groups, 2);
		ck_assert_int_eq(store_search_questions(s, &a, "[[\"征信\"]]", &sq), 0);
		arena_free(&a);
	}
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

	date_zh_iso("2026-11-23T15:59:59Z", out, sizeof(out));
	ck_assert_str_eq(out, "2026年11月23日");
	date_zh_iso("2026-11-23T16:00:00Z", out, sizeof(out));
	ck_assert_str_eq(out, "2026年11月24日");
	date_zh_iso("2026-12-31T20:00:00Z", out, sizeof(out));
	ck_assert_str_eq(out, "2027年1月1日");
	date_zh_iso("2026-02-03", out, sizeof(out));
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
