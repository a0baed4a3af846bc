/* page_read: the reading path: home, topic (category) and article pages. */
#include <string.h>

#include "page.h"
#include "store_content.h"
#include "store_glossary.h"
#include "store_related.h"
#include "store_question.h"

/* A copy of an article that outlives the statement it came from. */
struct page_article_copy {
	struct arena *arena;
	int found;
	long id;
	char *slug, *category, *category_title, *title, *summary, *sources;
	char *reviewed, *body_html, *keywords, *text;
};

/* page_copy_article: keep the fields of a the article page needs. */
static int page_copy_article(void *ctx, const struct store_article *a)
{
	struct page_article_copy *c = ctx;

	c->found = 1;
	c->id = a->id;
	c->slug = arena_strdup(c->arena, a->slug);
	c->category = arena_strdup(c->arena, a->category);
	c->category_title = arena_strdup(c->arena, a->category_title);
	c->title = arena_strdup(c->arena, a->title);
	c->summary = arena_strdup(c->arena, a->summary);
	c->sources = arena_strdup(c->arena, a->sources);
	c->reviewed = arena_strdup(c->arena, a->reviewed);
	c->body_html = arena_strdup(c->arena, a->body_html);
	c->keywords = arena_strdup(c->arena, a->keywords);
	c->text = arena_strdup(c->arena, a->body_md);
	return 1;
}

/* A list of article links: entries of section, inside one wrapper
 * section that is shown only when the list is not empty. */
struct page_list {
	struct tpl_dict *d;
	const char *wrapper;
	const char *section;
	struct tpl_dict *w;
	struct page *p;       /* if set, the items count towards its review date */
};

/* page_article_item: one article link (title and summary) in the list. */
static int page_article_item(void *ctx, const struct store_article *a)
{
	struct page_list *l = ctx;
	struct tpl_dict *d;

	if (!l->w)
		l->w = tpl_section(l->d, l->wrapper);
	d = tpl_section(l->w, l->section);

	tpl_set(d, "SLUG", a->slug);
	tpl_set(d, "TITLE", a->title);
	tpl_set(d, "SUMMARY", a->summary);
	if (l->p)
		page_reviewed(l->p, a->reviewed);
	return 0;
}

struct page_home_ctx {
	struct page *p;
	struct tpl_dict *d;
	int failed;
};

/* page_home_topic: one topic on the home page with its key questions. */
static int page_home_topic(void *ctx, const struct store_category *c)
{
	struct page_home_ctx *h = ctx;
	struct tpl_dict *t = tpl_section(h->d, "TOPIC");
	struct page_list l = { t, "QUESTIONS", "QUESTION", NULL, h->p };
	char *slug = arena_strdup(&h->p->req->arena, c->slug);

	tpl_set(t, "SLUG", c->slug);
	tpl_set(t, "TITLE", c->title);
	tpl_set(t, "SUMMARY", c->summary);
	if (store_article_in_category(h->p->app->store, slug, 5, page_article_item, &l) < 0)
		h->failed = 1;
	return h->failed;
}

/* page_home: the home page: the three topics, their key questions, the
 * search box and the way to the complaint channels. Answers 200 or 503. */
void page_home(struct page *p)
{
	struct page_home_ctx h = { p, NULL, 0 };

	h.d = page_begin(p, "home.tpl", "首页", NULL);
	if (!h.d || store_category_each(p->app->store, page_home_topic, &h) < 0 || h.failed) {
		page_error(p, 503, "暂时无法读取内容，请稍后再试。");
		return;
	}
	page_finish(p, 200);
}

/* page_copy_category: keep the fields the topic page needs. */
static int page_copy_category(void *ctx, const struct store_category *c)
{
	void **cc = ctx;
	struct page *p = cc[0];
	struct page_category_view *v = cc[1];

	v->slug = arena_strdup(&p->req->arena, c->slug);
	v->title = arena_strdup(&p->req->arena, c->title);
	v->summary = arena_strdup(&p->req->arena, c->summary);
	v->body_html = arena_strdup(&p->req->arena, c->body_html);
	return 1;
}

/* page_category_load: the topic called slug, copied into the request's
 * arena. 1 (found), 0 or -1. */
int page_category_load(struct page *p, const char *slug, struct page_category_view *v)
{
	void *ctx[2] = { p, v };

	memset(v, 0, sizeof(*v));
	if (store_category_get(p->app->store, slug, page_copy_category, ctx) < 0)
		return -1;
	return v->slug != NULL;
}

/* page_category_question: one published reader question on a topic page. */
static int page_category_question(void *ctx, const struct store_question *q)
{
	struct page_list *l = ctx;
	struct tpl_dict *d;

	if (!l->w)
		l->w = tpl_section(l->d, l->wrapper);
	d = tpl_section(l->w, l->section);
	tpl_set_int(d, "ID", q->id);
	tpl_set(d, "TITLE", q->title);
	return 0;
}

