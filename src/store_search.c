/* store_search: every search query: articles (from the trigram index, or
 * by a scan for short words), channels, glossary terms and published
 * questions, and the known terms a question typed as one phrase is split
 * on. Terms always come in as bound JSON (STORE_SEARCH_TERMS), never as
 * SQL or raw FTS5 syntax. */
#include "store_search.h"

#include <string.h>

/* The page of a search's hits, ranked by "hit(id, rank, hits, th, kh,
 * total)": only these rows are read in full (sorting whole rows, bodies
 * and all, was most of a search's cost with 10,000 articles:
 * scripts/bench). */
#define SEARCH_PAGE \
	" SELECT " STORE_ARTICLE_COLS ", hit.total" \
	" FROM hit JOIN article a ON a.id = hit.id" \
	" JOIN category c ON c.id = a.category_id" \
	" ORDER BY hit.hits DESC, hit.th DESC, hit.kh DESC, hit.rank, a.id"

/* Article search by scanning (short words the trigram index cannot
 * find): how many terms each article contains anywhere, in its title and
 * in its keywords. Terms come in as a JSON array of arrays (a term and
 * its other forms; any form counts), found as plain text
 * (STORE_SEARCH_HAS), so nothing in them is a wildcard; one pass over
 * (article, group) pairs rather than a subquery per article; nothing
 * ranks ties but age. */
#define SEARCH_SCAN \
	"WITH " STORE_SEARCH_TERMS \
	", m AS (SELECT a.id AS id, w.g AS g," \
	"   max(" STORE_SEARCH_HAS("a.title") ") AS t," \
	"   max(" STORE_SEARCH_HAS("a.keywords") ") AS k," \
	"   max(" STORE_SEARCH_HAS("a.title") " OR " STORE_SEARCH_HAS("a.summary") \
	"     OR " STORE_SEARCH_HAS("a.keywords") " OR " STORE_SEARCH_HAS("a.body_md") ") AS x" \
	"  FROM article a JOIN w WHERE a.status = 'published' GROUP BY a.id, w.g)" \
	", scored AS (SELECT id, sum(x) AS hits, sum(t) AS th, sum(k) AS kh FROM m GROUP BY id)" \
	", hit AS (SELECT id, 0 AS rank, hits, th, kh, count(*) OVER () AS total FROM scored" \
	"  WHERE hits >= :need ORDER BY hits DESC, th DESC, kh DESC, id" \
	"  LIMIT :limit OFFSET :offset)" \
	SEARCH_PAGE

/* Article search when every term is long enough for the trigram index:
 * scored from the index alone, never from the article rows, so a common
 * word matching thousands of articles costs no body reads (scoring as
 * SEARCH_SCAN does, from the rows, took 45 ms a search at 10,000
 * articles). For each term group, three FTS5 queries (anywhere, in the
 * title, in the keywords) give the same counts as the scan's hits, th and
 * kh; each word is an FTS5 string with its quotes doubled, so no reader's
 * text is ever an operator. bm25 ranks what ties; drafts are left out by
 * the index on (category_id, status). */
#define SEARCH_FTS \
	"WITH cand(id, rank) AS MATERIALIZED (SELECT rowid," \
	"  bm25(article_fts, 10.0, 4.0, 6.0, 1.0) FROM article_fts WHERE article_fts MATCH :match)" \
	", ge(g, e) AS (SELECT t.key, group_concat('\"' || replace(f.value, '\"', '\"\"') || '\"'," \
	"   ' OR ') FROM json_each(:terms) t, json_each(t.value) f GROUP BY t.key)" \
	", gq(g, kind, e) AS (SELECT g, 0, e FROM ge UNION ALL SELECT g, 1, 'title : (' || e || ')'" \
	"  FROM ge UNION ALL SELECT g, 2, 'keywords : (' || e || ')' FROM ge)" \
	", gx(id, g, kind) AS (SELECT f.rowid, gq.g, gq.kind FROM gq, article_fts f" \
	"  WHERE f.article_fts MATCH gq.e)" \
	", scored(id, hits, th, kh) AS MATERIALIZED (SELECT id, sum(kind = 0), sum(kind = 1)," \
	"  sum(kind = 2) FROM gx GROUP BY id)" \
	", hit AS (SELECT s.id AS id, cand.rank AS rank, s.hits AS hits, s.th AS th, s.kh AS kh," \
	"  count(*) OVER () AS total FROM scored s JOIN cand ON cand.id = s.id" \
	"  WHERE s.hits >= :need AND s.id NOT IN (SELECT id FROM article WHERE status <> 'published')" \
	"  ORDER BY s.hits DESC, s.th DESC, s.kh DESC, cand.rank, s.id LIMIT :limit OFFSET :offset)" \
	SEARCH_PAGE

/* A row of SEARCH_PAGE: the article's columns, then the total. */
static const struct store_col store_search_hit_cols[] = {
	STORE_ARTICLE_MAP_COLS(struct store_search_hit, article.),
	STORE_LONG(struct store_search_hit, total),
};
static const struct store_map store_search_hit_map =
	STORE_MAP(struct store_search_hit, store_search_hit_cols);

/* store_search_articles: published articles containing at least need of
 * the terms (a JSON array), most terms first, then title matches, keyword
 * matches and bm25. When match is an FTS5 expression (every term long
 * enough for the trigram index) the index alone finds and scores them
 * (SEARCH_FTS); otherwise every article is scanned (short Chinese words,
 * which trigrams cannot find).
 * *total gets the number of matches. How many on this page (in *out), or
 * -1. */
long store_search_articles(struct store *s, struct arena *a, const char *terms_json,
			   const char *match, int need, long limit, long offset,
			   struct store_articles *out, long *total)
{
	sqlite3_stmt *st;
	struct store_search_hit *hits;
	size_t n;
	long rc;

