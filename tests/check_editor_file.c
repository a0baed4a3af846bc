/* Unit tests: the editors' password file (nginx auth_basic). */
#include <crypt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "check_fake.h"
#include "check_suites.h"
#include "editor_file.h"

/* slurp: the whole file at path (the caller frees it). */
static char *slurp(const char *path)
{
	struct buf b;
	char chunk[512];
	size_t n;
	FILE *f = fopen(path, "r");

	ck_assert_msg(f != NULL, "%s", path);
	buf_init(&b);
	buf_puts(&b, "");
	while ((n = fread(chunk, 1, sizeof(chunk), f)) > 0)
		buf_append(&b, chunk, n);
	fclose(f);
	return buf_steal(&b);
}

/* spit: write text to path. */
static void spit(const char *path, const char *text)
{
	FILE *f = fopen(path, "w");

	ck_assert_msg(f != NULL, "%s", path);
	fputs(text, f);
	fclose(f);
}

/* hash_of: a copy of name's hash in text, or NULL (the caller frees it). */
static char *hash_of(const char *text, const char *name)
{
	char key[64];
	const char *p, *end;

	snprintf(key, sizeof(key), "%s:", name);
	for (p = text; p && *p; p = strchr(p, '\n') ? strchr(p, '\n') + 1 : NULL)
		if (strncmp(p, key, strlen(key)) == 0) {
			p += strlen(key);
			end = strchr(p, '\n');
			return strndup(p, end ? (size_t)(end - p) : strlen(p));
		}
	return NULL;
}

/* verifies: 1 if crypt() of pw with hash as its setting gives hash. */
static int verifies(const char *hash, const char *pw)
{
	const char *h = crypt(pw, hash);

	return h && strcmp(h, hash) == 0;
}

START_TEST(test_editor_file_names)
{
	ck_assert_int_eq(editor_file_name_ok("alice"), 1);
	ck_assert_int_eq(editor_file_name_ok("a.b-c_9"), 1);
	ck_assert_int_eq(editor_file_name_ok("abcdefghijklmnopqrstuvwxyz012345"), 1);
	ck_assert_int_eq(editor_file_name_ok("abcdefghijklmnopqrstuvwxyz0123456"), 0);
	ck_assert_int_eq(editor_file_name_ok(""), 0);
	ck_assert_int_eq(editor_file_name_ok("bad:name"), 0);
	ck_assert_int_eq(editor_file_name_ok("Alice"), 0);
	ck_assert_int_eq(editor_file_name_ok("a b"), 0);
	ck_assert_int_eq(editor_file_name_ok("编辑"), 0);
	ck_assert_int_eq(editor_file_name_ok("a\n"), 0);
	ck_assert_int_eq(editor_file_password_ok("0123456789"), 1);
	ck_assert_int_eq(editor_file_password_ok("密码密码密码密"), 1);
	ck_assert_int_eq(editor_file_password_ok("012345678"), 0);
	ck_assert_int_eq(editor_file_password_ok("0123456789\t"), 0);
	ck_assert_int_eq(editor_file_password_ok("0123456789\x7f"), 0);
	ck_assert_int_eq(editor_file_password_ok("0123456789\xc2\x85"), 0);
}
END_TEST

START_TEST(test_editor_file_hash)
{
	struct buf a, b;

	buf_init(&a);
	buf_init(&b);
	ck_assert_int_eq(editor_file_hash("correct-horse-9", &a), 0);
	ck_assert_int_eq(editor_file_hash("correct-horse-9", &b), 0);
	/* "$6$" + 16 salt characters + "$" + 86 hash characters */
	ck_assert_int_eq((int)a.len, 3 + 16 + 1 + 86);
	ck_assert_int_eq(strncmp(a.data, "$6$", 3), 0);
	ck_assert_int_eq(a.data[19], '$');
	ck_assert_uint_eq(strspn(a.data + 3, "./0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
				 "abcdefghijklmnopqrstuvwxyz"), 16);
	ck_assert_str_ne(a.data, b.data);   /* a new salt every time */
	ck_assert_int_eq(verifies(a.data, "correct-horse-9"), 1);
	ck_assert_int_eq(verifies(a.data, "correct-horse-8"), 0);
	buf_free(&a);
	buf_free(&b);
}
END_TEST

