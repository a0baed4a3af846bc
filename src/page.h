/* page: what a page handler works with, and the shared steps of making
 * a page (layout, error pages). Handlers fill a dictionary and name a
 * template; they never write HTML. */
#ifndef QUANYI_PAGE_H
#define QUANYI_PAGE_H

#include "site.h"
#include "csrf.h"
#include "date.h"
#include "deadline.h"
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
	enum csrf_result csrf;    /* for a POST to a route with a token */
	long form_issued;         /* when the posted form was served */
	char csrf_cookie[CSRF_COOKIE_HEX + 1];
	int no_store;             /* never cache the answer (forms, tickets) */
	struct tpl_dict *notes;   /* the printed notes of the links (page_share_notes) */
	int own_search;           /* the page has its own search box: the layout's is left out */
};

typedef void (*page_fn)(struct page *p);

/* What a POST must carry (a column of the route table): nothing, the
 * form token bound to the browser's cookie, or the vote token bound to
 * the article in the path and the hour (so article pages stay the same
 * for every reader). */
enum page_csrf_level { RC_NONE, RC_FORM, RC_VOTE };

/* A form being shown again: its dictionary, the error summary made with
 * the first error, the number of errors, and the fields whose message
 * goes into a dictionary of their own (section ERROR there) rather than
 * <KEY>_ERROR of the form. */
enum { PAGE_FORM_AT_MAX = 16 };

struct page_form {
	struct page *p;
	struct tpl_dict *d;
	struct tpl_dict *errors;
	int nerr;
	int nat;
	struct { enum field_id id; struct tpl_dict *d; } at[PAGE_FORM_AT_MAX];
};

/* A form as a table: its fields (from field.c) with their template keys
 * and whether each is required, and a short list of named rules across
 * fields, all checked by page_form_check. */
enum page_form_flag {
	PFF_REQUIRED = 1   /* must not be empty */
};

struct page_form_field {
	enum field_id id;
	const char *key;       /* the template's name for it (f-KEY, KEY_ERROR) */
	int flags;
	const char *missing;   /* what to say when a required field is empty
	                          (NULL: the field table's message) */
};

enum page_form_rule_kind {
	PFR_NOT_FUTURE,    /* date a is not after today */
	PFR_NOT_AFTER,     /* date a is not after date b (when both are given) */
	PFR_NOT_BEFORE,    /* date a is not before date b (when both are given) */
	PFR_AMOUNT,        /* a is an amount of money as people type it (field_amount_parse) */
	PFR_REQUIRED_IF,   /* a must be given when field b has the value v */
	PFR_ANY_IF         /* one of the fields of any must be given when b is v */
};

/* A named rule; msg may say {a}, {b} (the fields' labels) and {today}. */
struct page_form_rule {
	enum page_form_rule_kind kind;
	enum field_id a, b;
	const char *v;
	const enum field_id *any;   /* PFR_ANY_IF: the fields, ended by F__MAX */
	const char *key;            /* where the message goes (a's key when NULL) */
	const char *msg;
};

struct page_form_def {
	const struct page_form_field *fields;
	size_t nfields;
	const struct page_form_rule *rules;
	size_t nrules;
};

#define PAGE_FORM_DEF(fields, rules) \
	{ fields, sizeof(fields) / sizeof(fields[0]), rules, sizeof(rules) / sizeof(rules[0]) }

int page_form_check(struct page_form *f, const struct page_form_def *def, struct date today);
void page_form_at(struct page_form *f, enum field_id id, struct tpl_dict *d);
void page_form_date(struct page *p, struct tpl_dict *d, enum field_id id, const char *prefix);

void page_form_fail(struct page_form *f, struct tpl_dict *at, const char *section,
		    const char *key, const char *msg);
int page_form_field_status(enum field_id id, enum field_err e, struct buf *msg);
int page_form_worse(int a, int b);

struct store_article;
struct store_articles;
struct store_category;
struct store_question;
struct store_law_quote;

int page_article_fill(struct page *p, struct tpl_dict *d, const struct store_article *a);
int page_category_fill(struct page *p, struct tpl_dict *d, const struct store_category *c);
int page_channels_fill(struct page *p, struct tpl_dict *d);
int page_glossary_fill(struct page *p, struct tpl_dict *d);
void page_question_fill(struct tpl_dict *d, const struct store_question *q);
void page_law_quote(struct tpl_dict *q, const struct store_law_quote *c);
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
enum csrf_result page_csrf_check_level(struct page *p, enum page_csrf_level level);
void page_csrf_vote_binding(const char *slug, struct buf *out);
void page_redirect(struct page *p, const char *location);
void page_reviewed(struct page *p, const char *iso);
void page_address(const struct page *p, int with_query, struct buf *out);
void page_share_card(struct page *p, const char *og_type);
void page_share_notes(struct page *p, const char *html);
void page_client(const struct page *p, char out[33]);
void page_too_many(struct page *p, long retry_after, struct tpl_dict *d);
void page_lines(struct tpl_dict *d, const char *section, const char *key,
		const char *text);
void page_download(struct page *p, const char *content_type, const char *ascii, const char *utf8,
		   const char *body, size_t len);
void page_download_text(struct page *p, const char *ascii, const char *utf8, const char *text);
void page_deadline_fill(struct tpl_dict *d, const struct wording *w, const struct deadline_result *r);
void page_deadline_ics(struct page *p, const struct wording *w, const struct deadline_result *r,
		       const char *uid, const char *ascii, const char *utf8);
void page_deadline_text(const struct wording *w, const struct deadline_result *r, const char *head,
			const char *const *notes, struct buf *out);
int page_deadline_load(struct page *p, const char *slug, const struct wording_need *needs, size_t n,
		       struct wording *w, struct date_calendar *cal);
void page_deadline_file(struct page *p, const struct wording *w, const struct deadline_result *r,
			const char *tool, const char *slug, const char *title, struct date from,
			const char *head, const char *const *notes, const char *tail, int ics);

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
void page_plan(struct page *p);
void page_plan_result(struct page *p);
void page_plan_save(struct page *p);
void page_plan_open(struct page *p);
void page_plan_saved(struct page *p);
void page_court(struct page *p);
void page_complaint(struct page *p);
void page_feed_atom(struct page *p);
void page_feed_sitemap(struct page *p);

#endif
