/* page_search: the search page: articles (title matches first, then
 * bm25), complaint channels, glossary terms, highlighted snippets and
 * pagination. */
#include <string.h>

#include "page.h"
#include "search.h"
#include "store_content.h"
#include "store_glossary.h"
#include "store_question.h"

enum { SEARCH_PER_PAGE = 10 };

struct page_search_ctx {
	struct page *p;
	struct tpl_dict *list;   /* the RESULTS section, made at the first hit */
	struct tpl_dict *d;
	const struct search_query *sq;
};

/* page_search_item: one article result with its snippet. The marked
 * pieces are separate template sections, so the highlight is markup of
 * the template and every piece of text is still escaped. */
static int page_search_item(void *ctx, const struct store_article *a)
{
	struct page_search_ctx *x = ctx;
	struct search_seg segs[SEARCH_MAX_SEGS];
	struct tpl_dict *d, *snip;
	int n;

	if (!x->list)
		x->list = tpl_section(x->d, "RESULTS");
	d = tpl_section(x->list, "RESULT");
	tpl_set(d, "SLUG", a->slug);
	tpl_set(d, "TITLE", a->title);
	tpl_set(d, "SUMMARY", a->summary);
	tpl_set(d, "CATEGORY_TITLE", a->category_title);
	n = search_snippet(a->body_md, x->sq, &x->p->req->arena, segs, SEARCH_MAX_SEGS);
	if (n > 0) {
		snip = tpl_section(d, "SNIPPET");
		for (int i = 0; i < n; i++) {
			struct tpl_dict *seg = tpl_section(snip, "SEG");
			struct tpl_dict *part = tpl_section(seg, segs[i].hit ? "MARK" : "PLAIN");
			tpl_setn(part, "TEXT", segs[i].text, segs[i].len);
		}
	}
	return 0;
}

/* page_search_channel: one complaint channel whose name matched. */
static int page_search_channel(void *ctx, const struct store_channel *c)
{
	struct page_search_ctx *x = ctx;
	struct tpl_dict *d;

	if (!x->list)
		x->list = tpl_section(x->d, "CHANNELS");
	d = tpl_section(x->list, "CHANNEL");
	tpl_set(d, "SLUG", c->slug);
	tpl_set(d, "NAME", c->name);
	tpl_set(d, "HANDLES", c->handles);
	return 0;
}

/* page_search_term: one glossary term whose name matched. */
static int page_search_term(void *ctx, const struct store_term *t)
{
	struct page_search_ctx *x = ctx;
	struct tpl_dict *d;

	if (!x->list)
		x->list = tpl_section(x->d, "TERMS");
	d = tpl_section(x->list, "TERM");
	tpl_set(d, "SLUG", t->slug);
	tpl_set(d, "TERM", t->term);
	return 0;
}

/* page_search_question_hit: one published reader question that matched. */
static int page_search_question_hit(void *ctx, const struct store_question *q)
{
	struct page_search_ctx *x = ctx;
	struct tpl_dict *d;

	if (!x->list)
		x->list = tpl_section(x->d, "QUESTIONS");
	d = tpl_section(x->list, "QUESTION");
	tpl_set_int(d, "ID", q->id);
	tpl_set(d, "TITLE", q->title);
	tpl_set(d, "CATEGORY_TITLE", q->category_title);
	return 0;
}

struct page_topics {
	struct page *p;
	struct tpl_dict *d;
	int failed;
};

/* page_search_question: one suggested question under a topic. */
static int page_search_question(void *ctx, const struct store_article *a)
{
	struct tpl_dict *d = tpl_section(ctx, "QUESTION");

	tpl_set(d, "SLUG", a->slug);
	tpl_set(d, "TITLE", a->title);
	return 0;
}

/* page_search_topic: a topic with its key questions, for "nothing found". */
static int page_search_topic(void *ctx, const struct store_category *c)
{
	struct page_topics *t = ctx;
	struct tpl_dict *d = tpl_section(t->d, "TOPIC");
	char *slug = arena_strdup(&t->p->req->arena, c->slug);

	tpl_set(d, "SLUG", c->slug);
	tpl_set(d, "TITLE", c->title);
	if (store_article_in_category(t->p->app->store, slug, 3, page_search_question, d) < 0)
		t->failed = 1;
	return t->failed;
}

/* page_search_pager: previous/next links when results span pages. */
static void page_search_pager(struct tpl_dict *d, long page, long total)
{
	long pages = (total + SEARCH_PER_PAGE - 1) / SEARCH_PER_PAGE;
	struct tpl_dict *pg;

	if (pages <= 1)
		return;
	pg = tpl_section(d, "PAGER");
	tpl_set_int(pg, "PAGE", page);
	tpl_set_int(pg, "PAGES", pages);
	if (page > 1)
		tpl_set_int(tpl_section(pg, "PREV"), "N", page - 1);
	if (page < pages)
		tpl_set_int(tpl_section(pg, "NEXT"), "N", page + 1);
}

/* page_search: /search?q=&page=: an empty query shows the search form;
 * otherwise articles containing all the words (or, when none does, most
 * of them), channels and glossary terms named by them, and key questions
 * when nothing is found. Answers 200 or 503 (400 for a bad query comes from validation). */
void page_search(struct page *p)
{
	const char *q = req_str(p->req, F_Q);
	long page = req_int(p->req, F_PAGE, 1);
	struct page_search_ctx x;
	struct search_result res;
	struct buf json;
	struct tpl_dict *d;
	int n;

	d = page_begin(p, "search.tpl", q && *q ? q : "搜索", NULL);
	if (!d)
		goto fail;
	if (q)
		tpl_set(d, "QUERY", q);
	memset(&x, 0, sizeof(x));
	x.p = p;
	x.d = d;
	x.sq = &res.sq;
	n = q ? search_run(p->app->store, q, &p->req->arena, page, SEARCH_PER_PAGE,
			   page_search_item, &x, &res) : 0;
	if (n < 0)
		goto fail;
	if (!q || res.sq.nterms == 0) {
		tpl_show(d, "EMPTY");
		page_finish(p, 200);
		return;
	}
	if (res.partial)
		tpl_show(d, "PARTIAL");
	tpl_set_int(d, "TOTAL", res.total);
	tpl_set_int(d, "START", (page - 1) * SEARCH_PER_PAGE + 1);
	page_search_pager(d, page, res.total);
	x.list = NULL;
	buf_init(&json);
	search_terms_json(&res.sq, &json);
	n = page == 1 ? store_search_channels(p->app->store, json.data, 3,
					      page_search_channel, &x) : 0;
	x.list = NULL;
	if (n >= 0 && page == 1)
		n = store_search_glossary(p->app->store, json.data, 3, page_search_term, &x);
	x.list = NULL;
	if (n >= 0 && page == 1)
		n = store_search_questions(p->app->store, json.data, 5, page_search_question_hit, &x);
	buf_free(&json);
	if (n < 0)
		goto fail;
	if (res.total > 0) {
		tpl_show(d, "FOUND");
	} else {
		struct page_topics t = { p, tpl_section(d, "NONE"), 0 };
		if (store_category_each(p->app->store, page_search_topic, &t) < 0 || t.failed)
			goto fail;
	}
	page_finish(p, 200);
	return;
fail:
	page_error(p, 503, "暂时无法搜索，请稍后再试。");
}
