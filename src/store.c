/* store: open the database, migrate it, and keep its statements. */
#include "store.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <sodium.h>

#include "markdown.h"
#include "store_fts.h"
#include "store_schema.h"


/* store_secret: the random secret called name (n bytes), made the first
 * time any process asks for it and the same for every process after. */
int store_secret(struct store *s, const char *name, unsigned char *out, size_t n)
{
	sqlite3_stmt *st = store_prep(s, SS_SECRET_GET,
		"SELECT value FROM secret WHERE name = :name");
	sqlite3_stmt *ins = store_prep(s, SS_SECRET_PUT,
		"INSERT OR IGNORE INTO secret(name, value) VALUES(:name, :value)");
	int rc = -1;

	if (!st || !ins)
		return -1;
	for (int attempt = 0; attempt < 2 && rc != 0; attempt++) {
		store_bind_text(s, st, ":name", name);
		if (store_step(s, st) == SQLITE_ROW &&
		    (size_t)sqlite3_column_bytes(st, 0) == n) {
			memcpy(out, sqlite3_column_blob(st, 0), n);
			rc = 0;
		}
		sqlite3_reset(st);
		if (rc == 0 || attempt > 0)
			break;
		randombytes_buf(out, n);
		store_bind_text(s, ins, ":name", name);
		store_bind_blob(s, ins, ":value", out, n);
		if (store_done(s, ins) != 0)
			break;
	}
	if (rc != 0)
		sodium_memzero(out, n);
	return rc;
}

/* store_schema_version: the user_version this program brings a database to. */
int store_schema_version(void)
{
	int n;

	store_schema_steps(&n);
	return n;
}

/* store_user_version: the database's PRAGMA user_version, or -1. */
static int store_user_version(struct store *s)
{
	sqlite3_stmt *st;
	int v = -1;

	if (sqlite3_prepare_v2(s->db, "PRAGMA user_version", -1, &st, NULL) != SQLITE_OK)
		return -1;
	if (sqlite3_step(st) == SQLITE_ROW)
		v = sqlite3_column_int(st, 0);
	sqlite3_finalize(st);
	return v;
}

/* store_migrate: run the schema steps the database has not seen, all in
 * one transaction. 0 or -1 (with err). */
static int store_migrate(struct store *s, struct buf *err)
{
	int v, nsteps;
	const char *const *steps = store_schema_steps(&nsteps);
	char sql[64];

	if (store_begin(s) != 0)
		goto fail;
	v = store_user_version(s);
	if (v < 0)
		goto fail_rollback;
	/* A new schema step may change what is worked out from the content:
	 * store_migrated() tells the modules that keep such data. */
	if (v < nsteps)
		s->migrated = 1;
	if (v > nsteps) {
		buf_printf(err, "database schema version %d is newer than this program (%d)",
			   v, nsteps);
		store_rollback(s);
		return -1;
	}
	for (; v < nsteps; v++) {
		if (store_exec(s, steps[v]) != 0)
			goto fail_rollback;
		snprintf(sql, sizeof(sql), "PRAGMA user_version=%d", v + 1);
		if (store_exec(s, sql) != 0)
			goto fail_rollback;
	}
	return store_commit(s);
fail_rollback:
	buf_printf(err, "migration failed: %s", sqlite3_errmsg(s->db));
	store_rollback(s);
	return -1;
fail:
	buf_printf(err, "migration failed: %s", sqlite3_errmsg(s->db));
	return -1;
}

/* store_open: open the database at path (":memory:" for tests), set the
 * connection's pragmas and migrate when asked. NULL (with err) on failure. */
struct store *store_open(const char *path, int flags, struct buf *err)
{
	struct store *s = calloc(1, sizeof(*s));
	int oflags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX;

