/* store_queue: the readers' question queue as operators list it from the
 * terminal (quanyictl questions). */
#ifndef QUANYI_STORE_QUEUE_H
#define QUANYI_STORE_QUEUE_H

#include "store.h"
#include "store_question.h"

int store_queue_status_ok(const char *status);
long store_queue_list(struct store *s, struct arena *a, const char *status, long limit,
		      struct store_questions *out);

#endif
