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

/* A CTE w(g, word) over the bound :terms JSON (an array of groups, each
 * an array of alternative words, in lower case as search makes them):
 * one row per word, tagged with its group, made once per statement (not
 * again for every row it is matched against). A row holds group g if any
 * word of g is in it, found with instr (LIKE, which steps through the
 * text one character at a time and folds case, took most of a search's
 * time on the channels and glossary). */
#define STORE_SEARCH_TERMS \
	"w(g, word) AS MATERIALIZED (SELECT t.key, f.value" \
	"  FROM json_each(:terms) t, json_each(t.value) f)"

/* One article the index found: its id and quanyi_hits() for it
 * (store_fts.h: the count of each phrase of the expression per column). */
struct store_search_hit {
	long id;
	const unsigned char *counts;
	size_t len;
};

struct store_search_hits {
	struct store_search_hit *v;
	size_t n;
};

/* A channel or glossary term a search's FTS5 expression found, with
 * quanyi_hits() for it, and (filled in by the caller) the word groups
 * that name it (bit g); a published question a search named, and those
 * groups. */
struct store_search_channel {
	struct store_channel channel;
	const unsigned char *counts;
	size_t len;
	unsigned groups;
};
struct store_search_term {
	struct store_term term;
	const unsigned char *counts;
	size_t len;
	unsigned groups;
};
struct store_search_question {
	struct store_question question;
	unsigned groups;
};

struct store_search_channels {
	struct store_search_channel *v;
	size_t n;
};
struct store_search_terms {
	struct store_search_term *v;
	size_t n;
};
struct store_search_questions {
	struct store_search_question *v;
	size_t n;
};

long store_search_hits(struct store *s, struct arena *a, const char *match, long limit,
		       struct store_search_hits *out);
long store_search_page(struct store *s, struct arena *a, const char *ids_json,
		       struct store_articles *out);
long store_search_channels(struct store *s, struct arena *a, const char *match,
			   struct store_search_channels *out);
long store_search_glossary(struct store *s, struct arena *a, const char *match,
			   struct store_search_terms *out);
long store_search_questions(struct store *s, struct arena *a, const char *terms_json,
			    struct store_search_questions *out);
long store_search_known(struct store *s, struct arena *a, const char *chunk,
			const char ***terms, size_t *n);
int store_search_found(struct store *s, const char *match);
int store_search_optimize(struct store *s);
long store_search_similar(struct store *s, struct arena *a, const char *first,
			  const char ***terms, size_t *n);

#endif
