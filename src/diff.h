/* diff: a line diff of two texts (longest common subsequence), for the
 * editors' history page. */
#ifndef QUANYI_DIFF_H
#define QUANYI_DIFF_H

#include <stddef.h>

enum diff_kind { DIFF_SAME, DIFF_DEL, DIFF_ADD };

typedef void (*diff_fn)(void *ctx, enum diff_kind kind, const char *line, size_t len);

enum { DIFF_MAX_LINES = 2000 };

int diff_lines(const char *a, const char *b, diff_fn fn, void *ctx);

#endif
