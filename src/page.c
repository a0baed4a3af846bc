/* page: layout, error pages and small helpers shared by page handlers. */
#include "page.h"

#include <stdio.h>
#include <string.h>

#include "store_content.h"

/* The last resort when even the error template cannot be expanded. */
static const char page_fallback[] =
	"<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\">"
	"<title>服务器出错 - 权益</title></head><body><h1>服务器出错</h1>"
	"<p>页面暂时无法显示，请稍后再试。</p><p><a href=\"/\">返回首页</a></p>"
	"</body></html>\n";

struct page_nav {
	struct tpl_dict *root;
	const char *current;
};

/* page_nav_item: add one topic to the site navigation. */
static int page_nav_item(void *ctx, const struct store_category *c)
{
	struct page_nav *nav = ctx;
	struct tpl_dict *d = tpl_section(nav->root, "NAV");

	tpl_set(d, "SLUG", c->slug);
	tpl_set(d, "TITLE", c->title);
	if (nav->current && strcmp(nav->current, c->slug) == 0)
		tpl_show(d, "NAV_CURRENT");
	return 0;
}

/* page_begin: start a page drawn by template tpl inside the site layout,
 * and return the dictionary for tpl's values. */
struct tpl_dict *page_begin(struct page *p, const char *tpl, const char *title,
			    const char *description)
{
	struct page_nav nav;
	const char *q = p->req ? req_str(p->req, F_Q) : NULL;

	if (p->root)
		tpl_dict_free(p->root);
	p->root = tpl_dict_new();
	if (!p->root)
		return NULL;
	tpl_set(p->root, "TITLE", title);
	tpl_set(p->root, "DESCRIPTION", description ? description :
		"权益：为逾期和被催收的借款人讲清法律规定、权利和投诉渠道。");
	if (q)
		tpl_set(p->root, "Q", q);
	nav.root = p->root;
	nav.current = p->topic;
	if (p->app && p->app->store)
		store_category_each(p->app->store, page_nav_item, &nav);
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
	if (status != 200) {
		rs->cache_control = "no-store";
		rs->flags &= ~RESP_ETAG;
	} else if (rs->cache_control == NULL || strcmp(rs->cache_control, "no-store") == 0) {
		rs->cache_control = "no-cache";
	}
	buf_reset(&rs->body);
	if (!p->root || !p->body ||
	    tpl_expand(p->app->tpl, "layout.tpl", p->root, &rs->body) != 0) {
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

/* page_date_zh: "2026-11-23" (or a longer ISO time) as "2026年11月23日". */
void page_date_zh(const char *iso, char *out, size_t outsz)
{
	int y, m, d;

	if (iso && sscanf(iso, "%4d-%2d-%2d", &y, &m, &d) == 3)
		snprintf(out, outsz, "%d年%d月%d日", y, m, d);
	else
		snprintf(out, outsz, "%s", iso ? iso : "");
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
