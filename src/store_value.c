/* store_value: reading and writing dated values and the holiday calendar. */
#include "store_value.h"

#include <stdlib.h>
#include <string.h>

#define VALUE_COLS "id, slug, title, kind, value, effective, sources, checked, check_by, body_md"

/* The columns of its query, in order, as a struct store_value. */
static const struct store_col store_value_cols[] = {
	STORE_LONG(struct store_value, id),
	STORE_TEXT(struct store_value, slug),
	STORE_TEXT(struct store_value, title),
	STORE_TEXT(struct store_value, kind),
	STORE_TEXT(struct store_value, value),
	STORE_TEXT(struct store_value, effective),
	STORE_TEXT(struct store_value, sources),
	STORE_TEXT(struct store_value, checked),
	STORE_TEXT(struct store_value, check_by),
	STORE_TEXT(struct store_value, body_md),
};
static const struct store_map store_value_map = STORE_MAP(struct store_value, store_value_cols);

/* store_value_list: every dated value by slug. How many, or -1. */
long store_value_list(struct store *s, struct arena *a, struct store_values *out)
{
	sqlite3_stmt *st = store_prep(s, SS_VALUE_LIST, "SELECT " VALUE_COLS " FROM value ORDER BY slug");

	return store_rows(s, st, a, &store_value_map, (void **)&out->v, &out->n);
}

/* store_value_get: the value called slug into *out: 1, 0 (none) or -1. */
int store_value_get(struct store *s, struct arena *a, const char *slug, struct store_value *out)
{
	sqlite3_stmt *st = store_prep(s, SS_VALUE_GET, "SELECT " VALUE_COLS " FROM value WHERE slug = :slug");

	if (!st)
		return -1;
	store_bind_text(s, st, ":slug", slug);
	return store_row(s, st, a, &store_value_map, out);
}

/* store_value_same: 1 when saved value old has the text of v. */
static int store_value_same(const struct store_value *old, const struct store_value *v)
{
	return strcmp(old->title, v->title) == 0 && strcmp(old->kind, v->kind) == 0 &&
	       strcmp(old->value, v->value) == 0 && strcmp(old->effective, v->effective) == 0 &&
	       strcmp(old->sources, v->sources) == 0 && strcmp(old->checked, v->checked) == 0 &&
	       strcmp(old->check_by, v->check_by) == 0 && strcmp(old->body_md, v->body_md) == 0;
}

/* store_value_days: replace the holidays of value id with days. 0 or -1. */
static int store_value_days(struct store *s, long id, const struct date_special *days, size_t n)
{
	sqlite3_stmt *clear = store_prep(s, SS_HOLIDAYS_CLEAR, "DELETE FROM holiday WHERE value_id = :id");
	sqlite3_stmt *add = store_prep(s, SS_HOLIDAY_ADD,
		"INSERT INTO holiday(day, rest, value_id) VALUES(:day, :rest, :id)");

	if (!clear || !add)
		return -1;
	store_bind_int(s, clear, ":id", id);
	if (store_done(s, clear) != 0)
		return -1;
	for (size_t i = 0; i < n; i++) {
		char iso[11];

		date_iso(days[i].day, iso);
		store_bind_text(s, add, ":day", iso);
		store_bind_int(s, add, ":rest", days[i].kind == DATE_HOLIDAY);
		store_bind_int(s, add, ":id", id);
		if (store_done(s, add) != 0)
			return -1;
	}
	return 0;
}

/* store_value_put: insert or update value v (by slug) with its holidays
 * (days; none for a value that is not a holidays table). *changed is 1
 * when the database changed. 0 or -1 (a day another value already lists
 * is refused by the table's key). */