	if (!s) {
		buf_puts(err, "out of memory");
		return NULL;
	}
	if (flags & STORE_CREATE)
		oflags |= SQLITE_OPEN_CREATE;
	if (sqlite3_open_v2(path, &s->db, oflags, NULL) != SQLITE_OK) {
		buf_printf(err, "cannot open database %s: %s", path,
			   s->db ? sqlite3_errmsg(s->db) : "out of memory");
		store_close(s);
		return NULL;
	}
	sqlite3_busy_timeout(s->db, 5000);
	sqlite3_extended_result_codes(s->db, 1);
	/* The search index's tokenizer, before anything (a migration
	 * included) touches the index. */
	if (store_fts_register(s->db) != 0) {
		buf_printf(err, "cannot set up database %s: no FTS5 in this SQLite", path);
		store_close(s);
		return NULL;
	}
	/* At most 512 KiB of pages per connection (SQLite's default is 2 MiB):
	 * the kernel's page cache, which every worker shares, holds the rest.
	 * Throughput is the same, and a worker's resident memory at 10,000
	 * articles is 8.3 MB instead of 10.9 (scripts/bench). */
	if (store_exec(s, "PRAGMA foreign_keys=ON") != 0 ||
	    store_exec(s, "PRAGMA cache_size=-512") != 0 ||
	    (strcmp(path, ":memory:") != 0 &&
	     (store_exec(s, "PRAGMA journal_mode=WAL") != 0 ||
	      store_exec(s, "PRAGMA synchronous=NORMAL") != 0))) {
		buf_printf(err, "cannot set up database %s: %s", path, sqlite3_errmsg(s->db));
		store_close(s);
		return NULL;
	}
	if ((flags & STORE_MIGRATE) && store_migrate(s, err) != 0) {
		store_close(s);
		return NULL;
	}
	if (!(flags & STORE_MIGRATE) && store_user_version(s) != store_schema_version()) {
		buf_printf(err, "database %s is at schema version %d, expected %d: run quanyictl init",
			   path, store_user_version(s), store_schema_version());
		store_close(s);
		return NULL;
	}
	return s;
}

/* store_close: finalize the kept statements and close the connection. */
void store_close(struct store *s)
{
	if (!s)
		return;
	for (int i = 0; i < SS__MAX; i++)
		sqlite3_finalize(s->stmt[i]);
	sqlite3_close(s->db);
	free(s);
}

/* store_prep: the kept statement for slot id, prepared from sql on first
 * use, reset and with its bindings cleared. NULL when sql does not compile,
 * or when the statement is still being stepped by a caller further up
 * (reusing it would silently end that caller's loop): both programming
 * errors, reported on stderr; a build with QUANYI_STRICT (the tests')
 * aborts on the second. */
sqlite3_stmt *store_prep(struct store *s, enum store_stmt id, const char *sql)
{
	sqlite3_stmt *st = s->stmt[id];

	if (st && sqlite3_stmt_busy(st)) {
		fprintf(stderr, "quanyi: kept statement %d reused while it is being stepped\n  %s\n",
			(int)id, sql);
#ifdef QUANYI_STRICT
		abort();
#endif
		return NULL;
	}
	if (!st) {
		if (sqlite3_prepare_v3(s->db, sql, -1, SQLITE_PREPARE_PERSISTENT, &st,
				       NULL) != SQLITE_OK) {
			fprintf(stderr, "quanyi: prepare failed: %s\n  %s\n",
				sqlite3_errmsg(s->db), sql);
			return NULL;
		}
		s->stmt[id] = st;
	}
	sqlite3_reset(st);
	sqlite3_clear_bindings(st);
	return st;
}

/* store_generation: fill g with the database's generation now (see
 * struct store_gen). 0, or -1 when it cannot be read (then nothing may be
 * served from a cache). */
int store_generation(struct store *s, struct store_gen *g)
{
	sqlite3_stmt *st = store_prep(s, SS_DATA_VERSION, "PRAGMA data_version");
	int rc;

	if (!st)
		return -1;
	rc = store_step(s, st);
	g->data_version = rc == SQLITE_ROW ? sqlite3_column_int64(st, 0) : -1;
	sqlite3_reset(st);
	g->changes = (long long)sqlite3_total_changes64(s->db);
	return rc == SQLITE_ROW ? 0 : -1;
}

/* store_exec: run SQL without results (schema, pragmas, transactions). */
int store_exec(struct store *s, const char *sql)
{
	return sqlite3_exec(s->db, sql, NULL, NULL, NULL) == SQLITE_OK ? 0 : -1;
}

/* store_begin: start a write transaction, or a savepoint inside one. */
int store_begin(struct store *s)
{
	char sql[48];

	if (s->depth == 0) {
		s->write_error = SQLITE_OK;
		if (store_exec(s, "BEGIN IMMEDIATE") != 0)
			return store_note_error(s);
		s->failed = 0;
	} else {
		snprintf(sql, sizeof(sql), "SAVEPOINT sp%d", s->depth);
		if (store_exec(s, sql) != 0)
			return -1;
	}
	s->depth++;
	return 0;
}

