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

/* One step of an edit script: a line of a (DEL, SAME) or of b (ADD). */
struct diff_op {
	enum diff_kind kind;
	size_t i, j;
};

/* diff_script: the edit script from ta to tb into *ops (malloc'd), the
 * same walk as diff_lines. How many steps, or -1. */
static long diff_script(const struct diff_text *ta, const struct diff_text *tb,
			struct diff_op **ops)
{
	size_t w = tb->n + 1, i, j, n = 0;
	unsigned short *lcs = calloc((ta->n + 1) * w, sizeof(*lcs));
	struct diff_op *v = malloc((ta->n + tb->n + 1) * sizeof(*v));

	if (!lcs || !v) {
		free(lcs);
		free(v);
		return -1;
	}
	for (i = ta->n; i-- > 0;)
		for (j = tb->n; j-- > 0;)
			lcs[i * w + j] = diff_eq(ta, i, tb, j)
				? (unsigned short)(lcs[(i + 1) * w + j + 1] + 1)
				: (lcs[(i + 1) * w + j] > lcs[i * w + j + 1] ? lcs[(i + 1) * w + j]
									      : lcs[i * w + j + 1]);
	i = j = 0;
	while (i < ta->n || j < tb->n) {
		if (i < ta->n && j < tb->n && diff_eq(ta, i, tb, j)) {
			v[n++] = (struct diff_op){ DIFF_SAME, i++, j++ };
		} else if (j < tb->n && (i == ta->n || lcs[i * w + j + 1] >= lcs[(i + 1) * w + j])) {
			v[n++] = (struct diff_op){ DIFF_ADD, i, j++ };
		} else {
			v[n++] = (struct diff_op){ DIFF_DEL, i++, j };
		}
	}
	free(lcs);
	*ops = v;
	return (long)n;
}

/* diff_block: one run of changes, ops[from..to): the removed lines, then
 * the added ones, the k-th removed line paired with the k-th added. */
static void diff_block(const struct diff_text *ta, const struct diff_text *tb,
		       const struct diff_op *ops, size_t from, size_t to, diff_change_fn fn,
		       void *ctx)
{
	size_t ndel = 0, nadd = 0, k;

	for (k = from; k < to; k++)
		ops[k].kind == DIFF_DEL ? ndel++ : nadd++;
	for (size_t pass = 0; pass < 2; pass++) {
		size_t seen = 0;

		for (k = from; k < to; k++) {
			const struct diff_op *o = &ops[k];
			size_t other = 0, m = 0;

			if (o->kind != (pass ? DIFF_ADD : DIFF_DEL))
				continue;
			/* the seen-th line of the other side, if there is one */
			for (size_t q = from; q < to; q++)
				if (ops[q].kind != o->kind && m++ == seen) {
					other = q + 1;
					break;
				}
			if (o->kind == DIFF_DEL)
				fn(ctx, DIFF_DEL, ta->line[o->i], ta->len[o->i],
				   other ? tb->line[ops[other - 1].j] : NULL,
				   other ? tb->len[ops[other - 1].j] : 0);
			else
				fn(ctx, DIFF_ADD, tb->line[o->j], tb->len[o->j],
				   other ? ta->line[ops[other - 1].i] : NULL,
				   other ? ta->len[ops[other - 1].i] : 0);
			seen++;
		}
	}
	(void)ndel;
	(void)nadd;
}

/* diff_changes: the changed lines from a to b with context unchanged
 * lines around each change; each longer run of unchanged lines is one
 * DIFF_GAP (len: how many lines). 0, or -1 when a text has more than
 * DIFF_MAX_LINES lines (nothing is reported then). */