int store_value_put(struct store *s, const struct store_value *v, const struct date_special *days,
		    size_t ndays, int *changed)
{
	sqlite3_stmt *st = store_prep(s, SS_VALUE_FIND, "SELECT " VALUE_COLS " FROM value WHERE slug = :slug");
	struct store_values old;
	struct arena a;
	long found, id = 0;
	int same = 0, rc = -1;

	*changed = 0;
	if (!st)
		return -1;
	arena_init(&a);
	store_bind_text(s, st, ":slug", v->slug);
	found = store_rows(s, st, &a, &store_value_map, (void **)&old.v, &old.n);
	if (found > 0) {
		id = old.v[0].id;
		same = store_value_same(&old.v[0], v);
	}
	arena_free(&a);
	if (found < 0 || same)
		return found < 0 ? -1 : 0;
	st = id ? store_prep(s, SS_VALUE_UPDATE,
			"UPDATE value SET title = :title, kind = :kind, value = :value,"
			" effective = :effective, sources = :sources, checked = :checked,"
			" check_by = :check_by, body_md = :body WHERE id = :id")
		: store_prep(s, SS_VALUE_INSERT,
			"INSERT INTO value(slug, title, kind, value, effective, sources, checked,"
			" check_by, body_md) VALUES(:slug, :title, :kind, :value, :effective, :sources,"
			" :checked, :check_by, :body)");
	if (!st || store_begin(s) != 0)
		return -1;
	if (id)
		store_bind_int(s, st, ":id", id);
	else
		store_bind_text(s, st, ":slug", v->slug);
	store_bind_text(s, st, ":title", v->title);
	store_bind_text(s, st, ":kind", v->kind);
	store_bind_text(s, st, ":value", v->value);
	store_bind_text(s, st, ":effective", v->effective);
	store_bind_text(s, st, ":sources", v->sources);
	store_bind_text(s, st, ":checked", v->checked);
	store_bind_text(s, st, ":check_by", v->check_by);
	store_bind_text(s, st, ":body", v->body_md);
	if (store_done(s, st) != 0)
		goto fail;
	if (!id)
		id = (long)sqlite3_last_insert_rowid(s->db);
	if (store_value_days(s, id, days, ndays) != 0)
		goto fail;
	if (store_commit(s) != 0)
		return -1;
	*changed = 1;
	return 0;
fail:
	store_rollback(s);
	return rc;
}

/* A row of the holiday table, and a year of a holidays value. */
struct store_value_day {
	const char *day;
	int rest;
};

struct store_value_year {
	long year;
};

static const struct store_col store_value_day_cols[] = {
	STORE_TEXT(struct store_value_day, day),
	STORE_INT(struct store_value_day, rest),
};
static const struct store_map store_value_day_map =
	STORE_MAP(struct store_value_day, store_value_day_cols);
static const struct store_col store_value_year_cols[] = {
	STORE_LONG(struct store_value_year, year),
};
static const struct store_map store_value_year_map =
	STORE_MAP(struct store_value_year, store_value_year_cols);

/* store_value_calendar: the calendar of every holidays table: its days,
 * and the years it covers (from the first table's year up to the first
 * year without one: a gap is never guessed). 0 or -1. */
int store_value_calendar(struct store *s, struct arena *a, struct date_calendar *out)
{
	sqlite3_stmt *days = store_prep(s, SS_HOLIDAYS_ALL, "SELECT day, rest FROM holiday ORDER BY day");
	sqlite3_stmt *years = store_prep(s, SS_HOLIDAY_YEARS,
		"SELECT DISTINCT CAST(value AS INTEGER) FROM value WHERE kind = 'holidays' ORDER BY 1");
	struct store_value_day *rows;
	struct store_value_year *y;
	struct date_special *v;
	size_t n, ny;

	memset(out, 0, sizeof(*out));
	out->first = 1;
	out->last = 0;
	if (store_rows(s, years, a, &store_value_year_map, (void **)&y, &ny) < 0 ||
	    store_rows(s, days, a, &store_value_day_map, (void **)&rows, &n) < 0)
		return -1;
	v = arena_alloc(a, (n ? n : 1) * sizeof(*v));
	for (size_t i = 0; i < n; i++) {
		if (!date_parse(rows[i].day, &v[i].day))
			return -1;
		v[i].kind = rows[i].rest ? DATE_HOLIDAY : DATE_WORKDAY;
	}
	out->days = v;
	out->n = n;
	if (ny) {
		out->first = out->last = (int)y[0].year;
		for (size_t i = 1; i < ny && y[i].year == out->last + 1; i++)
			out->last = (int)y[i].year;
	}
	return 0;
}
