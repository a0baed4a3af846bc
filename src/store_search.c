/* store_search: every search query: the articles the index finds for an
 * FTS5 expression (with what quanyi_hits() says of each), the page of
 * them to show, the channels, glossary terms and published questions the
 * searched words name, and the known terms a question typed as one phrase
 * is split on. Words always come in as bound JSON (STORE_SEARCH_TERMS) or
 * as an FTS5 expression of quoted strings (search_fts_match), never as
 * SQL, and are matched as plain text, never as patterns. */
#define _GNU_SOURCE   /* memmem */
#include "store_search.h"

#include <string.h>

/* store_search_hit_row: a row of SS_SEARCH_HITS (rowid, quanyi_hits())
 * into *rec (a struct store_search_hit), the counts copied into a. 0. */
static int store_search_hit_row(sqlite3_stmt *st, struct arena *a, void *rec)
{
	struct store_search_hit *h = rec;
	const void *blob = sqlite3_column_blob(st, 1);
	int len = sqlite3_column_bytes(st, 1);
	unsigned char *c = arena_alloc(a, len > 0 ? (size_t)len : 1);

	h->id = (long)sqlite3_column_int64(st, 0);
	if (blob && len > 0)
		memcpy(c, blob, (size_t)len);
	h->counts = c;
	h->len = blob && len > 0 ? (size_t)len : 0;
	return 0;
}

/* store_search_hits: the newest limit published articles the FTS5
 * expression match finds, from the index alone (drafts are not in it),
 * each with its counts. Stopping at limit is what keeps a search of a
 * common word as cheap with 10,000 articles as with 100: the rows are
 * read in rowid order and never all of them sorted (scripts/bench). How
 * many, or -1. */
long store_search_hits(struct store *s, struct arena *a, const char *match, long limit,
		       struct store_search_hits *out)
{
	sqlite3_stmt *st = store_prep(s, SS_SEARCH_HITS,
		"SELECT rowid, quanyi_hits(article_fts) FROM article_fts"
		" WHERE article_fts MATCH :match ORDER BY rowid DESC LIMIT :limit");

	if (!st)
		return -1;
	store_bind_text(s, st, ":match", match);
	store_bind_int(s, st, ":limit", limit);
	return store_rows_fn(s, st, a, sizeof(*out->v), store_search_hit_row,
			     (void **)&out->v, &out->n);
}

/* The columns of STORE_ARTICLE_COLS a result shows: the body's Markdown
 * (for the snippet), not its HTML (copying both out of their overflow
 * pages was a tenth of a search's cost). */
#define SEARCH_ARTICLE_COLS \
	"a.id, a.slug, c.slug, c.title, a.title, a.summary, a.keywords, a.status," \
	" a.reviewed, a.sources, a.body_md, '', a.updated, a.revision, a.urgent"

/* The columns of STORE_CHANNEL_COLS the channel box shows. */
#define SEARCH_CHANNEL_COLS \
	"ch.id, ch.slug, ch.name, ch.operator, ch.handles, '', ch.reviewed, '', '', ch.position," \
	" '', '', ''"

/* store_search_page: the published articles whose ids ids_json (a JSON
 * array) lists, in its order, bodies included (for the snippets). How
 * many, or -1. */
long store_search_page(struct store *s, struct arena *a, const char *ids_json,
		       struct store_articles *out)
{
	sqlite3_stmt *st = store_prep(s, SS_SEARCH_PAGE,
		"SELECT " SEARCH_ARTICLE_COLS " FROM json_each(:ids) j"
		" JOIN article a ON a.id = j.value JOIN category c ON c.id = a.category_id"
		" WHERE a.status = 'published' ORDER BY j.key");

	if (!st)
		return -1;
	store_bind_text(s, st, ":ids", ids_json);
	return store_rows(s, st, a, &store_article_map, (void **)&out->v, &out->n);
}

/* store_search_counts: a copy in a of column col's blob (quanyi_hits()),
 * its length in *len. */
static const unsigned char *store_search_counts(sqlite3_stmt *st, int col, struct arena *a,
						size_t *len)
{
	const void *blob = sqlite3_column_blob(st, col);
	int n = sqlite3_column_bytes(st, col);
	unsigned char *c = arena_alloc(a, n > 0 ? (size_t)n : 1);

	*len = blob && n > 0 ? (size_t)n : 0;
	if (*len)
		memcpy(c, blob, *len);
	return c;
}

/* store_search_channel_row: a channel and its counts (the last column)
 * into *rec. 0. */
static int store_search_channel_row(sqlite3_stmt *st, struct arena *a, void *rec)
{
	struct store_search_channel *c = rec;

	c->counts = store_search_counts(st, sqlite3_column_count(st) - 1, a, &c->len);
	store_read(st, a, &store_channel_map, &c->channel);
	return 0;
}

/* store_search_channels: the complaint channels the FTS5 expression
 * match finds in their names, numbers (slugs) or what they handle, in
 * position order, with their counts (the caller works out which of the
 * query's words name them); their names and what they handle only. How
 * many, or -1. */
