/* Unit tests: request parsing, percent-decoding, forms and cookies. */
#include <string.h>

#include "check_fake.h"
#include "check_suites.h"
#include "request.h"

static int parse(struct req *r, const char *const *env, const char *body, const char **why)
{
	struct fake f;
	struct req_io io;
	int rc;

	fake_io(&f, env, body, &io);
	rc = req_parse(r, &io, why);
	buf_free(&f.out);
	return rc;
}

START_TEST(test_decode)
{
	char out[64];
	size_t n;

	ck_assert_int_eq(req_percent_decode("a%20b+c", 7, 1, out, &n), 0);
	ck_assert_str_eq(out, "a b c");
	ck_assert_int_eq(req_percent_decode("a+b", 3, 0, out, &n), 0);
	ck_assert_str_eq(out, "a+b");
	ck_assert_int_eq(req_percent_decode("%E5%82%AC", 9, 1, out, &n), 0);
	ck_assert_str_eq(out, "催");
	ck_assert_int_eq(req_percent_decode("%", 1, 1, out, &n), -1);
	ck_assert_int_eq(req_percent_decode("%4", 2, 1, out, &n), -1);
	ck_assert_int_eq(req_percent_decode("%zz", 3, 1, out, &n), -1);
	ck_assert_int_eq(req_percent_decode("a%00b", 5, 1, out, &n), -1);
	ck_assert_int_eq(req_percent_decode("%2F", 3, 0, out, &n), 0);
	ck_assert_str_eq(out, "/");
}
END_TEST

START_TEST(test_get_query)
{
	static const char *const env[] = {
		"REQUEST_METHOD", "GET", "REQUEST_URI", "/search?q=%E5%82%AC%E6%94%B6&page=2&x=1",
		"QUERY_STRING", "q=%E5%82%AC%E6%94%B6&page=2&x=1", NULL
	};
	struct req r;
	const char *why;

	ck_assert_int_eq(parse(&r, env, NULL, &why), 0);
	ck_assert_int_eq(r.method, M_GET);
	ck_assert_str_eq(r.path, "/search");
	ck_assert_str_eq(req_str(&r, F_Q), "催收");
	ck_assert_int_eq(req_int(&r, F_PAGE, 1), 2);
	ck_assert_int_eq(r.nerrors, 0);
	req_free(&r);
}
END_TEST

START_TEST(test_query_from_uri_and_first_wins)
{
	static const char *const env[] = {
		"REQUEST_METHOD", "HEAD", "REQUEST_URI", "/search?q=a&q=b", NULL
	};
	struct req r;
	const char *why;

	ck_assert_int_eq(parse(&r, env, NULL, &why), 0);
	ck_assert_int_eq(r.method, M_HEAD);
	ck_assert_str_eq(req_str(&r, F_Q), "a");
	req_free(&r);
}
END_TEST

START_TEST(test_invalid_field)
{
	static const char *const env[] = {
		"REQUEST_METHOD", "GET", "REQUEST_URI", "/search", "QUERY_STRING", "q=%ff&page=abc", NULL
	};
	struct req r;
	const char *why;
	struct buf b;

	ck_assert_int_eq(parse(&r, env, NULL, &why), 0);
	ck_assert_int_eq(r.nerrors, 2);
	ck_assert_ptr_null(req_str(&r, F_Q));
	ck_assert_int_eq(req_int(&r, F_PAGE, 1), 1);
	buf_init(&b);
	req_errors(&r, &b);
	ck_assert_ptr_nonnull(strstr(b.data, "搜索词"));
	ck_assert_ptr_nonnull(strstr(b.data, "页码"));
	buf_free(&b);
	req_free(&r);
}
END_TEST

