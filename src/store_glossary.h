/* store_glossary: glossary terms (with the names each goes by) and the
 * situations guide of the channel directory. Strings handed to callbacks
 * belong to SQLite and are valid only during the callback. */
#ifndef QUANYI_STORE_GLOSSARY_H
#define QUANYI_STORE_GLOSSARY_H

#include "store.h"

struct store_term {
	long id;
	const char *slug, *term, *aliases, *reviewed, *sources;
	const char *body_md, *body_html;
	long position;
};

struct store_situation {
	long id;
	const char *slug, *title, *channels, *body_md, *body_html;
	long position;
};

typedef int (*store_term_fn)(void *ctx, const struct store_term *t);
typedef int (*store_situation_fn)(void *ctx, const struct store_situation *s);

int store_glossary_each(struct store *s, store_term_fn fn, void *ctx);
int store_glossary_put(struct store *s, const struct store_term *t, int *changed);
int store_glossary_in_text(struct store *s, const char *text, store_term_fn fn,
			   void *ctx);
int store_glossary_of_article(struct store *s, long article_id, store_term_fn fn, void *ctx);
int store_search_glossary(struct store *s, const char *terms_json, long limit,
			  store_term_fn fn, void *ctx);

int store_situation_each(struct store *s, store_situation_fn fn, void *ctx);
int store_situation_put(struct store *s, const struct store_situation *t,
			int *changed);

#endif
