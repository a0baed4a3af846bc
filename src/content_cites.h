/* content_cites: check every law citation of the content against the law
 * texts of content/law. */
#ifndef QUANYI_CONTENT_CITES_H
#define QUANYI_CONTENT_CITES_H

#include "buf.h"
#include "store.h"

long content_cites_check(struct store *s, struct buf *report);

#endif
