/* store_synonym: the synonym sets of content/synonyms (words readers
 * type and the words the articles use for the same thing), and the
 * other words of a searched word's set. Loaders copy what they read into
 * the caller's arena. */
#ifndef QUANYI_STORE_SYNONYM_H
#define QUANYI_STORE_SYNONYM_H

#include "store.h"

struct store_synonym {
	long id;
	const char *slug, *words, *reviewed, *body_md;
};

struct store_synonyms {
	struct store_synonym *v;
	size_t n;
};

/* One other word of a searched word's set: which searched word (its
 * place in the JSON array) and the word. */
struct store_synonym_alt {
	long term;
	const char *word;
};

struct store_synonym_alts {
	struct store_synonym_alt *v;
	size_t n;
};

long store_synonym_list(struct store *s, struct arena *a, struct store_synonyms *out);
int store_synonym_put(struct store *s, const struct store_synonym *t, int *changed);
long store_synonym_expand(struct store *s, struct arena *a, const char *terms_json,
			  struct store_synonym_alts *out);

#endif
