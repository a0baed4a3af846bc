/* store_glossary: reading and writing glossary terms and situations. */
#include "store_glossary.h"

#include <string.h>

#include "store_content.h"

#define TERM_COLS \
	"g.id, g.slug, g.term, g.aliases, g.reviewed, g.sources, g.body_md," \
	" g.body_html, g.position"

/* The same, without the definition (body_md and body_html are empty):
 * for lists of terms, which show only the name. */
#define TERM_LIST_COLS \
	"g.id, g.slug, g.term, g.aliases, g.reviewed, g.sources, '', '', g.position"

#define SITUATION_COLS "id, slug, title, channels, body_md, body_html, position"

/* store_term_row: the current row of a TERM_COLS statement. */
static void store_term_row(sqlite3_stmt *st, struct store_term *t)
{
	t->id = (long)sqlite3_column_int64(st, 0);
	t->slug = store_col(st, 1);
	t->term = store_col(st, 2);
	t->aliases = store_col(st, 3);
	t->reviewed = store_col(st, 4);
	t->sources = store_col(st, 5);
	t->body_md = store_col(st, 6);
	t->body_html = store_col(st, 7);
	t->position = (long)sqlite3_column_int64(st, 8);
}

/* store_run_terms: step st, calling fn per row, then reset it. Rows seen,
 * or -1. */
static int store_run_terms(sqlite3_stmt *st, store_term_fn fn, void *ctx)
{
	struct store_term t;
	int rc, n = 0;

	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		n++;
		store_term_row(st, &t);
		if (fn(ctx, &t))
			break;
	}
	rc = (rc == SQLITE_ROW || rc == SQLITE_DONE) ? n : -1;
	sqlite3_reset(st);
	return rc;
}

/* store_glossary_each: every glossary term in position order. */
int store_glossary_each(struct store *s, store_term_fn fn, void *ctx)
{
	sqlite3_stmt *st = store_prep(s, SS_GLOSSARY_LIST,
		"SELECT " TERM_COLS " FROM glossary g ORDER BY g.position, g.slug");

	return st ? store_run_terms(st, fn, ctx) : -1;
}

/* store_glossary_in_text: the glossary terms that text uses under any of
 * their names, in position order (for the terms box of an article). */
int store_glossary_in_text(struct store *s, const char *text, store_term_fn fn,
			   void *ctx)
{
	sqlite3_stmt *st = store_prep(s, SS_GLOSSARY_IN_TEXT,
		"SELECT " TERM_COLS " FROM glossary g WHERE EXISTS (SELECT 1 FROM"
		" glossary_name n WHERE n.glossary_id = g.id AND instr(:text, n.name) > 0)"
		" ORDER BY g.position, g.slug");

	if (!st)
		return -1;
	store_bind_text(st, ":text", text);
	return store_run_terms(st, fn, ctx);
}

/* store_glossary_of_article: the glossary terms a saved article's body
 * uses, in position order: what store_glossary_in_text would find in it,
 * worked out when the article or the glossary was written (the
 * article_term table, kept by triggers), so a page view does not scan.
 * Without their definitions. */
int store_glossary_of_article(struct store *s, long article_id, store_term_fn fn, void *ctx)
{
	sqlite3_stmt *st = store_prep(s, SS_GLOSSARY_OF_ARTICLE,
		"SELECT " TERM_LIST_COLS " FROM article_term t JOIN glossary g ON g.id = t.glossary_id"
		" WHERE t.article_id = :id ORDER BY g.position, g.slug");

	if (!st)
		return -1;
	store_bind_int(st, ":id", article_id);
	return store_run_terms(st, fn, ctx);
}

/* store_search_glossary: terms one of whose names contains a searched
 * word (so "时效" finds 诉讼时效), most words matched first. */
int store_search_glossary(struct store *s, const char *terms_json, long limit,
			  store_term_fn fn, void *ctx)
{
	sqlite3_stmt *st = store_prep(s, SS_SEARCH_GLOSSARY,
		"WITH " STORE_SEARCH_TERMS ", hit(id, n) AS (SELECT n.glossary_id,"
		" count(DISTINCT w.g) FROM glossary_name n, w WHERE n.name LIKE w.pat ESCAPE '\\'"
		" GROUP BY n.glossary_id)"
		" SELECT " TERM_COLS " FROM glossary g JOIN hit ON hit.id = g.id"
		" ORDER BY hit.n DESC, g.position LIMIT :limit");

	if (!st)
		return -1;
	store_bind_text(st, ":terms", terms_json);
	store_bind_int(st, ":limit", limit);
	return store_run_terms(st, fn, ctx);
}

/* store_glossary_names: record the term and each of its aliases as the
 * names glossary entry id goes by. 0 or -1. */
static int store_glossary_names(struct store *s, long id, const char *term,
				const char *aliases)
{
	sqlite3_stmt *clear = store_prep(s, SS_GLOSSARY_NAMES_CLEAR,
		"DELETE FROM glossary_name WHERE glossary_id = :id");
	sqlite3_stmt *add = store_prep(s, SS_GLOSSARY_NAME_ADD,
		"INSERT OR IGNORE INTO glossary_name(glossary_id, name) VALUES(:id, :name)");
	const char *p = aliases;
	int rc;

	if (!clear || !add)
		return -1;
	store_bind_int(clear, ":id", id);
	rc = sqlite3_step(clear);
	sqlite3_reset(clear);
	if (rc != SQLITE_DONE)
		return -1;
	store_bind_int(add, ":id", id);
	store_bind_text(add, ":name", term);
	rc = sqlite3_step(add);
	sqlite3_reset(add);
	if (rc != SQLITE_DONE)
		return -1;
	while (p && *p) {
		const char *e = strstr(p, ", ");
		size_t n = e ? (size_t)(e - p) : strlen(p);

		sqlite3_bind_text(add, sqlite3_bind_parameter_index(add, ":name"), p,
				  (int)n, SQLITE_TRANSIENT);
		rc = sqlite3_step(add);
		sqlite3_reset(add);
		if (rc != SQLITE_DONE)
			return -1;
		p = e ? e + 2 : NULL;
	}
	return 0;
}

