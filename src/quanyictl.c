/* quanyictl: the editors' and operators' command line on the same
 * database the site uses. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>

#include <sodium.h>

#include "content.h"
#include "content_refs.h"
#include "content_wording.h"
#include "editor_file.h"
#include "store.h"
#include "store_audit.h"
#include "store_backup.h"
#include "store_queue.h"
#include "store_related.h"

#ifndef QUANYI_DEFAULT_DB
#define QUANYI_DEFAULT_DB "/var/lib/quanyi/quanyi.db"
#endif
#define QUANYI_DEFAULT_EDITORS "/etc/quanyi/editors"

enum {
	CTL_QUEUE_LIMIT = 1000,   /* questions listed at most */
	CTL_BODY_CHARS = 60       /* characters of a question's body shown */
};

/* ctl_usage: print the commands. */
static void ctl_usage(FILE *f)
{
	fputs("usage: quanyictl [-d DB] COMMAND\n"
	      "  init                 create the database or bring its schema up to date\n"
	      "  import DIR           load a content/ tree in one transaction (idempotent)\n"
	      "  export DIR           write the content back to DIR in the content/ format\n"
	      "  backup FILE          a consistent copy of the live database (VACUUM INTO),\n"
	      "                       checked; FILE must not exist\n"
	      "  restore FILE         check a backup and copy it into the live database\n"
	      "                       (SQLite's backup API; safe while the site serves)\n"
	      "  questions [--status new|answered|published|rejected|all]\n"
	      "                       the readers' question queue, newest first (default: new)\n"
	      "  check                check every reference of the content: law citations\n"
	      "                       (the law in content/law, current version, that article)\n"
	      "                       of articles, terms, plan steps and the tools' wording,\n"
	      "                       the plan's questions, conditions, articles, letters, channels\n"
	      "  wording              check the tools' wording (content/wording): every entry a\n"
	      "                       tool uses is there, every period reads\n"
	      "  log [N]              the editors' audit log, newest first (default: 50 entries):\n"
	      "                       time (UTC), editor, action, what, detail; tab-separated\n"
	      "  editor add NAME [-p FILE]     add an editor, or change an editor's password\n"
	      "  editor remove NAME [-p FILE]  remove an editor\n"
	      "DB defaults to $QUANYI_DB or " QUANYI_DEFAULT_DB ";\n"
	      "the editors' file (nginx auth_basic) to $QUANYI_EDITORS or "
	      QUANYI_DEFAULT_EDITORS ".\n"
	      "editor add reads the password from standard input (one line), or asks twice\n"
	      "on a terminal; an editor name is 1-32 of a-z 0-9 _ . - and a password 10-128 bytes.\n",
	      f);
}

/* ctl_read_password: one line from stdin without its line end into out,
 * with the terminal's echo off when stdin is one (prompting on stderr).
 * 0, -1 (nothing to read) or -2 (longer than out). */
static int ctl_read_password(const char *prompt, char *out, size_t outsz)
{
	struct termios old, quiet;
	int tty = isatty(STDIN_FILENO), rc = 0, echo_off = 0, c;
	size_t n;

	if (tty) {
		fputs(prompt, stderr);
		fflush(stderr);
		if (tcgetattr(STDIN_FILENO, &old) == 0) {
			quiet = old;
			quiet.c_lflag &= ~(tcflag_t)ECHO;
			echo_off = tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet) == 0;
		}
	}
	if (!fgets(out, (int)outsz, stdin))
		rc = -1;
	if (echo_off)
		tcsetattr(STDIN_FILENO, TCSAFLUSH, &old);
	if (tty)
		fputc('\n', stderr);
	if (rc != 0)
		return rc;
	n = strlen(out);
	if (n == outsz - 1 && out[n - 1] != '\n') {
		while ((c = getchar()) != EOF && c != '\n')
			;
		return -2;
	}
	if (n && out[n - 1] == '\n')
		out[--n] = '\0';
	if (n && out[n - 1] == '\r')
		out[--n] = '\0';
	return 0;
}

/* ctl_editor_password: the new password into pw: one line from stdin, or
 * asked twice on a terminal. 0 or -1 (err). */
static int ctl_editor_password(char *pw, size_t pwsz, struct buf *err)
{
	char again[EDITOR_FILE_PASSWORD_MAX + 8];
	int rc = ctl_read_password("new password: ", pw, pwsz);

	if (rc == 0 && isatty(STDIN_FILENO)) {
		rc = ctl_read_password("the same again: ", again, sizeof(again));
		if (rc == 0 && strcmp(pw, again) != 0) {
			buf_puts(err, "the two passwords differ; nothing was changed");
			rc = -3;
		}
		sodium_memzero(again, sizeof(again));
	}
	if (rc == -1)
		buf_puts(err, "no password given on standard input");
	else if (rc == -2)
		buf_puts(err, "a password is 10-128 bytes without control characters");
	return rc == 0 ? 0 : -1;
}

