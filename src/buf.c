/* buf: a growable byte buffer. Allocation failure aborts: a worker that
 * cannot allocate a page buffer cannot do anything useful, and the
 * supervisor restarts it. */
#include "buf.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* buf_init: make b an empty buffer that owns no memory yet. */
void buf_init(struct buf *b)
{
	b->data = NULL;
	b->len = 0;
	b->cap = 0;
}

/* buf_free: release b's memory and leave it empty. */
void buf_free(struct buf *b)
{
	free(b->data);
	buf_init(b);
}

/* buf_reset: empty b but keep its memory for reuse. */
void buf_reset(struct buf *b)
{
	b->len = 0;
	if (b->data)
		b->data[0] = '\0';
}

/* buf_grow: make room for n more bytes plus the terminating NUL. */
static void buf_grow(struct buf *b, size_t n)
{
	size_t need = b->len + n + 1;
	size_t cap;
	char *p;

	if (need <= b->cap)
		return;
	cap = b->cap ? b->cap : 256;
	while (cap < need)
		cap *= 2;
	p = realloc(b->data, cap);
	if (!p) {
		fputs("quanyi: out of memory\n", stderr);
		abort();
	}
	b->data = p;
	b->cap = cap;
}

/* buf_append: append n bytes of s. */
void buf_append(struct buf *b, const char *s, size_t n)
{
	buf_grow(b, n);
	if (n)
		memcpy(b->data + b->len, s, n);
	b->len += n;
	b->data[b->len] = '\0';
}

/* buf_puts: append the C string s. */
void buf_puts(struct buf *b, const char *s)
{
	buf_append(b, s, strlen(s));
}

/* buf_putc: append one byte. */
void buf_putc(struct buf *b, char c)
{
	buf_append(b, &c, 1);
}

/* buf_printf: append formatted text. */
void buf_printf(struct buf *b, const char *fmt, ...)
{
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	if (n <= 0)
		return;
	buf_grow(b, (size_t)n);
	va_start(ap, fmt);
	vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap);
	va_end(ap);
	b->len += (size_t)n;
}

/* buf_steal: hand the NUL-terminated contents to the caller (who frees
 * them) and leave b empty. Never returns NULL. */
char *buf_steal(struct buf *b)
{
	char *p;

	buf_grow(b, 0);
	p = b->data;
	buf_init(b);
	return p;
}