/* store_run_hooks: run the before-commit hooks of every event noted in
 * this transaction, in the order they were added (a hook may note more
 * events, whose hooks then run too). 0 or -1. */
static int store_run_hooks(struct store *s)
{
	for (int round = 0; s->changed && round < STORE_EV__MAX + 1; round++) {
		unsigned now = s->changed;

		s->changed = 0;
		for (int i = 0; i < s->nhooks; i++)
			if ((now & (1u << s->hooks[i].ev)) && s->hooks[i].fn(s) != 0) {
				s->changed = 0;
				return -1;
			}
	}
	return 0;
}

/* store_hook: run fn before the commit of any transaction in which
 * store_changed(s, ev) was called. Modules that keep data worked out from
 * other tables (related articles) add their hook after opening. 0, or -1
 * when the list is full. */
int store_hook(struct store *s, enum store_event ev, store_hook_fn fn)
{
	if (s->nhooks >= STORE_MAX_HOOKS)
		return -1;
	s->hooks[s->nhooks].ev = ev;
	s->hooks[s->nhooks].fn = fn;
	s->nhooks++;
	return 0;
}

/* store_changed: note that what event ev names changed in the
 * transaction under way. */
void store_changed(struct store *s, enum store_event ev)
{
	s->changed |= 1u << ev;
}

/* store_migrated: 1 when opening the database ran a schema step. */
int store_migrated(const struct store *s)
{
	return s->migrated;
}

/* store_commit: end the innermost level. The outermost level commits,
 * unless an inner level rolled back: then everything rolls back and -1. */
int store_commit(struct store *s)
{
	char sql[48];

	if (s->depth <= 0)
		return -1;
	s->depth--;
	if (s->depth > 0) {
		snprintf(sql, sizeof(sql), "RELEASE sp%d", s->depth);
		return store_exec(s, sql);
	}
	if (s->failed) {
		s->changed = 0;
		store_exec(s, "ROLLBACK");
		return -1;
	}
	/* What changed in this transaction: let the modules that keep data
	 * worked out from it bring that up to date, inside it. */
	if (store_run_hooks(s) != 0) {
		store_note_error(s);
		store_exec(s, "ROLLBACK");
		return -1;
	}
	if (store_exec(s, "COMMIT") != 0) {
		store_note_error(s);
		store_exec(s, "ROLLBACK");
		return -1;
	}
	return 0;
}

/* store_rollback: undo the innermost level. */
int store_rollback(struct store *s)
{
	char sql[80];

	if (s->depth <= 0)
		return -1;
	store_note_error(s);
	s->depth--;
	if (s->depth > 0) {
		s->failed = 1;
		snprintf(sql, sizeof(sql), "ROLLBACK TO sp%d; RELEASE sp%d", s->depth, s->depth);
		return store_exec(s, sql);
	}
	s->changed = 0;
	return store_exec(s, "ROLLBACK");
}

/* store_limit_size: let the database grow to at most kib KiB (0: no
 * limit); a write that needs more fails with SQLITE_FULL, as on a full
 * disk. 0 or -1. */
int store_limit_size(struct store *s, long kib)
{
	sqlite3_stmt *st;
	long page_size = 0;
	char sql[64];

	if (kib <= 0)
		return 0;
	if (sqlite3_prepare_v2(s->db, "PRAGMA page_size", -1, &st, NULL) != SQLITE_OK)
		return -1;
	if (sqlite3_step(st) == SQLITE_ROW)
		page_size = (long)sqlite3_column_int64(st, 0);
	sqlite3_finalize(st);
	if (page_size <= 0)
		return -1;
	/* A pragma takes no bound parameters; this is a number we made. */
	snprintf(sql, sizeof(sql), "PRAGMA max_page_count=%ld", kib * 1024 / page_size);
	return store_exec(s, sql);
}

/* store_compact: when the database has free pages (an import merging
 * the search index frees the pages of the segments it merged), rewrite
 * it without them (VACUUM), so that the file holds what it needs and a
 * size cap (store_limit_size) counts what is there. Outside a
 * transaction only. 0 (nothing to do, or done) or -1. */
int store_compact(struct store *s)
{
	sqlite3_stmt *st = store_prep(s, SS_FREE_PAGES, "PRAGMA freelist_count");
	long long free_pages = store_count(s, st);

	if (free_pages < 0 || s->depth > 0)
		return -1;
	return free_pages == 0 ? 0 : store_exec(s, "VACUUM");
}

