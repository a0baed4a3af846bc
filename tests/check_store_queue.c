/* Unit tests: the question queue as quanyictl lists it. */
#include <string.h>

#include "check_fake.h"
#include "check_suites.h"
#include "store_content.h"
#include "store_queue.h"

struct seen {
	int n;
	long ids[8];
};

/* see: remember the ids in the order given. */
static int see(void *ctx, const struct store_question *q)
{
	struct seen *x = ctx;

	if (x->n < 8)
		x->ids[x->n] = q->id;
	x->n++;
	return 0;
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
	ck_assert_int_eq(store_queue_list(s, "new", 10, see, &x), 2);
	ck_assert_int_eq(x.ids[0], d);
	ck_assert_int_eq(x.ids[1], a);
	memset(&x, 0, sizeof(x));
	ck_assert_int_eq(store_queue_list(s, "rejected", 10, see, &x), 1);
	ck_assert_int_eq(x.ids[0], b);
	memset(&x, 0, sizeof(x));
	ck_assert_int_eq(store_queue_list(s, "published", 10, see, &x), 0);
	memset(&x, 0, sizeof(x));
	ck_assert_int_eq(store_queue_list(s, "all", 10, see, &x), 3);
	ck_assert_int_eq(x.ids[0], d);
	memset(&x, 0, sizeof(x));
	ck_assert_int_eq(store_queue_list(s, NULL, 2, see, &x), 2);
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
