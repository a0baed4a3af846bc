/* cache: finished public pages kept by one worker (see cache.h). */
#include "cache.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* A page is kept until the hour it was made in ends: the helpful-vote
 * form on an article carries a token bound to the hour (page_vote.c),
 * and nothing else on a cacheable page depends on the time. */
#define CACHE_PERIOD 3600

struct cache_entry {
	char *key;                  /* NULL: the slot is empty */
	struct store_gen gen;       /* the database when the page was made */
	long expires;
	const char *content_type;   /* string constants of the handlers */
	const char *cache_control;
	struct buf headers;         /* rs->headers, for a 304 made from it */
	struct buf wire;            /* the 200 as resp_send writes it */
	size_t head_len;            /* of which the header block */
	char etag[sizeof(((struct resp *)0)->etag)];
};

struct cache {
	size_t slots;
	struct cache_entry *e;
	struct cache_stats st;
};

/* cache_hash: FNV-1a of the key, to pick its slot. */
static uint64_t cache_hash(const char *key)
{
	uint64_t h = 1469598103934665603ULL;

	for (const unsigned char *p = (const unsigned char *)key; *p; p++) {
		h ^= *p;
		h *= 1099511628211ULL;
	}
	return h;
}

/* cache_new: an empty cache of slots pages; NULL when slots is 0 (no
 * cache) or memory is short. */
struct cache *cache_new(size_t slots)
{
	struct cache *c;

	if (slots == 0)
		return NULL;
	c = calloc(1, sizeof(*c));
	if (!c)
		return NULL;
	c->e = calloc(slots, sizeof(*c->e));
	if (!c->e) {
		free(c);
		return NULL;
	}
	c->slots = slots;
	return c;
}

/* cache_drop: empty one slot. */
static void cache_drop(struct cache *c, struct cache_entry *e)
{
	if (!e->key)
		return;
	c->st.bytes -= strlen(e->key) + e->headers.len + e->wire.len;
	free(e->key);
	buf_free(&e->headers);
	buf_free(&e->wire);
	memset(e, 0, sizeof(*e));
}

/* cache_clear: forget every page (templates were reloaded). */
void cache_clear(struct cache *c)
{
	if (!c)
		return;
	for (size_t i = 0; i < c->slots; i++)
		cache_drop(c, &c->e[i]);
}

/* cache_free: forget every page and release the cache. */
void cache_free(struct cache *c)
{
	if (!c)
		return;
	cache_clear(c);
	free(c->e);
	free(c);
}

/* cache_get: when the page for key was made from the database as it is
 * now (g) and its hour has not ended, put it in rs and return 1: a 200
 * with its headers and ETag copied, the answer's bytes lent (rs->wire, valid until
 * the next call); otherwise 0 (a stale page is dropped). */
int cache_get(struct cache *c, const char *key, const struct store_gen *g, long now,
	      struct resp *rs)
{
	struct cache_entry *e;

	if (!c)
		return 0;
	e = &c->e[cache_hash(key) % c->slots];
	if (!e->key || strcmp(e->key, key) != 0) {
		c->st.misses++;
		return 0;
	}
	if (e->gen.data_version != g->data_version || e->gen.changes != g->changes ||
	    now >= e->expires) {
		cache_drop(c, e);
		c->st.misses++;
		return 0;
	}
	rs->status = 200;
	rs->content_type = e->content_type;
	rs->cache_control = e->cache_control;
	buf_reset(&rs->headers);
	buf_append(&rs->headers, e->headers.data, e->headers.len);
	buf_reset(&rs->body);
	memcpy(rs->etag, e->etag, sizeof(rs->etag));
	if (!rs->etag[0])
		rs->flags &= ~RESP_ETAG;
	rs->wire = e->wire.data;
	rs->wire_head = e->head_len;
	rs->wire_len = e->wire.len;
	c->st.hits++;
	return 1;
}

/* cache_put: keep rs as the page for key, made from the database at
 * generation g (read before the page was made, so a change committed
 * meanwhile makes it stale at once). Only a page that is the same for
 * every reader is kept: a 200 marked no-cache (personal pages are
 * no-store) that sets no cookie and is at most CACHE_MAX_BODY. 1 when
 * kept, else 0. */
int cache_put(struct cache *c, const char *key, const struct store_gen *g, long now,
	      struct resp *rs)
{
	struct cache_entry *e;

	if (!c || rs->status != 200 || !rs->cache_control ||
	    strcmp(rs->cache_control, "no-cache") != 0 || rs->body.len > CACHE_MAX_BODY ||
	    (rs->headers.data && strstr(rs->headers.data, "Set-Cookie:")))
		return 0;
	e = &c->e[cache_hash(key) % c->slots];
	cache_drop(c, e);
	e->key = strdup(key);
	if (!e->key)
		return 0;
	e->gen = *g;
	e->expires = now - now % CACHE_PERIOD + CACHE_PERIOD;
	e->content_type = rs->content_type;
	e->cache_control = rs->cache_control;
	buf_init(&e->headers);
	buf_init(&e->wire);
	buf_append(&e->headers, rs->headers.data ? rs->headers.data : "", rs->headers.len);
	memcpy(e->etag, resp_etag(rs), sizeof(e->etag));
	resp_head(rs, 200, e->etag, &e->wire);
	e->head_len = e->wire.len;
	buf_append(&e->wire, rs->body.data ? rs->body.data : "", rs->body.len);
	c->st.bytes += strlen(key) + e->headers.len + e->wire.len;
	c->st.stores++;
	return 1;
}

/* cache_stats: the counters so far (zero for no cache). */
void cache_stats(const struct cache *c, struct cache_stats *out)
{
	if (c)
		*out = c->st;
	else
		memset(out, 0, sizeof(*out));
}