/* store_note_error: remember why the write under way failed (SQLite's
 * extended code of the last failed call), before a rollback or another
 * statement replaces it; the first failure of a write is the one kept.
 * Always -1, for the caller to return. */
int store_note_error(struct store *s)
{
	int code = sqlite3_extended_errcode(s->db);

	if (s->write_error == SQLITE_OK && code != SQLITE_OK && code != SQLITE_ROW &&
	    code != SQLITE_DONE)
		s->write_error = code;
	return -1;
}

/* store_write_error: SQLite's extended code for the last write that
 * failed (SQLITE_READONLY_*, SQLITE_FULL, SQLITE_IOERR_*, SQLITE_BUSY_* …),
 * or SQLITE_OK when none did since the last write began. */
int store_write_error(const struct store *s)
{
	return s->write_error;
}

/* store_errmsg: the connection's last error message. */
const char *store_errmsg(const struct store *s)
{
	return sqlite3_errmsg(s->db);
}

/* store_bind_fail: note that binding name failed (a programming error
 * or out of memory); the next store_step on this connection fails. -1. */
static int store_bind_fail(struct store *s, sqlite3_stmt *st, const char *name, int rc)
{
	fprintf(stderr, "quanyi: cannot bind %s (%s)\n  %s\n", name,
		rc ? sqlite3_errstr(rc) : "no such parameter", sqlite3_sql(st));
	s->bind_failed = 1;
	return -1;
}

/* store_bind_text: bind val to the named parameter (a copy is taken).
 * 0, or -1 (and the next store_step fails). */
int store_bind_text(struct store *s, sqlite3_stmt *st, const char *name, const char *val)
{
	int i = sqlite3_bind_parameter_index(st, name), rc;

	if (i <= 0)
		return store_bind_fail(s, st, name, 0);
	rc = sqlite3_bind_text(st, i, val ? val : "", -1, SQLITE_TRANSIENT);
	return rc == SQLITE_OK ? 0 : store_bind_fail(s, st, name, rc);
}

/* store_bind_int: bind an integer to the named parameter. 0 or -1, as
 * store_bind_text. */
int store_bind_int(struct store *s, sqlite3_stmt *st, const char *name, long long val)
{
	int i = sqlite3_bind_parameter_index(st, name), rc;

	if (i <= 0)
		return store_bind_fail(s, st, name, 0);
	rc = sqlite3_bind_int64(st, i, val);
	return rc == SQLITE_OK ? 0 : store_bind_fail(s, st, name, rc);
}

/* store_bind_blob: bind n bytes to the named parameter. 0 or -1. */
int store_bind_blob(struct store *s, sqlite3_stmt *st, const char *name, const void *v,
		    size_t n)
{
	int i = sqlite3_bind_parameter_index(st, name), rc;

	if (i <= 0)
		return store_bind_fail(s, st, name, 0);
	rc = sqlite3_bind_blob(st, i, v, (int)n, SQLITE_TRANSIENT);
	return rc == SQLITE_OK ? 0 : store_bind_fail(s, st, name, rc);
}

/* store_step: step st, SQLite's result code; SQLITE_MISUSE without
 * stepping when a bind since the last step failed, so a statement never
 * runs with a parameter missing. */
int store_step(struct store *s, sqlite3_stmt *st)
{
	if (s->bind_failed) {
		s->bind_failed = 0;
		return SQLITE_MISUSE;
	}
	return sqlite3_step(st);
}

/* store_done: step st once (a write) and reset it. 0 when it ran to
 * SQLITE_DONE, else -1. */
int store_done(struct store *s, sqlite3_stmt *st)
{
	int rc;

	if (!st)
		return -1;
	rc = store_step(s, st);
	sqlite3_reset(st);
	return rc == SQLITE_DONE ? 0 : -1;
}

/* store_count: step st for its one integer (count(*) and the like), then
 * reset it. The value, or -1. */
long long store_count(struct store *s, sqlite3_stmt *st)
{
	long long n = -1;

	if (!st)
		return -1;
	if (store_step(s, st) == SQLITE_ROW)
		n = sqlite3_column_int64(st, 0);
	sqlite3_reset(st);
	return n;
}

/* store_read: the current row of st, read by map m (column i into
 * m->cols[i]), into the record at rec; texts are copied into a. */
