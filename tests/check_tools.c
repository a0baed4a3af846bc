/* Unit tests: the tool pages (/tools/timeline, /tools/letter) and the
 * machine documents (/feed.xml, /sitemap.xml) through the whole request
 * path, on a small site whose article title carries markup. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "site.h"
#include "check_fake.h"
#include "check_suites.h"
#include "store_article.h"
#include "store_category.h"

/* tools_fill: one topic, and one published article and one draft whose
 * title, summary and topic name carry markup. */
static void tools_fill(struct store *s)
{
	struct store_article art = fake_article_of("x", "<script>alert(1)</script> & “标题”");

	fake_category(s, "overdue", "逾期 & 还款", "x");
	art.summary = "摘要\"引号\" <b>粗</b> & 'x'";
	art.keywords = "k";
	art.sources = "《民法典》第188条";
	fake_put(s, &art);
	art.slug = "draft";
	art.title = "草稿文章不应出现";
	art.status = "draft";
	fake_put(s, &art);
}

/* tools_req: run one request; the whole answer into out. */
static void tools_req(struct site *a, const char *method, const char *uri, const char *body,
		      const char *cookie, const char *host, struct buf *out)
{
	const char *q = strchr(uri, '?');
	char len[32];
	const char *env[] = {
		"REQUEST_METHOD", method, "REQUEST_URI", uri, "QUERY_STRING", q ? q + 1 : "",
		"CONTENT_TYPE", "application/x-www-form-urlencoded", "CONTENT_LENGTH", len,
		"HTTP_COOKIE", cookie ? cookie : "", "HTTP_HOST", host ? host : "", NULL
	};
	struct fake f;
	struct req_io io;

	snprintf(len, sizeof(len), "%zu", body ? strlen(body) : (size_t)0);
	fake_io(&f, env, body, &io);
	ck_assert_int_eq(app_handle(a, &io), 0);
	buf_reset(out);
	buf_append(out, f.out.data, f.out.len);
	buf_free(&f.out);
}

#define STATUS(out, code) ck_assert_msg(strncmp((out).data, "Status: " code, 11) == 0, "%.300s", (out).data)
#define HAS(out, s) ck_assert_msg(strstr((out).data, (s)) != NULL, "missing %s", (s))
#define LACKS(out, s) ck_assert_msg(strstr((out).data, (s)) == NULL, "unexpected %s", (s))

START_TEST(test_timeline_page)
{
	struct site a;
	struct buf out;
	char *dir = fake_site(&a, tools_fill);

	buf_init(&out);
	tools_req(&a, "GET", "/tools/timeline", NULL, NULL, NULL, &out);
	STATUS(out, "200");
	HAS(out, "<label for=\"f-DUE\">");
	LACKS(out, "计算结果");
	LACKS(out, "noindex");

	/* Empty optional dates are simply not given. */
	tools_req(&a, "GET", "/tools/timeline?due=2024-02-29&demand=&part=&plan=&repaid=",
		  NULL, NULL, NULL, &out);
	STATUS(out, "200");
	HAS(out, "2027年2月28日");
	HAS(out, "《民法典》第188条、第189条");
	HAS(out, "Cache-Control: no-store");
	HAS(out, "noindex");

	tools_req(&a, "GET", "/tools/timeline?due=2020-01-10&repaid=2021-02-28", NULL, NULL, NULL, &out);
	STATUS(out, "200");
	HAS(out, "2026年2月28日");
	HAS(out, "《征信业管理条例》第16条");

	/* Not a date: 400, the message at the field, the input kept. */
	tools_req(&a, "GET", "/tools/timeline?due=2023-02-29&demand=%3Cb%3E", NULL, NULL, NULL, &out);
	STATUS(out, "400");
	HAS(out, "value=\"2023-02-29\"");
	HAS(out, "value=\"&lt;b&gt;\"");
	HAS(out, "id=\"e-DUE\"");
	HAS(out, "aria-describedby=\"h-DUE e-DUE\"");
	HAS(out, "不是有效的日期");
	LACKS(out, "<b>");

	/* The future and an impossible order: 422. */
	tools_req(&a, "GET", "/tools/timeline?due=2199-01-01", NULL, NULL, NULL, &out);
	STATUS(out, "422");
	HAS(out, "不能晚于今天");
	HAS(out, "value=\"2199-01-01\"");
	tools_req(&a, "GET", "/tools/timeline?due=2020-01-01&part=2022-01-01&repaid=2021-01-01",
		  NULL, NULL, NULL, &out);
	STATUS(out, "422");
	HAS(out, "晚于“全部还清的日期”");
	tools_req(&a, "GET", "/tools/timeline?due=&demand=2022-01-01", NULL, NULL, NULL, &out);
	STATUS(out, "422");
	HAS(out, "请填写“最后一期到期日”");

	tools_req(&a, "POST", "/tools/timeline", "due=2020-01-01", NULL, NULL, &out);
	STATUS(out, "405");
	buf_free(&out);
	fake_site_close(&a, dir);
}
END_TEST

