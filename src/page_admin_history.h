/* page_admin_history: what the editors' history pages share: names and
 * times people read, and the comparison of two revisions. */
#ifndef QUANYI_PAGE_ADMIN_HISTORY_H
#define QUANYI_PAGE_ADMIN_HISTORY_H

#include "tpl.h"

const char *page_admin_history_who(const char *editor);
void page_admin_history_when(struct tpl_dict *d, const char *key, const char *utc);
void page_admin_history_diff(struct tpl_dict *c, const char *a, const char *b);
const char *page_admin_history_action(const char *action);
struct tpl_dict *page_admin_history_restore(struct tpl_dict *d, long rev, long saved, long latest,
					   const char *editor, const char *created);

#endif
