/* content: the text format of content/ (header block, blank line,
 * Markdown body) and its import into and export from the store. */
#ifndef QUANYI_CONTENT_H
#define QUANYI_CONTENT_H

#include <stddef.h>

#include "arena.h"
#include "buf.h"
#include "date.h"
#include "store.h"

enum content_kind {
	CONTENT_CATEGORY,
	CONTENT_ARTICLE,
	CONTENT_CHANNEL,
	CONTENT_GLOSSARY,
	CONTENT_SITUATION,
	CONTENT_LAW,
	CONTENT_VALUE,
	CONTENT_PLAN,
	CONTENT_WORDING,
	CONTENT_SYNONYM
};

enum { CONTENT_MAXKEYS = 20 };

/* One parsed file. A repeatable key's values are joined by '\n'; an
 * optional key that is absent is NULL. The body keeps its final newline. */
struct content_doc {
	enum content_kind kind;
	const char *val[CONTENT_MAXKEYS];
	const char *body;
};

int content_parse(enum content_kind kind, const char *text, size_t len,
		  struct arena *a, struct content_doc *doc, struct buf *err);
void content_format(const struct content_doc *doc, struct buf *out);
const char *content_get(const struct content_doc *doc, const char *key);
void content_set(struct content_doc *doc, const char *key, const char *v);
const char *content_dir(enum content_kind kind);
const char *content_suffix(enum content_kind kind);
int content_import(struct store *s, const char *dir, const char *editor,
		   struct buf *report, struct buf *err);
int content_export(struct store *s, const char *dir, struct buf *report,
		   struct buf *err);
int content_holidays(const char *body, int year, struct arena *a, struct date_special **out,
		     size_t *n, struct buf *err);
int content_doc_text(struct store *s, enum content_kind kind, const char *slug,
		     struct buf *out);

/* A document's address and the name editors know it by. */
struct content_doc_name {
	const char *slug, *title;
};

struct content_doc_names {
	struct content_doc_name *v;
	size_t n;
};

long content_doc_list(struct store *s, enum content_kind kind, struct arena *a,
		      struct content_doc_names *out);

enum content_save {
	CONTENT_SAVE_OK,
	CONTENT_SAVE_UNCHANGED,
	CONTENT_SAVE_INVALID,    /* err says why, naming the line */
	CONTENT_SAVE_CONFLICT,   /* someone saved a newer revision meanwhile */
	CONTENT_SAVE_FAILED
};

enum content_save content_doc_save(struct store *s, enum content_kind kind, const char *slug,
				   const char *text, const char *editor, const char *action,
				   long base, long *revision, struct buf *err);

typedef int (*content_preview_fn)(void *ctx);

enum content_save content_doc_preview(struct store *s, enum content_kind kind, const char *slug,
				      const char *text, const char *editor,
				      content_preview_fn fn, void *ctx, struct buf *err);

#endif
