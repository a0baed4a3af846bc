/* store_queue: listing readers' questions by status, newest first. */
#include "store_queue.h"

#include <string.h>

#define QUEUE_ORDER " ORDER BY q.created DESC, q.id DESC LIMIT :limit"

/* store_queue_status_ok: 1 if status is a question status or "all". */
int store_queue_status_ok(const char *status)
{
	static const char *const known[] = { "new", "answered", "published", "rejected", "all" };

	for (size_t i = 0; i < sizeof(known) / sizeof(known[0]); i++)
		if (strcmp(status, known[i]) == 0)
			return 1;
	return 0;
}

/* store_queue_list: up to limit questions with status (NULL or "all":
 * every status), newest first, into *out. How many, or -1. */
long store_queue_list(struct store *s, struct arena *a, const char *status, long limit,
		      struct store_questions *out)
{
	int all = !status || strcmp(status, "all") == 0;
	sqlite3_stmt *st = all ?
		store_prep(s, SS_QUEUE_LIST_ALL,
			   "SELECT " STORE_QUESTION_COLS STORE_QUESTION_FROM QUEUE_ORDER) :
		store_prep(s, SS_QUEUE_LIST, "SELECT " STORE_QUESTION_COLS STORE_QUESTION_FROM
			   " WHERE q.status = :status" QUEUE_ORDER);

	if (!st)
		return -1;
	if (!all)
		store_bind_text(s, st, ":status", status);
	store_bind_int(s, st, ":limit", limit);
	return store_question_list(s, st, a, out);
}
