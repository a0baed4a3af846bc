/* site: what a worker holds for its whole life: its database connection,
 * the templates, its page cache and the secrets. */
#include "site.h"

#include <stdio.h>
#include <string.h>

#include "store_related.h"

/* site_open: load templates and open the database (migrating it). */
int site_open(struct site *a, const char *db_path, const char *tpl_dir, struct buf *err)
{
	memset(a, 0, sizeof(*a));
	arena_init(&a->derived_arena);
	a->base_url = SITE_URL_DEFAULT;
	a->db_path = db_path;
	a->tpl_dir = tpl_dir;
	a->cache_slots = CACHE_SLOTS_DEFAULT;
	a->tpl = tpl_open(tpl_dir, err);
	if (!a->tpl)
		return -1;
	return site_open_store(a, err);
}

/* site_open_store: (re)open this process's own database connection. A
 * worker calls it after fork: connections are never shared across fork. */
int site_open_store(struct site *a, struct buf *err)
{
	store_close(a->store);
	cache_free(a->cache);
	a->cache = cache_new(a->cache_slots);
	a->store = store_open(a->db_path, 0, err);
	if (!a->store)
		return -1;
	if (store_related_attach(a->store) != 0) {
		buf_printf(err, "%s: %s", a->db_path, store_errmsg(a->store));
		store_close(a->store);
		a->store = NULL;
		return -1;
	}
	if (store_limit_size(a->store, a->db_max_kib) != 0) {
		buf_printf(err, "%s: cannot limit the database size: %s", a->db_path,
			   store_errmsg(a->store));
		store_close(a->store);
		a->store = NULL;
		return -1;
	}
	if (store_secret(a->store, "csrf", a->csrf_key, sizeof(a->csrf_key)) != 0 ||
	    store_secret(a->store, "client", a->client_key, sizeof(a->client_key)) != 0) {
		buf_printf(err, "%s: cannot read or make the form secret: %s", a->db_path,
			   store_errmsg(a->store));
		store_close(a->store);
		a->store = NULL;
		return -1;
	}
	return 0;
}

/* site_limit_db: let the database grow to at most kib KiB, now and on
 * every later (re)open; writes past it are refused like on a full disk. */
int site_limit_db(struct site *a, long kib)
{
	a->db_max_kib = kib;
	return a->store ? store_limit_size(a->store, kib) : 0;
}

/* site_cache_slots: keep up to slots finished pages per worker (0: keep
 * none); what was kept is forgotten. */
void site_cache_slots(struct site *a, size_t slots)
{
	a->cache_slots = slots;
	cache_free(a->cache);
	a->cache = cache_new(slots);
}

/* site_reload: re-read changed templates (SIGHUP); pages made with the
 * old ones are forgotten. */
int site_reload(struct site *a, struct buf *err)
{
	cache_clear(a->cache);
	return tpl_reload(a->tpl, err);
}

/* site_close: release everything the worker holds. */
void site_close(struct site *a)
{
	store_close(a->store);
	cache_free(a->cache);
	tpl_close(a->tpl);
	arena_free(&a->derived_arena);
	a->derived = NULL;
	a->cache = NULL;
	a->store = NULL;
	a->tpl = NULL;
}


/* site_url_ok: 1 when url is http:// or https:// followed by a host name
 * (letters, digits, '.', '-'; an optional :port) and nothing else: no
 * path, no trailing slash, nothing that could break out of a link. */
int site_url_ok(const char *url)
{
	const char *h;
	size_t n;
	int port = 0;

	if (!url)
		return 0;
	if (strncmp(url, "https://", 8) == 0)
		h = url + 8;
	else if (strncmp(url, "http://", 7) == 0)
		h = url + 7;
	else
		return 0;
	n = strlen(h);
	if (n == 0 || n > 255 || h[0] == '.' || h[0] == '-' || h[0] == ':')
		return 0;
	for (size_t i = 0; i < n; i++) {
		char c = h[i];

		if (c == ':' && !port && i + 1 < n) {
			port = 1;
			continue;
		}
		if (port ? !(c >= '0' && c <= '9')
			 : !((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
			     (c >= '0' && c <= '9') || c == '.' || c == '-'))
			return 0;
	}
	return 1;
}

/* site_derived: what a page kept with site_derived_keep, if the database
 * is still as it was then; otherwise NULL, and the arena is emptied for
 * the page to make it again (in a->derived_arena). */
void *site_derived(struct site *a)
{
	struct store_gen g;

	if (a->store && store_generation(a->store, &g) == 0 && a->derived &&
	    g.data_version == a->derived_gen.data_version && g.changes == a->derived_gen.changes)
		return a->derived;
	arena_free(&a->derived_arena);
	arena_init(&a->derived_arena);
	a->derived = NULL;
	return NULL;
}

/* site_derived_keep: keep v (made in a->derived_arena) for this
 * generation of the database. */
void site_derived_keep(struct site *a, void *v)
{
	if (a->store && store_generation(a->store, &a->derived_gen) == 0)
		a->derived = v;
}
