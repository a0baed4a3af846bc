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

static void send(struct resp *rs, const char *method, const char *inm, struct buf *out)
{
	const char *env[] = { "REQUEST_METHOD", method, "REQUEST_URI", "/", NULL };
	struct fake f;
	struct req_io io;
	struct req r;
	const char *why;

	fake_io(&f, env, NULL, &io);
	ck_assert_int_eq(req_parse(&r, &io, &why), 0);
	r.if_none_match = inm;
	ck_assert_int_eq(resp_send(rs, &r, &io), 0);
	buf_reset(out);
	buf_append(out, f.out.data, f.out.len);
	buf_free(&f.out);
	req_free(&r);
}

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
	send(&rs, "GET", NULL, &out);
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

	send(&rs, "HEAD", NULL, &out);
	ck_assert_ptr_nonnull(strstr(out.data, "Content-Length: 12\r\n"));
	ck_assert_ptr_null(strstr(out.data, "hello"));

	send(&rs, "GET", etag, &out);
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
