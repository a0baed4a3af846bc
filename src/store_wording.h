/* store_wording: the tools' wording files (content/wording): each with its
 * title, the tools it serves, when it was last checked, the laws it rests
 * on and its body, whose named entries are kept apart for lookup.
 * Loaders copy what they read into the caller's arena. */
#ifndef QUANYI_STORE_WORDING_H
#define QUANYI_STORE_WORDING_H

#include "store.h"
#include "wording.h"

struct store_wording {
	long id;
	const char *slug, *title, *tool, *reviewed, *sources, *body_md;
};

struct store_wordings {
	struct store_wording *v;
	size_t n;
};

int store_wording_put(struct store *s, const struct store_wording *w,
		      const struct wording_entry *entries, size_t n, int *changed);
long store_wording_list(struct store *s, struct arena *a, struct store_wordings *out);
int store_wording_get(struct store *s, struct arena *a, const char *slug, struct wording *out);

#endif
