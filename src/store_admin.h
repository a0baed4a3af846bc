/* store_admin: what the editors' pages read and write beyond the public
 * reading path: the article list with votes, revisions, saving with a
 * conflict check, and the question queue. Loaders copy what they read
 * into the caller's arena. */
#ifndef QUANYI_STORE_ADMIN_H
#define QUANYI_STORE_ADMIN_H

#include "store.h"
#include "store_article.h"
#include "store_question.h"

struct store_admin_row {
	const char *slug, *title, *category, *category_title, *status, *reviewed, *updated;
	long revision, yes, no;
};

struct store_admin_rows {
	struct store_admin_row *v;
	size_t n;
};

struct store_revision {
	long revision;
	const char *editor, *created, *title, *status;
};

struct store_revisions {
	struct store_revision *v;
	size_t n;
};

enum store_save_result {
	STORE_SAVED = 0,
	STORE_UNCHANGED,
	STORE_CONFLICT,     /* someone saved a newer revision meanwhile */
	STORE_EXISTS,       /* a new article's slug is taken */
	STORE_NO_CATEGORY,
	STORE_FAILED
};

long store_admin_articles(struct store *s, struct arena *a, const char *category,
			  const char *status, struct store_admin_rows *out);
long store_admin_revisions(struct store *s, struct arena *a, const char *slug,
			   struct store_revisions *out);
int store_admin_revision_get(struct store *s, struct arena *a, const char *slug,
			     long revision, struct store_article *out);
enum store_save_result store_admin_save(struct store *s, const struct store_article *art,
					const char *editor, const char *action,
					long base_revision, long *revision);
/* Something overdue: its address, name and the date that makes it due. */
struct store_admin_due {
	const char *slug, *title, *date;
};

struct store_admin_dues {
	struct store_admin_due *v;
	size_t n;
};

/* What waits on the editors' home. */
struct store_admin_work {
	struct store_admin_dues articles, channels, values;
};

/* Who is answering a question, since when (UTC). */
struct store_admin_claim {
	const char *editor, *since;
};

enum { STORE_CLAIM_MINUTES = 30 };

long store_admin_work_questions(struct store *s, struct arena *a, const char **oldest);
int store_admin_due(struct store *s, struct arena *a, const char *article_before,
		    const char *channel_before, const char *today, struct store_admin_work *out);
int store_admin_claim_get(struct store *s, struct arena *a, long id, struct store_admin_claim *out);
enum store_save_result store_admin_claim_set(struct store *s, struct arena *a, long id,
					     const char *editor, struct store_admin_claim *held);
enum store_save_result store_admin_answer(struct store *s, struct arena *a, long id,
					  const char *status, const char *answer,
					  const char *reason, const char *editor,
					  struct store_admin_claim *held);
long store_admin_find(struct store *s, struct arena *a, const char *words,
		      struct store_admin_dues *out);
long store_admin_questions(struct store *s, struct arena *a, struct store_questions *out);

#endif
