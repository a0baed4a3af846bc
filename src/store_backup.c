/* store_backup: VACUUM INTO for a copy, the backup API to restore. */
#include "store_backup.h"

#include <string.h>
#include <unistd.h>

/* store_backup_check: whether the database file at path is an intact
 * quanyi database this program can use. 0 or -1 (err). */
static int store_backup_check(const char *path, struct buf *err)
{
	sqlite3 *db = NULL;
	sqlite3_stmt *st = NULL;
	int ok = -1, v = -1;

	if (sqlite3_open_v2(path, &db, SQLITE_OPEN_READONLY, NULL) != SQLITE_OK) {
		buf_printf(err, "%s: cannot open", path);
		goto out;
	}
	if (sqlite3_prepare_v2(db, "PRAGMA integrity_check", -1, &st, NULL) != SQLITE_OK ||
	    sqlite3_step(st) != SQLITE_ROW ||
	    strcmp((const char *)sqlite3_column_text(st, 0), "ok") != 0) {
		buf_printf(err, "%s: not an intact SQLite database", path);
		goto out;
	}
	sqlite3_finalize(st);
	st = NULL;
	if (sqlite3_prepare_v2(db, "SELECT (SELECT user_version FROM pragma_user_version),"
			       " (SELECT count(*) FROM sqlite_schema WHERE name = 'article')",
			       -1, &st, NULL) != SQLITE_OK || sqlite3_step(st) != SQLITE_ROW) {
		buf_printf(err, "%s: cannot read the schema", path);
		goto out;
	}
	v = sqlite3_column_int(st, 0);
	if (sqlite3_column_int(st, 1) != 1) {
		buf_printf(err, "%s: not a quanyi database", path);
		goto out;
	}
	if (v > store_schema_version()) {
		buf_printf(err, "%s: schema version %d is newer than this program's %d", path, v,
			   store_schema_version());
		goto out;
	}
	ok = 0;
out:
	sqlite3_finalize(st);
	sqlite3_close(db);
	return ok;
}

/* store_backup_to: a consistent copy of the live database at path (which
 * must not exist), made with VACUUM INTO while others keep reading and
 * writing, then checked. 0 or -1 (err). */
int store_backup_to(struct store *s, const char *path, struct buf *err)
{
	sqlite3_stmt *st;
	int rc;

	if (access(path, F_OK) == 0) {
		buf_printf(err, "%s: exists; choose a new file name", path);
		return -1;
	}
	if (sqlite3_prepare_v2(s->db, "VACUUM INTO ?1", -1, &st, NULL) != SQLITE_OK) {
		buf_printf(err, "%s", sqlite3_errmsg(s->db));
		return -1;
	}
	sqlite3_bind_text(st, 1, path, -1, SQLITE_TRANSIENT);
	rc = sqlite3_step(st);
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE) {
		buf_printf(err, "backup failed: %s", sqlite3_errmsg(s->db));
		return -1;
	}
	return store_backup_check(path, err);
}

/* store_restore_from: put the backup at path in place of the live
 * database's content with the backup API (page by page, retrying while
 * others hold locks), so running workers see the restored data on their
 * next statement. The file is checked first. 0 or -1 (err). */
int store_restore_from(struct store *s, const char *path, struct buf *err)
{
	sqlite3 *src = NULL;
	sqlite3_backup *b;
	int rc;

	if (store_backup_check(path, err) != 0)
		return -1;
	if (sqlite3_open_v2(path, &src, SQLITE_OPEN_READONLY, NULL) != SQLITE_OK) {
		buf_printf(err, "%s: cannot open", path);
		sqlite3_close(src);
		return -1;
	}
	b = sqlite3_backup_init(s->db, "main", src, "main");
	if (!b) {
		buf_printf(err, "restore failed: %s", sqlite3_errmsg(s->db));
		sqlite3_close(src);
		return -1;
	}
	do {
		rc = sqlite3_backup_step(b, 256);
		if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
			sqlite3_sleep(50);
	} while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
	sqlite3_backup_finish(b);
	sqlite3_close(src);
	if (rc != SQLITE_DONE) {
		buf_printf(err, "restore failed: %s", sqlite3_errstr(rc));
		return -1;
	}
	return 0;
}
