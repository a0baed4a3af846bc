/* store_backup: consistent copies of the live database, and putting one
 * back while the site keeps serving. */
#ifndef QUANYI_STORE_BACKUP_H
#define QUANYI_STORE_BACKUP_H

#include "store.h"

/* What a checked database file holds. */
struct store_backup_info {
	int version;        /* PRAGMA user_version */
	long articles;
	long questions;     /* -1 when the schema has no question table yet */
};

int store_backup_check(const char *path, struct store_backup_info *info, struct buf *err);
int store_backup_to(struct store *s, const char *path, struct store_backup_info *info,
		    struct buf *err);
int store_restore_from(struct store *s, const char *path, struct store_backup_info *info,
		       struct buf *err);

#endif