START_TEST(test_editor_file_add_replace_remove)
{
	char *dir = fake_tmpdir(), path[512], *text, *h, *h2;
	struct buf err;
	struct stat st;

	ck_assert_ptr_nonnull(dir);
	snprintf(path, sizeof(path), "%s/editors", dir);
	buf_init(&err);

	/* a new file: 0640, one line */
	ck_assert_int_eq(editor_file_add(path, "alice", "first-password-1", &err), 0);
	ck_assert_int_eq(stat(path, &st), 0);
	ck_assert_int_eq(st.st_mode & 07777, 0640);
	text = slurp(path);
	h = hash_of(text, "alice");
	ck_assert_ptr_nonnull(h);
	ck_assert_int_eq(verifies(h, "first-password-1"), 1);
	free(h);
	free(text);

	/* other lines (a comment, a line without its newline) are kept */
	spit(path, "# editors\nbob:$6$x$y\nalice:old");
	ck_assert_int_eq(chmod(path, 0604), 0);
	ck_assert_int_eq(editor_file_add(path, "carol", "carols-password", &err), 0);
	ck_assert_int_eq(editor_file_add(path, "alice", "second-password-2", &err), 1);
	text = slurp(path);
	ck_assert_int_eq(strncmp(text, "# editors\nbob:$6$x$y\nalice:$6$", 30), 0);
	h = hash_of(text, "alice");
	h2 = hash_of(text, "carol");
	ck_assert_int_eq(verifies(h, "second-password-2"), 1);
	ck_assert_int_eq(verifies(h2, "carols-password"), 1);
	ck_assert_ptr_nonnull(strstr(text, "\ncarol:"));
	ck_assert_ptr_null(strstr(text, "alice:old"));
	free(h);
	free(h2);
	free(text);
	/* the file's mode is kept */
	ck_assert_int_eq(stat(path, &st), 0);
	ck_assert_int_eq(st.st_mode & 07777, 0604);

	/* remove: the line goes, the rest stays; an unknown name is an error */
	ck_assert_int_eq(editor_file_remove(path, "alice", &err), 0);
	text = slurp(path);
	ck_assert_ptr_null(strstr(text, "alice:"));
	ck_assert_int_eq(strncmp(text, "# editors\nbob:$6$x$y\ncarol:$6$", 30), 0);
	free(text);
	buf_reset(&err);
	ck_assert_int_eq(editor_file_remove(path, "alice", &err), -1);
	ck_assert_ptr_nonnull(strstr(err.data, "no editor called alice"));

	/* bad names and passwords change nothing */
	text = slurp(path);
	ck_assert_int_eq(editor_file_add(path, "bad:name", "long-enough-pw", &err), -1);
	ck_assert_int_eq(editor_file_add(path, "", "long-enough-pw", &err), -1);
	ck_assert_int_eq(editor_file_add(path, "dave", "short", &err), -1);
	ck_assert_int_eq(editor_file_add(path, "dave", "has\nnewline-in-it", &err), -1);
	ck_assert_int_eq(editor_file_remove(path, "bad:name", &err), -1);
	h = slurp(path);
	ck_assert_str_eq(h, text);
	free(h);
	free(text);

	/* removing from a missing file is an error, and creates nothing */
	snprintf(path, sizeof(path), "%s/none", dir);
	ck_assert_int_eq(editor_file_remove(path, "alice", &err), -1);
	ck_assert_int_ne(access(path, F_OK), 0);
	/* a missing folder is an error */
	snprintf(path, sizeof(path), "%s/no/editors", dir);
	ck_assert_int_eq(editor_file_add(path, "alice", "first-password-1", &err), -1);

	buf_free(&err);
	fake_rmtree(dir);
	free(dir);
}
END_TEST

Suite *suite_editor_file(void)
{
	Suite *s = suite_create("editor_file");
	TCase *tc = tcase_create("core");

	tcase_add_test(tc, test_editor_file_names);
	tcase_add_test(tc, test_editor_file_hash);
	tcase_add_test(tc, test_editor_file_add_replace_remove);
	suite_add_tcase(s, tc);
	return s;
}