void store_read(sqlite3_stmt *st, struct arena *a, const struct store_map *m, void *rec)
{
	char *r = rec;

	for (size_t i = 0; i < m->ncols; i++) {
		const struct store_col *c = &m->cols[i];

		if (c->kind == STORE_COL_TEXT)
			*(const char **)(void *)(r + c->off) = store_text(st, (int)i, a);
		else if (c->kind == STORE_COL_LONG)
			*(long *)(void *)(r + c->off) = (long)sqlite3_column_int64(st, (int)i);
		else
			*(int *)(void *)(r + c->off) = sqlite3_column_int(st, (int)i);
	}
}

/* store_rows_each: step st to its end, each row into a zeroed record of
 * size bytes, read by fn when there is one, by map m otherwise: the
 * array in a (*v, *n). How many, or -1 (st reset either way). */
static long store_rows_each(struct store *s, sqlite3_stmt *st, struct arena *a, size_t size,
			    const struct store_map *m, store_row_fn fn, void **v, size_t *n)
{
	size_t cap = 0, count = 0;
	char *arr = NULL;
	int rc;

	*v = NULL;
	*n = 0;
	if (!st)
		return -1;
	while ((rc = store_step(s, st)) == SQLITE_ROW) {
		char *rec;

		if (count == cap) {
			size_t ncap = cap ? cap * 2 : 8;
			char *bigger = arena_alloc(a, ncap * size);

			if (count)
				memcpy(bigger, arr, count * size);
			arr = bigger;
			cap = ncap;
		}
		rec = arr + count * size;
		memset(rec, 0, size);
		if (fn) {
			if (fn(st, a, rec) != 0) {
				sqlite3_reset(st);
				return -1;
			}
		} else {
			store_read(st, a, m, rec);
		}
		count++;
	}
	sqlite3_reset(st);
	if (rc != SQLITE_DONE)
		return -1;
	*v = arr;
	*n = count;
	return (long)count;
}

/* store_rows: step st to its end, reading each row by map m into an
 * array of records in arena a; *v and *n get the array. Rows read, or -1
 * (then *n is 0). Every loader that returns a list of records uses it: the
 * records and their strings belong to the arena and outlive the
 * statement. */
long store_rows(struct store *s, sqlite3_stmt *st, struct arena *a, const struct store_map *m,
		void **v, size_t *n)
{
	return store_rows_each(s, st, a, m->size, m, NULL, v, n);
}

/* store_rows_fn: store_rows for rows a map cannot read (a blob, a record
 * that embeds another): each row goes to fn, which fills the zeroed
 * record of size bytes it is given (store_read does the plain columns)
 * and returns 0, or -1 to stop. How many, or -1. */
long store_rows_fn(struct store *s, sqlite3_stmt *st, struct arena *a, size_t size,
		   store_row_fn fn, void **v, size_t *n)
{
	return store_rows_each(s, st, a, size, NULL, fn, v, n);
}

/* store_row: the first row of st, read by map m, into *out (zeroed when
 * there is none): 1, 0 (no row) or -1. */
int store_row(struct store *s, sqlite3_stmt *st, struct arena *a, const struct store_map *m,
	      void *out)
{
	void *v;
	size_t n;

	memset(out, 0, m->size);
	if (store_rows(s, st, a, m, &v, &n) < 0)
		return -1;
	if (n == 0)
		return 0;
	memcpy(out, v, m->size);
	return 1;
}

/* store_text: column col of the current row copied into arena a ("" for
 * NULL), or NULL when the arena is out of memory. */
char *store_text(sqlite3_stmt *st, int col, struct arena *a)
{
	return arena_strdup(a, store_col(st, col));
}

/* store_done_rendered: bind md to :md and cmark's rendering of it to
 * :html in st (whose other parameters the caller has bound), run it and
 * reset it. 0 or -1. Every table that keeps Markdown keeps its HTML
 * next to it, rendered once, here. */
int store_done_rendered(struct store *s, sqlite3_stmt *st, const char *md)
{
	struct buf html;
	int rc;

	if (!st)
		return -1;
	buf_init(&html);
	if (markdown_render(md, strlen(md), &html) != 0) {
		buf_free(&html);
		sqlite3_reset(st);
		return -1;
	}
	store_bind_text(s, st, ":md", md);
	store_bind_text(s, st, ":html", html.data ? html.data : "");
	rc = store_done(s, st);
	buf_free(&html);
	return rc;
}

/* store_col: column col of the current row as text, "" for NULL. */
const char *store_col(sqlite3_stmt *st, int col)
{
	const unsigned char *t = sqlite3_column_text(st, col);

	return t ? (const char *)t : "";
}
