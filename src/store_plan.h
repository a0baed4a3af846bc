/* store_plan: the questions and steps of /plan as written in content/plan,
 * loaded as the plan engine's structs; and the plans readers chose to
 * save (their answers only, under a random code, 180 days at most). */
#ifndef QUANYI_STORE_PLAN_H
#define QUANYI_STORE_PLAN_H

#include "plan.h"
#include "store.h"

/* One content/plan file as stored. */
struct store_plan_doc {
	long id, position, order;
	const char *slug, *type, *text, *kind, *choices, *unsure, *letter_fields, *help, *ask_when;
	const char *bucket, *title, *whens, *article, *letter, *channel, *deadline;
	const char *deadline_title, *sources, *body_md, *body_html;
};

struct store_plan_docs {
	struct store_plan_doc *v;
	size_t n;
};

/* The interview and its steps, ready for plan_build. */
struct store_plan {
	struct plan_question *q;
	int nq;
	struct plan_step *step;
	int nsteps;
};

enum { STORE_PLAN_DAYS = 180 };

int store_plan_put(struct store *s, const struct store_plan_doc *d, int *changed);
long store_plan_docs(struct store *s, struct arena *a, struct store_plan_docs *out);
int store_plan_load(struct store *s, struct arena *a, struct store_plan *out, struct buf *err);
int store_plan_save(struct store *s, const char *code, const char *answers);
int store_plan_open(struct store *s, struct arena *a, const char *code, const char **answers,
		    const char **created);
int store_plan_delete(struct store *s, const char *code);

#endif
