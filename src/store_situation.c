/* store_situation: reading and writing the situations guide. */
#include "store_situation.h"

#include <string.h>

#define SITUATION_COLS "id, slug, title, channels, body_md, body_html, position"

/* The columns of its query, in order, as a struct store_situation. */
static const struct store_col store_situation_cols[] = {
	STORE_LONG(struct store_situation, id),
	STORE_TEXT(struct store_situation, slug),
	STORE_TEXT(struct store_situation, title),
	STORE_TEXT(struct store_situation, channels),
	STORE_TEXT(struct store_situation, body_md),
	STORE_TEXT(struct store_situation, body_html),
	STORE_LONG(struct store_situation, position),
};
static const struct store_map store_situation_map = STORE_MAP(struct store_situation, store_situation_cols);

/* store_situation_list: every situation of the guide in position order.
 * How many, or -1. */
long store_situation_list(struct store *s, struct arena *a, struct store_situations *out)
{
	sqlite3_stmt *st = store_prep(s, SS_SITUATION_LIST,
		"SELECT " SITUATION_COLS " FROM situation ORDER BY position, slug");

	return store_rows(s, st, a, &store_situation_map, (void **)&out->v,
			  &out->n);
}

/* store_situation_put: insert or update situation t (by slug). *changed
 * is 1 when the database changed. 0 or -1. */
int store_situation_put(struct store *s, const struct store_situation *t, int *changed)
{
	sqlite3_stmt *st = store_prep(s, SS_SITUATION_FIND,
		"SELECT " SITUATION_COLS " FROM situation WHERE slug = :slug");
	struct store_situations old;
	struct arena a;
	long found;
	int same;

	*changed = 0;
	if (!st)
		return -1;
	arena_init(&a);
	store_bind_text(s, st, ":slug", t->slug);
	found = store_rows(s, st, &a, &store_situation_map, (void **)&old.v,
			   &old.n);
	same = found > 0 && strcmp(old.v[0].title, t->title) == 0 &&
	       strcmp(old.v[0].channels, t->channels) == 0 &&
	       strcmp(old.v[0].body_md, t->body_md) == 0 && old.v[0].position == t->position;
	arena_free(&a);
	if (found < 0)
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
	store_bind_text(s, st, ":slug", t->slug);
	store_bind_text(s, st, ":title", t->title);
	store_bind_int(s, st, ":position", t->position);
	store_bind_text(s, st, ":channels", t->channels);
	if (store_done_rendered(s, st, t->body_md) != 0)
		return -1;
	*changed = 1;
	return 0;
}
