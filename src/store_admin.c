/* store_admin: the editors' reads and writes. */
#include "store_admin.h"

#include <string.h>

/* The columns of its query, in order, as a struct store_admin_row. */
static const struct store_col store_admin_row_cols[] = {
	STORE_TEXT(struct store_admin_row, slug),
	STORE_TEXT(struct store_admin_row, title),
	STORE_TEXT(struct store_admin_row, category),
	STORE_TEXT(struct store_admin_row, status),
	STORE_TEXT(struct store_admin_row, reviewed),
	STORE_TEXT(struct store_admin_row, updated),
	STORE_LONG(struct store_admin_row, revision),
	STORE_LONG(struct store_admin_row, yes),
	STORE_LONG(struct store_admin_row, no),
	STORE_TEXT(struct store_admin_row, category_title),
};
static const struct store_map store_admin_row_map = STORE_MAP(struct store_admin_row, store_admin_row_cols);

/* store_admin_articles: every article (any status), filtered by topic
 * and status when given (NULL: all), with its helpful/not-helpful counts.
 * How many, or -1. */
long store_admin_articles(struct store *s, struct arena *a, const char *category,
			  const char *status, struct store_admin_rows *out)
{
	sqlite3_stmt *st = store_prep(s, SS_ADMIN_ARTICLES,
		"SELECT a.slug, a.title, c.slug, a.status, a.reviewed, a.updated, a.revision,"
		" coalesce(v.yes, 0), coalesce(v.no, 0), c.title"
		" FROM article a JOIN category c ON c.id = a.category_id"
		" LEFT JOIN article_vote v ON v.article_id = a.id"
		" WHERE (:cat = '' OR c.slug = :cat) AND (:status = '' OR a.status = :status)"
		" ORDER BY c.position, a.reviewed, a.slug");

	if (!st)
		return -1;
	store_bind_text(s, st, ":cat", category ? category : "");
	store_bind_text(s, st, ":status", status ? status : "");
	return store_rows(s, st, a, &store_admin_row_map, (void **)&out->v,
			  &out->n);
}

/* The columns of its query, in order, as a struct store_revision. */
static const struct store_col store_admin_revision_cols[] = {
	STORE_LONG(struct store_revision, revision),
	STORE_TEXT(struct store_revision, editor),
	STORE_TEXT(struct store_revision, created),
	STORE_TEXT(struct store_revision, title),
	STORE_TEXT(struct store_revision, status),
};
static const struct store_map store_admin_revision_map = STORE_MAP(struct store_revision, store_admin_revision_cols);

/* store_admin_revisions: the revisions of article slug, newest first. How
 * many, or -1. */
long store_admin_revisions(struct store *s, struct arena *a, const char *slug,
			   struct store_revisions *out)
{
	sqlite3_stmt *st = store_prep(s, SS_ADMIN_REVISIONS,
		"SELECT r.revision, r.editor, r.created, r.title, r.status"
		" FROM article_revision r JOIN article a ON a.id = r.article_id"
		" WHERE a.slug = :slug ORDER BY r.revision DESC");

	if (!st)
		return -1;
	store_bind_text(s, st, ":slug", slug);
	return store_rows(s, st, a, &store_admin_revision_map, (void **)&out->v, &out->n);
}

/* store_admin_revision_get: revision of article slug as an article into
 * *out (body_html empty: a revision keeps its Markdown only; updated is
 * when the revision was saved). 1, 0 (none) or -1. */
int store_admin_revision_get(struct store *s, struct arena *a, const char *slug,
			     long revision, struct store_article *out)
{
	sqlite3_stmt *st = store_prep(s, SS_ADMIN_REVISION_GET,
		"SELECT a.id, a.slug, c.slug, c.title, r.title, r.summary, r.keywords,"
		" r.status, r.reviewed, r.sources, r.body_md, '', r.created, r.revision, r.urgent"
		" FROM article_revision r JOIN article a ON a.id = r.article_id"
		" JOIN category c ON c.id = r.category_id"
		" WHERE a.slug = :slug AND r.revision = :rev");

	if (!st)
		return -1;
	store_bind_text(s, st, ":slug", slug);
	store_bind_int(s, st, ":rev", revision);
	return store_row(s, st, a, &store_article_map, out);
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
	store_bind_text(s, st, ":slug", slug);
	rc = store_step(s, st);
	if (rc == SQLITE_ROW)
		rev = (long)sqlite3_column_int64(st, 0);
	else if (rc == SQLITE_DONE)
		rev = 0;
	sqlite3_reset(st);
	return rev;
}

/* store_admin_save: save an editor's article art as a new revision, but only
 * if the article is still at base_revision (0: a new article), all in one
 * IMMEDIATE transaction so two editors cannot both pass the check. The
 * search index follows through the triggers in the same transaction.
 * *revision gets the article's revision afterwards. */
enum store_save_result store_admin_save(struct store *s, const struct store_article *art,
					const char *editor, long base_revision,
					long *revision)
{
	enum store_save_result res = STORE_FAILED;
	long cur;
	int changed = 0;

	*revision = 0;
	if (store_begin(s) != 0)
		return STORE_FAILED;
	cur = store_admin_current(s, art->slug);
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
	if (store_article_put(s, art, editor, &changed) != 0) {
		res = STORE_FAILED;
		goto out;
	}
	*revision = store_admin_current(s, art->slug);
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
 * nobody waits longest), then the rest, newest first. How many, or -1. */
long store_admin_questions(struct store *s, struct arena *a, struct store_questions *out)
{
	sqlite3_stmt *st = store_prep(s, SS_ADMIN_QUESTIONS,
		"SELECT " STORE_QUESTION_COLS STORE_QUESTION_FROM
		" ORDER BY q.status <> 'new', CASE WHEN q.status = 'new' THEN q.created END,"
		" q.updated DESC LIMIT 500");

	return store_question_list(s, st, a, out);
}
