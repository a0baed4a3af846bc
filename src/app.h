/* app: what a worker holds for its whole life (database connection and
 * templates), and the handling of one request with it. */
#ifndef QUANYI_APP_H
#define QUANYI_APP_H

#include "buf.h"
#include "cache.h"
#include "request.h"
#include "response.h"
#include "store.h"
#include "tpl.h"

struct app {
	struct store *store;
	struct tpl_cache *tpl;
	const char *db_path;
	const char *tpl_dir;
	long db_max_kib;              /* how big the database may grow (0: no limit) */
	struct cache *cache;          /* this worker's finished pages (NULL: none) */
	size_t cache_slots;           /* how many it keeps (0: no cache) */
	unsigned char csrf_key[32];   /* from the database's secret table */
	unsigned char client_key[32]; /* salts the hash of a client address */
};

int app_open(struct app *a, const char *db_path, const char *tpl_dir, struct buf *err);
int app_open_store(struct app *a, struct buf *err);
int app_limit_db(struct app *a, long kib);
void app_cache_slots(struct app *a, size_t slots);
int app_reload(struct app *a, struct buf *err);
void app_close(struct app *a);
int app_handle(struct app *a, const struct req_io *io);

#endif
