/* page_feed: documents for machines: the Atom feed of articles
 * (/feed.xml) and the sitemap of every public page (/sitemap.xml). Both
 * are drawn by XML templates (auto-escaped for XML) without the HTML
 * layout, with absolute addresses built from the request's host. */
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "page.h"
#include "store_article.h"
#include "store_category.h"
#include "store_question.h"

enum { PAGE_FEED_MAX = 50 };

/* page_feed_base: the site's absolute address without a trailing slash,
 * e.g. "https://quanyi.example": the configured one (-u), never the
 * request's Host header, so that a page kept in a cache cannot carry
 * links to a host someone else sent. */
static void page_feed_base(const struct page *p, struct buf *out)
{
	buf_puts(out, p->site->base_url);
}

/* page_feed_atom: /feed.xml: an Atom feed of the 50 most recently updated
 * articles, each with id, title, link, updated time and summary. Answers
 * 200 (304 through the ETag) or 503. */
void page_feed_atom(struct page *p)
{
	struct store_articles l;
	struct tpl_dict *d;
	struct buf base;

	if (store_article_recent(p->site->store, &p->req->arena, PAGE_FEED_MAX, &l) < 0 ||
	    !(d = page_begin_raw(p, "feed.xml.tpl"))) {
		page_error(p, 503, "暂时无法读取内容，请稍后再试。");
		return;
	}
	buf_init(&base);
	page_feed_base(p, &base);
	tpl_set(d, "BASE", base.data);
	if (l.n) {
		tpl_set(d, "UPDATED", l.v[0].updated);
	} else {
		char now[32];
		time_t t = time(NULL);
		struct tm tm;

		gmtime_r(&t, &tm);
		strftime(now, sizeof(now), "%Y-%m-%dT%H:%M:%SZ", &tm);
		tpl_set(d, "UPDATED", now);
	}
	for (size_t i = 0; i < l.n && i < PAGE_FEED_MAX; i++) {
		struct tpl_dict *e = tpl_section(d, "ENTRY");

		tpl_set(e, "SLUG", l.v[i].slug);
		tpl_set(e, "TITLE", l.v[i].title);
		tpl_set(e, "SUMMARY", l.v[i].summary);
		tpl_set(e, "UPDATED", l.v[i].updated);
		tpl_set(e, "CATEGORY", l.v[i].category);
		tpl_set(e, "CATEGORY_TITLE", l.v[i].category_title);
	}
	buf_free(&base);
	page_finish_raw(p, 200, "application/atom+xml; charset=utf-8");
}

/* page_feed_url: one address of the sitemap, with its last change (a
 * date, or NULL). */
static void page_feed_url(struct tpl_dict *d, const char *path, const char *slug,
			  const char *lastmod)
{
	struct tpl_dict *u = tpl_section(d, "URL");
	struct buf b;

	buf_init(&b);
	buf_printf(&b, "%s%s", path, slug ? slug : "");
	tpl_set(u, "PATH", b.data);
	buf_free(&b);
	if (lastmod && strlen(lastmod) >= 10)
		tpl_setn(tpl_section(u, "LASTMOD"), "DATE", lastmod, 10);
}

/* page_feed_sitemap: /sitemap.xml: every public page: home, topics,
 * articles (with their last change), published reader questions, the
 * channel directory, the glossary, the question form and the tools.
 * Answers 200 (304 through the ETag) or 503. */
void page_feed_sitemap(struct page *p)
{
	static const char *const fixed[] = {
		"/channels", "/glossary", "/ask", "/tools/timeline", "/tools/letter", "/tools/court",
		"/tools/complaint"
	};
	struct store *s = p->site->store;
	struct arena *a = &p->req->arena;
	struct store_articles l;
	struct store_categories cats;
	struct store_questions qs;
	struct tpl_dict *d;
	struct buf base;

	if (store_article_recent(s, a, -1, &l) < 0 || store_category_list(s, a, &cats) < 0 ||
	    store_question_published(s, a, NULL, -1, &qs) < 0 ||
	    !(d = page_begin_raw(p, "sitemap.xml.tpl")))
		goto fail;
	buf_init(&base);
	page_feed_base(p, &base);
	tpl_set(d, "BASE", base.data);
	buf_free(&base);
	page_feed_url(d, "/", NULL, l.n ? l.v[0].updated : NULL);
	for (size_t i = 0; i < cats.n; i++)
		page_feed_url(d, "/c/", cats.v[i].slug, NULL);
	for (size_t i = 0; i < l.n; i++)
		page_feed_url(d, "/a/", l.v[i].slug, l.v[i].updated);
	for (size_t i = 0; i < qs.n; i++) {
		struct buf path;

		buf_init(&path);
		buf_printf(&path, "/q/%ld", qs.v[i].id);
		page_feed_url(d, path.data, NULL, qs.v[i].updated);
		buf_free(&path);
	}
	for (size_t i = 0; i < sizeof(fixed) / sizeof(fixed[0]); i++)
		page_feed_url(d, fixed[i], NULL, NULL);
	page_finish_raw(p, 200, "application/xml; charset=utf-8");
	return;
fail:
	page_error(p, 503, "暂时无法读取内容，请稍后再试。");
}
