/* content_wording: check the tools' wording against what the tools use:
 * every entry a tool looks up exists and uses only the placeholders the
 * tool fills, and every period reads as one. */
#ifndef QUANYI_CONTENT_WORDING_H
#define QUANYI_CONTENT_WORDING_H

#include "buf.h"
#include "store.h"

long content_wording_check(struct store *s, struct buf *report);

#endif