/* ctl_editor: editor add|remove NAME [-p FILE] (the arguments after
 * "editor"). Exit status: 0, 1 (failed) or 2 (usage). */
static int ctl_editor(int argc, char **argv)
{
	const char *path = getenv("QUANYI_EDITORS"), *name = NULL, *verb;
	char pw[EDITOR_FILE_PASSWORD_MAX + 8];
	struct buf err;
	int rc = 1, r;

	if (!path || !*path)
		path = QUANYI_DEFAULT_EDITORS;
	if (argc < 2)
		goto usage;
	verb = argv[0];
	for (int i = 1; i < argc; i++) {
		if (strcmp(argv[i], "-p") == 0 && i + 1 < argc)
			path = argv[++i];
		else if (!name && argv[i][0] != '-')
			name = argv[i];
		else
			goto usage;
	}
	if (!name || (strcmp(verb, "add") != 0 && strcmp(verb, "remove") != 0))
		goto usage;
	buf_init(&err);
	if (!editor_file_name_ok(name)) {
		buf_puts(&err, "an editor name is 1-32 characters of a-z, 0-9, '_', '.', '-'");
	} else if (strcmp(verb, "remove") == 0) {
		if (editor_file_remove(path, name, &err) == 0) {
			printf("%s: removed editor %s\n", path, name);
			rc = 0;
		}
	} else if (ctl_editor_password(pw, sizeof(pw), &err) == 0) {
		r = editor_file_add(path, name, pw, &err);
		if (r >= 0) {
			printf("%s: %s editor %s (SHA-512 crypt)\n", path, r ? "updated" : "added", name);
			rc = 0;
		}
	}
	sodium_memzero(pw, sizeof(pw));
	if (rc)
		fprintf(stderr, "quanyictl: %s\n", err.data ? err.data : "failed");
	buf_free(&err);
	return rc;
usage:
	ctl_usage(stderr);
	return 2;
}

/* ctl_print_text: print at most max characters of UTF-8 text s on one
 * line, control characters (line ends, tabs, escapes) shown as spaces;
 * "…" when s was cut. */
static void ctl_print_text(const char *s, size_t max)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t chars = 0;

	for (; *p && chars < max; chars++) {
		size_t len = 1;

		if (*p < 0x20 || *p == 0x7f || (*p == 0xc2 && p[1] >= 0x80 && p[1] <= 0x9f)) {
			putchar(' ');
			p += *p == 0xc2 ? 2 : 1;
			continue;
		}
		while ((p[len] & 0xc0) == 0x80)
			len++;
		fwrite(p, 1, len, stdout);
		p += len;
	}
	if (*p)
		fputs("…", stdout);
}

/* ctl_question: print one question of the queue as a block: id, status,
 * created time and topic; the title; the start of the (masked) body. */
static void ctl_question(const struct store_question *q)
{
	printf("#%ld  %s  %s  ", q->id, q->status, q->created);
	ctl_print_text(q->category_title, 40);
	fputs("\n  ", stdout);
	ctl_print_text(q->title, 200);
	fputs("\n  ", stdout);
	ctl_print_text(q->body, CTL_BODY_CHARS);
	fputs("\n\n", stdout);
}

/* ctl_questions: questions [--status STATUS]. 0, 1 (err) or 2 (usage). */
static int ctl_questions(struct store *s, int argc, char **argv, struct buf *err)
{
	const char *status = "new";
	struct store_questions qs;
	struct arena a;
	long n;

	if (argc == 2 && strncmp(argv[1], "--status=", 9) == 0)
		status = argv[1] + 9;
	else if (argc == 3 && strcmp(argv[1], "--status") == 0)
		status = argv[2];
	else if (argc != 1)
		return 2;
	if (!store_queue_status_ok(status))
		return 2;
	arena_init(&a);
	n = store_queue_list(s, &a, status, CTL_QUEUE_LIMIT, &qs);
	if (n < 0) {
		arena_free(&a);
		buf_printf(err, "cannot read the questions: %s", store_errmsg(s));
		return 1;
	}
	for (size_t i = 0; i < qs.n; i++)
		ctl_question(&qs.v[i]);
	arena_free(&a);
	if (strcmp(status, "all") == 0)
		printf("%ld question%s%s\n", n, n == 1 ? "" : "s",
		       n == CTL_QUEUE_LIMIT ? " (the newest shown)" : "");
	else
		printf("%ld question%s with status %s%s\n", n, n == 1 ? "" : "s", status,
		       n == CTL_QUEUE_LIMIT ? " (the newest shown)" : "");
	return 0;
}

