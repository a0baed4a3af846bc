/* store_question: reading and writing readers' questions and votes. */
#include "store_question.h"

#include <string.h>

#include "store_content.h"

/* store_question_row: the current row of a STORE_QUESTION_COLS statement. */
static void store_question_row(sqlite3_stmt *st, struct store_question *q)
{
	q->id = (long)sqlite3_column_int64(st, 0);
	q->ticket = store_col(st, 1);
	q->category = store_col(st, 2);
	q->category_title = store_col(st, 3);
	q->title = store_col(st, 4);
	q->body = store_col(st, 5);
	q->status = store_col(st, 6);
	q->answer_md = store_col(st, 7);
	q->answer_html = store_col(st, 8);
	q->reason = store_col(st, 9);
	q->created = store_col(st, 10);
	q->updated = store_col(st, 11);
}

/* store_run_questions: step st (a STORE_QUESTION_COLS statement), calling
 * fn per row, then reset it. Rows seen, or -1. */
int store_run_questions(sqlite3_stmt *st, store_question_fn fn, void *ctx)
{
	struct store_question q;
	int rc, n = 0;

	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		n++;
		store_question_row(st, &q);
		if (fn(ctx, &q))
			break;
	}
	rc = (rc == SQLITE_ROW || rc == SQLITE_DONE) ? n : -1;
	sqlite3_reset(st);
	return rc;
}

/* store_question_add: store a new question (already masked) under ticket
 * in topic category. 0 (with *id), 1 when there is no such topic, or -1. */
int store_question_add(struct store *s, const char *ticket, const char *category,
		       const char *title, const char *body, long *id)
{
	sqlite3_stmt *st = store_prep(s, SS_QUESTION_INSERT,
		"INSERT INTO question(ticket, category_id, title, body, created, updated)"
		" SELECT :ticket, id, :title, :body, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'),"
		" strftime('%Y-%m-%dT%H:%M:%SZ', 'now') FROM category WHERE slug = :category");
	int rc;

	if (!st)
		return -1;
	store_bind_text(st, ":ticket", ticket);
	store_bind_text(st, ":category", category);
	store_bind_text(st, ":title", title);
	store_bind_text(st, ":body", body);
	rc = sqlite3_step(st);
	sqlite3_reset(st);
	if (rc != SQLITE_DONE)
		return -1;
	if (sqlite3_changes(s->db) == 0)
		return 1;
	*id = (long)sqlite3_last_insert_rowid(s->db);
	return 0;
}

/* store_question_by_ticket: the question with ticket, whatever its status. */
int store_question_by_ticket(struct store *s, const char *ticket, store_question_fn fn,
			     void *ctx)
{
	sqlite3_stmt *st = store_prep(s, SS_QUESTION_BY_TICKET,
		"SELECT " STORE_QUESTION_COLS STORE_QUESTION_FROM " WHERE q.ticket = :ticket");

	if (!st)
		return -1;
	store_bind_text(st, ":ticket", ticket);
	return store_run_questions(st, fn, ctx);
}

/* store_question_get: question id if it is published (any_status:
 * whatever its status; STORE_PUBLISHED or STORE_ANY_STATUS, as for
 * articles). */
int store_question_get(struct store *s, long id, int any_status, store_question_fn fn,
		       void *ctx)
{
	sqlite3_stmt *st = store_prep(s, SS_QUESTION_BY_ID,
		"SELECT " STORE_QUESTION_COLS STORE_QUESTION_FROM
		" WHERE q.id = :id AND (q.status = 'published' OR :any)");

	if (!st)
		return -1;
	store_bind_int(st, ":id", id);
	store_bind_int(st, ":any", any_status);
	return store_run_questions(st, fn, ctx);
}

/* store_question_published: published questions of a topic (every topic
 * when category is NULL), newest answer first; limit < 0 for all. */
int store_question_published(struct store *s, const char *category, long limit,
			     store_question_fn fn, void *ctx)
{
	sqlite3_stmt *st = store_prep(s, SS_QUESTION_PUBLISHED,
		"SELECT " STORE_QUESTION_COLS STORE_QUESTION_FROM " WHERE q.status = 'published'"
		" AND (:category IS NULL OR c.slug = :category)"
		" ORDER BY q.updated DESC, q.id DESC LIMIT :limit");

	if (!st)
		return -1;
	if (category)
		store_bind_text(st, ":category", category);
	else
		sqlite3_bind_null(st, sqlite3_bind_parameter_index(st, ":category"));
	store_bind_int(st, ":limit", limit);
	return store_run_questions(st, fn, ctx);
}

