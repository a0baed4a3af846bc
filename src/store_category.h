/* store_category: the topics (categories). Loaders copy what they read
 * into the caller's arena: the records outlive the statements. */
#ifndef QUANYI_STORE_CATEGORY_H
#define QUANYI_STORE_CATEGORY_H

#include "store.h"

struct store_category {
	long id;
	const char *slug, *title, *featured, *summary, *body_md, *body_html;
	long position;
};

struct store_categories {
	struct store_category *v;
	size_t n;
};

long store_category_list(struct store *s, struct arena *a, struct store_categories *out);
int store_category_get(struct store *s, struct arena *a, const char *slug,
		       struct store_category *out);
long store_category_id(struct store *s, const char *slug);
int store_category_put(struct store *s, const struct store_category *c, int *changed);

#endif
