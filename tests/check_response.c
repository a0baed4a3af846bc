/* Unit tests: response headers, ETag matching, HEAD and 304. */
#include <stdio.h>
#include <string.h>

#include "check_fake.h"
#include "check_suites.h"
#include "response.h"

START_TEST(test_etag_match)
{
	ck_assert(resp_etag_match("\"abc\"", "\"abc\""));
	ck_assert(resp_etag_match("W/\"abc\"", "\"abc\""));
	ck_assert(resp_etag_match("\"x\", \"abc\"", "\"abc\""));
	ck_assert(resp_etag_match("*", "\"abc\""));
	ck_assert(!resp_etag_match("\"abcd\"", "\"abc\""));
	ck_assert(!resp_etag_match("", "\"abc\""));
	ck_assert(!resp_etag_match(NULL, "\"abc\""));
}
END_TEST

START_TEST(test_send)
{
	struct resp rs;
	struct buf out;
	char etag[64];
	const char *p;

	buf_init(&out);
	resp_init(&rs);
	rs.flags = RESP_ETAG;
	buf_puts(&rs.body, "<p>hello</p>");
	resp_header(&rs, "X-Test", "ok");
	resp_header(&rs, "X-Bad", "a\r\nSet-Cookie: evil=1");
	fake_send(&rs, "GET", NULL, &out);
	ck_assert_ptr_nonnull(strstr(out.data, "Status: 200 OK\r\n"));
	ck_assert_ptr_nonnull(strstr(out.data, "Content-Length: 12\r\n"));
	ck_assert_ptr_nonnull(strstr(out.data, "X-Content-Type-Options: nosniff\r\n"));
	ck_assert_ptr_nonnull(strstr(out.data, "frame-ancestors 'none'"));
	ck_assert_ptr_nonnull(strstr(out.data, "Referrer-Policy: same-origin\r\n"));
	ck_assert_ptr_nonnull(strstr(out.data, "X-Test: ok\r\n"));
	ck_assert_ptr_null(strstr(out.data, "evil"));
	ck_assert_ptr_nonnull(strstr(out.data, "\r\n\r\n<p>hello</p>"));
	p = strstr(out.data, "ETag: ");
	ck_assert_ptr_nonnull(p);
	sscanf(p + 6, "%63[^\r]", etag);

	fake_send(&rs, "HEAD", NULL, &out);
	ck_assert_ptr_nonnull(strstr(out.data, "Content-Length: 12\r\n"));
	ck_assert_ptr_null(strstr(out.data, "hello"));

	fake_send(&rs, "GET", etag, &out);
	ck_assert_ptr_nonnull(strstr(out.data, "Status: 304 Not Modified\r\n"));
	ck_assert_ptr_null(strstr(out.data, "hello"));
	ck_assert_ptr_null(strstr(out.data, "Content-Length"));
	resp_free(&rs);
	buf_free(&out);
}
END_TEST

Suite *suite_response(void)
{
	Suite *s = suite_create("response");
	TCase *tc = tcase_create("headers");

	tcase_add_test(tc, test_etag_match);
	tcase_add_test(tc, test_send);
	suite_add_tcase(s, tc);
	return s;
}