/* ctl_info: describe what a checked database holds into out. */
static void ctl_info(struct buf *out, const struct store_backup_info *info)
{
	buf_printf(out, "schema version %d, %ld article%s", info->version, info->articles,
		   info->articles == 1 ? "" : "s");
	if (info->questions >= 0)
		buf_printf(out, ", %ld question%s", info->questions,
			   info->questions == 1 ? "" : "s");
}

/* ctl_backup: backup FILE. Exit status. */
static int ctl_backup(struct store *s, const char *db, const char *file, struct buf *report,
		      struct buf *err)
{
	struct store_backup_info info;

	if (store_backup_to(s, file, &info, err) != 0)
		return 1;
	buf_printf(report, "%s: a consistent copy of %s (", file, db);
	ctl_info(report, &info);
	buf_puts(report, "); integrity check ok\n");
	return 0;
}

/* ctl_restore: restore FILE, then bring a backup of an older schema up to
 * date. *sp is reopened for that. Exit status. */
static int ctl_restore(struct store **sp, const char *db, const char *file,
		       struct buf *report, struct buf *err)
{
	struct store_backup_info info;

	if (store_restore_from(*sp, file, &info, err) != 0)
		return 1;
	buf_printf(report, "%s: restored from %s (", db, file);
	ctl_info(report, &info);
	buf_puts(report, "); running workers see it on their next request\n");
	if (info.version < store_schema_version()) {
		store_close(*sp);
		*sp = store_open(db, STORE_MIGRATE, err);
		if (!*sp)
			return 1;
		if (store_related_attach(*sp) != 0) {
			buf_puts(err, store_errmsg(*sp));
			return 1;
		}
		buf_printf(report, "%s: schema brought up to version %d\n", db,
			   store_schema_version());
	}
	return 0;
}

/* What a command that works on the database gets. */
struct ctl_run {
	struct store *s;
	const char *db;
	struct buf *report, *err;
};

/* ctl_init: init. Exit status. */
static int ctl_init(struct ctl_run *r, int argc, char **argv)
{
	(void)argc;
	(void)argv;
	printf("%s: schema version %d\n", r->db, store_schema_version());
	return 0;
}

/* ctl_import: import DIR. Exit status. */
static int ctl_import(struct ctl_run *r, int argc, char **argv)
{
	(void)argc;
	return content_import(r->s, argv[1], "import", r->report, r->err) == 0 ? 0 : 1;
}

/* ctl_export: export DIR. Exit status. */
static int ctl_export(struct ctl_run *r, int argc, char **argv)
{
	(void)argc;
	return content_export(r->s, argv[1], r->report, r->err) == 0 ? 0 : 1;
}

/* ctl_backup_cmd: backup FILE. Exit status. */
static int ctl_backup_cmd(struct ctl_run *r, int argc, char **argv)
{
	(void)argc;
	return ctl_backup(r->s, r->db, argv[1], r->report, r->err);
}

/* ctl_restore_cmd: restore FILE. Exit status. */
static int ctl_restore_cmd(struct ctl_run *r, int argc, char **argv)
{
	(void)argc;
	return ctl_restore(&r->s, r->db, argv[1], r->report, r->err);
}

/* ctl_questions_cmd: questions [--status S]. Exit status (2: usage). */
static int ctl_questions_cmd(struct ctl_run *r, int argc, char **argv)
{
	return ctl_questions(r->s, argc, argv, r->err);
}

/* ctl_check: check: every reference of the content (law citations
 * against content/law, the plan's questions, conditions, articles,
 * letters and channels); one line per problem. 0 when there is none,
 * else 1. */
static int ctl_check(struct ctl_run *r, int argc, char **argv)
{
	long bad;

	(void)argc;
	(void)argv;
	bad = content_refs_check(r->s, r->report);
	if (bad < 0) {
		buf_printf(r->err, "cannot check the content: %s", store_errmsg(r->s));
		return 1;
	}
	buf_printf(r->report, "%ld problem%s with the content's references\n", bad, bad == 1 ? "" : "s");
	if (bad > 0) {
		buf_puts(r->err, "some references of the content do not resolve");
		return 1;
	}
	return 0;
}

