/* search_rank: order the articles the index found for a query by how much
 * of it they answer. A query is word groups (a searched word and the
 * other words of its synonym set); an article scores, for each group, the
 * best of its words it holds: the word's inverse document frequency in
 * the index (坐牢, 父母 and 冻结 are in few articles and weigh much; 催收,
 * 逾期 are in most and weigh little) times how strongly the article holds
 * it (the occurrences in each column weighted, title 10, keywords 6,
 * summary 4, body 1, and saturated as BM25 does), a synonym a little less
 * than the word typed. */
#ifndef QUANYI_SEARCH_RANK_H
#define QUANYI_SEARCH_RANK_H

#include <stddef.h>

#include "arena.h"
#include "store_search.h"

enum {
	SEARCH_RANK_GROUPS = 8,      /* word groups of a query */
	SEARCH_RANK_PHRASES = 96     /* phrases: 12 words for each group */
};

/* What the query is made of: for each phrase of the FTS5 expression, in
 * order, the group it belongs to and whether it is a synonym. */
struct search_rank_query {
	int nphrases, ngroups;
	int group[SEARCH_RANK_PHRASES];
	unsigned char synonym[SEARCH_RANK_PHRASES];
	unsigned optional;   /* groups (bit g) that only add to the score */
	int question;   /* a whole question: rank by how much of it is answered */
};

/* One article ranked: its score and the groups it holds (bit g). */
struct search_ranked {
	long id;
	double score;
	unsigned groups;
};

struct search_ranking {
	struct search_ranked *v;   /* best first */
	size_t n;
	double weight[SEARCH_RANK_GROUPS];   /* each group's weight */
	unsigned optional;            /* groups left out of search_rank_share */
	int partial;                  /* no article holds every group */
};

int search_rank(const struct search_rank_query *q, const struct store_search_hit *hits,
		size_t n, int truncated, struct arena *a, struct search_ranking *out);
unsigned search_rank_groups(const struct search_rank_query *q, const unsigned char *counts,
			    size_t len);
int search_rank_share(const struct search_ranking *r, unsigned groups, double at_least);

#endif
