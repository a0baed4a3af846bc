/* store_backup: consistent copies of the live database and putting one
 * back while the site keeps serving. */
#ifndef QUANYI_STORE_BACKUP_H
#define QUANYI_STORE_BACKUP_H

#include "store.h"

int store_backup_to(struct store *s, const char *path, struct buf *err);
int store_restore_from(struct store *s, const char *path, struct buf *err);

#endif
