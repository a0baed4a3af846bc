/* store_article: articles and their revisions. Loaders copy what they
 * read into the caller's arena: the records outlive the statements. */
#ifndef QUANYI_STORE_ARTICLE_H
#define QUANYI_STORE_ARTICLE_H

#include "store.h"

struct store_article {
	long id;
	const char *slug, *category, *category_title;
	const char *title, *summary, *keywords, *status, *reviewed, *sources;
	const char *body_md, *body_html, *updated;
	long revision;
	int urgent;          /* show the safety box (110, 12356) */
};

struct store_articles {
	struct store_article *v;
	size_t n;
};

enum { STORE_PUBLISHED = 0, STORE_ANY_STATUS = 1 };

/* The columns every article query selects, in the order
 * store_article_map reads them, with and without the bodies (lists of
 * links would otherwise copy every body out of its overflow pages to
 * show a title), and the join they need. */
#define STORE_ARTICLE_COLS \
	"a.id, a.slug, c.slug, c.title, a.title, a.summary, a.keywords, a.status," \
	" a.reviewed, a.sources, a.body_md, a.body_html, a.updated, a.revision, a.urgent"
#define STORE_ARTICLE_LIST_COLS \
	"a.id, a.slug, c.slug, c.title, a.title, a.summary, a.keywords, a.status," \
	" a.reviewed, a.sources, '', '', a.updated, a.revision, a.urgent"
#define STORE_ARTICLE_FROM " FROM article a JOIN category c ON c.id = a.category_id"

/* How STORE_ARTICLE_COLS fill a struct store_article that is member P
 * of a record T (P empty: the record is the article). */
#define STORE_ARTICLE_MAP_COLS(T, P) \
	STORE_LONG(T, P id), STORE_TEXT(T, P slug), STORE_TEXT(T, P category), \
	STORE_TEXT(T, P category_title), STORE_TEXT(T, P title), STORE_TEXT(T, P summary), \
	STORE_TEXT(T, P keywords), STORE_TEXT(T, P status), STORE_TEXT(T, P reviewed), \
	STORE_TEXT(T, P sources), STORE_TEXT(T, P body_md), STORE_TEXT(T, P body_html), \
	STORE_TEXT(T, P updated), STORE_LONG(T, P revision), STORE_INT(T, P urgent)

extern const struct store_map store_article_map;

int store_article_get(struct store *s, struct arena *a, const char *slug, int any_status,
		      struct store_article *out);
long store_article_in_category(struct store *s, struct arena *a, const char *category,
			       long limit, struct store_articles *out);
long store_article_related_saved(struct store *s, struct arena *a, long article_id,
				 struct store_articles *out);
long store_article_related(struct store *s, struct arena *a, long article_id,
			   const char *keywords, long limit, struct store_articles *out);
long store_article_recent(struct store *s, struct arena *a, long limit,
			  struct store_articles *out);
long store_article_all(struct store *s, struct arena *a, struct store_articles *out);
int store_article_put(struct store *s, const struct store_article *art,
		      const char *editor, int *changed);
long store_article_revisions(struct store *s, const char *slug);

#endif
