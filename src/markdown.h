/* markdown: CommonMark to HTML through cmark, safe by default. */
#ifndef QUANYI_MARKDOWN_H
#define QUANYI_MARKDOWN_H

#include <stddef.h>

#include "buf.h"

int markdown_render(const char *md, size_t len, struct buf *out);
const char *markdown_next_link(const char *html, struct buf *href);

#endif