/* ctl_wording: wording: every tool's wording checked against what the
 * tool uses; one line per problem. 0 when there is none, else 1. */
static int ctl_wording(struct ctl_run *r, int argc, char **argv)
{
	long bad;

	(void)argc;
	(void)argv;
	bad = content_wording_check(r->s, r->report);
	if (bad < 0) {
		buf_printf(r->err, "cannot check the wording: %s", store_errmsg(r->s));
		return 1;
	}
	buf_printf(r->report, "%ld problem%s with the tools' wording\n", bad, bad == 1 ? "" : "s");
	if (bad > 0) {
		buf_puts(r->err, "the tools' wording lacks entries the tools use, or has bad ones");
		return 1;
	}
	return 0;
}

/* ctl_log: log [N]: the newest N (50) entries of the audit log, one a
 * line, tab-separated. Exit status (2: usage). */
static int ctl_log(struct ctl_run *r, int argc, char **argv)
{
	struct store_audits log;
	struct arena a;
	char *end = NULL;
	long n = argc > 1 ? strtol(argv[1], &end, 10) : 50;

	if (argc > 1 && (*end || n < 1 || n > 1000000)) {
		buf_puts(r->err, "log: N must be a number from 1 to 1000000");
		return 2;
	}
	arena_init(&a);
	if (store_audit_list(r->s, &a, n, &log) < 0) {
		buf_printf(r->err, "cannot read the audit log: %s", store_errmsg(r->s));
		arena_free(&a);
		return 1;
	}
	for (size_t i = 0; i < log.n; i++)
		buf_printf(r->report, "%s\t%s\t%s\t%s/%s\t%s\n", log.v[i].at, log.v[i].editor,
			   log.v[i].action, log.v[i].kind, log.v[i].slug, log.v[i].detail);
	arena_free(&a);
	return 0;
}

enum {
	CTL_EXISTING = 1   /* the database must exist already */
};

/* The commands on the database: name, how many arguments after the name
 * (at least, at most), flags, handler. */
static const struct {
	const char *name;
	int min, max, flags;
	int (*fn)(struct ctl_run *r, int argc, char **argv);
} ctl_cmds[] = {
	{ "init", 0, 0, 0, ctl_init },
	{ "import", 1, 1, 0, ctl_import },
	{ "export", 1, 1, 0, ctl_export },
	{ "backup", 1, 1, CTL_EXISTING, ctl_backup_cmd },
	{ "restore", 1, 1, 0, ctl_restore_cmd },
	{ "questions", 0, 2, CTL_EXISTING, ctl_questions_cmd },
	{ "check", 0, 0, CTL_EXISTING, ctl_check },
	{ "wording", 0, 0, CTL_EXISTING, ctl_wording },
	{ "log", 0, 1, CTL_EXISTING, ctl_log },
};

int main(int argc, char **argv)
{
	const char *db = getenv("QUANYI_DB");
	struct buf err, report;
	struct ctl_run r;
	int i = 1, rc = 1, cmd = -1;

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
	if (strcmp(argv[i], "editor") == 0)
		return ctl_editor(argc - i - 1, argv + i + 1);
	for (size_t k = 0; k < sizeof(ctl_cmds) / sizeof(ctl_cmds[0]); k++)
		if (strcmp(argv[i], ctl_cmds[k].name) == 0 && argc - i - 1 >= ctl_cmds[k].min &&
		    argc - i - 1 <= ctl_cmds[k].max)
			cmd = (int)k;
	if (cmd < 0) {
		ctl_usage(stderr);
		return 2;
	}
	buf_init(&err);
	buf_init(&report);
	r.db = db;
	r.report = &report;
	r.err = &err;
	r.s = store_open(db, (ctl_cmds[cmd].flags & CTL_EXISTING) ? STORE_MIGRATE
			 : STORE_CREATE | STORE_MIGRATE, &err);
	if (!r.s) {
		fprintf(stderr, "quanyictl: %s\n", err.data);
		goto out;
	}
	if (store_related_attach(r.s) != 0) {
		fprintf(stderr, "quanyictl: %s\n", store_errmsg(r.s));
		store_close(r.s);
		goto out;
	}
	rc = ctl_cmds[cmd].fn(&r, argc - i, argv + i);
	if (rc == 2)
		ctl_usage(stderr);
	if (report.len)
		fputs(report.data, stdout);
	if (rc == 1)
		fprintf(stderr, "quanyictl: %s\n", err.data ? err.data : "failed");
	store_close(r.s);
out:
	buf_free(&err);
	buf_free(&report);
	return rc;
}
