/* store_search: every search query over the knowledge base and the
 * published questions. Loaders copy what they read into the caller's
 * arena. */
#ifndef QUANYI_STORE_SEARCH_H
#define QUANYI_STORE_SEARCH_H

#include "store.h"
#include "store_article.h"
#include "store_channel.h"
#include "store_glossary.h"
#include "store_question.h"

/* A CTE w(g, pat, term) over the bound :terms JSON (an array of groups,
 * each an array of alternative words): one LIKE pattern per word, escaped
 * with '\\', tagged with its group, and the word in lower case for
 * STORE_SEARCH_HAS(x), which finds what the pattern finds (has_text, in
 * store.c) at a fraction of LIKE's cost on long text. A row matches
 * group g if any word of g matches; "all words" means count(DISTINCT g)
 * equals the group count. */
#define STORE_SEARCH_TERMS \
	"w(g, pat, term) AS (SELECT t.key, '%' || replace(replace(replace(f.value, '\\', '\\\\')," \
	"  '%', '\\%'), '_', '\\_') || '%', lower(f.value)" \
	"  FROM json_each(:terms) t, json_each(t.value) f)"
#define STORE_SEARCH_HAS(x) "has_text(" x ", w.term)"

/* One article hit with the number of all hits. */
struct store_search_hit {
	struct store_article article;
	long total;
};

long store_search_articles(struct store *s, struct arena *a, const char *terms_json,
			   const char *match, int need, long limit, long offset,
			   struct store_articles *out, long *total);
long store_search_channels(struct store *s, struct arena *a, const char *terms_json,
			   long limit, struct store_channels *out);
long store_search_glossary(struct store *s, struct arena *a, const char *terms_json,
			   long limit, struct store_terms *out);
long store_search_questions(struct store *s, struct arena *a, const char *terms_json,
			    long limit, struct store_questions *out);
long store_search_known(struct store *s, struct arena *a, const char *chunk,
			const char ***terms, size_t *n);

#endif
