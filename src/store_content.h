/* store_content: categories, articles (with revisions) and complaint
 * channels. Strings in the structs handed to callbacks belong to SQLite
 * and are valid only during the callback or until the next store call. */
#ifndef QUANYI_STORE_CONTENT_H
#define QUANYI_STORE_CONTENT_H

#include "store.h"

struct store_category {
	long id;
	const char *slug, *title, *featured, *summary, *body_md, *body_html;
	long position;
};

struct store_article {
	long id;
	const char *slug, *category, *category_title;
	const char *title, *summary, *keywords, *status, *reviewed, *sources;
	const char *body_md, *body_html, *updated;
	long revision;
};

struct store_channel {
	long id;
	const char *slug, *name, *operator_name, *handles, *contact, *reviewed;
	const char *not_handles, *prepare, *next_steps;
	const char *body_md, *body_html;
	long position;
};

typedef int (*store_category_fn)(void *ctx, const struct store_category *c);
typedef int (*store_article_fn)(void *ctx, const struct store_article *a);
typedef int (*store_channel_fn)(void *ctx, const struct store_channel *c);

enum { STORE_PUBLISHED = 0, STORE_ANY_STATUS = 1 };

int store_write_rendered(sqlite3_stmt *st, const char *md);

int store_category_each(struct store *s, store_category_fn fn, void *ctx);
int store_category_get(struct store *s, const char *slug, store_category_fn fn,
		       void *ctx);
int store_category_put(struct store *s, const struct store_category *c,
		       int *changed);

int store_article_get(struct store *s, const char *slug, int any_status,
		      store_article_fn fn, void *ctx);
int store_article_in_category(struct store *s, const char *category, long limit,
			      store_article_fn fn, void *ctx);
int store_article_related_saved(struct store *s, long article_id, store_article_fn fn,
				void *ctx);
int store_article_related(struct store *s, long article_id, const char *keywords,
			  long limit, store_article_fn fn, void *ctx);
int store_search_articles(struct store *s, const char *terms_json, const char *match,
			  int need, long limit, long offset, store_article_fn fn,
			  void *ctx, long *total);
int store_search_channels(struct store *s, const char *terms_json, long limit,
			  store_channel_fn fn, void *ctx);
int store_search_known(struct store *s, const char *chunk,
		       int (*emit)(void *ectx, const char *term), void *ectx);
int store_article_all(struct store *s, store_article_fn fn, void *ctx);
int store_article_put(struct store *s, const struct store_article *a,
		      const char *editor, int *changed);
long store_article_revisions(struct store *s, const char *slug);

int store_channel_each(struct store *s, store_channel_fn fn, void *ctx);
int store_channel_put(struct store *s, const struct store_channel *c,
		      int *changed);

#endif
