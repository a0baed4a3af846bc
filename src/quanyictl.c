/* quanyictl: the editors' and operators' command line on the same
 * database the site uses. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "content.h"
#include "store.h"

#ifndef QUANYI_DEFAULT_DB
#define QUANYI_DEFAULT_DB "/var/lib/quanyi/quanyi.db"
#endif

/* ctl_usage: print the commands. */
static void ctl_usage(FILE *f)
{
	fputs("usage: quanyictl [-d DB] COMMAND\n"
	      "  init         create the database or bring its schema up to date\n"
	      "  import DIR   load a content/ tree in one transaction (idempotent)\n"
	      "  export DIR   write every category, article and channel to DIR\n"
	      "DB defaults to $QUANYI_DB or " QUANYI_DEFAULT_DB "\n", f);
}

int main(int argc, char **argv)
{
	const char *db = getenv("QUANYI_DB");
	struct buf err, report;
	struct store *s;
	int i = 1, rc = 1;

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
	if (!((strcmp(argv[i], "init") == 0 && argc == i + 1) ||
	      ((strcmp(argv[i], "import") == 0 || strcmp(argv[i], "export") == 0) &&
	       argc == i + 2))) {
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
	if (strcmp(argv[i], "init") == 0) {
		printf("%s: schema version %d\n", db, store_schema_version());
		rc = 0;
	} else if (strcmp(argv[i], "import") == 0) {
		rc = content_import(s, argv[i + 1], "import", &report, &err) == 0 ? 0 : 1;
	} else {
		rc = content_export(s, argv[i + 1], &report, &err) == 0 ? 0 : 1;
	}
	if (report.len)
		fputs(report.data, stdout);
	if (rc)
		fprintf(stderr, "quanyictl: %s\n", err.data);
	store_close(s);
out:
	buf_free(&err);
	buf_free(&report);
	return rc;
}