/* store_glossary_put: insert or update term t (by slug) and its names.
 * *changed is 1 if anything was written. 0 or -1. */
int store_glossary_put(struct store *s, const struct store_term *t, int *changed)
{
	sqlite3_stmt *st = store_prep(s, SS_GLOSSARY_FIND,
		"SELECT " TERM_COLS " FROM glossary g WHERE g.slug = :slug");
	const char *aliases = t->aliases ? t->aliases : "";
	struct store_term old;
	long id = 0;
	int same = 0, rc;

	*changed = 0;
	if (!st)
		return -1;
	store_bind_text(st, ":slug", t->slug);
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW) {
		store_term_row(st, &old);
		id = old.id;
		same = strcmp(old.term, t->term) == 0 && strcmp(old.aliases, aliases) == 0 &&
		       strcmp(old.reviewed, t->reviewed) == 0 &&
		       strcmp(old.sources, t->sources) == 0 &&
		       strcmp(old.body_md, t->body_md) == 0 && old.position == t->position;
	}
	sqlite3_reset(st);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return -1;
	if (same)
		return 0;
	st = id ? store_prep(s, SS_GLOSSARY_UPDATE,
			"UPDATE glossary SET term = :term, aliases = :aliases,"
			" position = :position, reviewed = :reviewed, sources = :sources,"
			" body_md = :md, body_html = :html WHERE id = :id")
		: store_prep(s, SS_GLOSSARY_INSERT,
			"INSERT INTO glossary(slug, term, aliases, position, reviewed, sources,"
			" body_md, body_html) VALUES(:slug, :term, :aliases, :position,"
			" :reviewed, :sources, :md, :html)");
	if (!st)
		return -1;
	if (id)
		store_bind_int(st, ":id", id);
	else
		store_bind_text(st, ":slug", t->slug);
	store_bind_text(st, ":term", t->term);
	store_bind_text(st, ":aliases", aliases);
	store_bind_int(st, ":position", t->position);
	store_bind_text(st, ":reviewed", t->reviewed);
	store_bind_text(st, ":sources", t->sources);
	if (store_write_rendered(st, t->body_md) != 0)
		return -1;
	if (!id)
		id = (long)sqlite3_last_insert_rowid(s->db);
	if (store_glossary_names(s, id, t->term, aliases) != 0)
		return -1;
	*changed = 1;
	return 0;
}

/* store_situation_row: the current row of a SITUATION_COLS statement. */
static void store_situation_row(sqlite3_stmt *st, struct store_situation *t)
{
	t->id = (long)sqlite3_column_int64(st, 0);
	t->slug = store_col(st, 1);
	t->title = store_col(st, 2);
	t->channels = store_col(st, 3);
	t->body_md = store_col(st, 4);
	t->body_html = store_col(st, 5);
	t->position = (long)sqlite3_column_int64(st, 6);
}

/* store_situation_each: every situation of the guide in position order. */
int store_situation_each(struct store *s, store_situation_fn fn, void *ctx)
{
	sqlite3_stmt *st = store_prep(s, SS_SITUATION_LIST,
		"SELECT " SITUATION_COLS " FROM situation ORDER BY position, slug");
	struct store_situation t;
	int rc, n = 0;

	if (!st)
		return -1;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		n++;
		store_situation_row(st, &t);
		if (fn(ctx, &t))
			break;
	}
	rc = (rc == SQLITE_ROW || rc == SQLITE_DONE) ? n : -1;
	sqlite3_reset(st);
	return rc;
}

/* store_situation_put: insert or update situation t (by slug). 0 or -1. */
int store_situation_put(struct store *s, const struct store_situation *t, int *changed)
{
	sqlite3_stmt *st = store_prep(s, SS_SITUATION_FIND,
		"SELECT " SITUATION_COLS " FROM situation WHERE slug = :slug");
	struct store_situation old;
	int found = 0, same = 0, rc;

	*changed = 0;
	if (!st)
		return -1;
	store_bind_text(st, ":slug", t->slug);
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW) {
		found = 1;
		store_situation_row(st, &old);
		same = strcmp(old.title, t->title) == 0 &&
		       strcmp(old.channels, t->channels) == 0 &&
		       strcmp(old.body_md, t->body_md) == 0 && old.position == t->position;
	}
	sqlite3_reset(st);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return -1;
	if (same)
		return 0;
	st = found ? store_prep(s, SS_SITUATION_UPDATE,
			"UPDATE situation SET title = :title, position = :position,"
			" channels = :channels, body_md = :md, body_html = :html"
			" WHERE slug = :slug")
		   : store_prep(s, SS_SITUATION_INSERT,
			"INSERT INTO situation(slug, title, position, channels, body_md,"
			" body_html) VALUES(:slug, :title, :position, :channels, :md, :html)");
	if (!st)
		return -1;
	store_bind_text(st, ":slug", t->slug);
	store_bind_text(st, ":title", t->title);
	store_bind_int(st, ":position", t->position);
	store_bind_text(st, ":channels", t->channels);
	if (store_write_rendered(st, t->body_md) != 0)
		return -1;
	*changed = 1;
	return 0;
}
