/* store_channel: reading and writing the complaint channels. */
#include "store_channel.h"

#include <string.h>

/* The columns of its query, in order, as a struct store_channel. */
static const struct store_col store_channel_cols[] = {
	STORE_LONG(struct store_channel, id),
	STORE_TEXT(struct store_channel, slug),
	STORE_TEXT(struct store_channel, name),
	STORE_TEXT(struct store_channel, operator_name),
	STORE_TEXT(struct store_channel, handles),
	STORE_TEXT(struct store_channel, contact),
	STORE_TEXT(struct store_channel, reviewed),
	STORE_TEXT(struct store_channel, body_md),
	STORE_TEXT(struct store_channel, body_html),
	STORE_LONG(struct store_channel, position),
	STORE_TEXT(struct store_channel, not_handles),
	STORE_TEXT(struct store_channel, prepare),
	STORE_TEXT(struct store_channel, next_steps),
};
const struct store_map store_channel_map = STORE_MAP(struct store_channel, store_channel_cols);

/* store_channel_list: every complaint channel in position order. How
 * many, or -1. */
long store_channel_list(struct store *s, struct arena *a, struct store_channels *out)
{
	sqlite3_stmt *st = store_prep(s, SS_CHANNEL_LIST,
		"SELECT " STORE_CHANNEL_COLS " FROM channel ORDER BY position, slug");

	return store_rows(s, st, a, &store_channel_map, (void **)&out->v,
			  &out->n);
}

/* store_channel_same: 1 when saved channel old has the text of c. */
static int store_channel_same(const struct store_channel *old, const struct store_channel *c)
{
	return strcmp(old->name, c->name) == 0 &&
	       strcmp(old->operator_name, c->operator_name) == 0 &&
	       strcmp(old->handles, c->handles) == 0 && strcmp(old->contact, c->contact) == 0 &&
	       strcmp(old->not_handles, c->not_handles) == 0 &&
	       strcmp(old->prepare, c->prepare) == 0 &&
	       strcmp(old->next_steps, c->next_steps) == 0 &&
	       strcmp(old->reviewed, c->reviewed) == 0 && strcmp(old->body_md, c->body_md) == 0 &&
	       old->position == c->position;
}

/* store_channel_put: insert or update channel c (by slug). *changed is 1
 * when the database changed. 0 or -1. */
int store_channel_put(struct store *s, const struct store_channel *c, int *changed)
{
	sqlite3_stmt *st = store_prep(s, SS_CHANNEL_FIND,
		"SELECT " STORE_CHANNEL_COLS " FROM channel WHERE slug = :slug");
	struct store_channels old;
	struct arena a;
	long found;
	int same;

	*changed = 0;
	if (!st)
		return -1;
	arena_init(&a);
	store_bind_text(s, st, ":slug", c->slug);
	found = store_rows(s, st, &a, &store_channel_map, (void **)&old.v,
			   &old.n);
	same = found > 0 && store_channel_same(&old.v[0], c);
	arena_free(&a);
	if (found < 0)
		return -1;
	if (same)
		return 0;
	st = found ? store_prep(s, SS_CHANNEL_UPDATE,
			"UPDATE channel SET name = :name, operator = :operator,"
			" handles = :handles, contact = :contact, position = :position,"
			" not_handles = :not_handles, prepare = :prepare, next_steps = :next,"
			" reviewed = :reviewed, body_md = :md, body_html = :html"
			" WHERE slug = :slug")
		   : store_prep(s, SS_CHANNEL_INSERT,
			"INSERT INTO channel(slug, name, operator, handles, contact, position,"
			" reviewed, body_md, body_html, not_handles, prepare, next_steps)"
			" VALUES(:slug, :name, :operator, :handles, :contact, :position,"
			" :reviewed, :md, :html, :not_handles, :prepare, :next)");
	if (!st)
		return -1;
	store_bind_text(s, st, ":slug", c->slug);
	store_bind_text(s, st, ":name", c->name);
	store_bind_text(s, st, ":operator", c->operator_name);
	store_bind_text(s, st, ":handles", c->handles);
	store_bind_text(s, st, ":contact", c->contact);
	store_bind_text(s, st, ":not_handles", c->not_handles);
	store_bind_text(s, st, ":prepare", c->prepare);
	store_bind_text(s, st, ":next", c->next_steps);
	store_bind_int(s, st, ":position", c->position);
	store_bind_text(s, st, ":reviewed", c->reviewed);
	if (store_done_rendered(s, st, c->body_md) != 0)
		return -1;
	*changed = 1;
	return 0;
}
