/* page_search: the search page. */
#include <string.h>

#include "page.h"
#include "store_content.h"

/* page_search_item: one search result. */
static int page_search_item(void *ctx, const struct store_article *a)
{
	struct tpl_dict *d = tpl_section(ctx, "RESULT");

	tpl_set(d, "SLUG", a->slug);
	tpl_set(d, "TITLE", a->title);
	tpl_set(d, "SUMMARY", a->summary);
	tpl_set(d, "CATEGORY", a->category);
	tpl_set(d, "CATEGORY_TITLE", a->category_title);
	return 0;
}

/* page_search: /search?q=: articles whose title, summary, keywords or text
 * contain the words; an empty query shows the search form. Answers 200 or
 * 503 (400 for a bad query comes from validation). */
void page_search(struct page *p)
{
	const char *q = req_str(p->req, F_Q);
	struct tpl_dict *d;
	int n;

	while (q && *q == ' ')
		q++;
	d = page_begin(p, "search.tpl", q && *q ? q : "搜索", NULL);
	if (!d)
		goto fail;
	if (!q || !*q) {
		tpl_show(d, "EMPTY");
		page_finish(p, 200);
		return;
	}
	tpl_set(d, "QUERY", q);
	n = store_article_search(p->app->store, q, 30, page_search_item, d);
	if (n < 0)
		goto fail;
	tpl_set_int(d, "COUNT", n);
	tpl_show(d, n ? "FOUND" : "NONE");
	page_finish(p, 200);
	return;
fail:
	page_error(p, 503, "暂时无法搜索，请稍后再试。");
}
