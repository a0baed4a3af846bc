/* store_category: reading and writing the topics. */
#include "store_category.h"

#include <string.h>

#define CATEGORY_COLS "id, slug, title, featured, summary, body_md, body_html, position"

/* The columns of its query, in order, as a struct store_category. */
static const struct store_col store_category_cols[] = {
	STORE_LONG(struct store_category, id),
	STORE_TEXT(struct store_category, slug),
	STORE_TEXT(struct store_category, title),
	STORE_TEXT(struct store_category, featured),
	STORE_TEXT(struct store_category, summary),
	STORE_TEXT(struct store_category, body_md),
	STORE_TEXT(struct store_category, body_html),
	STORE_LONG(struct store_category, position),
};
static const struct store_map store_category_map = STORE_MAP(struct store_category, store_category_cols);

/* store_category_list: every category in position order. How many, or -1. */
long store_category_list(struct store *s, struct arena *a, struct store_categories *out)
{
	sqlite3_stmt *st = store_prep(s, SS_CATEGORY_LIST,
		"SELECT " CATEGORY_COLS " FROM category ORDER BY position, slug");

	return store_rows(s, st, a, &store_category_map, (void **)&out->v,
			  &out->n);
}

/* store_category_get: the category called slug into *out: 1 found, 0 not,
 * -1 error. */
int store_category_get(struct store *s, struct arena *a, const char *slug,
		       struct store_category *out)
{
	sqlite3_stmt *st = store_prep(s, SS_CATEGORY_GET,
		"SELECT " CATEGORY_COLS " FROM category WHERE slug = :slug");

	if (!st)
		return -1;
	store_bind_text(s, st, ":slug", slug);
	return store_row(s, st, a, &store_category_map, out);
}

/* store_category_id: the id of category slug, 0 when there is none, -1 on
 * error. */
long store_category_id(struct store *s, const char *slug)
{
	sqlite3_stmt *st = store_prep(s, SS_CATEGORY_FIND,
		"SELECT id FROM category WHERE slug = :slug");
	int rc;
	long id = 0;

	if (!st)
		return -1;
	store_bind_text(s, st, ":slug", slug);
	rc = store_step(s, st);
	if (rc == SQLITE_ROW)
		id = (long)sqlite3_column_int64(st, 0);
	sqlite3_reset(st);
	return rc == SQLITE_ROW || rc == SQLITE_DONE ? id : -1;
}

/* store_category_put: insert or update category c (by slug), rendering its
 * Markdown. *changed is 1 when the database changed. 0 or -1. */
int store_category_put(struct store *s, const struct store_category *c, int *changed)
{
	struct arena a;
	struct store_category old;
	sqlite3_stmt *st;
	int found, same;

	*changed = 0;
	arena_init(&a);
	found = store_category_get(s, &a, c->slug, &old);
	same = found > 0 && strcmp(old.title, c->title) == 0 && old.position == c->position &&
	       strcmp(old.featured, c->featured) == 0 && strcmp(old.summary, c->summary) == 0 &&
	       strcmp(old.body_md, c->body_md) == 0;
	arena_free(&a);
	if (found < 0)
		return -1;
	if (same)
		return 0;
	st = found ? store_prep(s, SS_CATEGORY_UPDATE,
			"UPDATE category SET title = :title, position = :position,"
			" featured = :featured, summary = :summary, body_md = :md,"
			" body_html = :html WHERE slug = :slug")
		   : store_prep(s, SS_CATEGORY_INSERT,
			"INSERT INTO category(slug, title, position, featured, summary,"
			" body_md, body_html) VALUES(:slug, :title, :position, :featured,"
			" :summary, :md, :html)");
	if (!st)
		return -1;
	store_bind_text(s, st, ":slug", c->slug);
	store_bind_text(s, st, ":title", c->title);
	store_bind_int(s, st, ":position", c->position);
	store_bind_text(s, st, ":featured", c->featured);
	store_bind_text(s, st, ":summary", c->summary);
	if (store_done_rendered(s, st, c->body_md) != 0)
		return -1;
	*changed = 1;
	return 0;
}
