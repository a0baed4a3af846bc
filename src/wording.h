/* wording: the reader-facing sentences of the tools (content/wording):
 * named entries of plain text, read out of a wording file's body
 * ("### name" headings, each followed by its text), looked up by name and
 * filled with the values a tool passes ({name} placeholders). Each tool
 * names the entries it uses in a table (struct wording_need), so that the
 * content check can refuse a wording file that lacks one. Text only: no
 * store, no pages. */
#ifndef QUANYI_WORDING_H
#define QUANYI_WORDING_H

#include <stddef.h>

#include "arena.h"
#include "buf.h"

enum { WORDING_NAME_MAX = 64 };

struct wording_entry {
	const char *name;   /* a-z 0-9 . - _ */
	const char *text;   /* its lines, without the blank lines around them */
};

/* The entries of one wording file (slug: the file's name). */
struct wording {
	const char *slug;
	const struct wording_entry *v;
	size_t n;
};

/* An entry a tool uses, with the placeholders it fills in it (names
 * separated by spaces; "" for none). */
struct wording_need {
	const char *name;
	const char *vars;
};

/* A value for a placeholder. */
struct wording_var {
	const char *name;
	const char *value;
};

int wording_parse(const char *body, struct arena *a, struct wording_entry **out, size_t *n,
		  struct buf *err);
const char *wording_get(const struct wording *w, const char *name);
const char *wording_text(const struct wording *w, const char *name);
void wording_fill(const struct wording *w, const char *name, const struct wording_var *vars,
		  size_t nvars, struct buf *out);
long wording_check(const struct wording *w, const struct wording_need *needs, size_t n,
		   struct buf *report);
int wording_complete(const struct wording *w, const struct wording_need *needs, size_t n);

#endif