/* token: the form token and cookie handed out by GET /tools/letter. */
static void token(struct site *a, char cookie[64], char tok[64])
{
	struct buf out;
	const char *c, *t;

	buf_init(&out);
	tools_req(a, "GET", "/tools/letter", NULL, NULL, NULL, &out);
	STATUS(out, "200");
	c = strstr(out.data, "Set-Cookie: qy_csrf=");
	t = strstr(out.data, "name=\"csrf\" value=\"");
	ck_assert_ptr_nonnull(c);
	ck_assert_ptr_nonnull(t);
	c += strlen("Set-Cookie: ");
	t += strlen("name=\"csrf\" value=\"");
	snprintf(cookie, 64, "%.*s", (int)strcspn(c, ";"), c);
	snprintf(tok, 64, "%.*s", (int)strcspn(t, "\""), t);
	buf_free(&out);
}

START_TEST(test_letter_page)
{
	struct site a;
	struct buf out, body;
	char cookie[64], tok[64];
	char *dir = fake_site(&a, tools_fill);

	buf_init(&out);
	buf_init(&body);
	tools_req(&a, "GET", "/tools/letter?type=credit-dispute", NULL, NULL, NULL, &out);
	STATUS(out, "200");
	HAS(out, "name=\"csrf\" value=\"");
	HAS(out, "value=\"credit-dispute\" checked");
	HAS(out, "Cache-Control: no-store");
	HAS(out, "name=\"b_night\"");
	HAS(out, "name=\"format\" value=\"txt\"");

	/* No token: 403, the form again with everything typed. */
	tools_req(&a, "POST", "/tools/letter",
		  "type=complaint&lender=%E4%BA%AC%E4%B8%9C%3Cx%3E&b_third=1&facts=a%0D%0Ab",
		  NULL, NULL, &out);
	STATUS(out, "403");
	HAS(out, "value=\"京东&lt;x&gt;\"");
	HAS(out, "name=\"b_third\" type=\"checkbox\" value=\"1\" checked");
	HAS(out, "value=\"complaint\" checked");
	HAS(out, ">a\r\nb</textarea>");
	HAS(out, "name=\"csrf\" value=\"");

	token(&a, cookie, tok);
	/* Bad fields: 422, at each field, kept. */
	buf_reset(&body);
	buf_printf(&body, "csrf=%s&type=complaint&to=bureau&lender=&amount=5%%2C000&since=2199-01-01", tok);
	tools_req(&a, "POST", "/tools/letter", body.data, cookie, NULL, &out);
	STATUS(out, "422");
	HAS(out, "id=\"e-TO\"");
	HAS(out, "id=\"e-LENDER\"");
	HAS(out, "id=\"e-AMOUNT\"");
	HAS(out, "value=\"5,000\"");
	HAS(out, "id=\"e-SINCE\"");
	HAS(out, "id=\"e-BEHAVIOURS\"");
	HAS(out, "href=\"#f-LENDER\"");

	/* A good letter: 200, the text shown (escaped), nothing else. */
	buf_reset(&body);
	buf_printf(&body, "csrf=%s&type=complaint&lender=%%E4%%BA%%AC%%E4%%B8%%9C%%E9%%87%%91%%E8%%9E%%8D"
		   "&b_night=1&b_fees=1&facts=%%3Cscript%%3E%%0D%%0Aline2&format=html", tok);
	tools_req(&a, "POST", "/tools/letter", body.data, cookie, NULL, &out);
	STATUS(out, "200");
	/* the title apart, to be centred; the letter's text after it */
	HAS(out, "<p class=\"letter-title\">投诉信</p>\n<pre class=\"letter\" id=\"letter\">致：");
	HAS(out, "　　&lt;script&gt;\n　　line2\n");
	HAS(out, "22:00至次日8:00");
	HAS(out, "寄出前请读");
	HAS(out, "noindex");
	LACKS(out, "<script>");

	/* The same as a download. */
	buf_reset(&body);
	buf_printf(&body, "csrf=%s&type=negotiate&lender=JD&sender=&format=txt", tok);
	tools_req(&a, "POST", "/tools/letter", body.data, cookie, NULL, &out);
	STATUS(out, "200");
	HAS(out, "Content-Type: text/plain; charset=utf-8\r\n");
	HAS(out, "Content-Disposition: attachment; filename=\"letter.txt\"\r\n");
	HAS(out, "Cache-Control: no-store");
	HAS(out, "\xef\xbb\xbf协商还款申请\r\n");
	HAS(out, "发信人：____________（请手写姓名）");
	HAS(out, "寄出前请读");
	LACKS(out, "<html");
	buf_free(&body);
	buf_free(&out);
	fake_site_close(&a, dir);
}
END_TEST

