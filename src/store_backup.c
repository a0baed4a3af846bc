/* store_backup: VACUUM INTO for a copy, SQLite's backup API to restore.
 * A restore never copies files under a live WAL database: it writes the
 * backup's pages through the live connection as one transaction, so other
 * processes see either the old data or the restored data, whole. */
#include "store_backup.h"

#include <errno.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

enum {
	STORE_BACKUP_BUSY_TRIES = 12   /* each after the 5 s busy timeout */
};

/* store_backup_count: the single integer sql answers on db, or -1. */
static long store_backup_count(sqlite3 *db, const char *sql)
{
	sqlite3_stmt *st = NULL;
	long n = -1;

	if (sqlite3_prepare_v2(db, sql, -1, &st, NULL) == SQLITE_OK &&
	    sqlite3_step(st) == SQLITE_ROW)
		n = (long)sqlite3_column_int64(st, 0);
	sqlite3_finalize(st);
	return n;
}

/* store_backup_check: whether the database file at path is intact
 * (PRAGMA integrity_check), a quanyi database (it has the article table)
 * and not of a newer schema than this program's. Fills info when given.
 * 0 or -1 (err). */
int store_backup_check(const char *path, struct store_backup_info *info, struct buf *err)
{
	struct store_backup_info got = { -1, -1, -1 };
	sqlite3 *db = NULL;
	sqlite3_stmt *st = NULL;
	const char *res;
	int rc = -1;

	if (access(path, R_OK) != 0) {
		buf_printf(err, "%s: %s", path, strerror(errno));
		return -1;
	}
	if (sqlite3_open_v2(path, &db, SQLITE_OPEN_READONLY, NULL) != SQLITE_OK) {
		buf_printf(err, "%s: cannot open: %s", path, db ? sqlite3_errmsg(db) : "no memory");
		goto out;
	}
	if (sqlite3_prepare_v2(db, "PRAGMA integrity_check", -1, &st, NULL) != SQLITE_OK ||
	    sqlite3_step(st) != SQLITE_ROW || !(res = (const char *)sqlite3_column_text(st, 0)) ||
	    strcmp(res, "ok") != 0) {
		buf_printf(err, "%s: not an intact SQLite database (%s)", path, sqlite3_errmsg(db));
		goto out;
	}
	got.version = (int)store_backup_count(db, "PRAGMA user_version");
	if (store_backup_count(db, "SELECT count(*) FROM sqlite_schema"
			       " WHERE type = 'table' AND name = 'article'") != 1 ||
	    got.version < 1) {
		buf_printf(err, "%s: not a quanyi database (no article table)", path);
		goto out;
	}
	if (got.version > store_schema_version()) {
		buf_printf(err, "%s: schema version %d is newer than this program's (%d)", path,
			   got.version, store_schema_version());
		goto out;
	}
	got.articles = store_backup_count(db, "SELECT count(*) FROM article");
	if (store_backup_count(db, "SELECT count(*) FROM sqlite_schema"
			       " WHERE type = 'table' AND name = 'question'") == 1)
		got.questions = store_backup_count(db, "SELECT count(*) FROM question");
	if (info)
		*info = got;
	rc = 0;
out:
	sqlite3_finalize(st);
	sqlite3_close(db);
	return rc;
}

/* store_backup_to: a consistent copy of the live database at path (which
 * must not exist), made with VACUUM INTO in one read transaction while
 * others keep reading and writing, then checked. 0 or -1 (err). */
int store_backup_to(struct store *s, const char *path, struct store_backup_info *info,
		    struct buf *err)
{
	sqlite3_stmt *st = NULL;
	int rc;

	if (access(path, F_OK) == 0) {
		buf_printf(err, "%s: exists; choose a new file name", path);
		return -1;
	}
	if (errno != ENOENT) {
		buf_printf(err, "%s: %s", path, strerror(errno));
		return -1;
	}
	if (sqlite3_prepare_v2(s->db, "VACUUM INTO ?1", -1, &st, NULL) != SQLITE_OK) {
		buf_printf(err, "backup failed: %s", sqlite3_errmsg(s->db));
		return -1;
	}
	sqlite3_bind_text(st, 1, path, -1, SQLITE_TRANSIENT);
	rc = sqlite3_step(st);
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE) {
		buf_printf(err, "backup to %s failed: %s", path, sqlite3_errmsg(s->db));
		unlink(path);
		return -1;
	}
	if (store_backup_check(path, info, err) != 0) {
		buf_puts(err, " (the copy was kept for inspection)");
		return -1;
	}
	return 0;
}

/* store_backup_same_file: 1 if path names the live database's file. */
static int store_backup_same_file(struct store *s, const char *path)
{
	const char *live = sqlite3_db_filename(s->db, "main");
	struct stat a, b;

	return live && *live && stat(live, &a) == 0 && stat(path, &b) == 0 &&
	       a.st_dev == b.st_dev && a.st_ino == b.st_ino;
}

/* store_restore_from: replace the live database's content with the backup
 * at path, after checking it, through the backup API on the live
 * connection (retrying while other processes hold the write lock), so
 * running workers see the restored data on their next statement.
 * Fills info with what the backup held. 0 or -1 (err). */
int store_restore_from(struct store *s, const char *path, struct store_backup_info *info,
		       struct buf *err)
{
	sqlite3 *src = NULL;
	sqlite3_backup *b;
	int rc, busy = 0;

	if (store_backup_same_file(s, path)) {
		buf_printf(err, "%s: that is the live database", path);
		return -1;
	}
	if (store_backup_check(path, info, err) != 0)
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
		rc = sqlite3_backup_step(b, -1);
		if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED) {
			busy++;
			sqlite3_sleep(100);
		}
	} while ((rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED) &&
		 busy < STORE_BACKUP_BUSY_TRIES);
	if (sqlite3_backup_finish(b) != SQLITE_OK && rc == SQLITE_DONE)
		rc = sqlite3_errcode(s->db);
	sqlite3_close(src);
	if (rc != SQLITE_DONE) {
		buf_printf(err, "restore from %s failed, the live database is unchanged: %s", path,
			   rc == SQLITE_BUSY ? "another process kept it locked" : sqlite3_errstr(rc));
		return -1;
	}
	return 0;
}
