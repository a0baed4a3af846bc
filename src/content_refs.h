/* content_refs: check that every reference the content makes resolves:
 * law citations against content/law, the plan's against the rest. */
#ifndef QUANYI_CONTENT_REFS_H
#define QUANYI_CONTENT_REFS_H

#include "buf.h"
#include "store.h"

long content_refs_check(struct store *s, struct buf *report);

#endif
