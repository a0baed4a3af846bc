/* app: the per-worker state and the life of one request. */
#include "app.h"

#include <stdio.h>
#include <string.h>

#include "page.h"
#include "route.h"
#include "store_related.h"

/* app_open: load templates and open the database (migrating it). */
int app_open(struct app *a, const char *db_path, const char *tpl_dir, struct buf *err)
{
	memset(a, 0, sizeof(*a));
	a->db_path = db_path;
	a->tpl_dir = tpl_dir;
	a->cache_slots = CACHE_SLOTS_DEFAULT;
	a->tpl = tpl_open(tpl_dir, err);
	if (!a->tpl)
		return -1;
	return app_open_store(a, err);
}

/* app_open_store: (re)open this process's own database connection. A
 * worker calls it after fork: connections are never shared across fork. */
int app_open_store(struct app *a, struct buf *err)
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

/* app_limit_db: let the database grow to at most kib KiB, now and on
 * every later (re)open; writes past it are refused like on a full disk. */
int app_limit_db(struct app *a, long kib)
{
	a->db_max_kib = kib;
	return a->store ? store_limit_size(a->store, kib) : 0;
}

/* app_cache_slots: keep up to slots finished pages per worker (0: keep
 * none); what was kept is forgotten. */
void app_cache_slots(struct app *a, size_t slots)
{
	a->cache_slots = slots;
	cache_free(a->cache);
	a->cache = cache_new(slots);
}

/* app_reload: re-read changed templates (SIGHUP); pages made with the
 * old ones are forgotten. */
int app_reload(struct app *a, struct buf *err)
{
	cache_clear(a->cache);
	return tpl_reload(a->tpl, err);
}

/* app_close: release everything the worker holds. */
void app_close(struct app *a)
{
	store_close(a->store);
	cache_free(a->cache);
	tpl_close(a->tpl);
	a->cache = NULL;
	a->store = NULL;
	a->tpl = NULL;
}

/* app_handle: read, route, render and answer one request. 0, or -1 when
 * the answer could not be written. */
int app_handle(struct app *a, const struct req_io *io)
{
	struct req r;
	struct resp rs;
	struct page p;
	const char *why;
	int status, rc;

	resp_init(&rs);
	memset(&p, 0, sizeof(p));
	p.app = a;
	p.req = &r;
	p.resp = &rs;
	status = req_parse(&r, io, &why);
	if (status)
		page_error(&p, status, why);
	else
		route_dispatch(&p);
	rc = resp_send(&rs, &r, io);
	resp_free(&rs);
	req_free(&r);
	return rc;
}
