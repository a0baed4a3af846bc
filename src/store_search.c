/* store_search: every search query: the articles the index finds for an
 * FTS5 expression (with what quanyi_hits() says of each), the page of
 * them to show, the channels, glossary terms and published questions the
 * searched words name, and the known terms a question typed as one phrase
 * is split on. Words always come in as bound JSON (STORE_SEARCH_TERMS) or
 * as an FTS5 expression of quoted strings (search_fts_match), never as
 * SQL. */
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
	return store_rows(s, st, a, sizeof(*out->v), store_search_hit_row, (void **)&out->v,
			  &out->n);
}

/* store_search_page: the published articles whose ids ids_json (a JSON
 * array) lists, in its order, bodies included (for the snippets). How
 * many, or -1. */
long store_search_page(struct store *s, struct arena *a, const char *ids_json,
		       struct store_articles *out)
{
	sqlite3_stmt *st = store_prep(s, SS_SEARCH_PAGE,
		"SELECT " STORE_ARTICLE_COLS " FROM json_each(:ids) j"
		" JOIN article a ON a.id = j.value JOIN category c ON c.id = a.category_id"
		" WHERE a.status = 'published' ORDER BY j.key");

	if (!st)
		return -1;
	store_bind_text(s, st, ":ids", ids_json);
	return store_rows(s, st, a, sizeof(*out->v), store_article_row, (void **)&out->v,
			  &out->n);
}

/* store_search_groups: the last column of the row: the groups (bit g). */
static unsigned store_search_groups(sqlite3_stmt *st)
{
	return (unsigned)sqlite3_column_int64(st, sqlite3_column_count(st) - 1);
}

/* store_search_channel_row: a channel and its groups into *rec. 0. */
static int store_search_channel_row(sqlite3_stmt *st, struct arena *a, void *rec)
{
	struct store_search_channel *c = rec;

	c->groups = store_search_groups(st);
	return store_channel_row(st, a, &c->channel);
}

/* store_search_channels: complaint channels whose name, number (slug) or
 * what they handle contains a searched word, in position order, each
 * with the groups it holds (the caller keeps those the query is about).
 * How many, or -1. */
long store_search_channels(struct store *s, struct arena *a, const char *terms_json,
			   struct store_search_channels *out)
{
	sqlite3_stmt *st = store_prep(s, SS_SEARCH_CHANNELS,
		"WITH " STORE_SEARCH_TERMS
		" SELECT * FROM (SELECT " STORE_CHANNEL_COLS ", (SELECT sum(DISTINCT 1 << w.g)"
		"   FROM w WHERE name LIKE w.pat ESCAPE '\\' OR slug LIKE w.pat ESCAPE '\\'"
		"   OR handles LIKE w.pat ESCAPE '\\') AS groups FROM channel)"
		" WHERE groups > 0 ORDER BY position, slug");

	if (!st)
		return -1;
	store_bind_text(s, st, ":terms", terms_json);
	return store_rows(s, st, a, sizeof(*out->v), store_search_channel_row,
			  (void **)&out->v, &out->n);
}

/* store_search_term_hit_row: a glossary term and its groups into *rec. 0. */
static int store_search_term_hit_row(sqlite3_stmt *st, struct arena *a, void *rec)
{
	struct store_search_term *t = rec;

	t->groups = store_search_groups(st);
	return store_term_row(st, a, &t->term);
}

/* store_search_glossary: glossary terms one of whose names contains a
 * searched word (so "时效" finds 诉讼时效), in position order, each with
 * the groups it holds. How many, or -1. */
long store_search_glossary(struct store *s, struct arena *a, const char *terms_json,
			   struct store_search_terms *out)
{
	sqlite3_stmt *st = store_prep(s, SS_SEARCH_GLOSSARY,
		"WITH " STORE_SEARCH_TERMS ", hit(id, groups) AS (SELECT n.glossary_id,"
		" sum(DISTINCT 1 << w.g) FROM glossary_name n, w WHERE n.name LIKE w.pat ESCAPE '\\'"
		" GROUP BY n.glossary_id)"
		" SELECT " STORE_TERM_LIST_COLS ", hit.groups FROM glossary g JOIN hit ON hit.id = g.id"
		" ORDER BY g.position, g.slug");

	if (!st)
		return -1;
	store_bind_text(s, st, ":terms", terms_json);
	return store_rows(s, st, a, sizeof(*out->v), store_search_term_hit_row,
			  (void **)&out->v, &out->n);
}

/* store_search_question_row: a question and its groups into *rec. 0. */
static int store_search_question_row(sqlite3_stmt *st, struct arena *a, void *rec)
{
	struct store_search_question *q = rec;

	q->groups = store_search_groups(st);
	return store_question_row(st, a, &q->question);
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
		"   FROM w WHERE q.title LIKE w.pat ESCAPE '\\' OR q.body LIKE w.pat ESCAPE '\\'"
		"   OR q.answer_md LIKE w.pat ESCAPE '\\') AS groups"
		STORE_QUESTION_FROM " WHERE q.status = 'published' ORDER BY q.updated DESC, q.id)"
		" WHERE groups > 0");

	if (!st)
		return -1;
	store_bind_text(s, st, ":terms", terms_json);
	return store_rows(s, st, a, sizeof(*out->v), store_search_question_row,
			  (void **)&out->v, &out->n);
}

/* store_search_term_row: the term of a SS_SEARCH_KNOWN row into *rec (a
 * const char *). 0. */
static int store_search_term_row(sqlite3_stmt *st, struct arena *a, void *rec)
{
	*(char **)rec = store_text(st, 0, a);
	return 0;
}

/* store_search_known: the known search terms contained in chunk (the
 * seed list and every article's keywords, the words of the synonym sets,
 * the glossary's names), longest first, into *terms (*n of them). How
 * many, or -1. */
long store_search_known(struct store *s, struct arena *a, const char *chunk,
			const char ***terms, size_t *n)
{
	sqlite3_stmt *st = store_prep(s, SS_SEARCH_KNOWN,
		"SELECT term FROM (SELECT term FROM search_term WHERE instr(:chunk, term) > 0"
		" UNION SELECT word FROM synonym_word WHERE instr(:chunk, word) > 0"
		" UNION SELECT name FROM glossary_name WHERE instr(:chunk, name) > 0)"
		" ORDER BY length(term) DESC, term");

	if (!st)
		return -1;
	store_bind_text(s, st, ":chunk", chunk);
	return store_rows(s, st, a, sizeof(char *), store_search_term_row, (void **)terms, n);
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
	char hi[8];
	size_t len = strlen(first);

	*terms = NULL;
	*n = 0;
	if (!st || len == 0 || len >= sizeof(hi))
		return -1;
	memcpy(hi, first, len + 1);
	/* the byte after: every text that starts with first sorts before it */
	hi[len - 1] = (char)((unsigned char)hi[len - 1] + 1);
	store_bind_text(s, st, ":lo", first);
	store_bind_text(s, st, ":hi", hi);
	return store_rows(s, st, a, sizeof(char *), store_search_term_row, (void **)terms, n);
}
