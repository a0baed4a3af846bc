/* store_glossary: glossary terms and the names each goes by. Loaders copy
 * what they read into the caller's arena. */
#ifndef QUANYI_STORE_GLOSSARY_H
#define QUANYI_STORE_GLOSSARY_H

#include "store.h"

struct store_term {
	long id;
	const char *slug, *term, *aliases, *reviewed, *sources;
	const char *body_md, *body_html;
	long position;
};

struct store_terms {
	struct store_term *v;
	size_t n;
};

/* The columns every term query selects, in store_term_map's order, with
 * and without the definition (lists of terms show only the name). */
#define STORE_TERM_COLS \
	"g.id, g.slug, g.term, g.aliases, g.reviewed, g.sources, g.body_md," \
	" g.body_html, g.position"
#define STORE_TERM_LIST_COLS \
	"g.id, g.slug, g.term, g.aliases, g.reviewed, g.sources, '', '', g.position"

extern const struct store_map store_term_map;
long store_glossary_list(struct store *s, struct arena *a, struct store_terms *out);
long store_glossary_in_text(struct store *s, struct arena *a, const char *text,
			    struct store_terms *out);
long store_glossary_of_article(struct store *s, struct arena *a, long article_id,
			       struct store_terms *out);
int store_glossary_put(struct store *s, const struct store_term *t, int *changed);

#endif
