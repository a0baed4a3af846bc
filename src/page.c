/* page: layout, error pages and small helpers shared by page handlers. */
#include "date.h"
#include "page.h"

#include <stdio.h>
#include <string.h>
#include <time.h>

#include "store_article.h"
#include "store_category.h"
#include "store_law.h"

/* The last resort when even the error template cannot be expanded. */
static const char page_fallback[] =
	"<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\">"
	"<title>服务器出错 - 权益</title></head><body><h1>服务器出错</h1>"
	"<p>页面暂时无法显示，请稍后再试。</p><p><a href=\"/\">返回首页</a></p>"
	"</body></html>\n";

/* page_nav: the site navigation, one entry per topic, marking the topic
 * the page belongs to: as the page itself on the topic page, as the
 * current section on its articles and other pages. */
static void page_nav(struct page *p)
{
	struct store_categories cats;
	const char *path = p->req ? p->req->path : NULL;

	if (!p->site || !p->site->store || !p->req ||
	    store_category_list(p->site->store, &p->req->arena, &cats) < 0)
		return;
	for (size_t i = 0; i < cats.n; i++) {
		const struct store_category *c = &cats.v[i];
		struct tpl_dict *d = tpl_section(p->root, "NAV");

		tpl_set(d, "SLUG", c->slug);
		tpl_set(d, "TITLE", c->title);
		if (p->topic && strcmp(p->topic, c->slug) == 0) {
			int self = path && strncmp(path, "/c/", 3) == 0 &&
				   strcmp(path + 3, c->slug) == 0;
			tpl_set(tpl_section(d, "NAV_CURRENT"), "ARIA", self ? "page" : "true");
		}
	}
}

/* page_article_links: one link (title and summary) per article of l in
 * section of a wrapper section that is shown only when l is not empty;
 * the articles' review dates count towards the page's when p is set. */
void page_article_links(struct tpl_dict *d, const char *wrapper, const char *section,
			const struct store_articles *l, struct page *p)
{
	struct tpl_dict *w = l->n ? tpl_section(d, wrapper) : NULL;

	for (size_t i = 0; i < l->n; i++) {
		struct tpl_dict *item = tpl_section(w, section);

		tpl_set(item, "SLUG", l->v[i].slug);
		tpl_set(item, "TITLE", l->v[i].title);
		tpl_set(item, "SUMMARY", l->v[i].summary);
		if (p)
			page_reviewed(p, l->v[i].reviewed);
	}
}

/* page_begin: start a page drawn by template tpl inside the site layout,
 * and return the dictionary for tpl's values. */
struct tpl_dict *page_begin(struct page *p, const char *tpl, const char *title,
			    const char *description)
{
	const char *q = p->req ? req_str(p->req, F_Q) : NULL;
	char made[32];
	struct buf url;

	if (p->root)
		tpl_dict_free(p->root);
	p->notes = NULL;
	p->root = tpl_dict_new();
	if (!p->root)
		return NULL;
	tpl_set(p->root, "TITLE", title);
	tpl_set(p->root, "DESCRIPTION", description ? description :
		"权益：为逾期和被催收的借款人讲清法律规定、权利和投诉渠道。");
	if (q)
		tpl_set(p->root, "Q", q);
	if (p->site)
		tpl_set(p->root, "SITE_URL", p->site->base_url);
	/* On paper: where the page came from, and when it was made (a printed
	 * page cannot know the day it is printed without a script) */
	buf_init(&url);
	page_address(p, 1, &url);
	tpl_set(p->root, "PAGE_URL", url.data ? url.data : "");
	buf_free(&url);
	date_zh(date_today(), made, sizeof(made));
	tpl_set(p->root, "MADE", made);
	page_nav(p);
	p->tpl = tpl;
	p->body = tpl_include(p->root, "CONTENT", tpl);
	return p->body;
}

/* page_finish: expand the page into the response with status. A template
 * that fails to expand becomes a plain 500 page. */
