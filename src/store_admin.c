/* store_admin: the editors' reads and writes. */
#include "store_admin.h"

#include <string.h>

/* store_admin_articles: every article (any status), filtered by topic
 * and status when given, with its helpful/not-helpful counts. */
int store_admin_articles(struct store *s, const char *category, const char *status,
			 store_admin_row_fn fn, void *ctx)
{
	sqlite3_stmt *st = store_prep(s, SS_ADMIN_ARTICLES,
		"SELECT a.slug, a.title, c.slug, a.status, a.reviewed, a.updated, a.revision,"
		" coalesce(v.yes, 0), coalesce(v.no, 0), c.title"
		" FROM article a JOIN category c ON c.id = a.category_id"
		" LEFT JOIN article_vote v ON v.article_id = a.id"
		" WHERE (:cat IS NULL OR c.slug = :cat) AND (:status IS NULL OR a.status = :status)"
		" ORDER BY c.position, a.reviewed, a.slug");
	struct store_admin_row r;
	int rc, n = 0;

	if (!st)
		return -1;
	sqlite3_bind_null(st, sqlite3_bind_parameter_index(st, ":cat"));
	sqlite3_bind_null(st, sqlite3_bind_parameter_index(st, ":status"));
	if (category)
		store_bind_text(st, ":cat", category);
	if (status)
		store_bind_text(st, ":status", status);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		n++;
		r.slug = store_col(st, 0);
		r.title = store_col(st, 1);
		r.category = store_col(st, 2);
		r.status = store_col(st, 3);
		r.reviewed = store_col(st, 4);
		r.updated = store_col(st, 5);
		r.revision = (long)sqlite3_column_int64(st, 6);
		r.yes = (long)sqlite3_column_int64(st, 7);
		r.no = (long)sqlite3_column_int64(st, 8);
		r.category_title = store_col(st, 9);
		if (fn(ctx, &r))
			break;
	}
	rc = (rc == SQLITE_ROW || rc == SQLITE_DONE) ? n : -1;
	sqlite3_reset(st);
	return rc;
}

/* store_admin_revisions: the revisions of article slug, newest first. */
int store_admin_revisions(struct store *s, const char *slug, store_revision_fn fn, void *ctx)
{
	sqlite3_stmt *st = store_prep(s, SS_ADMIN_REVISIONS,
		"SELECT r.revision, r.editor, r.created, r.title, r.status"
		" FROM article_revision r JOIN article a ON a.id = r.article_id"
		" WHERE a.slug = :slug ORDER BY r.revision DESC");
	struct store_revision r;
	int rc, n = 0;

	if (!st)
		return -1;
	store_bind_text(st, ":slug", slug);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		n++;
		r.revision = (long)sqlite3_column_int64(st, 0);
		r.editor = store_col(st, 1);
		r.created = store_col(st, 2);
		r.title = store_col(st, 3);
		r.status = store_col(st, 4);
		if (fn(ctx, &r))
			break;
	}
	rc = (rc == SQLITE_ROW || rc == SQLITE_DONE) ? n : -1;
	sqlite3_reset(st);
	return rc;
}

/* store_admin_revision_get: revision of article slug as an article
 * (body_html empty: a revision keeps its Markdown only). */
int store_admin_revision_get(struct store *s, const char *slug, long revision,
			     store_article_fn fn, void *ctx)
{
	sqlite3_stmt *st = store_prep(s, SS_ADMIN_REVISION_GET,
		"SELECT a.id, a.slug, c.slug, c.title, r.title, r.summary, r.keywords,"
		" r.status, r.reviewed, r.sources, r.body_md, r.editor, r.created, r.revision"
		" FROM article_revision r JOIN article a ON a.id = r.article_id"
		" JOIN category c ON c.id = r.category_id"
		" WHERE a.slug = :slug AND r.revision = :rev");
	struct store_article a;
	int rc, n = 0;

	if (!st)
		return -1;
	store_bind_text(st, ":slug", slug);
	store_bind_int(st, ":rev", revision);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		n++;
		memset(&a, 0, sizeof(a));
		a.id = (long)sqlite3_column_int64(st, 0);
		a.slug = store_col(st, 1);
		a.category = store_col(st, 2);
		a.category_title = store_col(st, 3);
		a.title = store_col(st, 4);
		a.summary = store_col(st, 5);
		a.keywords = store_col(st, 6);
		a.status = store_col(st, 7);
		a.reviewed = store_col(st, 8);
		a.sources = store_col(st, 9);
		a.body_md = store_col(st, 10);
		a.body_html = "";
		a.updated = store_col(st, 12);
		a.revision = (long)sqlite3_column_int64(st, 13);
		if (fn(ctx, &a))
			break;
	}
	rc = (rc == SQLITE_ROW || rc == SQLITE_DONE) ? n : -1;
	sqlite3_reset(st);
	return rc;
}

/* store_admin_current: the current revision of slug: 0 if there is no
 * such article, -1 on error. */
static long store_admin_current(struct store *s, const char *slug)
{
	sqlite3_stmt *st = store_prep(s, SS_ADMIN_CURRENT_REV,
		"SELECT revision FROM article WHERE slug = :slug");
	long rev = -1;
	int rc;

	if (!st)
		return -1;
	store_bind_text(st, ":slug", slug);
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW)
		rev = (long)sqlite3_column_int64(st, 0);
	else if (rc == SQLITE_DONE)
		rev = 0;
	sqlite3_reset(st);
	return rev;
}

/* store_admin_save: save an editor's article a as a new revision, but only
 * if the article is still at base_revision (0: a new article), all in one
 * IMMEDIATE transaction so two editors cannot both pass the check. The
 * search index follows through the triggers in the same transaction.
 * *revision gets the article's revision afterwards. */
enum store_save_result store_admin_save(struct store *s, const struct store_article *a,
					const char *editor, long base_revision,
					long *revision)
{
	enum store_save_result res = STORE_FAILED;
	long cur;
	int changed = 0;

	*revision = 0;
	if (store_begin(s) != 0)
		return STORE_FAILED;
	cur = store_admin_current(s, a->slug);
	if (cur < 0)
		goto out;
	if (base_revision == 0 && cur > 0) {
		res = STORE_EXISTS;
		goto out;
	}
	if (cur != base_revision) {
		*revision = cur;
		res = STORE_CONFLICT;
		goto out;
	}
	if (store_article_put(s, a, editor, &changed) != 0) {
		res = STORE_FAILED;
		goto out;
	}
	*revision = store_admin_current(s, a->slug);
	res = changed ? STORE_SAVED : STORE_UNCHANGED;
out:
	if (res == STORE_SAVED || res == STORE_UNCHANGED) {
		if (store_commit(s) != 0)
			return STORE_FAILED;
	} else {
		store_rollback(s);
	}
	return res;
}

/* store_admin_questions: the queue: new questions first (oldest first, so
 * nobody waits longest), then the rest, newest first. */
int store_admin_questions(struct store *s, store_question_fn fn, void *ctx)
{
	sqlite3_stmt *st = store_prep(s, SS_ADMIN_QUESTIONS,
		"SELECT " STORE_QUESTION_COLS STORE_QUESTION_FROM
		" ORDER BY q.status <> 'new', CASE WHEN q.status = 'new' THEN q.created END,"
		" q.updated DESC LIMIT 500");

	return st ? store_run_questions(st, fn, ctx) : -1;
}
