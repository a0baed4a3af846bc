/* store_question: reading and writing readers' questions. */
#include "store_question.h"

#include <string.h>

/* The columns of its query, in order, as a struct store_question. */
static const struct store_col store_question_cols[] = {
	STORE_LONG(struct store_question, id),
	STORE_TEXT(struct store_question, ticket),
	STORE_TEXT(struct store_question, category),
	STORE_TEXT(struct store_question, category_title),
	STORE_TEXT(struct store_question, title),
	STORE_TEXT(struct store_question, body),
	STORE_TEXT(struct store_question, status),
	STORE_TEXT(struct store_question, answer_md),
	STORE_TEXT(struct store_question, answer_html),
	STORE_TEXT(struct store_question, reason),
	STORE_TEXT(struct store_question, created),
	STORE_TEXT(struct store_question, updated),
};
const struct store_map store_question_map = STORE_MAP(struct store_question, store_question_cols);

/* store_question_list: every row of st (a STORE_QUESTION_COLS statement)
 * into *out. How many, or -1. */
long store_question_list(struct store *s, sqlite3_stmt *st, struct arena *a,
			 struct store_questions *out)
{
	return store_rows(s, st, a, &store_question_map, (void **)&out->v,
			  &out->n);
}

/* store_question_one: the first row of st into *out: 1, 0 (none) or -1. */
static int store_question_one(struct store *s, sqlite3_stmt *st, struct arena *a,
			      struct store_question *out)
{
	struct store_questions l;

	memset(out, 0, sizeof(*out));
	if (store_question_list(s, st, a, &l) < 0)
		return -1;
	if (l.n == 0)
		return 0;
	*out = l.v[0];
	return 1;
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
	if (!st)
		return -1;
	store_bind_text(s, st, ":ticket", ticket);
	store_bind_text(s, st, ":category", category);
	store_bind_text(s, st, ":title", title);
	store_bind_text(s, st, ":body", body);
	if (store_done(s, st) != 0)
		return -1;
	if (sqlite3_changes(s->db) == 0)
		return 1;
	*id = (long)sqlite3_last_insert_rowid(s->db);
	return 0;
}

/* store_question_by_ticket: the question with ticket, whatever its
 * status, into *out: 1, 0 (none) or -1. */
int store_question_by_ticket(struct store *s, struct arena *a, const char *ticket,
			     struct store_question *out)
{
	sqlite3_stmt *st = store_prep(s, SS_QUESTION_BY_TICKET,
		"SELECT " STORE_QUESTION_COLS STORE_QUESTION_FROM " WHERE q.ticket = :ticket");

	if (!st)
		return -1;
	store_bind_text(s, st, ":ticket", ticket);
	return store_question_one(s, st, a, out);
}

/* store_question_get: question id if it is published (any_status:
 * whatever its status; STORE_PUBLISHED or STORE_ANY_STATUS, as for
 * articles) into *out: 1, 0 (none) or -1. */
int store_question_get(struct store *s, struct arena *a, long id, int any_status,
		       struct store_question *out)
{
	sqlite3_stmt *st = store_prep(s, SS_QUESTION_BY_ID,
		"SELECT " STORE_QUESTION_COLS STORE_QUESTION_FROM
		" WHERE q.id = :id AND (q.status = 'published' OR :any)");

	if (!st)
		return -1;
	store_bind_int(s, st, ":id", id);
	store_bind_int(s, st, ":any", any_status);
	return store_question_one(s, st, a, out);
}

/* store_question_published: published questions of a topic (every topic
 * when category is NULL), newest answer first; limit < 0 for all. How
 * many, or -1. */
long store_question_published(struct store *s, struct arena *a, const char *category,
			      long limit, struct store_questions *out)
{
	sqlite3_stmt *st = store_prep(s, SS_QUESTION_PUBLISHED,
		"SELECT " STORE_QUESTION_COLS STORE_QUESTION_FROM " WHERE q.status = 'published'"
		" AND (:category = '' OR c.slug = :category)"
		" ORDER BY q.updated DESC, q.id DESC LIMIT :limit");

	if (!st)
		return -1;
	store_bind_text(s, st, ":category", category ? category : "");
	store_bind_int(s, st, ":limit", limit);
	return store_question_list(s, st, a, out);
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
	store_bind_int(s, st, ":id", id);
	store_bind_text(s, st, ":status", status);
	store_bind_text(s, st, ":reason", reason ? reason : "");
	store_bind_text(s, st, ":editor", editor);
	if (store_done_rendered(s, st, answer_md) != 0) {
		store_rollback(s);
		return -1;
	}
	found = sqlite3_changes(s->db) != 0;
	if (store_commit(s) != 0)
		return -1;
	return found ? 0 : 1;
}
