/* store_value: reading and writing dated values and the holiday calendar. */
#include "store_value.h"

#include <stdlib.h>
#include <string.h>

#define VALUE_COLS "id, slug, title, kind, value, effective, sources, checked, check_by, body_md"

/* store_value_row: the current row of a VALUE_COLS statement into *rec
 * (a struct store_value), strings copied into a. 0. */
static int store_value_row(sqlite3_stmt *st, struct arena *a, void *rec)
{
	struct store_value *v = rec;

	v->id = (long)sqlite3_column_int64(st, 0);
	v->slug = store_text(st, 1, a);
	v->title = store_text(st, 2, a);
	v->kind = store_text(st, 3, a);
	v->value = store_text(st, 4, a);
	v->effective = store_text(st, 5, a);
	v->sources = store_text(st, 6, a);
	v->checked = store_text(st, 7, a);
	v->check_by = store_text(st, 8, a);
	v->body_md = store_text(st, 9, a);
	return 0;
}

/* store_value_list: every dated value by slug. How many, or -1. */
long store_value_list(struct store *s, struct arena *a, struct store_values *out)
{
	sqlite3_stmt *st = store_prep(s, SS_VALUE_LIST, "SELECT " VALUE_COLS " FROM value ORDER BY slug");

	return store_rows(s, st, a, sizeof(*out->v), store_value_row, (void **)&out->v, &out->n);
}

/* store_value_get: the value called slug into *out: 1, 0 (none) or -1. */
int store_value_get(struct store *s, struct arena *a, const char *slug, struct store_value *out)
{
	sqlite3_stmt *st = store_prep(s, SS_VALUE_GET, "SELECT " VALUE_COLS " FROM value WHERE slug = :slug");
	struct store_values l;

	memset(out, 0, sizeof(*out));
	if (!st)
		return -1;
	store_bind_text(s, st, ":slug", slug);
	if (store_rows(s, st, a, sizeof(*l.v), store_value_row, (void **)&l.v, &l.n) < 0)
		return -1;
	if (!l.n)
		return 0;
	*out = l.v[0];
	return 1;
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
	found = store_rows(s, st, &a, sizeof(*old.v), store_value_row, (void **)&old.v, &old.n);
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

/* store_value_day_row: one holiday row (day, rest) into *rec (a struct
 * date_special). 0, or -1 for a day that is not a date. */
static int store_value_day_row(sqlite3_stmt *st, struct arena *a, void *rec)
{
	struct date_special *d = rec;

	(void)a;
	if (!date_parse(store_col(st, 0), &d->day))
		return -1;
	d->kind = sqlite3_column_int(st, 1) ? DATE_HOLIDAY : DATE_WORKDAY;
	return 0;
}

/* store_value_year_row: one year of a holidays table into *rec (an int). 0. */
static int store_value_year_row(sqlite3_stmt *st, struct arena *a, void *rec)
{
	(void)a;
	*(int *)rec = sqlite3_column_int(st, 0);
	return 0;
}

/* store_value_calendar: the calendar of every holidays table: its days,
 * and the years it covers (from the first table's year up to the first
 * year without one: a gap is never guessed). 0 or -1. */
int store_value_calendar(struct store *s, struct arena *a, struct date_calendar *out)
{
	sqlite3_stmt *days = store_prep(s, SS_HOLIDAYS_ALL, "SELECT day, rest FROM holiday ORDER BY day");
	sqlite3_stmt *years = store_prep(s, SS_HOLIDAY_YEARS,
		"SELECT DISTINCT CAST(value AS INTEGER) FROM value WHERE kind = 'holidays' ORDER BY 1");
	struct date_special *v;
	int *y;
	size_t n, ny;

	memset(out, 0, sizeof(*out));
	out->first = 1;
	out->last = 0;
	if (store_rows(s, years, a, sizeof(int), store_value_year_row, (void **)&y, &ny) < 0 ||
	    store_rows(s, days, a, sizeof(*v), store_value_day_row, (void **)&v, &n) < 0)
		return -1;
	out->days = v;
	out->n = n;
	if (ny) {
		out->first = out->last = y[0];
		for (size_t i = 1; i < ny && y[i] == out->last + 1; i++)
			out->last = y[i];
	}
	return 0;
}
