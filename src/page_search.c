/* page_search: the search page: articles (title matches first, then
 * bm25), complaint channels, glossary terms, highlighted snippets and
 * pagination. */
#include <string.h>

#include "page.h"
#include "search.h"
#include "store_category.h"
#include "store_search.h"

enum { SEARCH_PER_PAGE = 10 };

/* page_search_item: one article result with its snippet into section d.
 * The marked pieces are separate template sections, so the highlight is
 * markup of the template and every piece of text is still escaped. */
static void page_search_item(struct page *p, struct tpl_dict *d, const struct store_article *a,
			     const struct search_query *sq)
{
	struct search_seg segs[SEARCH_MAX_SEGS];
	int n;

	tpl_set(d, "SLUG", a->slug);
	tpl_set(d, "TITLE", a->title);
	tpl_set(d, "SUMMARY", a->summary);
	tpl_set(d, "CATEGORY_TITLE", a->category_title);
	n = search_snippet(a->body_md, sq, &p->req->arena, segs, SEARCH_MAX_SEGS);
	if (n > 0) {
		struct tpl_dict *snip = tpl_section(d, "SNIPPET");

		for (int i = 0; i < n; i++) {
			struct tpl_dict *seg = tpl_section(snip, "SEG");
			struct tpl_dict *part = tpl_section(seg, segs[i].hit ? "MARK" : "PLAIN");

			tpl_setn(part, "TEXT", segs[i].text, segs[i].len);
		}
	}
}

/* page_search_boxes: the channels, glossary terms and published reader
 * questions the words name (first page only). 0 or -1. */
static int page_search_boxes(struct page *p, struct tpl_dict *d, const char *json)
{
	struct store *s = p->site->store;
	struct arena *a = &p->req->arena;
	struct store_channels cs;
	struct store_terms ts;
	struct store_questions qs;
	struct tpl_dict *w;

	if (store_search_channels(s, a, json, 3, &cs) < 0 ||
	    store_search_glossary(s, a, json, 3, &ts) < 0 ||
	    store_search_questions(s, a, json, 5, &qs) < 0)
		return -1;
	w = cs.n ? tpl_section(d, "CHANNELS") : NULL;
	for (size_t i = 0; i < cs.n; i++) {
		struct tpl_dict *item = tpl_section(w, "CHANNEL");

		tpl_set(item, "SLUG", cs.v[i].slug);
		tpl_set(item, "NAME", cs.v[i].name);
		tpl_set(item, "HANDLES", cs.v[i].handles);
	}
	w = ts.n ? tpl_section(d, "TERMS") : NULL;
	for (size_t i = 0; i < ts.n; i++) {
		struct tpl_dict *item = tpl_section(w, "TERM");

		tpl_set(item, "SLUG", ts.v[i].slug);
		tpl_set(item, "TERM", ts.v[i].term);
	}
	w = qs.n ? tpl_section(d, "QUESTIONS") : NULL;
	for (size_t i = 0; i < qs.n; i++) {
		struct tpl_dict *item = tpl_section(w, "QUESTION");

		tpl_set_int(item, "ID", qs.v[i].id);
		tpl_set(item, "TITLE", qs.v[i].title);
		tpl_set(item, "CATEGORY_TITLE", qs.v[i].category_title);
	}
	return 0;
}

/* page_search_topics: each topic with its first three questions, for
 * "nothing found". 0 or -1. */
static int page_search_topics(struct page *p, struct tpl_dict *d)
{
	struct store *s = p->site->store;
	struct arena *a = &p->req->arena;
	struct store_categories cats;

	if (store_category_list(s, a, &cats) < 0)
		return -1;
	for (size_t i = 0; i < cats.n; i++) {
		struct tpl_dict *t = tpl_section(d, "TOPIC");
		struct store_articles top;

		tpl_set(t, "SLUG", cats.v[i].slug);
		tpl_set(t, "TITLE", cats.v[i].title);
		if (store_article_in_category(s, a, cats.v[i].slug, 3, &top) < 0)
			return -1;
		for (size_t k = 0; k < top.n; k++) {
			struct tpl_dict *q = tpl_section(t, "QUESTION");

			tpl_set(q, "SLUG", top.v[k].slug);
			tpl_set(q, "TITLE", top.v[k].title);
		}
	}
	return 0;
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
	struct search_result res;
	struct buf json;
	struct tpl_dict *d;
	long n;
	int rc = 0;

	d = page_begin(p, "search.tpl", q && *q ? q : "搜索", NULL);
	if (!d)
		goto fail;
	if (q)
		tpl_set(d, "QUERY", q);
	n = q ? search_run(p->site->store, q, &p->req->arena, page, SEARCH_PER_PAGE, &res) : 0;
	if (n < 0)
		goto fail;
	if (!q || res.sq.nterms == 0) {
		tpl_show(d, "EMPTY");
		page_finish(p, 200);
		return;
	}
	if (res.articles.n) {
		struct tpl_dict *list = tpl_section(d, "RESULTS");

		for (size_t i = 0; i < res.articles.n; i++)
			page_search_item(p, tpl_section(list, "RESULT"), &res.articles.v[i], &res.sq);
	}
	if (res.partial)
		tpl_show(d, "PARTIAL");
	tpl_set_int(d, "TOTAL", res.total);
	tpl_set_int(d, "START", (page - 1) * SEARCH_PER_PAGE + 1);
	page_search_pager(d, page, res.total);
	if (page == 1) {
		buf_init(&json);
		search_terms_json(&res.sq, &json);
		rc = page_search_boxes(p, d, json.data);
		buf_free(&json);
	}
	if (rc < 0)
		goto fail;
	if (res.total > 0)
		tpl_show(d, "FOUND");
	else if (page_search_topics(p, tpl_section(d, "NONE")) < 0)
		goto fail;
	page_finish(p, 200);
	return;
fail:
	page_error(p, 503, "暂时无法搜索，请稍后再试。");
}
