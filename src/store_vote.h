/* store_vote: the helpful/not-helpful votes on articles. */
#ifndef QUANYI_STORE_VOTE_H
#define QUANYI_STORE_VOTE_H

#include "store.h"

int store_vote(struct store *s, const char *slug, int helpful);
int store_vote_counts(struct store *s, const char *slug, long *yes, long *no);

#endif
