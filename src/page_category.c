/* page_category: a topic page. */
#include "page.h"
#include "store_article.h"
#include "store_category.h"
#include "store_question.h"

/* page_category_fill: the topic template's values: the introduction, the
 * topic's questions and its published reader questions (the public page
 * and the editors' preview share this). 0 or -1. */
int page_category_fill(struct page *p, struct tpl_dict *d, const struct store_category *c)
{
	struct store *s = p->site->store;
	struct arena *a = &p->req->arena;
	struct store_articles arts;
	struct store_questions qs;

	tpl_set(d, "SLUG", c->slug);
	tpl_set(d, "TITLE", c->title);
	tpl_set(d, "SUMMARY", c->summary);
	tpl_set_cmark(d, "INTRO", c->body_html);
	page_share_notes(p, c->body_html);
	if (store_article_in_category(s, a, c->slug, -1, &arts) < 0 ||
	    store_question_published(s, a, c->slug, 20, &qs) < 0)
		return -1;
	page_article_links(d, "ARTICLES", "ARTICLE", &arts, p);
	if (qs.n) {
		struct tpl_dict *w = tpl_section(d, "QUESTIONS");

		for (size_t i = 0; i < qs.n; i++) {
			struct tpl_dict *item = tpl_section(w, "QUESTION");

			tpl_set_int(item, "ID", qs.v[i].id);
			tpl_set(item, "TITLE", qs.v[i].title);
		}
	}
	return 0;
}

/* page_category: a topic page: its introduction and every question in it.
 * Answers 200, 404 (no such topic) or 503. */
void page_category(struct page *p)
{
	struct store_category c;
	struct tpl_dict *d;
	int found = store_category_get(p->site->store, &p->req->arena, p->arg, &c);

	if (found < 0) {
		page_error(p, 503, "暂时无法读取内容，请稍后再试。");
		return;
	}
	if (!found) {
		page_error(p, 404, "没有这个话题。请从首页选择一个话题。");
		return;
	}
	p->topic = c.slug;
	d = page_begin(p, "category.tpl", c.title, c.summary);
	if (!d || page_category_fill(p, d, &c) != 0) {
		page_error(p, 503, "暂时无法读取内容，请稍后再试。");
		return;
	}
	page_share_card(p, "website");
	page_finish(p, 200);
}
