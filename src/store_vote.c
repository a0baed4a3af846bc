/* store_vote: the helpful/not-helpful votes on articles. */
#include "store_vote.h"

/* store_vote: count one helpful (1) or not-helpful (0) vote for the
 * published article slug. 0, 1 when there is no such article, or -1. */
int store_vote(struct store *s, const char *slug, int helpful)
{
	sqlite3_stmt *st = store_prep(s, SS_VOTE,
		"INSERT INTO article_vote(article_id, yes, no)"
		" SELECT id, :yes, :no FROM article WHERE slug = :slug AND status = 'published'"
		" ON CONFLICT(article_id) DO UPDATE SET yes = yes + excluded.yes,"
		" no = no + excluded.no");

	if (!st)
		return -1;
	store_bind_text(s, st, ":slug", slug);
	store_bind_int(s, st, ":yes", helpful ? 1 : 0);
	store_bind_int(s, st, ":no", helpful ? 0 : 1);
	if (store_done(s, st) != 0)
		return -1;
	return sqlite3_changes(s->db) ? 0 : 1;
}

/* store_vote_counts: the votes for article slug (0 and 0 when none). */
int store_vote_counts(struct store *s, const char *slug, long *yes, long *no)
{
	sqlite3_stmt *st = store_prep(s, SS_VOTE_GET,
		"SELECT v.yes, v.no FROM article_vote v JOIN article a ON a.id = v.article_id"
		" WHERE a.slug = :slug");
	int rc;

	*yes = *no = 0;
	if (!st)
		return -1;
	store_bind_text(s, st, ":slug", slug);
	rc = store_step(s, st);
	if (rc == SQLITE_ROW) {
		*yes = (long)sqlite3_column_int64(st, 0);
		*no = (long)sqlite3_column_int64(st, 1);
	}
	sqlite3_reset(st);
	return rc == SQLITE_ROW || rc == SQLITE_DONE ? 0 : -1;
}
