/* store_post: the posting log behind the program's own rate limit (a
 * keyed hash of the client, never an address). */
#ifndef QUANYI_STORE_POST_H
#define QUANYI_STORE_POST_H

#include "store.h"

int store_post_allow(struct store *s, const char *client, const char *kind,
		     long limit, long window, long now, long *retry_after);

#endif
