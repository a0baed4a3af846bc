/* cache: a worker's memory of the public pages it has made, so that a
 * page read again before the database changes is sent without being made
 * again. Bounded (a fixed number of slots, pages up to CACHE_MAX_BODY),
 * private to one worker, and checked against the database's generation on
 * every use, so a change by any editor or worker shows at once. */
#ifndef QUANYI_CACHE_H
#define QUANYI_CACHE_H

#include <stddef.h>

#include "response.h"
#include "store.h"

#define CACHE_SLOTS_DEFAULT 64
#define CACHE_MAX_BODY (64 * 1024)

struct cache_stats {
	unsigned long hits, misses, stores;
	size_t bytes;      /* held now: keys, headers and bodies */
};

struct cache;

struct cache *cache_new(size_t slots);
void cache_free(struct cache *c);
void cache_clear(struct cache *c);
int cache_get(struct cache *c, const char *key, const struct store_gen *g, long now,
	      struct resp *rs);
int cache_put(struct cache *c, const char *key, const struct store_gen *g, long now,
	      struct resp *rs);
void cache_stats(const struct cache *c, struct cache_stats *out);

#endif