void page_finish(struct page *p, int status)
{
	struct resp *rs = p->resp;

	rs->status = status;
	if (status != 200 || p->no_store) {
		rs->cache_control = "no-store";
		rs->flags &= ~RESP_ETAG;
	} else if (rs->cache_control == NULL || strcmp(rs->cache_control, "no-store") == 0) {
		rs->cache_control = "no-cache";
	}
	if (status == 503 && !(rs->headers.data && strstr(rs->headers.data, "Retry-After:")))
		resp_header(rs, "Retry-After", "60");
	buf_reset(&rs->body);
	if (p->root && !p->own_search)
		tpl_show(p->root, "SITE_SEARCH");
	if (p->root && p->reviewed[0] && status == 200) {
		struct tpl_dict *r = tpl_section(p->root, "PAGE_REVIEWED");
		char date[32];

		date_zh_iso(p->reviewed, date, sizeof(date));
		tpl_set(r, "DATE", date);
		tpl_set(r, "DATE_ISO", p->reviewed);
	}
	if (!p->root || !p->body ||
	    tpl_expand(p->site->tpl, "layout.tpl", p->root, &rs->body) != 0) {
		fprintf(stderr, "quanyi: template %s failed to expand\n", p->tpl ? p->tpl : "?");
		rs->status = 500;
		rs->cache_control = "no-store";
		rs->flags &= ~RESP_ETAG;
		buf_reset(&rs->body);
		buf_puts(&rs->body, page_fallback);
	}
	if (p->root)
		tpl_dict_free(p->root);
	p->root = p->body = NULL;
	p->notes = NULL;
}

/* page_begin_raw: start a document drawn by template tpl alone, without
 * the HTML layout (feeds, sitemaps), and return the dictionary for it. */
struct tpl_dict *page_begin_raw(struct page *p, const char *tpl)
{
	if (p->root)
		tpl_dict_free(p->root);
	p->notes = NULL;
	p->root = tpl_dict_new();
	p->body = p->root;
	p->tpl = tpl;
	return p->root;
}

/* page_finish_raw: expand a page_begin_raw document into the response
 * with status and content_type. A template that fails to expand becomes
 * the HTML 500 page. */
void page_finish_raw(struct page *p, int status, const char *content_type)
{
	struct resp *rs = p->resp;

	rs->status = status;
	rs->content_type = content_type;
	if (status != 200 || p->no_store) {
		rs->cache_control = "no-store";
		rs->flags &= ~RESP_ETAG;
	} else {
		rs->cache_control = "no-cache";
	}
	buf_reset(&rs->body);
	if (!p->root || tpl_expand(p->site->tpl, p->tpl, p->root, &rs->body) != 0) {
		fprintf(stderr, "quanyi: template %s failed to expand\n", p->tpl ? p->tpl : "?");
		if (p->root)
			tpl_dict_free(p->root);
		p->root = p->body = NULL;
		rs->content_type = "text/html; charset=utf-8";
		page_error(p, 500, "页面暂时无法显示，请稍后再试。");
		return;
	}
	tpl_dict_free(p->root);
	p->root = p->body = NULL;
}

/* page_error_title: the heading of an error page. */
static const char *page_error_title(int status)
{
	switch (status) {
	case 400: return "请求有误";
	case 401: return "需要登录";
	case 403: return "无权访问";
	case 404: return "页面不存在";
	case 405: return "不支持的请求方式";
	case 411: return "提交的内容有误";
	case 413: return "提交的内容太大";
	case 422: return "提交的内容有误";
	case 429: return "请求太频繁";
	case 503: return "暂时无法服务";
	default: return "服务器出错";
	}
}

/* page_error: answer status with an error page in the site's look that
 * says, in Chinese, what went wrong (message may hold several lines). */
void page_error(struct page *p, int status, const char *message)
{
	struct tpl_dict *d;

	p->tpl = NULL;
	d = page_begin(p, "error.tpl", page_error_title(status), NULL);
	if (d) {
		tpl_set_int(d, "STATUS", status);
		tpl_set(d, "HEADING", page_error_title(status));
		page_lines(d, "MESSAGE", "LINE", message ? message : "");
		if (status == 404)
			tpl_show(d, "NOT_FOUND");
	}
	page_finish(p, status);
}

/* page_write_failure: what to tell the reader about the last write the
 * database refused, and in *retry after how many seconds to try again:
 * a read-only or full disk, an I/O error and a busy database each get
 * their own words. */
static const char *page_write_failure(const struct page *p, long *retry)
{
	int code = p->site && p->site->store ? store_write_error(p->site->store) & 0xff : SQLITE_OK;

	switch (code) {
	case SQLITE_READONLY:
		*retry = 300;
		return "网站正在维护，现在只能阅读，暂时不能保存。";
	case SQLITE_FULL:
		*retry = 300;
		return "服务器的存储空间满了，暂时不能保存。";
	case SQLITE_IOERR:
	case SQLITE_CANTOPEN:
		*retry = 120;
		return "服务器读写数据时出了错，暂时不能保存。";
	case SQLITE_BUSY:
	case SQLITE_LOCKED:
		*retry = 5;
		return "网站正忙，暂时不能保存。";
	default:
		*retry = 60;
		return "暂时不能保存。";
	}
}

