/* search: turn what a reader typed into search terms, build the FTS5
 * expression from them safely, and cut highlighted snippets. */
#ifndef QUANYI_SEARCH_H
#define QUANYI_SEARCH_H

#include <stddef.h>

#include "arena.h"
#include "buf.h"
#include "store.h"
#include "store_article.h"

enum { SEARCH_MAX_TERMS = 8, SEARCH_MAX_SEGS = 16 };

struct search_query {
	const char *terms[SEARCH_MAX_TERMS];
	const char *alt[SEARCH_MAX_TERMS];   /* the written form of a colloquial term, or NULL */
	int nterms;
	int all_long;          /* every term has 3+ characters: FTS can find them */
};

/* One piece of a snippet: text, marked when it is a matched term. */
struct search_seg {
	const char *text;
	size_t len;
	int hit;
};

/* The known terms inside a chunk, longest first (from the store), into
 * *terms in arena a: how many, or -1. */
typedef long (*search_known_fn)(void *ctx, struct arena *a, const char *chunk,
				const char ***terms, size_t *n);

char *search_normalize(const char *q, struct arena *a);
int search_parse(const char *q, struct arena *a, search_known_fn known, void *kctx,
		 struct search_query *sq);
void search_terms_json(const struct search_query *sq, struct buf *out);
int search_fts_match(const struct search_query *sq, struct buf *out);
int search_snippet(const char *md, const struct search_query *sq, struct arena *a,
		   struct search_seg *segs, int max);
size_t search_chars(const char *s);

struct search_result {
	struct search_query sq;
	long total;         /* articles found */
	int partial;        /* no article had every term: best partial matches */
	struct store_articles articles;   /* the page of them */
};

long search_run(struct store *s, const char *q, struct arena *a, long page, long per_page,
		struct search_result *res);

#endif