START_TEST(test_feed_sitemap)
{
	struct site a;
	struct buf out;
	char *dir = fake_site(&a, tools_fill);

	/* absolute addresses come from the configured site address (-u),
	 * never from the request's Host */
	a.base_url = "http://quanyi.example";
	buf_init(&out);
	/* links come from the configured address, not the Host sent */
	a.base_url = "https://quanyi.example";
	tools_req(&a, "GET", "/feed.xml", NULL, NULL, "evil.example:6666", &out);
	STATUS(out, "200");
	LACKS(out, "evil.example");
	HAS(out, "Content-Type: application/atom+xml; charset=utf-8");
	HAS(out, "\r\n\r\n<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\"");
	HAS(out, "<id>https://quanyi.example/a/x</id>");
	HAS(out, "<title>&lt;script&gt;alert(1)&lt;/script&gt; &amp; “标题”</title>");
	HAS(out, "<summary>摘要&quot;引号&quot; &lt;b&gt;粗&lt;/b&gt; &amp; &#39;x&#39;</summary>");
	HAS(out, "label=\"逾期 &amp; 还款\"");
	HAS(out, "ETag: \"");
	LACKS(out, "<script>");
	LACKS(out, "草稿文章");

	/* A Host that could break out of the address is not used either. */
	tools_req(&a, "GET", "/sitemap.xml", NULL, NULL, "x\"><y", &out);
	STATUS(out, "200");
	HAS(out, "Content-Type: application/xml; charset=utf-8");
	HAS(out, "<loc>https://quanyi.example/</loc>");
	HAS(out, "<loc>https://quanyi.example/c/overdue</loc>");
	HAS(out, "<loc>https://quanyi.example/a/x</loc><lastmod>");
	HAS(out, "<loc>https://quanyi.example/tools/timeline</loc>");
	HAS(out, "<loc>https://quanyi.example/tools/letter</loc>");
	HAS(out, "<loc>https://quanyi.example/glossary</loc>");
	HAS(out, "<loc>https://quanyi.example/channels</loc>");
	LACKS(out, "/a/draft");
	LACKS(out, "<y");
	buf_free(&out);
	fake_site_close(&a, dir);
}
END_TEST

Suite *suite_tools(void)
{
	Suite *s = suite_create("tools");
	TCase *tc = tcase_create("pages");

	tcase_set_timeout(tc, 30);
	tcase_add_test(tc, test_timeline_page);
	tcase_add_test(tc, test_letter_page);
	tcase_add_test(tc, test_feed_sitemap);
	suite_add_tcase(s, tc);
	return s;
}
