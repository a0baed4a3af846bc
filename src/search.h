/* search: turn what a reader typed into search terms (search_parse.c) and
 * their synonyms, build the FTS5 expression from them safely, run the
 * search (ranked by search_rank), and cut highlighted plain-text snippets
 * (search_snippet.c). */
#ifndef QUANYI_SEARCH_H
#define QUANYI_SEARCH_H

#include <stddef.h>

#include "arena.h"
#include "buf.h"
#include "search_rank.h"
#include "store.h"
#include "store_article.h"
#include "store_search.h"
#include "store_synonym.h"

enum {
	SEARCH_MAX_TERMS = SEARCH_RANK_GROUPS,
	SEARCH_MAX_ALTS = 11,    /* other words of a term's synonym set (sets of 12) */
	SEARCH_MAX_SEGS = 16,
	SEARCH_QUESTION = 15,    /* characters from which a query is a whole question */
	SEARCH_HITS = 200        /* articles read from the index for one search, at most */
};

struct search_query {
	const char *terms[SEARCH_MAX_TERMS];
	const char *alts[SEARCH_MAX_TERMS][SEARCH_MAX_ALTS];   /* its synonyms */
	int nalts[SEARCH_MAX_TERMS];
	const char *typed[SEARCH_MAX_TERMS];   /* what was typed, when the term corrects it */
	int nterms;
	unsigned optional;     /* terms (bit i) an article need not hold to hold them all */
	int question;          /* SEARCH_QUESTION characters or more */
};

/* One piece of a snippet: text, marked when it is a matched word. */
struct search_seg {
	const char *text;
	size_t len;
	int hit;
};

/* Known terms (from the store), into *terms in arena a: how many, or -1. */
typedef long (*search_known_fn)(void *ctx, struct arena *a, const char *text,
				const char ***terms, size_t *n);

/* What search_parse asks of the store (or of a test's stand-in): the
 * known terms inside a chunk, longest first; whether some article holds
 * a word (1, 0 or -1); the known terms starting with a character. */
struct search_lexicon {
	void *ctx;
	search_known_fn known;
	int (*found)(void *ctx, const char *word);
	search_known_fn similar;
};
/* The other words of the synonym sets of the words of terms_json (a JSON
 * array of strings), in arena a: how many, or -1. */
typedef long (*search_expand_fn)(void *ctx, struct arena *a, const char *terms_json,
				 struct store_synonym_alts *out);

char *search_parse_normalize(const char *q, struct arena *a);
int search_parse(const char *q, struct arena *a, const struct search_lexicon *lx,
		 struct search_query *sq);
int search_parse_tokens(const char *w, int *single);
size_t search_parse_chars(const char *s);
int search_expand(struct search_query *sq, struct arena *a, search_expand_fn expand, void *ctx);
void search_terms_json(const struct search_query *sq, struct buf *out);
int search_fts_match(const struct search_query *sq, struct buf *out);
int search_snippet(const char *md, const struct search_query *sq, struct arena *a,
		   struct search_seg *segs, int max);

struct search_result {
	struct search_query sq;
	struct search_ranking rank;   /* every article listed, best first; the weights */
	long total;         /* articles listed */
	int partial;        /* no article had every term: the best partial matches */
	int more;           /* the index held more than SEARCH_HITS: total is a floor */
	struct store_articles articles;   /* the page of them */
};

/* The channels, glossary terms and published questions a search names,
 * each with the word groups that name it. */
struct search_boxes {
	struct store_search_channels channels;
	struct store_search_terms terms;
	struct store_search_questions questions;
};

long search_run(struct store *s, const char *q, struct arena *a, long page, long per_page,
		struct search_result *res);
int search_boxes(struct store *s, const struct search_result *res, struct arena *a,
		 struct search_boxes *out);
int search_about(const struct search_result *res, unsigned groups);

#endif
