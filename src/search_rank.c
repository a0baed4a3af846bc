/* search_rank: score, merge, order and cut the articles the index found
 * (see search_rank.h). */
#include "search_rank.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "store_fts.h"

/* How much an occurrence in each column counts (title, summary,
 * keywords, body: the order of the index's columns). */
static const double search_rank_column[STORE_FTS_COLUMNS] = { 10.0, 4.0, 6.0, 1.0 };

/* BM25's k1: how fast more occurrences stop adding. With it, a title hit
 * is worth three times one mention in the body. */
#define SEARCH_RANK_K1 3.0
/* What a synonym's occurrence is worth next to the word the reader typed. */
#define SEARCH_RANK_SYNONYM 0.8
/* What an optional group (a piece of the question that is no known term,
 * or a pair of its characters) weighs next to a known term as rare. */
#define SEARCH_RANK_OPTIONAL 0.3
/* A partial match or a whole question lists the articles scoring at least
 * this share of the best one, and at most SEARCH_RANK_SHORT of them. */
#define SEARCH_RANK_CUT 0.5
enum { SEARCH_RANK_SHORT = 10 };

/* search_rank_by_score: best first, then the oldest article. */
static int search_rank_by_score(const void *a, const void *b)
{
	const struct search_ranked *x = a, *y = b;

	if (x->score != y->score)
		return x->score > y->score ? -1 : 1;
	return x->id < y->id ? -1 : x->id > y->id;
}

/* search_rank_tf: the weighted occurrences of phrase p in row (0 when it
 * is not there). */
static double search_rank_tf(const struct store_search_hit *row, int p)
{
	size_t at = STORE_FTS_HIT_HEAD + (size_t)p * STORE_FTS_COLUMNS;
	double tf = 0;

	if (at + STORE_FTS_COLUMNS > row->len)
		return 0;
	for (int c = 0; c < STORE_FTS_COLUMNS; c++)
		tf += search_rank_column[c] * row->counts[at + c];
	return tf;
}

/* search_rank_groups: the groups of q (bit g) that a row's counts (from
 * quanyi_hits(), len bytes) hold. */
unsigned search_rank_groups(const struct search_rank_query *q, const unsigned char *counts,
			    size_t len)
{
	struct store_search_hit row = { 0, counts, len };
	unsigned held = 0;

	for (int p = 0; p < q->nphrases; p++)
		if (search_rank_tf(&row, p) > 0)
			held |= 1u << q->group[p];
	return held;
}

/* search_rank_idf: BM25's inverse document frequency of a word in df of
 * total articles. */
static double search_rank_idf(double df, double total)
{
	return log(1.0 + (total - df + 0.5) / (df + 0.5));
}

/* search_rank_score: row's score for q with the groups' weights w[]:
 * for each group its weight times the best of its words (saturated
 * occurrences, less for a synonym), summed. */
static double search_rank_score(const struct search_rank_query *q,
				const struct store_search_hit *row, const double *w)
{
	double best[SEARCH_RANK_GROUPS] = { 0 }, score = 0;

	for (int p = 0; p < q->nphrases; p++) {
		double tf = search_rank_tf(row, p), v;

		if (tf <= 0)
			continue;
		v = tf * (SEARCH_RANK_K1 + 1) / (tf + SEARCH_RANK_K1);
		if (q->synonym[p])
			v *= SEARCH_RANK_SYNONYM;
		if (v > best[q->group[p]])
			best[q->group[p]] = v;
	}
	for (int g = 0; g < q->ngroups; g++)
		score += w[g] * best[g];
	return score;
}

/* search_rank_rows: the number of articles in the index, from the first
 * hit's counts. */
static double search_rank_rows(const struct store_search_hit *hits, size_t n)
{
	unsigned long v = 0;

	if (n == 0 || hits[0].len < STORE_FTS_HIT_HEAD)
		return 0;
	for (int k = 0; k < 4; k++)
		v = v << 8 | hits[0].counts[k];
	return (double)v;
}

/* search_rank: the articles of hits (n of them: all the index holds for
 * any word of the query, or when truncated, the newest it read) ranked
 * for query q into *out, in arena a. A group weighs the IDF of its words
 * together among the articles of the index (or, when truncated, among
 * those read): a rare synonym does not outweigh the word typed. When
 * some article holds every group (but the optional ones) and q is not a
 * whole question, only those are listed; otherwise the best, down to
 * SEARCH_RANK_CUT of the best score, at most SEARCH_RANK_SHORT. How many
 * are listed. */
int search_rank(const struct search_rank_query *q, const struct store_search_hit *hits,
		size_t n, int truncated, struct arena *a, struct search_ranking *out)
{
	double total = truncated ? (double)n : search_rank_rows(hits, n);
	unsigned *held = arena_alloc(a, (n ? n : 1) * sizeof(*held));
	unsigned every = (q->ngroups > 0 ? (1u << q->ngroups) - 1 : 0) & ~q->optional;
	double gdf[SEARCH_RANK_GROUPS] = { 0 }, best = 0;
	size_t keep = 0;
	int any_all = 0;

	memset(out, 0, sizeof(*out));
	out->v = arena_alloc(a, (n ? n : 1) * sizeof(*out->v));
	for (size_t i = 0; i < n; i++) {
		held[i] = search_rank_groups(q, hits[i].counts, hits[i].len);
		for (int g = 0; g < q->ngroups; g++)
			gdf[g] += (held[i] >> g) & 1;
		any_all |= (held[i] & every) == every;
	}
	if (total < (double)n)
		total = (double)n;
	for (int g = 0; g < q->ngroups; g++)
		out->weight[g] = search_rank_idf(gdf[g], total) *
				 (q->optional & (1u << g) ? SEARCH_RANK_OPTIONAL : 1.0);
	out->partial = n > 0 && !any_all;
	out->optional = q->optional;
	for (size_t i = 0; i < n; i++) {
		double score;

		if (held[i] == 0 || (any_all && !q->question && (held[i] & every) != every))
			continue;
		score = search_rank_score(q, &hits[i], out->weight);
		out->v[keep++] = (struct search_ranked){ hits[i].id, score, held[i] };
		if (score > best)
			best = score;
	}
	qsort(out->v, keep, sizeof(*out->v), search_rank_by_score);
	if (q->question || !any_all) {
		size_t k = 0;

		while (k < keep && k < SEARCH_RANK_SHORT &&
		       out->v[k].score >= SEARCH_RANK_CUT * best)
			k++;
		keep = k;
	}
	out->n = keep;
	return (int)keep;
}

/* search_rank_share: 1 when the groups (bit g) carry at least the share
 * at_least of the query's weight: whether something found by those words
 * is about what the reader asked (a channel named by 电话 alone is not,
 * when the question is about 父母). */
int search_rank_share(const struct search_ranking *r, unsigned groups, double at_least)
{
	double all = 0, these = 0;

	for (int g = 0; g < SEARCH_RANK_GROUPS; g++) {
		if (r->optional & (1u << g))
			continue;
		all += r->weight[g];
		if (groups & (1u << g))
			these += r->weight[g];
	}
	return all > 0 && these >= at_least * all;
}
