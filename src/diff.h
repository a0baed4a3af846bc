/* diff: a line diff of two texts (longest common subsequence), for the
 * editors' history page: every line, or only the changed ones with a
 * little context; and the characters and words that changed inside a
 * changed line. */
#ifndef QUANYI_DIFF_H
#define QUANYI_DIFF_H

#include <stddef.h>

/* DIFF_GAP: unchanged lines left out of diff_changes (len: how many). */
enum diff_kind { DIFF_SAME, DIFF_DEL, DIFF_ADD, DIFF_GAP };

typedef void (*diff_fn)(void *ctx, enum diff_kind kind, const char *line, size_t len);

enum { DIFF_MAX_LINES = 2000 };

/* A line of diff_changes: a removed line paired with the added line that
 * replaced it (and the other way round) gets that line as pair. */
typedef void (*diff_change_fn)(void *ctx, enum diff_kind kind, const char *line, size_t len,
			       const char *pair, size_t pair_len);

int diff_lines(const char *a, const char *b, diff_fn fn, void *ctx);
int diff_changes(const char *a, const char *b, int context, diff_change_fn fn, void *ctx);
int diff_words(const char *a, size_t alen, const char *b, size_t blen, enum diff_kind side,
	       diff_fn fn, void *ctx);

#endif
