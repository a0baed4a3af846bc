/* site: what a worker holds for its whole life (database connection,
 * templates, page cache, secrets), used by the low layers and the pages. */
#ifndef QUANYI_SITE_H
#define QUANYI_SITE_H

#include <stddef.h>

#include "arena.h"
#include "buf.h"
#include "cache.h"
#include "store.h"
#include "tpl.h"

struct site {
	struct store *store;
	struct tpl_cache *tpl;
	const char *db_path;
	const char *tpl_dir;
	long db_max_kib;              /* how big the database may grow (0: no limit) */
	struct cache *cache;          /* this worker's finished pages (NULL: none) */
	size_t cache_slots;           /* how many it keeps (0: no cache) */
	unsigned char csrf_key[32];   /* from the database's secret table */
	unsigned char client_key[32]; /* salts the hash of a client address */
	const char *base_url;         /* the public address, no trailing slash (-u) */
	/* What a page works out from the content and keeps while the
	 * database is as it was (today one page uses it: /plan keeps its
	 * questions and steps, read and checked, with their law quotes):
	 * everything lives in the arena, emptied when the generation
	 * changes. */
	struct arena derived_arena;
	struct store_gen derived_gen;
	void *derived;
};

/* The site address when none is configured: what scripts/serve serves. */
#define SITE_URL_DEFAULT "http://127.0.0.1:8080"

int site_open(struct site *a, const char *db_path, const char *tpl_dir, struct buf *err);
int site_open_store(struct site *a, struct buf *err);
int site_limit_db(struct site *a, long kib);
void site_cache_slots(struct site *a, size_t slots);
int site_reload(struct site *a, struct buf *err);
void site_close(struct site *a);
int site_url_ok(const char *url);
void *site_derived(struct site *a);
void site_derived_keep(struct site *a, void *v);

#endif