/* page_unavailable_form: a write the database refused, on a page with a
 * form: a Retry-After header and, in form's NOTICE, why and that what was
 * typed is still there. The caller shows the form again (with the text)
 * and finishes the page with the 503 returned. */
int page_unavailable_form(struct page *p, struct tpl_dict *form)
{
	struct buf msg;
	char v[24];
	long retry;

	buf_init(&msg);
	buf_printf(&msg, "%s你填写的内容还在下面，请稍后再提交。", page_write_failure(p, &retry));
	snprintf(v, sizeof(v), "%ld", retry);
	resp_header(p->resp, "Retry-After", v);
	tpl_set(tpl_section(form, "NOTICE"), "MESSAGE", msg.data);
	buf_free(&msg);
	return 503;
}

/* page_unavailable: a write the database refused, where nothing typed
 * needs keeping: the 503 error page saying why, with Retry-After. */
void page_unavailable(struct page *p)
{
	struct buf msg;
	char v[24];
	long retry;

	buf_init(&msg);
	buf_printf(&msg, "%s请稍后再试。", page_write_failure(p, &retry));
	snprintf(v, sizeof(v), "%ld", retry);
	resp_header(p->resp, "Retry-After", v);
	page_error(p, 503, msg.data);
	buf_free(&msg);
}

/* page_form_token: put a fresh form token into d (as CSRF) for the
 * browser's token cookie, handing out the cookie first if the browser has
 * none. A page with a form is never cached. */
void page_form_token(struct page *p, struct tpl_dict *d)
{
	char tok[CSRF_TOKEN_HEX + 1];

	if (!p->csrf_cookie[0]) {
		char v[CSRF_COOKIE_HEX + 1];

		if (req_cookie(p->req->cookie, CSRF_COOKIE, v, sizeof(v)) && csrf_cookie_ok(v)) {
			memcpy(p->csrf_cookie, v, sizeof(v));
		} else {
			struct buf c;

			csrf_new_cookie(p->csrf_cookie);
			buf_init(&c);
			buf_printf(&c, "%s=%s; Path=/; Max-Age=2592000; HttpOnly; SameSite=Strict",
				   CSRF_COOKIE, p->csrf_cookie);
			resp_header(p->resp, "Set-Cookie", c.data);
			buf_free(&c);
		}
	}
	csrf_token(p->site->csrf_key, p->csrf_cookie, (long)time(NULL), tok);
	tpl_set(d, "CSRF", tok);
	p->no_store = 1;
	p->resp->flags &= ~RESP_ETAG;
}

/* page_csrf_check: whether the posted form carries a good token for this
 * browser's cookie (and was not sent from another site); notes when the
 * form was served. */
enum csrf_result page_csrf_check(struct page *p)
{
	char v[CSRF_COOKIE_HEX + 1] = "";

	if (!req_cookie(p->req->cookie, CSRF_COOKIE, v, sizeof(v)) || !csrf_cookie_ok(v))
		v[0] = '\0';
	return page_csrf_check_bound(p, v);
}

/* page_csrf_check_bound: whether the posted token was made for binding
 * (a browser's cookie, or what a public form binds to) and the form was
 * not sent from another site; notes when the form was served. */
enum csrf_result page_csrf_check_bound(struct page *p, const char *binding)
{
	if (p->req->fetch_site && strcmp(p->req->fetch_site, "cross-site") == 0)
		return CSRF_FORGED;
	if (!binding || !*binding)
		return CSRF_MISSING;
	return csrf_check(p->site->csrf_key, binding, req_str(p->req, F_CSRF), (long)time(NULL),
			  &p->form_issued);
}

/* page_csrf_vote_binding: what a vote token for article slug is bound to. */
void page_csrf_vote_binding(const char *slug, struct buf *out)
{
	buf_printf(out, "vote:%s", slug ? slug : "");
}

/* page_csrf_check_level: the check a route's token level calls for. */
enum csrf_result page_csrf_check_level(struct page *p, enum page_csrf_level level)
{
	enum csrf_result r;
	struct buf b;

	if (level == RC_FORM)
		return page_csrf_check(p);
	if (level != RC_VOTE)
		return CSRF_OK;
	buf_init(&b);
	page_csrf_vote_binding(p->arg, &b);
	r = page_csrf_check_bound(p, b.data);
	buf_free(&b);
	return r;
}

