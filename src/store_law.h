/* store_law: the law texts the site cites (content/law): each law version,
 * the names it is cited by and its articles; and the lookup of an
 * article's citations. Loaders copy what they read into the caller's
 * arena. */
#ifndef QUANYI_STORE_LAW_H
#define QUANYI_STORE_LAW_H

#include "law_cite.h"
#include "store.h"

struct store_law {
	long id;
	const char *slug, *title, *aliases, *version, *in_force, *status, *scope;
	const char *official, *reviewed, *sources, *body_md;
};

struct store_laws {
	struct store_law *v;
	size_t n;
};

/* One citation as the store resolved it. law_slug is "" when no law of
 * the content/law folder goes by the name; has_num is 0 when the law
 * lacks the article (or the citation names none: num ""). */
struct store_law_quote {
	int line;
	const char *name, *num;
	const char *law_slug, *title, *version, *status, *scope, *text;
	int has_num;
};

struct store_law_quotes {
	struct store_law_quote *v;
	size_t n;
};

int store_law_put(struct store *s, const struct store_law *l, const struct law_text *arts,
		  size_t narts, int *changed);
long store_law_list(struct store *s, struct arena *a, struct store_laws *out);
long store_law_resolve(struct store *s, struct arena *a, const char *sources,
		       struct store_law_quotes *out);
long store_law_resolve_text(struct store *s, struct arena *a, const char *text,
			    struct store_law_quotes *out);

#endif