int diff_changes(const char *a, const char *b, int context, diff_change_fn fn, void *ctx)
{
	struct diff_text ta = { 0 }, tb = { 0 };
	struct diff_op *ops = NULL;
	long n = -1;
	size_t k = 0;

	if (diff_split(a, &ta) != 0 || diff_split(b, &tb) != 0)
		goto out;
	n = diff_script(&ta, &tb, &ops);
	while (n > 0 && k < (size_t)n) {
		size_t end = k;

		if (ops[k].kind != DIFF_SAME) {
			while (end < (size_t)n && ops[end].kind != DIFF_SAME)
				end++;
			diff_block(&ta, &tb, ops, k, end, fn, ctx);
			k = end;
			continue;
		}
		while (end < (size_t)n && ops[end].kind == DIFF_SAME)
			end++;
		/* ops[k..end) are unchanged: keep context after the change
		 * before and before the change after, the rest is a gap */
		{
			size_t head = k == 0 ? 0 : (size_t)context;
			size_t tail = end == (size_t)n ? 0 : (size_t)context;
			size_t run = end - k;

			if (head + tail >= run) {
				head = run;
				tail = 0;
			}
			for (size_t q = k; q < k + head; q++)
				fn(ctx, DIFF_SAME, ta.line[ops[q].i], ta.len[ops[q].i], NULL, 0);
			if (head < run && run - head - tail > 0)
				fn(ctx, DIFF_GAP, NULL, run - head - tail, NULL, 0);
			for (size_t q = end - tail; q < end && head < run; q++)
				fn(ctx, DIFF_SAME, ta.line[ops[q].i], ta.len[ops[q].i], NULL, 0);
		}
		k = end;
	}
out:
	free(ops);
	free(ta.line);
	free(ta.len);
	free(tb.line);
	free(tb.len);
	return n < 0 ? -1 : 0;
}

/* diff_tokens: s[0..len) cut into words: a run of ASCII letters and
 * digits, or any other single character (a Chinese character is a word).
 * The starts into *at, lengths into *tl (malloc'd). How many, or -1. */
static long diff_tokens(const char *s, size_t len, const char ***at, size_t **tl)
{
	const char **v = malloc((len + 1) * sizeof(*v));
	size_t *l = malloc((len + 1) * sizeof(*l)), n = 0, p = 0;

	if (!v || !l) {
		free(v);
		free(l);
		return -1;
	}
	while (p < len) {
		unsigned char c = (unsigned char)s[p];
		size_t q = p + 1;

		if ((c >= '0' && c <= '9') || ((c | 32) >= 'a' && (c | 32) <= 'z'))
			while (q < len && (((unsigned char)s[q] >= '0' && (unsigned char)s[q] <= '9') ||
					   ((unsigned char)(s[q] | 32) >= 'a' &&
					    (unsigned char)(s[q] | 32) <= 'z')))
				q++;
		else if (c >= 0x80)
			while (q < len && ((unsigned char)s[q] & 0xC0) == 0x80)
				q++;
		v[n] = s + p;
		l[n++] = q - p;
		p = q;
	}
	*at = v;
	*tl = l;
	return (long)n;
}

enum { DIFF_MAX_WORDS = 1000 };

/* diff_words: the line a[0..alen) (side DIFF_DEL) or b[0..blen) (side
 * DIFF_ADD) cut into runs, each DIFF_SAME or (the words the other line
 * lacks) side, through fn. 0, or -1 (too long or no memory: nothing is
 * reported). */
int diff_words(const char *a, size_t alen, const char *b, size_t blen, enum diff_kind side,
	       diff_fn fn, void *ctx)
{
	struct diff_text ta = { 0 }, tb = { 0 };
	struct diff_op *ops = NULL;
	long na = diff_tokens(a, alen, &ta.line, &ta.len);
	long nb = diff_tokens(b, blen, &tb.line, &tb.len);
	long n = -1;
	int rc = -1;

	if (na < 0 || nb < 0 || na > DIFF_MAX_WORDS || nb > DIFF_MAX_WORDS)
		goto out;
	ta.n = (size_t)na;
	tb.n = (size_t)nb;
	n = diff_script(&ta, &tb, &ops);
	if (n < 0)
		goto out;
	for (long k = 0; k < n;) {
		enum diff_kind kind;
		const char *start = NULL;
		size_t len = 0;

		if (ops[k].kind != DIFF_SAME && ops[k].kind != side) {
			k++;
			continue;
		}
		kind = ops[k].kind;
		/* merge the following words of the same kind on this side */
		while (k < n && (ops[k].kind == kind || (ops[k].kind != DIFF_SAME && ops[k].kind != side))) {
			if (ops[k].kind == kind) {
				const char *w = side == DIFF_DEL ? ta.line[ops[k].i] : tb.line[ops[k].j];
				size_t wl = side == DIFF_DEL ? ta.len[ops[k].i] : tb.len[ops[k].j];

				if (!start)
					start = w;
				len = (size_t)(w + wl - start);
			} else if (kind == DIFF_SAME) {
				break;
			}
			k++;
		}
		fn(ctx, kind, start, len);
	}
	rc = 0;
out:
	free(ops);
	free(ta.line);
	free(ta.len);
	free(tb.line);
	free(tb.len);
	return rc;
}