START_TEST(test_bad_path)
{
	static const char *const env1[] = { "REQUEST_METHOD", "GET", "REQUEST_URI", "/a/%ff", NULL };
	static const char *const env2[] = { "REQUEST_METHOD", "GET", "REQUEST_URI", "/a/%00x", NULL };
	static const char *const env3[] = { "REQUEST_METHOD", "GET", NULL };
	static const char *const env4[] = { "REQUEST_METHOD", "GET", "REQUEST_URI", "/search",
		"QUERY_STRING", "q=%G1", NULL };
	struct req r;
	const char *why;

	ck_assert_int_eq(parse(&r, env1, NULL, &why), 400);
	ck_assert_ptr_nonnull(why);
	req_free(&r);
	ck_assert_int_eq(parse(&r, env2, NULL, &why), 400);
	req_free(&r);
	ck_assert_int_eq(parse(&r, env3, NULL, &why), 400);
	req_free(&r);
	ck_assert_int_eq(parse(&r, env4, NULL, &why), 400);
	req_free(&r);
}
END_TEST

START_TEST(test_post_form)
{
	static const char *const env[] = {
		"REQUEST_METHOD", "POST", "REQUEST_URI", "/search",
		"CONTENT_TYPE", "application/x-www-form-urlencoded; charset=utf-8",
		"CONTENT_LENGTH", "17", NULL
	};
	struct req r;
	const char *why;

	ck_assert_int_eq(parse(&r, env, "q=%E5%AE%B6&page=", &why), 0);
	ck_assert_int_eq(r.method, M_POST);
	ck_assert_uint_eq(r.body_len, 17);
	ck_assert_str_eq(req_str(&r, F_Q), "家");
	ck_assert_int_eq(r.nerrors, 1); /* empty page is not an integer */
	req_free(&r);
}
END_TEST

START_TEST(test_post_limits)
{
	static const char *const big[] = {
		"REQUEST_METHOD", "POST", "REQUEST_URI", "/", "CONTENT_LENGTH", "65537", NULL
	};
	static const char *const none[] = { "REQUEST_METHOD", "POST", "REQUEST_URI", "/", NULL };
	static const char *const bad[] = {
		"REQUEST_METHOD", "POST", "REQUEST_URI", "/", "CONTENT_LENGTH", "12x", NULL
	};
	static const char *const shortb[] = {
		"REQUEST_METHOD", "POST", "REQUEST_URI", "/", "CONTENT_LENGTH", "100", NULL
	};
	struct req r;
	const char *why;

	ck_assert_int_eq(parse(&r, big, NULL, &why), 413);
	req_free(&r);
	ck_assert_int_eq(parse(&r, none, NULL, &why), 411);
	req_free(&r);
	ck_assert_int_eq(parse(&r, bad, NULL, &why), 400);
	req_free(&r);
	ck_assert_int_eq(parse(&r, shortb, "only a little", &why), 400);
	req_free(&r);
}
END_TEST

START_TEST(test_cookie)
{
	char v[32];

	ck_assert(req_cookie("a=1; qy=abc; b=2", "qy", v, sizeof(v)));
	ck_assert_str_eq(v, "abc");
	ck_assert(req_cookie("qy=first", "qy", v, sizeof(v)));
	ck_assert_str_eq(v, "first");
	ck_assert(!req_cookie("xqy=1; qyx=2", "qy", v, sizeof(v)));
	ck_assert(!req_cookie(NULL, "qy", v, sizeof(v)));
	ck_assert(!req_cookie("qy=0123456789012345678901234567890123456789", "qy", v, sizeof(v)));
	ck_assert(req_cookie("qy=", "qy", v, sizeof(v)));
	ck_assert_str_eq(v, "");
}
END_TEST

Suite *suite_request(void)
{
	Suite *s = suite_create("request");
	TCase *tc = tcase_create("parse");

	tcase_add_test(tc, test_decode);
	tcase_add_test(tc, test_get_query);
	tcase_add_test(tc, test_query_from_uri_and_first_wins);
	tcase_add_test(tc, test_invalid_field);
	tcase_add_test(tc, test_bad_path);
	tcase_add_test(tc, test_post_form);
	tcase_add_test(tc, test_post_limits);
	tcase_add_test(tc, test_cookie);
	suite_add_tcase(s, tc);
	return s;
}
