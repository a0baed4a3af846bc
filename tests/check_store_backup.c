/* Unit tests: backup (VACUUM INTO, checked) and restore (backup API). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "check_fake.h"
#include "check_suites.h"
#include "store_backup.h"
#include "store_article.h"
#include "store_category.h"
#include "store_question.h"

/* fill: one topic, two articles and a question. */
static void fill(struct store *s)
{
	long id;

	fake_seed(s);
	fake_article(s, "a2", "催收可以打给家人吗？");
	ck_assert_int_eq(store_question_add(s, "t1", "overdue", "标题", "内容", &id), 0);
}

/* text: the one text value sql answers on s (the caller frees it). */
static char *text(struct store *s, const char *sql)
{
	sqlite3_stmt *st;
	char *out = NULL;

	ck_assert_int_eq(sqlite3_prepare_v2(s->db, sql, -1, &st, NULL), SQLITE_OK);
	if (sqlite3_step(st) == SQLITE_ROW && sqlite3_column_text(st, 0))
		out = strdup((const char *)sqlite3_column_text(st, 0));
	sqlite3_finalize(st);
	return out ? out : strdup("");
}

/* raw: run sql on the database file at path outside the store. */
static void raw(const char *path, const char *sql)
{
	sqlite3 *db;

	ck_assert_int_eq(sqlite3_open(path, &db), SQLITE_OK);
	ck_assert_int_eq(sqlite3_exec(db, sql, NULL, NULL, NULL), SQLITE_OK);
	sqlite3_close(db);
}

#define ARTICLES "SELECT group_concat(slug || '=' || title, ';') FROM" \
	" (SELECT slug, title FROM article ORDER BY slug)"

START_TEST(test_backup_restore_round_trip)
{
	char *dir = fake_tmpdir(), live[512], copy[512], mem[512], *want, *got;
	struct store *s, *other, *worker;
	struct store_backup_info info;
	struct buf err;

	ck_assert_ptr_nonnull(dir);
	snprintf(live, sizeof(live), "%s/live.db", dir);
	snprintf(copy, sizeof(copy), "%s/copy.db", dir);
	snprintf(mem, sizeof(mem), "%s/mem.db", dir);
	buf_init(&err);

	/* a backup of a file database, while another connection reads it */
	s = fake_store(live);
	fill(s);
	worker = fake_store(live);
	want = text(worker, ARTICLES);
	ck_assert_int_eq(store_backup_to(s, copy, &info, &err), 0);
	ck_assert_int_eq(info.version, store_schema_version());
	ck_assert_int_eq(info.articles, 2);
	ck_assert_int_eq(info.questions, 1);
	/* never over an existing file */
	buf_reset(&err);
	ck_assert_int_eq(store_backup_to(s, copy, &info, &err), -1);
	ck_assert_ptr_nonnull(strstr(err.data, "exists"));

	/* restore into another, empty database: the same data */
	snprintf(live, sizeof(live), "%s/other.db", dir);
	other = fake_store(live);
	ck_assert_int_eq(store_restore_from(other, copy, &info, &err), 0);
	got = text(other, ARTICLES);
	ck_assert_str_eq(got, want);
	free(got);
	got = text(other, "SELECT title FROM question");
	ck_assert_str_eq(got, "标题");
	free(got);
	got = text(other, "PRAGMA journal_mode");
	ck_assert_str_eq(got, "wal");
	free(got);
	got = text(other, "PRAGMA integrity_check");
	ck_assert_str_eq(got, "ok");
	free(got);
	store_close(other);

	/* restore into the live database: a change made after the backup is
	 * undone, and another open connection sees it on its next statement */
	ck_assert_int_eq(store_exec(s, "UPDATE article SET title = 'changed' WHERE slug = 'a1'"), 0);
	got = text(worker, ARTICLES);
	ck_assert_ptr_nonnull(strstr(got, "changed"));
	free(got);
	ck_assert_int_eq(store_restore_from(s, copy, &info, &err), 0);
	got = text(worker, ARTICLES);
	ck_assert_str_eq(got, want);
	free(got);
	/* the live file itself cannot be its own backup */
	snprintf(live, sizeof(live), "%s/live.db", dir);
	buf_reset(&err);
	ck_assert_int_eq(store_restore_from(s, live, &info, &err), -1);
	store_close(worker);
	store_close(s);

	/* a backup of an in-memory database restores into a file database */
	s = fake_store(":memory:");
	fill(s);
	ck_assert_int_eq(store_backup_to(s, mem, &info, &err), 0);
	ck_assert_int_eq(info.articles, 2);
	store_close(s);
	snprintf(live, sizeof(live), "%s/third.db", dir);
	other = fake_store(live);
	ck_assert_int_eq(store_restore_from(other, mem, &info, &err), 0);
	got = text(other, ARTICLES);
	ck_assert_str_eq(got, want);
	free(got);
	store_close(other);

	free(want);
	buf_free(&err);
	fake_rmtree(dir);
	free(dir);
}
END_TEST

START_TEST(test_restore_refuses)
{
	char *dir = fake_tmpdir(), path[512], good[512], *before, *after;
	struct store *s;
	struct store_backup_info info;
	struct buf err;
	FILE *f;

	ck_assert_ptr_nonnull(dir);
	buf_init(&err);
	snprintf(path, sizeof(path), "%s/live.db", dir);
	s = fake_store(path);
	fill(s);
	before = text(s, ARTICLES);

	/* a missing file */
	snprintf(path, sizeof(path), "%s/none.db", dir);
	ck_assert_int_eq(store_restore_from(s, path, &info, &err), -1);
	/* a file that is not a database */
	snprintf(path, sizeof(path), "%s/junk.db", dir);
	f = fopen(path, "w");
	ck_assert_ptr_nonnull(f);
	fputs("junk junk junk junk junk junk junk junk junk junk\n", f);
	fclose(f);
	buf_reset(&err);
	ck_assert_int_eq(store_restore_from(s, path, &info, &err), -1);
	ck_assert_ptr_nonnull(strstr(err.data, "not an intact"));
	/* an SQLite database that is not quanyi's */
	snprintf(path, sizeof(path), "%s/other.db", dir);
	raw(path, "CREATE TABLE t(x); INSERT INTO t VALUES(1)");
	buf_reset(&err);
	ck_assert_int_eq(store_restore_from(s, path, &info, &err), -1);
	ck_assert_ptr_nonnull(strstr(err.data, "not a quanyi database"));
	/* a backup from a newer program */
	snprintf(good, sizeof(good), "%s/good.db", dir);
	ck_assert_int_eq(store_backup_to(s, good, &info, &err), 0);
	raw(good, "PRAGMA user_version = 999");
	buf_reset(&err);
	ck_assert_int_eq(store_backup_check(good, &info, &err), -1);
	ck_assert_int_eq(store_restore_from(s, good, &info, &err), -1);
	ck_assert_ptr_nonnull(strstr(err.data, "newer"));

	/* nothing changed */
	after = text(s, ARTICLES);
	ck_assert_str_eq(after, before);
	free(after);
	free(before);
	store_close(s);
	buf_free(&err);
	fake_rmtree(dir);
	free(dir);
}
END_TEST

Suite *suite_store_backup(void)
{
	Suite *s = suite_create("store_backup");
	TCase *tc = tcase_create("core");

	tcase_set_timeout(tc, 30);
	tcase_add_test(tc, test_backup_restore_round_trip);
	tcase_add_test(tc, test_restore_refuses);
	suite_add_tcase(s, tc);
	return s;
}