/* page_category_fill: the topic template's values: the introduction, the
 * topic's questions and its published reader questions (the public page
 * and the editors' preview share this). 0 or -1. */
int page_category_fill(struct page *p, struct tpl_dict *d, const struct page_category_view *c)
{
	struct page_list l;

	tpl_set(d, "SLUG", c->slug);
	tpl_set(d, "TITLE", c->title);
	tpl_set(d, "SUMMARY", c->summary);
	tpl_set_cmark(d, "INTRO", c->body_html);
	l = (struct page_list){ d, "ARTICLES", "ARTICLE", NULL, p };
	if (store_article_in_category(p->app->store, c->slug, -1, page_article_item, &l) < 0)
		return -1;
	l = (struct page_list){ d, "QUESTIONS", "QUESTION", NULL, NULL };
	if (store_question_published(p->app->store, c->slug, 20, page_category_question, &l) < 0)
		return -1;
	return 0;
}

/* page_category: a topic page: its introduction and every question in it.
 * Answers 200, 404 (no such topic) or 503. */
void page_category(struct page *p)
{
	struct page_category_view c;
	struct tpl_dict *d;
	int found = page_category_load(p, p->arg, &c);

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
	page_finish(p, 200);
}

/* page_article_term: one glossary term the article uses, linked to its
 * entry on the glossary page. */
static int page_article_term(void *ctx, const struct store_term *t)
{
	struct page_list *l = ctx;
	struct tpl_dict *item;

	if (!l->w)
		l->w = tpl_section(l->d, l->wrapper);
	item = tpl_section(l->w, l->section);
	tpl_set(item, "SLUG", t->slug);
	tpl_set(item, "TERM", t->term);
	return 0;
}

/* page_article_fill: the article template's values for an article whose
 * body is already rendered (the public page and the editors' preview
 * share this, so a preview looks exactly like the page). 0 or -1. */
int page_article_fill(struct page *p, struct tpl_dict *d, const struct page_article_view *a)
{
	struct page_list l;
	char date[32];

	tpl_set(d, "SLUG", a->slug);
	tpl_set(d, "CATEGORY", a->category);
	tpl_set(d, "CATEGORY_TITLE", a->category_title);
	tpl_set(d, "TITLE", a->title);
	tpl_set(d, "SUMMARY", a->summary);
	tpl_set_cmark(d, "BODY", a->body_html);
	tpl_set(d, "REVIEWED_ISO", a->reviewed);
	page_date_zh(a->reviewed, date, sizeof(date));
	tpl_set(d, "REVIEWED", date);
	page_lines(d, "SOURCE", "TEXT", a->sources);
	page_reviewed(p, a->reviewed);
	/* A saved article's related articles and terms were worked out when
	 * it was written; a preview (id 0) is not saved, so they are worked
	 * out from its text now. */
	l = (struct page_list){ d, "RELATED", "ITEM", NULL, NULL };
	if ((a->id > 0 ? store_article_related_saved(p->app->store, a->id, page_article_item, &l)
		       : store_article_related(p->app->store, a->id, a->keywords, STORE_RELATED_MAX,
					       page_article_item, &l)) < 0)
		return -1;
	l = (struct page_list){ d, "TERMS", "TERM", NULL, NULL };
	if ((a->id > 0 ? store_glossary_of_article(p->app->store, a->id, page_article_term, &l)
		       : store_glossary_in_text(p->app->store, a->body_md, page_article_term, &l)) < 0)
		return -1;
	return 0;
}

/* page_article: one advice article with its sources box, reviewed date,
 * breadcrumbs, glossary terms, related questions and the helpful
 * buttons. Answers 200 (304 through the ETag), 404 (no such published
 * article) or 503. */
void page_article(struct page *p)
{
	struct page_article_copy a;
	struct page_article_view v;
	struct tpl_dict *d;

	memset(&a, 0, sizeof(a));
	a.arena = &p->req->arena;
	if (store_article_get(p->app->store, p->arg, STORE_PUBLISHED, page_copy_article, &a) < 0) {
		page_error(p, 503, "暂时无法读取内容，请稍后再试。");
		return;
	}
	if (!a.found) {
		page_error(p, 404, "没有找到这篇文章。它可能已经下线，或者地址输入有误。");
		return;
	}
	p->topic = a.category;
	d = page_begin(p, "article.tpl", a.title, a.summary);
	if (!d)
		goto fail;
	v = (struct page_article_view){ a.id, a.slug, a.category, a.category_title, a.title,
					a.summary, a.sources, a.reviewed, a.body_html,
					a.keywords, a.text };
	if (page_article_fill(p, d, &v) != 0)
		goto fail;
	if (req_str(p->req, F_VOTED))
		tpl_show(d, "VOTED");
	else
		page_vote_form(p, tpl_section(d, "VOTE"), a.slug);
	page_finish(p, 200);
	return;
fail:
	page_error(p, 503, "暂时无法读取内容，请稍后再试。");
}
