/* store_wording: reading and writing the tools' wording. */
#include "store_wording.h"

#include <string.h>

#define WORDING_COLS "id, slug, title, tool, reviewed, sources, body_md"

/* The columns of a WORDING_COLS query, in order, as a struct store_wording. */
static const struct store_col store_wording_cols[] = {
	STORE_LONG(struct store_wording, id),
	STORE_TEXT(struct store_wording, slug),
	STORE_TEXT(struct store_wording, title),
	STORE_TEXT(struct store_wording, tool),
	STORE_TEXT(struct store_wording, reviewed),
	STORE_TEXT(struct store_wording, sources),
	STORE_TEXT(struct store_wording, body_md),
};
static const struct store_map store_wording_map = STORE_MAP(struct store_wording, store_wording_cols);

/* The columns of an entry query (name, text) as a struct wording_entry. */
static const struct store_col store_wording_entry_cols[] = {
	STORE_TEXT(struct wording_entry, name),
	STORE_TEXT(struct wording_entry, text),
};
static const struct store_map store_wording_entry_map =
	STORE_MAP(struct wording_entry, store_wording_entry_cols);

/* store_wording_list: every wording file by slug. How many, or -1. */
long store_wording_list(struct store *s, struct arena *a, struct store_wordings *out)
{
	sqlite3_stmt *st = store_prep(s, SS_WORDING_LIST,
		"SELECT " WORDING_COLS " FROM wording ORDER BY slug");

	return store_rows(s, st, a, &store_wording_map, (void **)&out->v, &out->n);
}

/* store_wording_get: the entries of the wording file slug into *out (no
 * entries when there is no such file). 0 or -1. */
int store_wording_get(struct store *s, struct arena *a, const char *slug, struct wording *out)
{
	sqlite3_stmt *st = store_prep(s, SS_WORDING_ENTRIES,
		"SELECT e.name, e.text FROM wording_entry e JOIN wording w ON w.id = e.wording_id"
		" WHERE w.slug = :slug");
	struct wording_entry *v = NULL;
	size_t n = 0;

	memset(out, 0, sizeof(*out));
	out->slug = arena_strdup(a, slug);
	if (!st)
		return -1;
	store_bind_text(s, st, ":slug", slug);
	if (store_rows(s, st, a, &store_wording_entry_map, (void **)&v, &n) < 0)
		return -1;
	out->v = v;
	out->n = n;
	return 0;
}

/* store_wording_same: 1 when saved file old has the text of w. */
static int store_wording_same(const struct store_wording *old, const struct store_wording *w)
{
	return strcmp(old->title, w->title) == 0 && strcmp(old->tool, w->tool) == 0 &&
	       strcmp(old->reviewed, w->reviewed) == 0 && strcmp(old->sources, w->sources) == 0 &&
	       strcmp(old->body_md, w->body_md) == 0;
}

/* store_wording_entries: replace the entries of file id with v. 0 or -1. */
static int store_wording_entries(struct store *s, long id, const struct wording_entry *v, size_t n)
{
	sqlite3_stmt *clear = store_prep(s, SS_WORDING_ENTRIES_CLEAR,
		"DELETE FROM wording_entry WHERE wording_id = :id");
	sqlite3_stmt *add = store_prep(s, SS_WORDING_ENTRY_ADD,
		"INSERT INTO wording_entry(wording_id, name, text) VALUES(:id, :name, :text)");

	if (!clear || !add)
		return -1;
	store_bind_int(s, clear, ":id", id);
	if (store_done(s, clear) != 0)
		return -1;
	for (size_t i = 0; i < n; i++) {
		store_bind_int(s, add, ":id", id);
		store_bind_text(s, add, ":name", v[i].name);
		store_bind_text(s, add, ":text", v[i].text);
		if (store_done(s, add) != 0)
			return -1;
	}
	return 0;
}

/* store_wording_put: insert or update wording file w (by slug) with its
 * entries (parsed from its body). *changed is 1 when the database
 * changed. 0 or -1. */
int store_wording_put(struct store *s, const struct store_wording *w,
		      const struct wording_entry *entries, size_t n, int *changed)
{
	sqlite3_stmt *st = store_prep(s, SS_WORDING_FIND,
		"SELECT " WORDING_COLS " FROM wording WHERE slug = :slug");
	struct store_wordings old;
	struct arena a;
	long found, id = 0;
	int same = 0;

	*changed = 0;
	if (!st)
		return -1;
	arena_init(&a);
	store_bind_text(s, st, ":slug", w->slug);
	found = store_rows(s, st, &a, &store_wording_map, (void **)&old.v, &old.n);
	if (found > 0) {
		id = old.v[0].id;
		same = store_wording_same(&old.v[0], w);
	}
	arena_free(&a);
	if (found < 0 || same)
		return found < 0 ? -1 : 0;
	st = id ? store_prep(s, SS_WORDING_UPDATE,
			"UPDATE wording SET title = :title, tool = :tool, reviewed = :reviewed,"
			" sources = :sources, body_md = :body WHERE id = :id")
		: store_prep(s, SS_WORDING_INSERT,
			"INSERT INTO wording(slug, title, tool, reviewed, sources, body_md)"
			" VALUES(:slug, :title, :tool, :reviewed, :sources, :body)");
	if (!st || store_begin(s) != 0)
		return -1;
	if (id)
		store_bind_int(s, st, ":id", id);
	else
		store_bind_text(s, st, ":slug", w->slug);
	store_bind_text(s, st, ":title", w->title);
	store_bind_text(s, st, ":tool", w->tool);
	store_bind_text(s, st, ":reviewed", w->reviewed);
	store_bind_text(s, st, ":sources", w->sources);
	store_bind_text(s, st, ":body", w->body_md);
	if (store_done(s, st) != 0)
		goto fail;
	if (!id)
		id = (long)sqlite3_last_insert_rowid(s->db);
	if (store_wording_entries(s, id, entries, n) != 0)
		goto fail;
	if (store_commit(s) != 0)
		return -1;
	*changed = 1;
	return 0;
fail:
	store_rollback(s);
	return -1;
}
