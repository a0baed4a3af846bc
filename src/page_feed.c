/* page_feed: documents for machines: the Atom feed of articles
 * (/feed.xml) and the sitemap of every public page (/sitemap.xml). Both
 * are drawn by XML templates (auto-escaped for XML) without the HTML
 * layout, with absolute addresses built from the request's host. */
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "page.h"
#include "store_content.h"
#include "store_question.h"

enum { PAGE_FEED_MAX = 50 };

/* page_feed_host_ok: 1 if h can be the host part of an address: 1-255
 * letters, digits, '.', '-', ':' (port) and '[' ']' (IPv6), nothing that
 * could break out of a URL. */
static int page_feed_host_ok(const char *h)
{
	size_t n = h ? strlen(h) : 0;

	if (n == 0 || n > 255 || h[0] == '.' || h[0] == '-' || h[0] == ':')
		return 0;
	for (size_t i = 0; i < n; i++) {
		char c = h[i];
		if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
		      c == '.' || c == '-' || c == ':' || c == '[' || c == ']'))
			return 0;
	}
	return 1;
}

/* page_feed_base: the site's absolute address without a trailing slash,
 * e.g. "https://quanyi.example": the scheme nginx reports (https when the
 * connection is TLS) and the request's Host header when it is a plain
 * host name, else "localhost". */
static void page_feed_base(const struct page *p, struct buf *out)
{
	const struct req *r = p->req;
	int https = r->https || (r->scheme && strcmp(r->scheme, "https") == 0);

	buf_printf(out, "%s://%s", https ? "https" : "http",
		   page_feed_host_ok(r->host) ? r->host : "localhost");
}

/* One published article, copied out of the statement. */
struct page_feed_item {
	char *slug, *title, *summary, *category, *category_title, *updated;
};

struct page_feed_list {
	struct arena *arena;
	struct page_feed_item *item;
	size_t n, cap;
	int failed;
};

/* page_feed_collect: keep one published article. */
static int page_feed_collect(void *ctx, const struct store_article *a)
{
	struct page_feed_list *l = ctx;
	struct page_feed_item *it;

	if (strcmp(a->status, "published") != 0)
		return 0;
	if (l->n == l->cap) {
		size_t cap = l->cap ? l->cap * 2 : 64;
		struct page_feed_item *grown = realloc(l->item, cap * sizeof(*grown));

		if (!grown) {
			l->failed = 1;
			return 1;
		}
		l->item = grown;
		l->cap = cap;
	}
	it = &l->item[l->n++];
	it->slug = arena_strdup(l->arena, a->slug);
	it->title = arena_strdup(l->arena, a->title);
	it->summary = arena_strdup(l->arena, a->summary);
	it->category = arena_strdup(l->arena, a->category);
	it->category_title = arena_strdup(l->arena, a->category_title);
	it->updated = arena_strdup(l->arena, a->updated);
	return 0;
}

/* page_feed_newer: qsort order: most recently updated first, then by slug. */
static int page_feed_newer(const void *x, const void *y)
{
	const struct page_feed_item *a = x, *b = y;
	int c = strcmp(b->updated, a->updated);

	return c ? c : strcmp(a->slug, b->slug);
}

/* page_feed_articles: every published article into l, newest first.
 * 0, or -1 when the store fails. */
static int page_feed_articles(struct page *p, struct page_feed_list *l)
{
	memset(l, 0, sizeof(*l));
	l->arena = &p->req->arena;
	if (store_article_all(p->app->store, page_feed_collect, l) < 0 || l->failed)
		return -1;
	if (l->n > 1)
		qsort(l->item, l->n, sizeof(l->item[0]), page_feed_newer);
	return 0;
}

/* page_feed_atom: /feed.xml: an Atom feed of the 50 most recently updated
 * articles, each with id, title, link, updated time and summary. Answers
 * 200 (304 through the ETag) or 503. */
void page_feed_atom(struct page *p)
{
	struct page_feed_list l;
	struct tpl_dict *d;
	struct buf base;

	if (page_feed_articles(p, &l) < 0 || !(d = page_begin_raw(p, "feed.xml.tpl"))) {
		free(l.item);
		page_error(p, 503, "暂时无法读取内容，请稍后再试。");
		return;
	}
	buf_init(&base);
	page_feed_base(p, &base);
	tpl_set(d, "BASE", base.data);
	if (l.n) {
		tpl_set(d, "UPDATED", l.item[0].updated);
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

		tpl_set(e, "SLUG", l.item[i].slug);
		tpl_set(e, "TITLE", l.item[i].title);
		tpl_set(e, "SUMMARY", l.item[i].summary);
		tpl_set(e, "UPDATED", l.item[i].updated);
		tpl_set(e, "CATEGORY", l.item[i].category);
		tpl_set(e, "CATEGORY_TITLE", l.item[i].category_title);
	}
	buf_free(&base);
	free(l.item);
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

struct page_feed_topics {
	struct page *p;
	struct tpl_dict *d;
	int n;
	char *slug[64];
};

/* page_feed_topic: one topic page of the sitemap (kept for its questions). */
static int page_feed_topic(void *ctx, const struct store_category *c)
{
	struct page_feed_topics *t = ctx;

	page_feed_url(t->d, "/c/", c->slug, NULL);
	if (t->n < 64)
		t->slug[t->n++] = arena_strdup(&t->p->req->arena, c->slug);
	return 0;
}

/* page_feed_question: one published reader question of the sitemap. */
static int page_feed_question(void *ctx, const struct store_question *q)
{
	struct tpl_dict *d = ctx;
	struct buf path;

	buf_init(&path);
	buf_printf(&path, "/q/%ld", q->id);
	page_feed_url(d, path.data, NULL, q->updated);
	buf_free(&path);
	return 0;
}

/* page_feed_sitemap: /sitemap.xml: every public page: home, topics,
 * articles (with their last change), published reader questions, the
 * channel directory, the glossary, the question form and the tools.
 * Answers 200 (304 through the ETag) or 503. */
void page_feed_sitemap(struct page *p)
{
	static const char *const fixed[] = {
		"/channels", "/glossary", "/ask", "/tools/timeline", "/tools/letter"
	};
	struct page_feed_topics t;
	struct page_feed_list l;
	struct buf base;

	memset(&t, 0, sizeof(t));
	t.p = p;
	if (page_feed_articles(p, &l) < 0 || !(t.d = page_begin_raw(p, "sitemap.xml.tpl")))
		goto fail;
	buf_init(&base);
	page_feed_base(p, &base);
	tpl_set(t.d, "BASE", base.data);
	buf_free(&base);
	page_feed_url(t.d, "/", NULL, l.n ? l.item[0].updated : NULL);
	if (store_category_each(p->app->store, page_feed_topic, &t) < 0)
		goto fail;
	for (size_t i = 0; i < l.n; i++)
		page_feed_url(t.d, "/a/", l.item[i].slug, l.item[i].updated);
	for (int i = 0; i < t.n; i++)
		if (store_question_published(p->app->store, t.slug[i], 1000, page_feed_question, t.d) < 0)
			goto fail;
	for (size_t i = 0; i < sizeof(fixed) / sizeof(fixed[0]); i++)
		page_feed_url(t.d, fixed[i], NULL, NULL);
	free(l.item);
	page_finish_raw(p, 200, "application/xml; charset=utf-8");
	return;
fail:
	free(l.item);
	page_error(p, 503, "暂时无法读取内容，请稍后再试。");
}