long store_search_channels(struct store *s, struct arena *a, const char *match,
			   struct store_search_channels *out)
{
	sqlite3_stmt *st = store_prep(s, SS_SEARCH_CHANNELS,
		"SELECT " SEARCH_CHANNEL_COLS ", quanyi_hits(channel_fts) FROM channel_fts f"
		" JOIN channel ch ON ch.id = f.rowid WHERE channel_fts MATCH :match"
		" ORDER BY ch.position, ch.slug");

	if (!st)
		return -1;
	store_bind_text(s, st, ":match", match);
	return store_rows_fn(s, st, a, sizeof(*out->v), store_search_channel_row,
			     (void **)&out->v, &out->n);
}

/* store_search_term_hit_row: a glossary term and its counts (the last
 * column) into *rec. 0. */
static int store_search_term_hit_row(sqlite3_stmt *st, struct arena *a, void *rec)
{
	struct store_search_term *t = rec;

	t->counts = store_search_counts(st, sqlite3_column_count(st) - 1, a, &t->len);
	store_read(st, a, &store_term_map, &t->term);
	return 0;
}

/* store_search_glossary: the glossary terms the FTS5 expression match
 * finds in one of their names (so "时效" finds 诉讼时效), in position order,
 * with their counts. How many, or -1. */
long store_search_glossary(struct store *s, struct arena *a, const char *match,
			   struct store_search_terms *out)
{
	sqlite3_stmt *st = store_prep(s, SS_SEARCH_GLOSSARY,
		"SELECT " STORE_TERM_LIST_COLS ", quanyi_hits(glossary_fts) FROM glossary_fts f"
		" JOIN glossary g ON g.id = f.rowid WHERE glossary_fts MATCH :match"
		" ORDER BY g.position, g.slug");

	if (!st)
		return -1;
	store_bind_text(s, st, ":match", match);
	return store_rows_fn(s, st, a, sizeof(*out->v), store_search_term_hit_row,
			     (void **)&out->v, &out->n);
}

/* store_search_question_row: a question and its groups (the last
 * column, bit g) into *rec. 0. */
static int store_search_question_row(sqlite3_stmt *st, struct arena *a, void *rec)
{
	struct store_search_question *q = rec;

	q->groups = (unsigned)sqlite3_column_int64(st, sqlite3_column_count(st) - 1);
	store_read(st, a, &store_question_map, &q->question);
	return 0;
}

/* store_search_questions: published questions whose title, question or
 * answer contains a searched word, newest first, each with the groups it
 * holds. Published questions are few, so a scan is fine. How many, or
 * -1. */
long store_search_questions(struct store *s, struct arena *a, const char *terms_json,
			    struct store_search_questions *out)
{
	sqlite3_stmt *st = store_prep(s, SS_QUESTION_SEARCH,
		"WITH " STORE_SEARCH_TERMS
		" SELECT * FROM (SELECT " STORE_QUESTION_COLS ", (SELECT sum(DISTINCT 1 << w.g)"
		"   FROM w WHERE instr(lower(q.title), w.word) OR instr(lower(q.body), w.word)"
		"   OR instr(lower(q.answer_md), w.word)) AS groups"
		STORE_QUESTION_FROM " WHERE q.status = 'published' ORDER BY q.updated DESC, q.id)"
		" WHERE groups > 0");

	if (!st)
		return -1;
	store_bind_text(s, st, ":terms", terms_json);
	return store_rows_fn(s, st, a, sizeof(*out->v), store_search_question_row,
			     (void **)&out->v, &out->n);
}

/* A row of SS_SEARCH_KNOWN or SS_SEARCH_SIMILAR: one term. */
struct store_search_known_row {
	const char *term;
};

static const struct store_col store_search_known_cols[] = {
	STORE_TEXT(struct store_search_known_row, term),
};
static const struct store_map store_search_known_map =
	STORE_MAP(struct store_search_known_row, store_search_known_cols);

/* store_search_term_list: the terms of rows (n of them) as an array in a,
 * into *terms; rc passed through. */
static long store_search_term_list(struct arena *a, long rc,
			       const struct store_search_known_row *rows, size_t n,
			       const char ***terms)
{
	*terms = NULL;
	if (rc <= 0)
		return rc;
	*terms = arena_alloc(a, n * sizeof(**terms));
	for (size_t i = 0; i < n; i++)
		(*terms)[i] = rows[i].term;
	return rc;
}

/* store_search_chars: chunk's characters as a JSON array of strings,
 * each once, into out. */
static void store_search_chars(const char *chunk, struct buf *out)
{
	const unsigned char *p = (const unsigned char *)chunk;

	buf_putc(out, '[');
	while (*p) {
		size_t n = *p < 0x80 ? 1 : *p >= 0xf0 ? 4 : *p >= 0xe0 ? 3 : 2, i;

		for (i = 0; i < n && p[i]; i++)
			;
		if (i < n || (n == 1 && (*p < 0x20 || *p == '"' || *p == '\\'))) {
			p += i ? i : 1;
			continue;
		}
		if (!memmem(chunk, (size_t)((const char *)p - chunk), p, n)) {
			if (out->len > 1)
				buf_putc(out, ',');
			buf_putc(out, '"');
			buf_append(out, (const char *)p, n);
			buf_putc(out, '"');
		}
		p += n;
	}
	buf_putc(out, ']');
}

