/* store_channel: the complaint channels. Loaders copy what they read into
 * the caller's arena. */
#ifndef QUANYI_STORE_CHANNEL_H
#define QUANYI_STORE_CHANNEL_H

#include "store.h"

struct store_channel {
	long id;
	const char *slug, *name, *operator_name, *handles, *contact, *reviewed;
	const char *not_handles, *prepare, *next_steps;
	const char *body_md, *body_html;
	long position;
};

struct store_channels {
	struct store_channel *v;
	size_t n;
};

/* The columns every channel query selects, in store_channel_map's order. */
#define STORE_CHANNEL_COLS \
	"id, slug, name, operator, handles, contact, reviewed, body_md, body_html, position," \
	" not_handles, prepare, next_steps"

extern const struct store_map store_channel_map;
long store_channel_list(struct store *s, struct arena *a, struct store_channels *out);
int store_channel_put(struct store *s, const struct store_channel *c, int *changed);

#endif
