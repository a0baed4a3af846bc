/* search: a search from what a reader typed (search_parse) to the
 * ranked articles (search_rank): the synonyms, the FTS5 expression, the
 * index, the boxes. Nothing a reader types reaches FTS5 unquoted. */
#include "search.h"

#include <string.h>

#include "store_search.h"

static void search_json_string(const char *s, struct buf *out);

/* search_expand_prune: leave out the synonyms of term i that hold
 * another word of its group (征信记录 holds 征信): wherever they are, the
 * shorter word is too, as often or more, and weighs as much or more, so
 * they add nothing but work. */
static void search_expand_prune(struct search_query *sq, int i)
{
	const char *was[SEARCH_MAX_ALTS];
	int n = sq->nalts[i], keep = 0;

	memcpy(was, sq->alts[i], sizeof(was));
	for (int j = 0; j < n; j++) {
		int holds = strstr(was[j], sq->terms[i]) != NULL;

		for (int k = 0; k < n && !holds; k++)
			holds = k != j && strstr(was[j], was[k]) != NULL;
		if (!holds)
			sq->alts[i][keep++] = was[j];
	}
	sq->nalts[i] = keep;
}

/* search_expand: give each term of sq the other words of its synonym set
 * (expand, from the store), at most SEARCH_MAX_ALTS, none repeating a
 * word the query already has, none holding another word of the group.
 * 0, or -1 when expand fails. */
int search_expand(struct search_query *sq, struct arena *a, search_expand_fn expand, void *ctx)
{
	struct store_synonym_alts alts;
	struct buf json;
	long n;

	if (sq->nterms == 0)
		return 0;
	buf_init(&json);
	buf_putc(&json, '[');
	for (int i = 0; i < sq->nterms; i++) {
		if (i)
			buf_putc(&json, ',');
		search_json_string(sq->terms[i], &json);
	}
	buf_putc(&json, ']');
	n = expand(ctx, a, json.data, &alts);
	buf_free(&json);
	if (n < 0)
		return -1;
	for (size_t k = 0; k < alts.n; k++) {
		long t = alts.v[k].term;
		const char *w = alts.v[k].word;
		int dup = search_parse_tokens(w, NULL) == 0;

		if (t < 0 || t >= sq->nterms || sq->nalts[t] == SEARCH_MAX_ALTS)
			continue;
		for (int i = 0; i < sq->nterms && !dup; i++) {
			dup = strcmp(sq->terms[i], w) == 0;
			for (int j = 0; j < sq->nalts[i] && !dup; j++)
				dup = strcmp(sq->alts[i][j], w) == 0;
		}
		if (!dup)
			sq->alts[t][sq->nalts[t]++] = w;
	}
	for (int i = 0; i < sq->nterms; i++)
		search_expand_prune(sq, i);
	return 0;
}

/* search_json_string: append s as a JSON string. */
static void search_json_string(const char *s, struct buf *out)
{
	buf_putc(out, '"');
	for (; *s; s++) {
		if (*s == '"' || *s == '\\')
			buf_putc(out, '\\');
		if ((unsigned char)*s < 0x20)
			buf_printf(out, "\\u%04x", (unsigned char)*s);
		else
			buf_putc(out, *s);
	}
	buf_putc(out, '"');
}

/* search_terms_json: the terms as a JSON array of arrays, each term with
 * its synonyms after it (bound as a parameter). */
void search_terms_json(const struct search_query *sq, struct buf *out)
{
	buf_putc(out, '[');
	for (int i = 0; i < sq->nterms; i++) {
		buf_puts(out, i ? ",[" : "[");
		search_json_string(sq->terms[i], out);
		for (int j = 0; j < sq->nalts[i]; j++) {
			buf_putc(out, ',');
			search_json_string(sq->alts[i][j], out);
		}
		buf_putc(out, ']');
	}
	buf_putc(out, ']');
}

/* search_fts_string: append w as an FTS5 string (inner quotes doubled),
 * as a prefix when it ends in one CJK character alone (the index keeps
 * such a character by itself only at the end of a run: "a催" must also
 * find a催收). */
static void search_fts_string(const char *w, struct buf *out)
{
	int single = 0;

	buf_putc(out, '"');
	for (const char *p = w; *p; p++) {
		if (*p == '"')
			buf_putc(out, '"');
		buf_putc(out, *p);
	}
	buf_putc(out, '"');
	if (search_parse_tokens(w, &single) > 0 && single)
		buf_putc(out, '*');
}

/* search_phrases: the FTS5 expression for sq into out (when not NULL):
 * every word of every term (each term, then its synonyms), or with
 * required set only those of the terms that are not optional, each quoted
 * as an FTS5 string, so no operator, column filter or syntax error can
 * come from the reader's text; and into rq (when not NULL) each phrase's
 * group, in the same order, for search_rank. The number of phrases. */
static int search_phrases(const struct search_query *sq, int required, struct buf *out,
			  struct search_rank_query *rq)
{
	int n = 0;

	if (rq) {
		memset(rq, 0, sizeof(*rq));
		rq->ngroups = sq->nterms;
		rq->optional = sq->optional;
		rq->question = sq->question;
	}
	for (int i = 0; i < sq->nterms; i++) {
		if (required && (sq->optional & (1u << i)))
			continue;
		for (int j = -1; j < sq->nalts[i] && n < SEARCH_RANK_PHRASES; j++) {
			if (out) {
				if (n)
					buf_puts(out, " OR ");
				search_fts_string(j < 0 ? sq->terms[i] : sq->alts[i][j], out);
			}
			if (rq) {
				rq->group[n] = i;
				rq->synonym[n] = j >= 0;
				rq->nphrases = n + 1;
			}
			n++;
		}
	}
	return n;
}

