/* quanyictl: the editors' and operators' command line on the same
 * database the site uses. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>

#include <sodium.h>

#include "content.h"
#include "passwd_file.h"
#include "store.h"
#include "store_admin.h"
#include "store_backup.h"

#ifndef QUANYI_DEFAULT_DB
#define QUANYI_DEFAULT_DB "/var/lib/quanyi/quanyi.db"
#endif
#define QUANYI_DEFAULT_EDITORS "/etc/quanyi/editors"

/* ctl_usage: print the commands. */
static void ctl_usage(FILE *f)
{
	fputs("usage: quanyictl [-d DB] COMMAND\n"
	      "  init                 create the database or bring its schema up to date\n"
	      "  import DIR           load a content/ tree in one transaction (idempotent)\n"
	      "  export DIR           write the content back to DIR in the content/ format\n"
	      "  backup FILE          a consistent copy of the live database (VACUUM INTO)\n"
	      "  restore FILE         put a backup back while the site is serving\n"
	      "  questions            the readers' question queue, new ones first\n"
	      "  editor add NAME [-p FILE]     add an editor (or change the password)\n"
	      "  editor remove NAME [-p FILE]  remove an editor\n"
	      "DB defaults to $QUANYI_DB or " QUANYI_DEFAULT_DB ";\n"
	      "the editors' file to $QUANYI_EDITORS or " QUANYI_DEFAULT_EDITORS ".\n"
	      "editor add reads the password from standard input, or asks twice on a terminal.\n",
	      f);
}

/* ctl_read_password: one line from stdin without its newline; on a
 * terminal with echo off. 0 or -1. */
static int ctl_read_password(const char *prompt, char *out, size_t outsz)
{
	struct termios old, quiet;
	int tty = isatty(STDIN_FILENO), rc = 0;
	size_t n;

	if (tty) {
		fputs(prompt, stderr);
		if (tcgetattr(STDIN_FILENO, &old) != 0)
			return -1;
		quiet = old;
		quiet.c_lflag &= ~(tcflag_t)ECHO;
		tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
	}
	if (!fgets(out, (int)outsz, stdin))
		rc = -1;
	if (tty) {
		tcsetattr(STDIN_FILENO, TCSAFLUSH, &old);
		fputc('\n', stderr);
	}
	if (rc == 0) {
		n = strlen(out);
		while (n && (out[n - 1] == '\n' || out[n - 1] == '\r'))
			out[--n] = '\0';
	}
	return rc;
}

/* ctl_editor: editor add|remove NAME [-p FILE]. Exit status. */
static int ctl_editor(int argc, char **argv)
{
	const char *path = getenv("QUANYI_EDITORS");
	char pw[256], again[256];
	struct buf err;
	int rc = 1;

	if (!path || !*path)
		path = QUANYI_DEFAULT_EDITORS;
	if (argc == 5 && strcmp(argv[3], "-p") == 0)
		path = argv[4];
	else if (argc != 3) {
		ctl_usage(stderr);
		return 2;
	}
	buf_init(&err);
	if (strcmp(argv[1], "remove") == 0) {
		if (passwd_file_remove(path, argv[2], &err) == 0) {
			printf("%s: removed editor %s\n", path, argv[2]);
			rc = 0;
		}
	} else if (strcmp(argv[1], "add") == 0) {
		if (ctl_read_password("password: ", pw, sizeof(pw)) != 0) {
			buf_puts(&err, "no password given");
		} else if (isatty(STDIN_FILENO) &&
			   (ctl_read_password("again: ", again, sizeof(again)) != 0 ||
			    strcmp(pw, again) != 0)) {
			buf_puts(&err, "the two passwords differ");
		} else {
			int r = passwd_file_set(path, argv[2], pw, &err);
			if (r >= 0) {
				printf("%s: %s editor %s\n", path, r ? "updated" : "added", argv[2]);
				rc = 0;
			}
		}
		sodium_memzero(pw, sizeof(pw));
		sodium_memzero(again, sizeof(again));
	} else {
		ctl_usage(stderr);
		buf_free(&err);
		return 2;
	}
	if (rc)
		fprintf(stderr, "quanyictl: %s\n", err.data ? err.data : "failed");
	buf_free(&err);
	return rc;
}

