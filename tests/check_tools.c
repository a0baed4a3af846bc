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

	fake_tools_content(s);
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

/* tools_entry: the text of entry name of the shipped wording slug (in a),
 * which must exist. */
static const char *tools_entry(struct arena *a, const char *slug, const char *name)
{
	struct wording w;
	const char *t;

	fake_wording(slug, a, &w);
	t = wording_get(&w, name);
	ck_assert_msg(t != NULL, "no entry %s in wording/%s", name, slug);
	return t;
}

START_TEST(test_timeline_page)
{
	struct site a;
	struct buf out;
	struct arena ar;
	char *dir = fake_site(&a, tools_fill);

	arena_init(&ar);
	buf_init(&out);
	tools_req(&a, "GET", "/tools/timeline", NULL, NULL, NULL, &out);
	STATUS(out, "200");
	HAS(out, "<label for=\"f-DUE\">");
	HAS(out, "name=\"due\" type=\"date\"");
	HAS(out, tools_entry(&ar, "timeline", "hint.due"));
	LACKS(out, "id=\"result-h\"");
	LACKS(out, "noindex");

	/* Empty optional dates are simply not given; both last days shown. */
	tools_req(&a, "GET", "/tools/timeline?due=2024-02-29&demand=&part=&plan=&repaid=",
		  NULL, NULL, NULL, &out);
	STATUS(out, "200");
	HAS(out, "<time datetime=\"2027-02-28\">2027年2月28日</time>");
	HAS(out, "<time datetime=\"2027-03-01\">2027年3月1日</time>");
	HAS(out, "尚未录入2027年节假日安排，请自行核对");
	HAS(out, tools_entry(&ar, "timeline", "start.rule"));
	HAS(out, "Cache-Control: no-store");
	HAS(out, "noindex");

	tools_req(&a, "GET", "/tools/timeline?due=2020-01-10&repaid=2021-02-28", NULL, NULL, NULL, &out);
	STATUS(out, "200");
	HAS(out, "2026年2月28日");
	HAS(out, tools_entry(&ar, "timeline", "credit.rule"));

	/* Not a date: 400, the message at the field, the input kept in a
	 * text box (a date control would drop it), the hint for that box. */
	tools_req(&a, "GET", "/tools/timeline?due=2023-02-29&demand=%3Cb%3E", NULL, NULL, NULL, &out);
	STATUS(out, "400");
	HAS(out, "name=\"due\" type=\"text\" value=\"2023-02-29\" inputmode=\"numeric\"");
	HAS(out, "value=\"&lt;b&gt;\"");
	HAS(out, "id=\"e-DUE\"");
	HAS(out, "aria-describedby=\"h-DUE e-DUE\"");
	HAS(out, "这一天不存在：2023年2月只有28天");
	HAS(out, "请按 年-月-日 填写");
	LACKS(out, "<b>");

	/* The future and an impossible order: 422. */
	tools_req(&a, "GET", "/tools/timeline?due=2199-01-01", NULL, NULL, NULL, &out);
	STATUS(out, "422");
	HAS(out, "不能晚于今天");
	HAS(out, "type=\"date\" value=\"2199-01-01\"");
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
	arena_free(&ar);
	fake_site_close(&a, dir);
}
END_TEST