/* search_fts_match: an FTS5 expression matching any word of any term of
 * sq (search_phrases). The number of phrases, or -1 when sq has no
 * terms. */
int search_fts_match(const struct search_query *sq, struct buf *out)
{
	return sq->nterms ? search_phrases(sq, 0, out, NULL) : -1;
}

/* search_known: the store's known terms inside chunk, longest first, for
 * search_parse. How many, or -1. */
static long search_known(void *ctx, struct arena *a, const char *chunk, const char ***terms,
			 size_t *n)
{
	return store_search_known(ctx, a, chunk, terms, n);
}

/* search_found: whether some article holds word, for search_parse: 1,
 * 0, or -1. */
static int search_found(void *ctx, const char *word)
{
	struct buf match;
	int rc;

	buf_init(&match);
	search_fts_string(word, &match);
	rc = store_search_found(ctx, match.data);
	buf_free(&match);
	return rc;
}

/* search_similar: the store's known terms starting with the character
 * first, for search_parse. How many, or -1. */
static long search_similar(void *ctx, struct arena *a, const char *first, const char ***terms,
			   size_t *n)
{
	return store_search_similar(ctx, a, first, terms, n);
}

/* search_synonyms: the store's synonyms of terms_json, for search_expand.
 * How many, or -1. */
static long search_synonyms(void *ctx, struct arena *a, const char *terms_json,
			    struct store_synonym_alts *out)
{
	return store_synonym_expand(ctx, a, terms_json, out);
}

/* search_index: the articles the index finds for sq, into *hits (arena
 * a): the newest SEARCH_HITS that hold any of its words (*more when there
 * are more). Stopping there keeps a search of a common word as cheap with
 * 10,000 articles as with 100. How many, or -1. */
static long search_index(struct store *s, const struct search_query *sq, struct arena *a,
			 struct store_search_hits *hits, int *more)
{
	struct buf match;
	long rc;

	buf_init(&match);
	search_fts_match(sq, &match);
	rc = store_search_hits(s, a, match.data, SEARCH_HITS, hits);
	*more = rc == SEARCH_HITS;
	buf_free(&match);
	return rc;
}

/* search_run: the whole search for q: parse it, add the synonyms, read
 * the articles from the index, rank them (search_rank: when some article
 * holds every term, those; otherwise, or for a whole question, the best
 * few), and load those on page (from 1) into res->articles; res also gets
 * the terms, the ranking, the total and whether the results are partial.
 * Articles on the page (0 when q has no terms), or -1 on a database
 * error. */
long search_run(struct store *s, const char *q, struct arena *a, long page, long per_page,
		struct search_result *res)
{
	struct search_rank_query rq;
	struct store_search_hits hits;
	struct buf ids;
	size_t from = (size_t)((page > 0 ? page - 1 : 0) * per_page);
	struct search_lexicon lx = { s, search_known, search_found, search_similar };
	long n, terms;

	memset(res, 0, sizeof(*res));
	terms = search_parse(q, a, &lx, &res->sq);
	if (terms <= 0)
		return terms;
	if (search_expand(&res->sq, a, search_synonyms, s) != 0)
		return -1;
	if (search_index(s, &res->sq, a, &hits, &res->more) < 0)
		return -1;
	search_phrases(&res->sq, 0, NULL, &rq);
	search_rank(&rq, hits.v, hits.n, res->more, a, &res->rank);
	res->total = (long)res->rank.n;
	res->partial = res->rank.partial;
	if (from >= res->rank.n)
		return 0;
	buf_init(&ids);
	buf_putc(&ids, '[');
	for (size_t i = from; i < res->rank.n && i < from + (size_t)per_page; i++)
		buf_printf(&ids, "%s%ld", i > from ? "," : "", res->rank.v[i].id);
	buf_putc(&ids, ']');
	n = store_search_page(s, a, ids.data, &res->articles);
	buf_free(&ids);
	return n;
}

/* search_boxes: the channels and glossary terms whose own indexes hold a
 * word of res's query (of its required terms), and the published
 * questions that do, each with the word groups that name it (for
 * search_about), into *out. 0 or -1. */
int search_boxes(struct store *s, const struct search_result *res, struct arena *a,
		 struct search_boxes *out)
{
	struct search_rank_query rq;
	struct buf match, json;
	int rc = 0;

	memset(out, 0, sizeof(*out));
	if (res->sq.nterms == 0)
		return 0;
	buf_init(&match);
	buf_init(&json);
	if (search_phrases(&res->sq, 1, &match, &rq) == 0) {
		buf_free(&match);
		buf_free(&json);
		return 0;
	}
	search_terms_json(&res->sq, &json);
	if (store_search_channels(s, a, match.data, &out->channels) < 0 ||
	    store_search_glossary(s, a, match.data, &out->terms) < 0 ||
	    store_search_questions(s, a, json.data, &out->questions) < 0)
		rc = -1;
	for (size_t i = 0; rc == 0 && i < out->channels.n; i++)
		out->channels.v[i].groups = search_rank_groups(&rq, out->channels.v[i].counts,
							       out->channels.v[i].len);
	for (size_t i = 0; rc == 0 && i < out->terms.n; i++)
		out->terms.v[i].groups = search_rank_groups(&rq, out->terms.v[i].counts,
							    out->terms.v[i].len);
	buf_free(&match);
	buf_free(&json);
	return rc;
}

/* search_about: 1 when the word groups (bit g) carry at least half of
 * the query's weight: a channel, glossary term or published question
 * named by them is about what the reader asked, not named by a common
 * word of the question only. */
int search_about(const struct search_result *res, unsigned groups)
{
	return search_rank_share(&res->rank, groups, 0.5);
}
