/* page: what a page handler works with, and the shared steps of making
 * a page (layout, error pages). Handlers fill a dictionary and name a
 * template; they never write HTML. */
#ifndef QUANYI_PAGE_H
#define QUANYI_PAGE_H

#include "site.h"
#include "csrf.h"
#include "request.h"
#include "response.h"
#include "tpl.h"

struct page {
	struct site *site;
	struct req *req;
	struct resp *resp;
	const char *arg;          /* the slug in the path, if the route has one */
	const char *topic;        /* the category the page belongs to, if any */
	struct tpl_dict *root;    /* layout values */
	struct tpl_dict *body;    /* the page template's values */
	const char *tpl;          /* the page template's file */
	char reviewed[11];        /* latest review date of what the page shows */
	enum csrf_result csrf;    /* for a POST to an RF_CSRF route */
	long form_issued;         /* when the posted form was served */
	char csrf_cookie[CSRF_COOKIE_HEX + 1];
	int no_store;             /* never cache the answer (forms, tickets) */
	int own_search;           /* the page has its own search box: the layout's is left out */
};

typedef void (*page_fn)(struct page *p);

/* A form being shown again: its dictionary, the error summary made with
 * the first error, and the number of errors. */
struct page_form {
	struct page *p;
	struct tpl_dict *d;
	struct tpl_dict *errors;
	int nerr;
};

void page_form_fail(struct page_form *f, struct tpl_dict *at, const char *section,
		    const char *key, const char *msg);
int page_form_field_status(enum field_id id, enum field_err e, struct buf *msg);
int page_form_worse(int a, int b);

struct store_article;
struct store_articles;
struct store_category;
struct store_question;

int page_article_fill(struct page *p, struct tpl_dict *d, const struct store_article *a);
int page_category_fill(struct page *p, struct tpl_dict *d, const struct store_category *c);
int page_channels_fill(struct page *p, struct tpl_dict *d);
int page_glossary_fill(struct page *p, struct tpl_dict *d);
void page_question_fill(struct tpl_dict *d, const struct store_question *q);
void page_article_links(struct tpl_dict *d, const char *wrapper, const char *section,
			const struct store_articles *l, struct page *p);

struct tpl_dict *page_begin(struct page *p, const char *tpl, const char *title,
			    const char *description);
void page_finish(struct page *p, int status);
struct tpl_dict *page_begin_raw(struct page *p, const char *tpl);
void page_finish_raw(struct page *p, int status, const char *content_type);
void page_error(struct page *p, int status, const char *message);
int page_unavailable_form(struct page *p, struct tpl_dict *form);
void page_unavailable(struct page *p);
void page_form_token(struct page *p, struct tpl_dict *d);
const char *page_form_value(struct page *p, enum field_id id);
void page_form_keep(struct page *p, struct tpl_dict *d, enum field_id id, const char *key);
void page_form_error(struct tpl_dict *form, struct tpl_dict **errors, struct tpl_dict *at,
		     const char *section, const char *key, const char *msg);
enum csrf_result page_csrf_check(struct page *p);
enum csrf_result page_csrf_check_bound(struct page *p, const char *binding);
void page_redirect(struct page *p, const char *location);
void page_reviewed(struct page *p, const char *iso);
void page_client(const struct page *p, char out[33]);
void page_too_many(struct page *p, long retry_after, struct tpl_dict *d);
void page_lines(struct tpl_dict *d, const char *section, const char *key,
		const char *text);

void page_home(struct page *p);
void page_category(struct page *p);
void page_article(struct page *p);
void page_channels(struct page *p);
void page_search(struct page *p);
void page_glossary(struct page *p);
void page_ask(struct page *p);
void page_ticket(struct page *p);
void page_question(struct page *p);
void page_vote(struct page *p);
struct tpl_dict *page_admin_begin(struct page *p, const char *tpl, const char *title);
void page_admin_home(struct page *p);
void page_admin_article(struct page *p);
void page_admin_new(struct page *p);
void page_admin_history(struct page *p);
void page_admin_restore(struct page *p);
void page_admin_questions(struct page *p);
void page_admin_question(struct page *p);
void page_admin_docs(struct page *p);
void page_admin_doc(struct page *p);
void page_admin_doc_history(struct page *p);
void page_vote_form(struct page *p, struct tpl_dict *d, const char *slug);
void page_timeline(struct page *p);
void page_letter(struct page *p);
void page_feed_atom(struct page *p);
void page_feed_sitemap(struct page *p);

#endif
