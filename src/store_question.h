/* store_question: readers' questions and their answers. Loaders copy what
 * they read into the caller's arena. */
#ifndef QUANYI_STORE_QUESTION_H
#define QUANYI_STORE_QUESTION_H

#include "store.h"

struct store_question {
	long id;
	const char *ticket, *category, *category_title, *title, *body, *status;
	const char *answer_md, *answer_html, *reason, *created, *updated;
};

struct store_questions {
	struct store_question *v;
	size_t n;
};

/* The columns every question query selects, in the order
 * store_question_map reads them, and the join they need. */
#define STORE_QUESTION_COLS \
	"q.id, q.ticket, c.slug, c.title, q.title, q.body, q.status, q.answer_md," \
	" q.answer_html, q.reason, q.created, q.updated"
#define STORE_QUESTION_FROM " FROM question q JOIN category c ON c.id = q.category_id"

extern const struct store_map store_question_map;
long store_question_list(struct store *s, sqlite3_stmt *st, struct arena *a,
			 struct store_questions *out);
int store_question_add(struct store *s, const char *ticket, const char *category,
		       const char *title, const char *body, long *id);
int store_question_by_ticket(struct store *s, struct arena *a, const char *ticket,
			     struct store_question *out);
int store_question_get(struct store *s, struct arena *a, long id, int any_status,
		       struct store_question *out);
long store_question_published(struct store *s, struct arena *a, const char *category,
			      long limit, struct store_questions *out);
int store_question_set(struct store *s, long id, const char *status,
		       const char *answer_md, const char *reason, const char *editor);

#endif
