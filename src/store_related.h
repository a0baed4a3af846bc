/* store_related: each published article's related articles, ranked when
 * articles are written and kept in the article_related table. */
#ifndef QUANYI_STORE_RELATED_H
#define QUANYI_STORE_RELATED_H

#include "store.h"

/* How many related articles are kept per article (the page shows them all). */
enum { STORE_RELATED_MAX = 5 };

int store_related_refresh(struct store *s);
int store_related_attach(struct store *s);

#endif
