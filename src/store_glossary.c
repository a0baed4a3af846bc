/* store_glossary: reading and writing glossary terms. */
#include "store_glossary.h"

#include <string.h>

/* The columns of its query, in order, as a struct store_term. */
static const struct store_col store_term_cols[] = {
	STORE_LONG(struct store_term, id),
	STORE_TEXT(struct store_term, slug),
	STORE_TEXT(struct store_term, term),
	STORE_TEXT(struct store_term, aliases),
	STORE_TEXT(struct store_term, reviewed),
	STORE_TEXT(struct store_term, sources),
	STORE_TEXT(struct store_term, body_md),
	STORE_TEXT(struct store_term, body_html),
	STORE_LONG(struct store_term, position),
};
const struct store_map store_term_map = STORE_MAP(struct store_term, store_term_cols);

/* store_term_list: every row of st into *out. How many, or -1. */
static long store_term_list(struct store *s, sqlite3_stmt *st, struct arena *a,
			    struct store_terms *out)
{
	return store_rows(s, st, a, &store_term_map, (void **)&out->v, &out->n);
}

/* store_glossary_list: every glossary term in position order. How many,
 * or -1. */
long store_glossary_list(struct store *s, struct arena *a, struct store_terms *out)
{
	sqlite3_stmt *st = store_prep(s, SS_GLOSSARY_LIST,
		"SELECT " STORE_TERM_COLS " FROM glossary g ORDER BY g.position, g.slug");

	return store_term_list(s, st, a, out);
}

/* store_glossary_in_text: the glossary terms that text uses under any of
 * their names, in position order (for the terms box of a preview). How
 * many, or -1. */
long store_glossary_in_text(struct store *s, struct arena *a, const char *text,
			    struct store_terms *out)
{
	sqlite3_stmt *st = store_prep(s, SS_GLOSSARY_IN_TEXT,
		"SELECT " STORE_TERM_COLS " FROM glossary g WHERE EXISTS (SELECT 1 FROM"
		" glossary_name n WHERE n.glossary_id = g.id AND instr(:text, n.name) > 0)"
		" ORDER BY g.position, g.slug");

	if (!st)
		return -1;
	store_bind_text(s, st, ":text", text);
	return store_term_list(s, st, a, out);
}

/* store_glossary_of_article: the glossary terms a saved article's body
 * uses, in position order: what store_glossary_in_text would find in it,
 * worked out when the article or the glossary was written (the
 * article_term table, kept by triggers), so a page view does not scan.
 * Without their definitions. How many, or -1. */
long store_glossary_of_article(struct store *s, struct arena *a, long article_id,
			       struct store_terms *out)
{
	sqlite3_stmt *st = store_prep(s, SS_GLOSSARY_OF_ARTICLE,
		"SELECT " STORE_TERM_LIST_COLS " FROM article_term t"
		" JOIN glossary g ON g.id = t.glossary_id"
		" WHERE t.article_id = :id ORDER BY g.position, g.slug");

	if (!st)
		return -1;
	store_bind_int(s, st, ":id", article_id);
	return store_term_list(s, st, a, out);
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
	char name[256];

	if (!clear || !add)
		return -1;
	store_bind_int(s, clear, ":id", id);
	if (store_done(s, clear) != 0)
		return -1;
	store_bind_int(s, add, ":id", id);
	store_bind_text(s, add, ":name", term);
	if (store_done(s, add) != 0)
		return -1;
	while (p && *p) {
		const char *e = strstr(p, ", ");
		size_t n = e ? (size_t)(e - p) : strlen(p);

		if (n >= sizeof(name))
			return -1;
		memcpy(name, p, n);
		name[n] = '\0';
		store_bind_text(s, add, ":name", name);
		if (store_done(s, add) != 0)
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
		"SELECT " STORE_TERM_COLS " FROM glossary g WHERE g.slug = :slug");
	const char *aliases = t->aliases ? t->aliases : "";
	struct store_terms old;
	struct arena a;
	long id = 0, found;
	int same = 0;

	*changed = 0;
	if (!st)
		return -1;
	arena_init(&a);
	store_bind_text(s, st, ":slug", t->slug);
	found = store_term_list(s, st, &a, &old);
	if (found > 0) {
		const struct store_term *o = &old.v[0];

		id = o->id;
		same = strcmp(o->term, t->term) == 0 && strcmp(o->aliases, aliases) == 0 &&
		       strcmp(o->reviewed, t->reviewed) == 0 &&
		       strcmp(o->sources, t->sources) == 0 &&
		       strcmp(o->body_md, t->body_md) == 0 && o->position == t->position;
	}
	arena_free(&a);
	if (found < 0)
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
		store_bind_int(s, st, ":id", id);
	else
		store_bind_text(s, st, ":slug", t->slug);
	store_bind_text(s, st, ":term", t->term);
	store_bind_text(s, st, ":aliases", aliases);
	store_bind_int(s, st, ":position", t->position);
	store_bind_text(s, st, ":reviewed", t->reviewed);
	store_bind_text(s, st, ":sources", t->sources);
	if (store_done_rendered(s, st, t->body_md) != 0)
		return -1;
	if (!id)
		id = (long)sqlite3_last_insert_rowid(s->db);
	if (store_glossary_names(s, id, t->term, aliases) != 0)
		return -1;
	*changed = 1;
	return 0;
}
