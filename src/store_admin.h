/* store_admin: what the editors' pages read and write beyond the public
 * reading path: the article list with votes, revisions, saving with a
 * conflict check, and the question queue. */
#ifndef QUANYI_STORE_ADMIN_H
#define QUANYI_STORE_ADMIN_H

#include "store.h"
#include "store_content.h"
#include "store_question.h"

struct store_admin_row {
	const char *slug, *title, *category, *category_title, *status, *reviewed, *updated;
	long revision, yes, no;
};

struct store_revision {
	long revision;
	const char *editor, *created, *title, *status;
};

typedef int (*store_admin_row_fn)(void *ctx, const struct store_admin_row *r);
typedef int (*store_revision_fn)(void *ctx, const struct store_revision *r);

enum store_save_result {
	STORE_SAVED = 0,
	STORE_UNCHANGED,
	STORE_CONFLICT,     /* someone saved a newer revision meanwhile */
	STORE_EXISTS,       /* a new article's slug is taken */
	STORE_NO_CATEGORY,
	STORE_FAILED
};

int store_admin_articles(struct store *s, const char *category, const char *status,
			 store_admin_row_fn fn, void *ctx);
int store_admin_revisions(struct store *s, const char *slug, store_revision_fn fn,
			  void *ctx);
int store_admin_revision_get(struct store *s, const char *slug, long revision,
			     store_article_fn fn, void *ctx);
enum store_save_result store_admin_save(struct store *s, const struct store_article *a,
					const char *editor, long base_revision,
					long *revision);
int store_admin_questions(struct store *s, store_question_fn fn, void *ctx);

#endif
