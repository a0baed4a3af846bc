/* store_question: readers' questions and their answers, the posting log
 * behind the app-side rate limit, and the helpful/not-helpful votes. */
#ifndef QUANYI_STORE_QUESTION_H
#define QUANYI_STORE_QUESTION_H

#include "store.h"

struct store_question {
	long id;
	const char *ticket, *category, *category_title, *title, *body, *status;
	const char *answer_md, *answer_html, *reason, *created, *updated;
};

typedef int (*store_question_fn)(void *ctx, const struct store_question *q);

/* The columns every question query selects, in the order
 * store_run_questions reads them, and the join they need. */
#define STORE_QUESTION_COLS \
	"q.id, q.ticket, c.slug, c.title, q.title, q.body, q.status, q.answer_md," \
	" q.answer_html, q.reason, q.created, q.updated"
#define STORE_QUESTION_FROM " FROM question q JOIN category c ON c.id = q.category_id"

int store_run_questions(sqlite3_stmt *st, store_question_fn fn, void *ctx);

int store_question_add(struct store *s, const char *ticket, const char *category,
		       const char *title, const char *body, long *id);
int store_question_by_ticket(struct store *s, const char *ticket,
			     store_question_fn fn, void *ctx);
int store_question_get(struct store *s, long id, int any_status, store_question_fn fn,
		       void *ctx);
int store_question_published(struct store *s, const char *category, long limit,
			     store_question_fn fn, void *ctx);
int store_search_questions(struct store *s, const char *terms_json, long limit,
			   store_question_fn fn, void *ctx);
int store_question_set(struct store *s, long id, const char *status,
		       const char *answer_md, const char *reason, const char *editor);

int store_post_allow(struct store *s, const char *client, const char *kind,
		     long limit, long window, long now, long *retry_after);

int store_vote(struct store *s, const char *slug, int helpful);
int store_vote_counts(struct store *s, const char *slug, long *yes, long *no);

#endif