/* store_search_known: the known search terms contained in chunk (the
 * seed list and every article's keywords, the words of the synonym sets,
 * the glossary's names), longest first, into *terms (*n of them). Only
 * the terms that start with one of chunk's characters are looked at,
 * from the three tables' indexes. How many, or -1. */
long store_search_known(struct store *s, struct arena *a, const char *chunk,
			const char ***terms, size_t *n)
{
#define KNOWN_FROM(table, col) \
	" SELECT x." col " FROM json_each(:chars) c JOIN " table " x ON x." col " >= c.value" \
	" AND x." col " < c.value || char(1114111) WHERE instr(:chunk, x." col ") > 0"
	sqlite3_stmt *st = store_prep(s, SS_SEARCH_KNOWN,
		"SELECT term FROM (" KNOWN_FROM("search_term", "term") " UNION"
		KNOWN_FROM("synonym_word", "word") " UNION" KNOWN_FROM("glossary_name", "name")
		") ORDER BY length(term) DESC, term");
#undef KNOWN_FROM
	struct store_search_known_row *rows;
	struct buf chars;
	long rc;

	*terms = NULL;
	*n = 0;
	if (!st)
		return -1;
	buf_init(&chars);
	store_search_chars(chunk, &chars);
	store_bind_text(s, st, ":chunk", chunk);
	store_bind_text(s, st, ":chars", chars.data);
	rc = store_rows(s, st, a, &store_search_known_map, (void **)&rows, n);
	buf_free(&chars);
	return store_search_term_list(a, rc, rows, *n, terms);
}

/* store_search_found: 1 when some published article holds the FTS5
 * expression match (a quoted word), 0 when none does, -1. */
int store_search_found(struct store *s, const char *match)
{
	sqlite3_stmt *st = store_prep(s, SS_SEARCH_FOUND,
		"SELECT 1 FROM article_fts WHERE article_fts MATCH :match LIMIT 1");
	int rc;

	if (!st)
		return -1;
	store_bind_text(s, st, ":match", match);
	rc = store_step(s, st);
	sqlite3_reset(st);
	return rc == SQLITE_ROW ? 1 : rc == SQLITE_DONE ? 0 : -1;
}

/* store_search_similar: the known search terms (as store_search_known
 * knows them) of two to twelve characters that start with the character
 * first, longest first, for correcting a word typed with one character
 * wrong. From the three tables' indexes: the terms from first up to the
 * next character. How many, or -1. */
long store_search_similar(struct store *s, struct arena *a, const char *first,
			  const char ***terms, size_t *n)
{
	sqlite3_stmt *st = store_prep(s, SS_SEARCH_SIMILAR,
		"SELECT term FROM (SELECT term FROM search_term WHERE term >= :lo AND term < :hi"
		" UNION SELECT word FROM synonym_word WHERE word >= :lo AND word < :hi"
		" UNION SELECT name FROM glossary_name WHERE name >= :lo AND name < :hi)"
		" WHERE length(term) BETWEEN 2 AND 12 ORDER BY length(term) DESC, term");
	struct store_search_known_row *rows;
	char hi[8];
	size_t len = strlen(first);
	long rc;

	*terms = NULL;
	*n = 0;
	if (!st || len == 0 || len >= sizeof(hi))
		return -1;
	memcpy(hi, first, len + 1);
	/* the byte after: every text that starts with first sorts before it */
	hi[len - 1] = (char)((unsigned char)hi[len - 1] + 1);
	store_bind_text(s, st, ":lo", first);
	store_bind_text(s, st, ":hi", hi);
	rc = store_rows(s, st, a, &store_search_known_map, (void **)&rows, n);
	return store_search_term_list(a, rc, rows, *n, terms);
}

/* store_search_optimize: merge each search index (articles, channels,
 * glossary) into one segment. FTS5 writes a segment for every savepoint:
 * an import of n articles leaves n, and a search reads every one (30 us
 * instead of 7 for 征信 at 79 articles); nothing is done for an index that
 * is one segment already. 0 or -1. */
int store_search_optimize(struct store *s)
{
	return store_done(s, store_prep(s, SS_SEARCH_OPTIMIZE,
		"INSERT INTO article_fts(article_fts) VALUES('optimize')")) != 0 ||
	       store_done(s, store_prep(s, SS_SEARCH_OPTIMIZE_CHANNELS,
		"INSERT INTO channel_fts(channel_fts) VALUES('optimize')")) != 0 ||
	       store_done(s, store_prep(s, SS_SEARCH_OPTIMIZE_GLOSSARY,
		"INSERT INTO glossary_fts(glossary_fts) VALUES('optimize')")) != 0 ? -1 : 0;
}