/* token: the form token and cookie handed out by GET /tools/letter?type=t. */
static void token(struct site *a, char cookie[64], char tok[64])
{
	struct buf out;
	const char *c, *t;

	buf_init(&out);
	tools_req(a, "GET", "/tools/letter?type=complaint", NULL, NULL, NULL, &out);
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
	struct arena ar;
	char cookie[64], tok[64];
	char *dir = fake_site(&a, tools_fill);

	arena_init(&ar);
	buf_init(&out);
	buf_init(&body);
	/* First the choice of letter: four links, no form. */
	tools_req(&a, "GET", "/tools/letter", NULL, NULL, NULL, &out);
	STATUS(out, "200");
	HAS(out, "href=\"/tools/letter?type=negotiate\"");
	HAS(out, "href=\"/tools/letter?type=complaint\"");
	HAS(out, tools_entry(&ar, "letter", "type.credit-dispute.help"));
	LACKS(out, "<form class=\"tool-form");
	tools_req(&a, "GET", "/tools/letter?type=nonsense", NULL, NULL, NULL, &out);
	STATUS(out, "400");
	HAS(out, "href=\"/tools/letter?type=negotiate\"");

	/* Then one letter's form, with only its fields; a link fills in what
	 * it knows, but never a name, an account number or free text. */
	tools_req(&a, "GET", "/tools/letter?type=credit-dispute&lender=JD&paidoff=2024-01-02"
		  "&d_paid=1&sender=X&account=123456&facts=hello&b_night=1", NULL, NULL, NULL, &out);
	STATUS(out, "200");
	HAS(out, "name=\"csrf\" value=\"");
	HAS(out, "name=\"type\" value=\"credit-dispute\"");
	HAS(out, "Cache-Control: no-store");
	HAS(out, "name=\"d_paid\" type=\"checkbox\" value=\"1\" checked");
	HAS(out, "name=\"lender\" type=\"text\" maxlength=\"60\" value=\"JD\"");
	HAS(out, "value=\"2024-01-02\"");
	HAS(out, "name=\"paidoff\"");
	LACKS(out, "name=\"b_night\"");
	LACKS(out, "name=\"monthly\"");
	LACKS(out, "value=\"123456\"");
	LACKS(out, "value=\"X\"");
	LACKS(out, ">hello<");
	tools_req(&a, "GET", "/tools/letter?type=negotiate", NULL, NULL, NULL, &out);
	HAS(out, "name=\"monthly\"");
	LACKS(out, "name=\"b_night\"");
	LACKS(out, "name=\"to\"");

	/* No token: 403, the form again with everything typed. */
	tools_req(&a, "POST", "/tools/letter",
		  "type=complaint&lender=%E4%BA%AC%E4%B8%9C%3Cx%3E&b_third=1&facts=a%0D%0Ab",
		  NULL, NULL, &out);
	STATUS(out, "403");
	HAS(out, "value=\"京东&lt;x&gt;\"");
	HAS(out, "name=\"b_third\" type=\"checkbox\" value=\"1\" checked");
	HAS(out, "name=\"type\" value=\"complaint\"");
	HAS(out, ">a\r\nb</textarea>");
	HAS(out, "name=\"csrf\" value=\"");

	token(&a, cookie, tok);
	/* Bad fields: 422, at each field, kept. */
	buf_reset(&body);
	buf_printf(&body, "csrf=%s&type=stop-contact&to=bureau&lender=JD", tok);
	tools_req(&a, "POST", "/tools/letter", body.data, cookie, NULL, &out);
	STATUS(out, "422");
	HAS(out, "id=\"e-TO\"");
	HAS(out, "value=\"collector\"");
	LACKS(out, "value=\"bureau\"");
	buf_reset(&body);
	buf_printf(&body, "csrf=%s&type=complaint&to=bureau&lender=&amount=5%%2C00&since=2199-01-01", tok);
	tools_req(&a, "POST", "/tools/letter", body.data, cookie, NULL, &out);
	STATUS(out, "422");
	LACKS(out, "id=\"e-TO\"");
	HAS(out, "id=\"e-LENDER\"");
	HAS(out, "id=\"e-AMOUNT\"");
	HAS(out, "value=\"5,00\"");
	HAS(out, "id=\"e-SINCE\"");
	HAS(out, "id=\"e-BEHAVIOURS\"");
	HAS(out, "href=\"#f-LENDER\"");
	/* No type on a POST: the choice again. */
	buf_reset(&body);
	buf_printf(&body, "csrf=%s&lender=JD", tok);
	tools_req(&a, "POST", "/tools/letter", body.data, cookie, NULL, &out);
	STATUS(out, "422");
	HAS(out, "请选择要写哪一种文书");

	/* A good letter: 200, the text shown (escaped), the amount as
	 * understood, the download next to it carrying the same values. */
	buf_reset(&body);
	buf_printf(&body, "csrf=%s&type=complaint&lender=%%E4%%BA%%AC%%E4%%B8%%9C%%E9%%87%%91%%E8%%9E%%8D"
		   "&amount=%%E4%%B8%%A4%%E4%%B8%%87&b_night=1&b_fees=1&facts=%%3Cscript%%3E%%0D%%0Aline2"
		   "&format=html", tok);
	tools_req(&a, "POST", "/tools/letter", body.data, cookie, NULL, &out);
	STATUS(out, "200");
	/* the title apart, to be centred; the letter's text after it */
	HAS(out, "<p class=\"letter-title\">投诉信</p>\n<pre class=\"letter\" id=\"letter\">致：");
	HAS(out, "　　&lt;script&gt;\n　　line2\n");
	HAS(out, "约20000元");
	HAS(out, "信里写作：约 20000 元");
	HAS(out, "<input type=\"hidden\" name=\"amount\" value=\"两万\">");
	HAS(out, "<input type=\"hidden\" name=\"b_night\" value=\"1\">");
	HAS(out, "name=\"format\" value=\"txt\">下载这封信（.txt）");
	HAS(out, "id=\"guide-h\"");
	HAS(out, "noindex");
	LACKS(out, "<script>");
	ck_assert(strstr(out.data, "下载这封信") < strstr(out.data, "<pre class=\"letter\""));

	/* The download: the letter alone, named for the letter and the day. */
	buf_reset(&body);
	buf_printf(&body, "csrf=%s&type=negotiate&lender=JD&sender=&format=txt", tok);
	tools_req(&a, "POST", "/tools/letter", body.data, cookie, NULL, &out);
	STATUS(out, "200");
	HAS(out, "Content-Type: text/plain; charset=utf-8\r\n");
	HAS(out, "Content-Disposition: attachment; filename=\"letter-negotiate-");
	HAS(out, ".txt\"; filename*=UTF-8''%E5%8D%8F%E5%95%86%E8%BF%98%E6%AC%BE%E7%94%B3%E8%AF%B7-");
	HAS(out, "Cache-Control: no-store");
	HAS(out, "\xef\xbb\xbf协商还款申请\r\n");
	HAS(out, tools_entry(&ar, "letter", "letter.sender.blank"));
	LACKS(out, "寄出前请读");
	LACKS(out, tools_entry(&ar, "letter", "guide.all"));
	LACKS(out, "<html");
	buf_free(&body);
	buf_free(&out);
	arena_free(&ar);
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
