/* store_situation: the "我遇到的是…" guide of the channel directory. */
#ifndef QUANYI_STORE_SITUATION_H
#define QUANYI_STORE_SITUATION_H

#include "store.h"

struct store_situation {
	long id;
	const char *slug, *title, *channels, *body_md, *body_html;
	long position;
};

struct store_situations {
	struct store_situation *v;
	size_t n;
};

long store_situation_list(struct store *s, struct arena *a, struct store_situations *out);
int store_situation_put(struct store *s, const struct store_situation *t, int *changed);

#endif
