/* Unit tests: the question queue as quanyictl lists it. */
#include <string.h>

#include "check_fake.h"
#include "check_suites.h"
#include "store_article.h"
#include "store_category.h"
#include "store_question.h"
#include "store_queue.h"

struct seen {
	int n;
	long ids[8];
};

/* see: the queue with status as the store lists it, its ids in x in
 * order. How many, or -1. */
static long see(struct store *s, const char *status, long limit, struct seen *x)
{
	struct arena a;
	struct store_questions l;
	long n;

	arena_init(&a);
	n = store_queue_list(s, &a, status, limit, &l);
	for (size_t i = 0; n > 0 && i < l.n; i++) {
		if (x->n < 8)
			x->ids[x->n] = l.v[i].id;
		x->n++;
	}
	arena_free(&a);
	return n;
}

START_TEST(test_queue_by_status)
{
	struct store *s = fake_store(":memory:");
	struct seen x;
	long a, b, d;

	fake_category(s, "overdue", "逾期还款", "");
	ck_assert_int_eq(store_question_add(s, "t1", "overdue", "第一", "内容", &a), 0);
	ck_assert_int_eq(store_question_add(s, "t2", "overdue", "第二", "内容", &b), 0);
	ck_assert_int_eq(store_question_add(s, "t3", "overdue", "第三", "内容", &d), 0);
	ck_assert_int_eq(store_question_set(s, b, "rejected", "", "重复", "ed"), 0);

	ck_assert_int_eq(store_queue_status_ok("new"), 1);
	ck_assert_int_eq(store_queue_status_ok("all"), 1);
	ck_assert_int_eq(store_queue_status_ok("New"), 0);
	ck_assert_int_eq(store_queue_status_ok(""), 0);

	/* new ones, newest first */
	memset(&x, 0, sizeof(x));
	ck_assert_int_eq(see(s, "new", 10, &x), 2);
	ck_assert_int_eq(x.ids[0], d);
	ck_assert_int_eq(x.ids[1], a);
	memset(&x, 0, sizeof(x));
	ck_assert_int_eq(see(s, "rejected", 10, &x), 1);
	ck_assert_int_eq(x.ids[0], b);
	memset(&x, 0, sizeof(x));
	ck_assert_int_eq(see(s, "published", 10, &x), 0);
	memset(&x, 0, sizeof(x));
	ck_assert_int_eq(see(s, "all", 10, &x), 3);
	ck_assert_int_eq(x.ids[0], d);
	memset(&x, 0, sizeof(x));
	ck_assert_int_eq(see(s, NULL, 2, &x), 2);
	store_close(s);
}
END_TEST

Suite *suite_store_queue(void)
{
	Suite *s = suite_create("store_queue");
	TCase *tc = tcase_create("core");

	tcase_add_test(tc, test_queue_by_status);
	suite_add_tcase(s, tc);
	return s;
}
