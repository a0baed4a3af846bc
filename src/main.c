/* quanyi-fcgi: the web program. Started on a socket (its own, fd 0 from
 * spawn-fcgi or systemd's StandardInput=socket, or systemd's LISTEN_FDS)
 * it supervises pre-forked FastCGI workers; started any other way it
 * answers the one CGI request in its environment (the cheapest end-to-end
 * test). */
#include <fcgiapp.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <sodium.h>

#include "app.h"
#include "field.h"
#include "sandbox.h"
#include "server.h"
#include "store.h"
#include "store_related.h"

#ifndef QUANYI_DEFAULT_DB
#define QUANYI_DEFAULT_DB "/var/lib/quanyi/quanyi.db"
#endif
#ifndef QUANYI_DEFAULT_TEMPLATES
#define QUANYI_DEFAULT_TEMPLATES "/usr/share/quanyi/templates"
#endif

/* main_usage: print how to call the program. */
static void main_usage(FILE *f)
{
	fputs("usage: quanyi-fcgi [-d DB] [-t TEMPLATE_DIR] [-s SOCKET [-m MODE]] [-n WORKERS]\n"
	      "                   [-M KIB] [-C PAGES] [-S on|off] [-u URL]\n"
	      "  -d DB        SQLite database (default $QUANYI_DB or " QUANYI_DEFAULT_DB ")\n"
	      "  -t DIR       templates (default $QUANYI_TEMPLATES or " QUANYI_DEFAULT_TEMPLATES ")\n"
	      "  -s SOCKET    listen on this unix socket and supervise workers\n"
	      "  -m MODE      permissions of SOCKET, octal (default 0660)\n"
	      "  -n WORKERS   pre-forked workers (default 2)\n"
	      "  -M KIB       let the database grow to at most KIB KiB: past that, posts\n"
	      "               get a 503 page, as on a full disk (default: no limit)\n"
	      "  -C PAGES     finished public pages each worker keeps in memory, checked\n"
	      "               against the database on every use (default 64; 0: none)\n"
	      "  -S on|off    the seccomp sandbox workers enter after start-up (default\n"
	      "               $QUANYI_SANDBOX or on); off is for debugging\n"
	      "  -u URL       the site's public address, http(s)://host[:port], from which\n"
	      "               every absolute link is made (feeds, sitemap, printed and\n"
	      "               shared pages), never from the request's Host (default\n"
	      "               $QUANYI_SITE_URL or " SITE_URL_DEFAULT ")\n"
	      "Without -s: serve FastCGI on fd 0 or $LISTEN_FDS if it is a socket,\n"
	      "otherwise answer one CGI request.\n", f);
}

/* main_env: getenv(name), or dflt when unset or empty. */
static const char *main_env(const char *name, const char *dflt)
{
	const char *v = getenv(name);

	return v && *v ? v : dflt;
}

/* main_systemd_fd: 3 when systemd passed exactly one socket to us. */
static int main_systemd_fd(void)
{
	const char *pid = getenv("LISTEN_PID"), *fds = getenv("LISTEN_FDS");
	long p, n;

	if (!pid || !fds || !field_int_parse(pid, strlen(pid), &p) ||
	    !field_int_parse(fds, strlen(fds), &n))
		return -1;
	if (p != (long)getpid() || n != 1)
		return -1;
	return 3;
}

int main(int argc, char **argv)
{
	const char *db = main_env("QUANYI_DB", QUANYI_DEFAULT_DB);
	const char *tpl = main_env("QUANYI_TEMPLATES", QUANYI_DEFAULT_TEMPLATES);
	const char *sock = NULL;
	const char *sandbox_mode = getenv("QUANYI_SANDBOX");
	const char *site_url = main_env("QUANYI_SITE_URL", SITE_URL_DEFAULT);
	long workers = 2, mode = 0660, max_kib = 0, cache_pages = CACHE_SLOTS_DEFAULT;
	struct site a;
	struct buf err;
	struct store *s;
	int c, fd = -1, rc, sandbox;

	while ((c = getopt(argc, argv, "d:t:s:m:n:M:C:S:u:h")) != -1) {
		switch (c) {
		case 'd': db = optarg; break;
		case 't': tpl = optarg; break;
		case 's': sock = optarg; break;
		case 'm':
			mode = strtol(optarg, NULL, 8);
			break;
		case 'n':
			if (!field_int_parse(optarg, strlen(optarg), &workers)) {
				main_usage(stderr);
				return 2;
			}
			break;
		case 'M':
			if (!field_int_parse(optarg, strlen(optarg), &max_kib) || max_kib < 0) {
				main_usage(stderr);
				return 2;
			}
			break;
		case 'C':
			if (!field_int_parse(optarg, strlen(optarg), &cache_pages) || cache_pages < 0 ||
			    cache_pages > 4096) {
				main_usage(stderr);
				return 2;
			}
			break;
		case 'S': sandbox_mode = optarg; break;
		case 'u': site_url = optarg; break;
		case 'h': main_usage(stdout); return 0;
		default: main_usage(stderr); return 2;
		}
	}
	if (optind != argc ||
	    sandbox_flags(sandbox_mode, getenv("QUANYI_SANDBOX_PROBE"), &sandbox) != 0) {
		main_usage(stderr);
		return 2;
	}
	if (sodium_init() < 0) {
		fputs("quanyi: libsodium failed to start\n", stderr);
		return 1;
	}
	buf_init(&err);

	/* Bring the schema up to date once, before any worker opens it. */
	s = store_open(db, STORE_CREATE | STORE_MIGRATE, &err);
	if (!s || store_related_attach(s) != 0) {
		fprintf(stderr, "quanyi: %s\n", s ? store_errmsg(s) : err.data);
		store_close(s);
		buf_free(&err);
		return 1;
	}
	store_close(s);
	if (!site_url_ok(site_url)) {
		fprintf(stderr, "quanyi: -u %s: the site address must be http(s)://host[:port] with"
			" no path\n", site_url);
		return 2;
	}
	if (site_open(&a, db, tpl, &err) != 0) {
		fprintf(stderr, "quanyi: %s\n", err.data);
		site_close(&a);
		buf_free(&err);
		return 1;
	}
	a.base_url = site_url;
	site_cache_slots(&a, (size_t)cache_pages);
	if (site_limit_db(&a, max_kib) != 0) {
		fprintf(stderr, "quanyi: cannot limit the database size: %s\n",
			store_errmsg(a.store));
		site_close(&a);
		buf_free(&err);
		return 1;
	}

	if (FCGX_Init() != 0) {
		fputs("quanyi: libfcgi failed to start\n", stderr);
		site_close(&a);
		buf_free(&err);
		return 1;
	}
	if (sock) {
		fd = server_open_socket(sock, (int)mode, &err);
		if (fd < 0) {
			fprintf(stderr, "quanyi: %s\n", err.data);
			site_close(&a);
			buf_free(&err);
			return 1;
		}
	} else if ((fd = main_systemd_fd()) < 0 && !FCGX_IsCGI()) {
		fd = 0;
	}

	if (fd >= 0) {
		rc = server_run(&a, fd, (int)workers, sandbox);
		if (sock)
			unlink(sock);
	} else {
		rc = server_cgi(&a, sandbox);
	}
	site_close(&a);
	buf_free(&err);
	return rc;
}