	*total = 0;
	out->v = NULL;
	out->n = 0;
	if (match)
		st = store_prep(s, SS_SEARCH_FTS, SEARCH_FTS);
	else
		st = store_prep(s, SS_SEARCH_SCAN, SEARCH_SCAN);
	if (!st)
		return -1;
	store_bind_text(s, st, ":terms", terms_json);
	if (match)
		store_bind_text(s, st, ":match", match);
	store_bind_int(s, st, ":need", need);
	store_bind_int(s, st, ":limit", limit);
	store_bind_int(s, st, ":offset", offset);
	rc = store_rows(s, st, a, &store_search_hit_map, (void **)&hits, &n);
	if (rc <= 0)
		return rc;
	out->v = arena_alloc(a, n * sizeof(*out->v));
	for (size_t i = 0; i < n; i++)
		out->v[i] = hits[i].article;
	out->n = n;
	*total = hits[0].total;
	return rc;
}

/* store_search_channels: complaint channels whose name or slug contains a
 * term (so "12378" or "110" leads to the channel), best first. How many,
 * or -1. */
long store_search_channels(struct store *s, struct arena *a, const char *terms_json,
			   long limit, struct store_channels *out)
{
	sqlite3_stmt *st = store_prep(s, SS_SEARCH_CHANNELS,
		"WITH " STORE_SEARCH_TERMS
		" SELECT " STORE_CHANNEL_COLS " FROM channel ch"
		" WHERE EXISTS (SELECT 1 FROM w WHERE ch.name LIKE w.pat ESCAPE '\\'"
		"               OR ch.slug LIKE w.pat ESCAPE '\\')"
		" ORDER BY (SELECT count(DISTINCT g) FROM w WHERE ch.name LIKE w.pat ESCAPE '\\'"
		"           OR ch.slug LIKE w.pat ESCAPE '\\') DESC, ch.position"
		" LIMIT :limit");

	if (!st)
		return -1;
	store_bind_text(s, st, ":terms", terms_json);
	store_bind_int(s, st, ":limit", limit);
	return store_rows(s, st, a, &store_channel_map, (void **)&out->v,
			  &out->n);
}

/* store_search_glossary: terms one of whose names contains a searched
 * word (so "时效" finds 诉讼时效), most words matched first. How many, or
 * -1. */
long store_search_glossary(struct store *s, struct arena *a, const char *terms_json,
			   long limit, struct store_terms *out)
{
	sqlite3_stmt *st = store_prep(s, SS_SEARCH_GLOSSARY,
		"WITH " STORE_SEARCH_TERMS ", hit(id, n) AS (SELECT n.glossary_id,"
		" count(DISTINCT w.g) FROM glossary_name n, w WHERE n.name LIKE w.pat ESCAPE '\\'"
		" GROUP BY n.glossary_id)"
		" SELECT " STORE_TERM_COLS " FROM glossary g JOIN hit ON hit.id = g.id"
		" ORDER BY hit.n DESC, g.position LIMIT :limit");

	if (!st)
		return -1;
	store_bind_text(s, st, ":terms", terms_json);
	store_bind_int(s, st, ":limit", limit);
	return store_rows(s, st, a, &store_term_map, (void **)&out->v, &out->n);
}

/* store_search_questions: published questions that contain every word
 * group (title, question or answer), title matches first. Published
 * questions are few, so a scan is fine. How many, or -1. */
long store_search_questions(struct store *s, struct arena *a, const char *terms_json,
			    long limit, struct store_questions *out)
{
	sqlite3_stmt *st = store_prep(s, SS_QUESTION_SEARCH,
		"WITH " STORE_SEARCH_TERMS
		" SELECT " STORE_QUESTION_COLS STORE_QUESTION_FROM " WHERE q.status = 'published'"
		" AND (SELECT count(DISTINCT g) FROM w WHERE q.title LIKE w.pat ESCAPE '\\'"
		"      OR q.body LIKE w.pat ESCAPE '\\' OR q.answer_md LIKE w.pat ESCAPE '\\')"
		"   = (SELECT count(DISTINCT g) FROM w)"
		" ORDER BY (SELECT count(DISTINCT g) FROM w WHERE q.title LIKE w.pat ESCAPE '\\')"
		" DESC, q.updated DESC LIMIT :limit");

	if (!st)
		return -1;
	store_bind_text(s, st, ":terms", terms_json);
	store_bind_int(s, st, ":limit", limit);
	return store_question_list(s, st, a, out);
}

/* A known term, the one column of SS_SEARCH_KNOWN. */
struct store_search_term {
	const char *term;
};

static const struct store_col store_search_term_cols[] = {
	STORE_TEXT(struct store_search_term, term),
};
static const struct store_map store_search_term_map =
	STORE_MAP(struct store_search_term, store_search_term_cols);

/* store_search_known: the known search terms contained in chunk, longest
 * first, into *terms (*n of them). How many, or -1. */
long store_search_known(struct store *s, struct arena *a, const char *chunk,
			const char ***terms, size_t *n)
{
	sqlite3_stmt *st = store_prep(s, SS_SEARCH_KNOWN,
		"SELECT term FROM search_term WHERE instr(:chunk, term) > 0"
		" ORDER BY length(term) DESC, term");
	struct store_search_term *rows;
	long rc;

	*terms = NULL;
	*n = 0;
	if (!st)
		return -1;
	store_bind_text(s, st, ":chunk", chunk);
	rc = store_rows(s, st, a, &store_search_term_map, (void **)&rows, n);
	if (rc > 0) {
		*terms = arena_alloc(a, *n * sizeof(**terms));
		for (size_t i = 0; i < *n; i++)
			(*terms)[i] = rows[i].term;
	}
	return rc;
}