/* store_search_questions: published questions that contain every word
 * group (title, question or answer), title matches first. Published
 * questions are few, so a scan is fine. */
int store_search_questions(struct store *s, const char *terms_json, long limit,
			   store_question_fn fn, void *ctx)
{
	sqlite3_stmt *st = store_prep(s, SS_QUESTION_SEARCH,
		"WITH " STORE_SEARCH_TERMS
		" SELECT " STORE_QUESTION_COLS STORE_QUESTION_FROM " WHERE q.status = 'published'"
		" AND (SELECT count(DISTINCT g) FROM w WHERE q.title LIKE w.pat ESCAPE '\\'"
		"      OR q.body LIKE w.pat ESCAPE '\\' OR q.answer_md LIKE w.pat ESCAPE '\\')"
		"   = (SELECT count(DISTINCT g) FROM w)"
		" ORDER BY (SELECT count(DISTINCT g) FROM w WHERE q.title LIKE w.pat ESCAPE '\\')"
		" DESC, q.updated DESC LIMIT :limit");

	if (!st)
		return -1;
	store_bind_text(st, ":terms", terms_json);
	store_bind_int(st, ":limit", limit);
	return store_run_questions(st, fn, ctx);
}

/* store_question_set: an editor's decision on question id: its status,
 * the answer (Markdown, rendered here) and the reason for a rejection.
 * 0, 1 when there is no such question, or -1. */
int store_question_set(struct store *s, long id, const char *status, const char *answer_md,
		       const char *reason, const char *editor)
{
	sqlite3_stmt *st = store_prep(s, SS_QUESTION_SET,
		"UPDATE question SET status = :status, answer_md = :md, answer_html = :html,"
		" reason = :reason, editor = :editor,"
		" updated = strftime('%Y-%m-%dT%H:%M:%SZ', 'now') WHERE id = :id");

	int found;

	if (!st || store_begin(s) != 0)
		return -1;
	store_bind_int(st, ":id", id);
	store_bind_text(st, ":status", status);
	store_bind_text(st, ":reason", reason ? reason : "");
	store_bind_text(st, ":editor", editor);
	if (store_write_rendered(st, answer_md) != 0) {
		store_rollback(s);
		return -1;
	}
	found = sqlite3_changes(s->db) != 0;
	if (store_commit(s) != 0)
		return -1;
	return found ? 0 : 1;
}

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
	store_bind_text(cnt, ":client", client);
	store_bind_text(cnt, ":kind", kind);
	store_bind_int(cnt, ":since", now - window);
	rc = sqlite3_step(cnt);
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
	store_bind_int(prune, ":old", now - 86400);
	rc = sqlite3_step(prune);
	sqlite3_reset(prune);
	if (rc != SQLITE_DONE)
		return -1;
	store_bind_text(log, ":client", client);
	store_bind_text(log, ":kind", kind);
	store_bind_int(log, ":now", now);
	rc = sqlite3_step(log);
	sqlite3_reset(log);
	return rc == SQLITE_DONE ? 1 : -1;
}

/* store_vote: count one helpful (1) or not-helpful (0) vote for the
 * published article slug. 0, 1 when there is no such article, or -1. */
int store_vote(struct store *s, const char *slug, int helpful)
{
	sqlite3_stmt *st = store_prep(s, SS_VOTE,
		"INSERT INTO article_vote(article_id, yes, no)"
		" SELECT id, :yes, :no FROM article WHERE slug = :slug AND status = 'published'"
		" ON CONFLICT(article_id) DO UPDATE SET yes = yes + excluded.yes,"
		" no = no + excluded.no");
	int rc;

	if (!st)
		return -1;
	store_bind_text(st, ":slug", slug);
	store_bind_int(st, ":yes", helpful ? 1 : 0);
	store_bind_int(st, ":no", helpful ? 0 : 1);
	rc = sqlite3_step(st);
	sqlite3_reset(st);
	if (rc != SQLITE_DONE)
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
	store_bind_text(st, ":slug", slug);
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW) {
		*yes = (long)sqlite3_column_int64(st, 0);
		*no = (long)sqlite3_column_int64(st, 1);
	}
	sqlite3_reset(st);
	return rc == SQLITE_ROW || rc == SQLITE_DONE ? 0 : -1;
}
