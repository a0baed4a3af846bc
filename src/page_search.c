/* page_search: the search page: the best articles first (search_run's
 * ranking), with highlighted plain-text snippets, then the complaint
 * channels, glossary terms and published questions the query is about,
 * then the other articles and pagination. */
#include <string.h>

#include "page.h"
#include "search.h"
#include "store_category.h"

enum {
	SEARCH_PER_PAGE = 10,
	SEARCH_FIRST = 3,       /* results before the boxes: the answer first on a phone */
	SEARCH_CHANNELS = 3, SEARCH_TERMS = 3, SEARCH_QUESTIONS = 5
};

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

/* Where page_search_boxes puts its boxes: after the results in list (of
 * results), made on first use; each box's section once it has an item. */
struct page_search_boxes {
	struct tpl_dict *results, *list, *boxes;
	struct tpl_dict *box[3];
	int n[3];
};

/* page_search_box_item: a new item (section item) in box k (section name)
 * while it has fewer than max, the box and the boxes made on first use
 * (and the results then laid out with them: WITH_BOXES); NULL when it is
 * full. */
static struct tpl_dict *page_search_box_item(struct page_search_boxes *b, int k, int max,
					     const char *name, const char *item)
{
	if (b->n[k] >= max)
		return NULL;
	if (!b->boxes) {
		b->boxes = tpl_section(b->list, "BOXES");
		tpl_show(b->results, "WITH_BOXES");
	}
	if (b->n[k]++ == 0)
		b->box[k] = tpl_section(b->boxes, name);
	return tpl_section(b->box[k], item);
}

/* page_search_named: whether a term of the query is the channel's slug
 * (its number: 12378, 110), which names it whatever else was asked. */
static int page_search_named(const struct search_result *res, const char *slug)
{
	for (int i = 0; i < res->sq.nterms; i++)
		if (strcmp(res->sq.terms[i], slug) == 0)
			return 1;
	return 0;
}

/* page_search_boxes: after the results in list (of results), the
 * channels, glossary terms and published reader questions that the query
 * is about (search_about: named by the words that carry most of its
 * weight, not by a common word like 电话 alone; a channel also by its
 * number), each box only when it has something. 0 or -1. */
static int page_search_boxes(struct page *p, struct tpl_dict *results, struct tpl_dict *list,
			     const struct search_result *res)
{
	struct page_search_boxes b = { results, list, NULL, { NULL }, { 0 } };
	struct search_boxes found;
	struct store_search_channels cs;
	struct store_search_terms ts;
	struct store_search_questions qs;
	struct tpl_dict *item;

	if (search_boxes(p->site->store, res, &p->req->arena, &found) < 0)
		return -1;
	cs = found.channels;
	ts = found.terms;
	qs = found.questions;
	for (size_t i = 0; i < cs.n; i++) {
		const struct store_channel *c = &cs.v[i].channel;

		if ((search_about(res, cs.v[i].groups) || page_search_named(res, c->slug)) &&
		    (item = page_search_box_item(&b, 0, SEARCH_CHANNELS, "CHANNELS", "CHANNEL"))) {
			tpl_set(item, "SLUG", c->slug);
			tpl_set(item, "NAME", c->name);
			tpl_set(item, "HANDLES", c->handles);
		}
	}
	for (size_t i = 0; i < ts.n; i++) {
		if (search_about(res, ts.v[i].groups) &&
		    (item = page_search_box_item(&b, 1, SEARCH_TERMS, "TERMS", "TERM"))) {
			tpl_set(item, "SLUG", ts.v[i].term.slug);
			tpl_set(item, "TERM", ts.v[i].term.term);
		}
	}
	for (size_t i = 0; i < qs.n; i++) {
		const struct store_question *q = &qs.v[i].question;

		if (search_about(res, qs.v[i].groups) &&
		    (item = page_search_box_item(&b, 2, SEARCH_QUESTIONS, "QUESTIONS",
						 "QUESTION"))) {
			tpl_set_int(item, "ID", q->id);
			tpl_set(item, "TITLE", q->title);
			tpl_set(item, "CATEGORY_TITLE", q->category_title);
		}
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

/* page_search_results: the page's articles as two lists into d: the
 * first SEARCH_FIRST, then (on the first page) the boxes, then the rest,
 * so that on a phone the best answer comes right under the search box
 * and the boxes do not push it down; with no articles, the boxes alone.
 * 0 or -1. */
static int page_search_results(struct page *p, struct tpl_dict *d, long page,
			       const struct search_result *res)
{
	struct tpl_dict *results, *list = NULL, *items = NULL;
	long start = (page - 1) * SEARCH_PER_PAGE + 1;
	size_t n = res->articles.n;

	if (n == 0 && page != 1)
		return 0;
	results = tpl_section(d, "RESULTS");
	for (size_t i = 0; i < n; i++) {
		if (i == 0 || i == SEARCH_FIRST) {
			list = tpl_section(results, "LIST");
			items = tpl_section(list, "ITEMS");
			tpl_set_int(items, "START", start + (long)i);
		}
		page_search_item(p, tpl_section(items, "RESULT"), &res->articles.v[i], &res->sq);
		if ((i + 1 == SEARCH_FIRST || i + 1 == n) && i < SEARCH_FIRST && page == 1 &&
		    page_search_boxes(p, results, list, res) < 0)
			return -1;
	}
	if (n == 0 && page_search_boxes(p, results, tpl_section(results, "LIST"), res) < 0)
		return -1;
	return 0;
}

/* page_search: /search?q=&page=: an empty query shows the search form;
 * otherwise the articles that hold every word, best first (or, when none
 * does, and for a whole question, the few that answer most of it), the
 * channels, glossary terms and published questions the query is about,
 * and key questions when nothing is found; a word typed with one character
 * wrong is searched as the known word and the page says so. The page has
 * the one search box, with the query in it. Answers 200 or 503 (400 for a bad query
 * comes from validation). */
void page_search(struct page *p)
{
	const char *q = req_str(p->req, F_Q);
	long page = req_int(p->req, F_PAGE, 1);
	struct search_result res;
	struct tpl_dict *d;
	long n;

	d = page_begin(p, "search.tpl", q && *q ? q : "搜索", NULL);
	if (!d)
		goto fail;
	if (q)
		tpl_set(d, "QUERY", q);
	n = q ? search_run(p->site->store, q, &p->req->arena, page, SEARCH_PER_PAGE, &res) : 0;
	if (n < 0)
		goto fail;
	p->own_search = 1;
	if (!q || res.sq.nterms == 0) {
		tpl_show(d, "EMPTY");
		page_finish(p, 200);
		return;
	}
	if (page_search_results(p, d, page, &res) < 0)
		goto fail;
	for (int i = 0; i < res.sq.nterms; i++) {
		if (res.sq.typed[i]) {
			struct tpl_dict *c = tpl_section(d, "CORRECTED");

			tpl_set(c, "TYPED", res.sq.typed[i]);
			tpl_set(c, "TERM", res.sq.terms[i]);
		}
	}
	if (res.partial)
		tpl_show(d, "PARTIAL");
	if (res.more)
		tpl_show(d, "MORE");
	tpl_set_int(d, "TOTAL", res.total);
	page_search_pager(d, page, res.total);
	if (res.total > 0) {
		tpl_show(d, "FOUND");
	} else {
		tpl_show(d, "NOTHING");
		if (page_search_topics(p, tpl_section(d, "NONE")) < 0)
			goto fail;
	}
	page_finish(p, 200);
	return;
fail:
	p->own_search = 0;
	page_error(p, 503, "暂时无法搜索，请稍后再试。");
}
