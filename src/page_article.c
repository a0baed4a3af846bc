/* page_article: an advice article. */
#include <string.h>

#include "date.h"
#include "page.h"
#include "store_article.h"
#include "store_glossary.h"
#include "store_law.h"
#include "store_related.h"

/* page_article_sources: one SOURCE entry per source line, each with the
 * official text of the law articles it cites (resolved in one query).
 * 0 or -1. */
static int page_article_sources(struct page *p, struct tpl_dict *d, const char *sources)
{
	struct store_law_quotes qs;
	const char *s = sources;
	size_t k = 0;

	if (store_law_resolve(p->site->store, &p->req->arena, sources, &qs) < 0)
		return -1;
	for (int line = 0; s && *s; line++) {
		const char *nl = strchr(s, '\n');
		size_t n = nl ? (size_t)(nl - s) : strlen(s);

		if (n) {
			struct tpl_dict *src = tpl_section(d, "SOURCE");

			tpl_setn(src, "TEXT", s, n);
			for (; k < qs.n && qs.v[k].line <= line; k++)
				if (qs.v[k].line == line && qs.v[k].has_num &&
				    strcmp(qs.v[k].status, "current") == 0)
					page_law_quote(tpl_section(src, "QUOTE"), &qs.v[k]);
		}
		s = nl ? nl + 1 : NULL;
	}
	return 0;
}

/* page_article_fill: the article template's values for an article whose
 * body is already rendered (the public page and the editors' preview
 * share this, so a preview looks exactly like the page). 0 or -1. */
int page_article_fill(struct page *p, struct tpl_dict *d, const struct store_article *a)
{
	struct store *s = p->site->store;
	struct arena *ar = &p->req->arena;
	struct store_articles related;
	struct store_terms terms;
	char date[32];

	tpl_set(d, "SLUG", a->slug);
	tpl_set(d, "CATEGORY", a->category);
	tpl_set(d, "CATEGORY_TITLE", a->category_title);
	tpl_set(d, "TITLE", a->title);
	tpl_set(d, "SUMMARY", a->summary);
	if (a->urgent)
		tpl_show(d, "URGENT");
	tpl_set_cmark(d, "BODY", a->body_html);
	page_share_notes(p, a->body_html);
	tpl_set(d, "REVIEWED_ISO", a->reviewed);
	date_zh_iso(a->reviewed, date, sizeof(date));
	tpl_set(d, "REVIEWED", date);
	if (page_article_sources(p, d, a->sources) != 0)
		return -1;
	page_reviewed(p, a->reviewed);
	/* A saved article's related articles and terms were worked out when
	 * it was written; a preview (id 0) is not saved, so they are worked
	 * out from its text now. */
	if ((a->id > 0 ? store_article_related_saved(s, ar, a->id, &related)
		       : store_article_related(s, ar, a->id, a->keywords, STORE_RELATED_MAX,
					       &related)) < 0)
		return -1;
	page_article_links(d, "RELATED", "ITEM", &related, NULL);
	if ((a->id > 0 ? store_glossary_of_article(s, ar, a->id, &terms)
		       : store_glossary_in_text(s, ar, a->body_md, &terms)) < 0)
		return -1;
	if (terms.n) {
		struct tpl_dict *w = tpl_section(d, "TERMS");

		for (size_t i = 0; i < terms.n; i++) {
			struct tpl_dict *item = tpl_section(w, "TERM");

			tpl_set(item, "SLUG", terms.v[i].slug);
			tpl_set(item, "TERM", terms.v[i].term);
		}
	}
	return 0;
}

/* page_article: one advice article with its sources box, reviewed date,
 * breadcrumbs, glossary terms, related questions and the helpful
 * buttons. Answers 200 (304 through the ETag), 404 (no such published
 * article) or 503. */
void page_article(struct page *p)
{
	struct store_article a;
	struct tpl_dict *d;
	int found = store_article_get(p->site->store, &p->req->arena, p->arg, STORE_PUBLISHED, &a);

	if (found < 0) {
		page_error(p, 503, "暂时无法读取内容，请稍后再试。");
		return;
	}
	if (!found) {
		page_error(p, 404, "没有找到这篇文章。它可能已经下线，或者地址输入有误。");
		return;
	}
	p->topic = a.category;
	d = page_begin(p, "article.tpl", a.title, a.summary);
	if (!d || page_article_fill(p, d, &a) != 0) {
		page_error(p, 503, "暂时无法读取内容，请稍后再试。");
		return;
	}
	page_share_card(p, "article");
	if (req_str(p->req, F_VOTED))
		tpl_show(d, "VOTED");
	else
		page_vote_form(p, tpl_section(d, "VOTE"), a.slug);
	page_finish(p, 200);
}
