/* diff: line diff by longest common subsequence. */
#include "diff.h"

#include <stdlib.h>
#include <string.h>

struct diff_text {
	const char **line;
	size_t *len;
	size_t n;
};

/* diff_split: the lines of s (without their newlines). 0 or -1 (too many
 * lines or no memory). */
static int diff_split(const char *s, struct diff_text *t)
{
	size_t n = 0, cap = 0;
	const char *p = s;

	t->line = NULL;
	t->len = NULL;
	t->n = 0;
	while (*p) {
		const char *nl = strchr(p, '\n');
		size_t l = nl ? (size_t)(nl - p) : strlen(p);

		if (n == cap) {
			const char **nline;
			size_t *nlen;

			cap = cap ? cap * 2 : 64;
			if (cap > DIFF_MAX_LINES * 2)
				return -1;
			nline = realloc(t->line, cap * sizeof(*nline));
			if (!nline)
				return -1;
			t->line = nline;
			nlen = realloc(t->len, cap * sizeof(*nlen));
			if (!nlen)
				return -1;
			t->len = nlen;
		}
		t->line[n] = p;
		t->len[n] = l;
		n++;
		p = nl ? nl + 1 : p + l;
	}
	t->n = n;
	return n > DIFF_MAX_LINES ? -1 : 0;
}

/* diff_eq: whether line i of a equals line j of b. */
static int diff_eq(const struct diff_text *a, size_t i, const struct diff_text *b, size_t j)
{
	return a->len[i] == b->len[j] && memcmp(a->line[i], b->line[j], a->len[i]) == 0;
}

/* diff_lines: call fn for each line of the diff from a to b, in order:
 * unchanged, removed (from a) and added (in b). 0, or -1 when a text has
 * more than DIFF_MAX_LINES lines (nothing is reported then). */
int diff_lines(const char *a, const char *b, diff_fn fn, void *ctx)
{
	struct diff_text ta = { 0 }, tb = { 0 };
	unsigned short *lcs = NULL;
	size_t i, j, w;
	int rc = -1;

	if (diff_split(a, &ta) != 0 || diff_split(b, &tb) != 0)
		goto out;
	w = tb.n + 1;
	lcs = calloc((ta.n + 1) * w, sizeof(*lcs));
	if (!lcs)
		goto out;
	/* lcs[i][j]: the longest common subsequence of a[i..] and b[j..]. */
	for (i = ta.n; i-- > 0;)
		for (j = tb.n; j-- > 0;)
			lcs[i * w + j] = diff_eq(&ta, i, &tb, j)
				? (unsigned short)(lcs[(i + 1) * w + j + 1] + 1)
				: (lcs[(i + 1) * w + j] > lcs[i * w + j + 1] ? lcs[(i + 1) * w + j]
									      : lcs[i * w + j + 1]);
	i = j = 0;
	while (i < ta.n || j < tb.n) {
		if (i < ta.n && j < tb.n && diff_eq(&ta, i, &tb, j)) {
			fn(ctx, DIFF_SAME, ta.line[i], ta.len[i]);
			i++;
			j++;
		} else if (j < tb.n && (i == ta.n || lcs[i * w + j + 1] >= lcs[(i + 1) * w + j])) {
			fn(ctx, DIFF_ADD, tb.line[j], tb.len[j]);
			j++;
		} else {
			fn(ctx, DIFF_DEL, ta.line[i], ta.len[i]);
			i++;
		}
	}
	rc = 0;
out:
	free(lcs);
	free(ta.line);
	free(ta.len);
	free(tb.line);
	free(tb.len);
	return rc;
}