/* page_client: who is posting, as the rate limit sees it: a keyed hash
 * (BLAKE2b, with the database's own secret) of the client address, so no
 * address is ever stored. */
void page_client(const struct page *p, char out[33])
{
	const char *addr = p->req->remote_addr ? p->req->remote_addr : "";
	unsigned char h[16];

	crypto_generichash(h, sizeof(h), (const unsigned char *)addr, strlen(addr),
			   p->site->client_key, sizeof(p->site->client_key));
	sodium_bin2hex(out, 33, h, sizeof(h));
}

/* page_too_many: the answer to one post too many: a Retry-After header,
 * and in d (if given) the wait in words for the page to show. */
void page_too_many(struct page *p, long retry_after, struct tpl_dict *d)
{
	char v[32];

	snprintf(v, sizeof(v), "%ld", retry_after);
	resp_header(p->resp, "Retry-After", v);
	if (d)
		tpl_set_int(d, "RETRY_MINUTES", (retry_after + 59) / 60);
}

/* page_redirect: answer 303 See Other to location (the end of every
 * accepted POST), dropping any page begun. */
void page_redirect(struct page *p, const char *location)
{
	if (p->root) {
		tpl_dict_free(p->root);
		p->root = p->body = NULL;
	}
	p->notes = NULL;
	resp_header(p->resp, "Location", location);
	p->resp->status = 303;
	p->resp->cache_control = "no-store";
	p->resp->flags &= ~RESP_ETAG;
	buf_reset(&p->resp->body);
}

/* page_address: the page's full address into out: the configured site
 * address, the path (percent-encoded again where it is not plain ASCII)
 * and, with with_query, the query as it was sent. */
void page_address(const struct page *p, int with_query, struct buf *out)
{
	static const char hex[] = "0123456789ABCDEF";
	const char *path = p->req && p->req->path ? p->req->path : "/";

	buf_puts(out, p->site && p->site->base_url ? p->site->base_url : SITE_URL_DEFAULT);
	for (const unsigned char *c = (const unsigned char *)path; *c; c++) {
		if (*c > 0x20 && *c < 0x7f && !strchr("\"#%<>?[\\]^`{|}", *c)) {
			buf_putc(out, (char)*c);
		} else {
			buf_putc(out, '%');
			buf_putc(out, hex[*c >> 4]);
			buf_putc(out, hex[*c & 15]);
		}
	}
	if (with_query && p->req && p->req->query && *p->req->query) {
		buf_putc(out, '?');
		buf_puts(out, p->req->query);
	}
}

/* page_reviewed: note that the page shows content last reviewed on iso
 * (YYYY-MM-DD); the layout shows the latest such date. */
void page_reviewed(struct page *p, const char *iso)
{
	if (iso && strlen(iso) == 10 && strcmp(iso, p->reviewed) > 0)
		memcpy(p->reviewed, iso, 11);
}

/* page_law_quote: the official text of one cited article into
 * section q: its paragraphs in 「」 (each on its own for an excerpt), or
 * a note when the site has no official text of it. */
void page_law_quote(struct tpl_dict *q, const struct store_law_quote *c)
{
	int excerpt = strcmp(c->scope, "excerpt") == 0;
	const char *t = c->text;

	tpl_set(q, "NAME", c->name);
	tpl_set(q, "NUM", c->num);
	tpl_set(q, "VERSION", c->version);
	if (excerpt)
		tpl_show(q, "EXCERPT");
	if (strcmp(c->scope, "none") == 0 || !*t) {
		tpl_show(q, "NOTEXT");
		return;
	}
	while (*t) {
		const char *e = strstr(t, "\n\n");
		size_t n = e ? (size_t)(e - t) : strlen(t);
		struct tpl_dict *para = tpl_section(q, "PARA");

		tpl_setn(para, "TEXT", t, n);
		if (t == c->text || excerpt)
			tpl_show(para, "OPEN");
		if (!e || excerpt)
			tpl_show(para, "CLOSE");
		t = e ? e + 2 : t + n;
	}
}

/* page_lines: one section entry (with variable key) per non-empty line of
 * text. */
void page_lines(struct tpl_dict *d, const char *section, const char *key,
		const char *text)
{
	const char *s = text;

	while (s && *s) {
		const char *nl = strchr(s, '\n');
		size_t n = nl ? (size_t)(nl - s) : strlen(s);
		if (n)
			tpl_setn(tpl_section(d, section), key, s, n);
		s = nl ? nl + 1 : NULL;
	}
}
