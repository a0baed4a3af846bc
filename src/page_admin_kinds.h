/* page_admin_kinds: the one table of the content kinds editors edit at
 * /admin/docs (everything that is advice but the articles): adding a kind
 * to the editor is one line of it. */
#ifndef QUANYI_PAGE_ADMIN_KINDS_H
#define QUANYI_PAGE_ADMIN_KINDS_H

#include <stddef.h>

#include "content.h"
#include "page.h"

/* Fill d (the included template tpl) with the public page a document of
 * the kind appears on, from the store as it is: 0 or -1. NULL in the
 * table: the generic preview (its header and its body rendered). */
typedef int (*page_admin_kind_fill)(struct page *p, struct tpl_dict *d, const char *slug);

struct page_admin_kind {
	const char *path;            /* /admin/d/<path>/<slug> */
	enum content_kind kind;
	const char *label;
	const char *skeleton;        /* the text of a new one */
	const char *public_prefix;   /* the public address is this + slug; NULL: none */
	const char *tpl;             /* the public page's template (with fill) */
	page_admin_kind_fill fill;
};

const struct page_admin_kind *page_admin_kinds(size_t *n);
const struct page_admin_kind *page_admin_kind_by_path(const char *s, size_t len);
const struct page_admin_kind *page_admin_kind_by_dir(const char *dir, size_t len);

#endif
