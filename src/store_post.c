/* store_post: the posting log behind the program's own rate limit. */
#include "store_post.h"

/* store_post_allow: the app-side rate limit. If client (a salted hash,
 * never an address) has posted fewer than limit times of kind in the
 * last window seconds, log this post and return 1; else return 0 with
 * *retry_after, the seconds until the oldest post leaves the window.
 * -1 on error. Entries older than a day are dropped as it goes. */
int store_post_allow(struct store *s, const char *client, const char *kind, long limit,
		     long window, long now, long *retry_after)
{
	sqlite3_stmt *cnt = store_prep(s, SS_POST_COUNT,
		"SELECT count(*), min(at) FROM post_log WHERE client = :client"
		" AND kind = :kind AND at > :since");
	sqlite3_stmt *log = store_prep(s, SS_POST_LOG,
		"INSERT INTO post_log(client, kind, at) VALUES(:client, :kind, :now)");
	sqlite3_stmt *prune = store_prep(s, SS_POST_PRUNE,
		"DELETE FROM post_log WHERE at < :old");
	long n = 0, oldest = now;
	int rc;

	*retry_after = 0;
	if (!cnt || !log || !prune)
		return -1;
	store_bind_text(s, cnt, ":client", client);
	store_bind_text(s, cnt, ":kind", kind);
	store_bind_int(s, cnt, ":since", now - window);
	rc = store_step(s, cnt);
	if (rc == SQLITE_ROW) {
		n = (long)sqlite3_column_int64(cnt, 0);
		if (sqlite3_column_type(cnt, 1) != SQLITE_NULL)
			oldest = (long)sqlite3_column_int64(cnt, 1);
	}
	sqlite3_reset(cnt);
	if (rc != SQLITE_ROW)
		return -1;
	if (n >= limit) {
		*retry_after = oldest + window - now;
		if (*retry_after < 1)
			*retry_after = 1;
		return 0;
	}
	store_bind_int(s, prune, ":old", now - 86400);
	if (store_done(s, prune) != 0)
		return -1;
	store_bind_text(s, log, ":client", client);
	store_bind_text(s, log, ":kind", kind);
	store_bind_int(s, log, ":now", now);
	return store_done(s, log) == 0 ? 1 : -1;
}
