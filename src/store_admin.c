/* store_admin: the editors' reads and writes. */
#include "store_admin.h"

#include <stdio.h>
#include <string.h>

#include "store_audit.h"

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
 * search index follows through the triggers in the same transaction, and
 * a change is written to the audit log as action ("save" or "restore").
 * *revision gets the article's revision afterwards. */
enum store_save_result store_admin_save(struct store *s, const struct store_article *art,
					const char *editor, const char *action,
					long base_revision, long *revision)
{
	char detail[48];

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
	snprintf(detail, sizeof(detail), "第 %ld 版", *revision);
	if (changed && store_audit_add(s, editor, action, "article", art->slug, detail) != 0)
		res = STORE_FAILED;
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

/* store_admin_work_questions: how many questions wait for an answer, and
 * when the oldest of them was asked (into *oldest, "" when none). The
 * count, or -1. */
long store_admin_work_questions(struct store *s, struct arena *a, const char **oldest)
{
	sqlite3_stmt *st = store_prep(s, SS_ADMIN_WORK_QUESTIONS,
		"SELECT count(*), coalesce(min(created), '') FROM question WHERE status = 'new'");
	long n = -1;

	*oldest = "";
	if (!st)
		return -1;
	if (store_step(s, st) == SQLITE_ROW) {
		n = (long)sqlite3_column_int64(st, 0);
		*oldest = arena_strdup(a, store_col(st, 1));
	}
	sqlite3_reset(st);
	return n;
}

/* The columns of the due queries, in order, as a struct store_admin_due. */
static const struct store_col store_admin_due_cols[] = {
	STORE_TEXT(struct store_admin_due, slug),
	STORE_TEXT(struct store_admin_due, title),
	STORE_TEXT(struct store_admin_due, date),
};
static const struct store_map store_admin_due_map = STORE_MAP(struct store_admin_due, store_admin_due_cols);

/* store_admin_due: what is overdue of one kind: articles whose reviewed
 * date is before article_before, channels whose reviewed date is before
 * channel_before, dated values whose check_by date is before today (all
 * "YYYY-MM-DD"), oldest first. 0 or -1. */
int store_admin_due(struct store *s, struct arena *a, const char *article_before,
		    const char *channel_before, const char *today, struct store_admin_work *out)
{
	sqlite3_stmt *arts = store_prep(s, SS_ADMIN_WORK_ARTICLES,
		"SELECT slug, title, reviewed FROM article WHERE reviewed < :before"
		" ORDER BY reviewed, slug");
	sqlite3_stmt *chans = store_prep(s, SS_ADMIN_WORK_CHANNELS,
		"SELECT slug, name, reviewed FROM channel WHERE reviewed < :before"
		" ORDER BY reviewed, slug");
	sqlite3_stmt *vals = store_prep(s, SS_ADMIN_WORK_VALUES,
		"SELECT slug, title, check_by FROM value WHERE check_by <> '' AND check_by < :today"
		" ORDER BY check_by, slug");

	if (!arts || !chans || !vals)
		return -1;
	store_bind_text(s, arts, ":before", article_before);
	store_bind_text(s, chans, ":before", channel_before);
	store_bind_text(s, vals, ":today", today);
	if (store_rows(s, arts, a, &store_admin_due_map, (void **)&out->articles.v,
		       &out->articles.n) < 0 ||
	    store_rows(s, chans, a, &store_admin_due_map, (void **)&out->channels.v,
		       &out->channels.n) < 0 ||
	    store_rows(s, vals, a, &store_admin_due_map, (void **)&out->values.v,
			&out->values.n) < 0)
		return -1;
	return 0;
}

/* The columns of a claim, in order, as a struct store_admin_claim. */
static const struct store_col store_admin_claim_cols[] = {
	STORE_TEXT(struct store_admin_claim, editor),
	STORE_TEXT(struct store_admin_claim, since),
};
static const struct store_map store_admin_claim_map = STORE_MAP(struct store_admin_claim, store_admin_claim_cols);

/* store_admin_claim_get: who holds a live claim (younger than
 * STORE_CLAIM_MINUTES) on question id, into *out. 1, 0 (nobody) or -1. */
int store_admin_claim_get(struct store *s, struct arena *a, long id, struct store_admin_claim *out)
{
	sqlite3_stmt *st = store_prep(s, SS_ADMIN_CLAIM_GET,
		"SELECT claimed_by, claimed_at FROM question WHERE id = :id AND claimed_by <> ''"
		" AND claimed_at > strftime('%Y-%m-%dT%H:%M:%SZ', 'now', :ago)");
	char ago[32];

	if (!st)
		return -1;
	snprintf(ago, sizeof(ago), "-%d minutes", STORE_CLAIM_MINUTES);
	store_bind_int(s, st, ":id", id);
	store_bind_text(s, st, ":ago", ago);
	return store_row(s, st, a, &store_admin_claim_map, out);
}

/* store_admin_claim_set: editor claims question id (or renews the claim)
 * unless another editor holds a live one (then *held gets it), with an
 * audit entry. STORE_SAVED, STORE_CONFLICT or STORE_FAILED. */
enum store_save_result store_admin_claim_set(struct store *s, struct arena *a, long id,
					     const char *editor, struct store_admin_claim *held)
{
	sqlite3_stmt *st = store_prep(s, SS_ADMIN_CLAIM,
		"UPDATE question SET claimed_by = :editor,"
		" claimed_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now') WHERE id = :id");
	char slug[32];
	int n;

	if (!st || store_begin(s) != 0)
		return STORE_FAILED;
	n = store_admin_claim_get(s, a, id, held);
	if (n < 0)
		goto fail;
	if (n > 0 && strcmp(held->editor, editor) != 0) {
		store_rollback(s);
		return STORE_CONFLICT;
	}
	snprintf(slug, sizeof(slug), "%ld", id);
	store_bind_int(s, st, ":id", id);
	store_bind_text(s, st, ":editor", editor);
	if (store_done(s, st) != 0 ||
	    store_audit_add(s, editor, "claim", "question", slug, "") != 0)
		goto fail;
	return store_commit(s) == 0 ? STORE_SAVED : STORE_FAILED;
fail:
	store_rollback(s);
	return STORE_FAILED;
}

/* store_admin_answer: editor's decision on question id (status
 * "published", "answered" or "rejected", the answer and the reason),
 * refused when another editor holds a live claim (*held gets it); the
 * claim ends with the decision, and the audit log gets "publish",
 * "answer" or "reject". STORE_SAVED, STORE_CONFLICT, STORE_NO_CATEGORY
 * (no such question) or STORE_FAILED. */
enum store_save_result store_admin_answer(struct store *s, struct arena *a, long id,
					  const char *status, const char *answer,
					  const char *reason, const char *editor,
					  struct store_admin_claim *held)
{
	sqlite3_stmt *st = store_prep(s, SS_ADMIN_RELEASE,
		"UPDATE question SET claimed_by = '', claimed_at = '' WHERE id = :id");
	const char *action = strcmp(status, "published") == 0 ? "publish"
			   : strcmp(status, "answered") == 0 ? "answer" : "reject";
	char slug[32];
	int n;

	if (!st || store_begin(s) != 0)
		return STORE_FAILED;
	n = store_admin_claim_get(s, a, id, held);
	if (n < 0)
		goto fail;
	if (n > 0 && strcmp(held->editor, editor) != 0) {
		store_rollback(s);
		return STORE_CONFLICT;
	}
	n = store_question_set(s, id, status, answer, reason, editor);
	if (n != 0) {
		store_rollback(s);
		return n > 0 ? STORE_NO_CATEGORY : STORE_FAILED;
	}
	snprintf(slug, sizeof(slug), "%ld", id);
	store_bind_int(s, st, ":id", id);
	if (store_done(s, st) != 0 ||
	    store_audit_add(s, editor, action, "question", slug, reason) != 0)
		goto fail;
	return store_commit(s) == 0 ? STORE_SAVED : STORE_FAILED;
fail:
	store_rollback(s);
	return STORE_FAILED;
}

/* store_admin_find: published articles whose title, summary or keywords
 * hold words (a plain substring, never an FTS query), for linking from an
 * answer. How many (at most 20), or -1. */
long store_admin_find(struct store *s, struct arena *a, const char *words,
		      struct store_admin_dues *out)
{
	sqlite3_stmt *st = store_prep(s, SS_ADMIN_FIND,
		"SELECT slug, title, reviewed FROM article WHERE status = 'published'"
		" AND (instr(title, :q) > 0 OR instr(summary, :q) > 0 OR instr(keywords, :q) > 0)"
		" ORDER BY title LIMIT 20");

	if (!st)
		return -1;
	store_bind_text(s, st, ":q", words);
	return store_rows(s, st, a, &store_admin_due_map, (void **)&out->v, &out->n);
}