/* ctl_question: print one question of the queue. */
static int ctl_question(void *ctx, const struct store_question *q)
{
	const char *b = q->body;
	size_t n = 0, chars = 0;

	(void)ctx;
	while (b[n] && chars < 60) {
		if (((unsigned char)b[n] & 0xc0) != 0x80)
			chars++;
		n++;
		while (((unsigned char)b[n] & 0xc0) == 0x80)
			n++;
	}
	printf("#%ld  %-9s  %s  %s\n    %s\n    %.*s%s\n\n", q->id, q->status, q->created,
	       q->category_title, q->title, (int)n, b, b[n] ? "…" : "");
	return 0;
}

int main(int argc, char **argv)
{
	const char *db = getenv("QUANYI_DB");
	struct buf err, report;
	struct store *s;
	const char *cmd;
	int i = 1, rc = 1;

	if (sodium_init() < 0) {
		fputs("quanyictl: libsodium failed to start\n", stderr);
		return 1;
	}
	if (!db || !*db)
		db = QUANYI_DEFAULT_DB;
	if (i + 1 < argc && strcmp(argv[i], "-d") == 0) {
		db = argv[i + 1];
		i += 2;
	}
	if (i >= argc || strcmp(argv[i], "-h") == 0 || strcmp(argv[i], "--help") == 0) {
		ctl_usage(i >= argc ? stderr : stdout);
		return i >= argc ? 2 : 0;
	}
	cmd = argv[i];
	if (strcmp(cmd, "editor") == 0)
		return ctl_editor(argc - i, argv + i);
	if (!(((strcmp(cmd, "init") == 0 || strcmp(cmd, "questions") == 0) && argc == i + 1) ||
	      ((strcmp(cmd, "import") == 0 || strcmp(cmd, "export") == 0 ||
		strcmp(cmd, "backup") == 0 || strcmp(cmd, "restore") == 0) && argc == i + 2))) {
		ctl_usage(stderr);
		return 2;
	}
	buf_init(&err);
	buf_init(&report);
	s = store_open(db, STORE_CREATE | STORE_MIGRATE, &err);
	if (!s) {
		fprintf(stderr, "quanyictl: %s\n", err.data);
		goto out;
	}
	if (strcmp(cmd, "init") == 0) {
		printf("%s: schema version %d\n", db, store_schema_version());
		rc = 0;
	} else if (strcmp(cmd, "import") == 0) {
		rc = content_import(s, argv[i + 1], "import", &report, &err) == 0 ? 0 : 1;
	} else if (strcmp(cmd, "export") == 0) {
		rc = content_export(s, argv[i + 1], &report, &err) == 0 ? 0 : 1;
	} else if (strcmp(cmd, "backup") == 0) {
		rc = store_backup_to(s, argv[i + 1], &err) == 0 ? 0 : 1;
		if (!rc)
			buf_printf(&report, "%s: consistent copy of %s, integrity ok\n", argv[i + 1], db);
	} else if (strcmp(cmd, "restore") == 0) {
		rc = store_restore_from(s, argv[i + 1], &err) == 0 ? 0 : 1;
		if (!rc) {
			/* A backup from an older schema is brought up to date. */
			store_close(s);
			s = store_open(db, STORE_MIGRATE, &err);
			rc = s ? 0 : 1;
			if (!rc)
				buf_printf(&report, "%s: restored from %s\n", db, argv[i + 1]);
		}
	} else {
		rc = store_admin_questions(s, ctl_question, NULL) < 0 ? 1 : 0;
		if (rc)
			buf_printf(&err, "cannot read the questions: %s", store_errmsg(s));
	}
	if (report.len)
		fputs(report.data, stdout);
	if (rc)
		fprintf(stderr, "quanyictl: %s\n", err.data ? err.data : "failed");
	store_close(s);
out:
	buf_free(&err);
	buf_free(&report);
	return rc;
}
