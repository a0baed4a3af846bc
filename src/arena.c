/* arena: a per-request bump allocator. Request strings live until the
 * request ends, so one free at the end replaces many small ones. */
#include "arena.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct arena_chunk {
	struct arena_chunk *next;
	size_t used;
	size_t cap;
	max_align_t data[];
};

enum { ARENA_CHUNK = 16384 };

/* arena_init: make an empty arena. */
void arena_init(struct arena *a)
{
	a->head = NULL;
}

/* arena_free: release every chunk of the arena. */
void arena_free(struct arena *a)
{
	struct arena_chunk *c = a->head, *next;

	while (c) {
		next = c->next;
		free(c);
		c = next;
	}
	a->head = NULL;
}

/* arena_alloc: n bytes aligned for any type; aborts when out of memory. */
void *arena_alloc(struct arena *a, size_t n)
{
	struct arena_chunk *c = a->head;
	size_t align = sizeof(max_align_t);
	size_t need = (n + align - 1) / align * align;
	void *p;

	if (need == 0)
		need = align;
	if (!c || c->cap - c->used < need) {
		size_t cap = need > ARENA_CHUNK ? need : ARENA_CHUNK;
		c = malloc(sizeof(*c) + cap);
		if (!c) {
			fputs("quanyi: out of memory\n", stderr);
			abort();
		}
		c->cap = cap;
		c->used = 0;
		c->next = a->head;
		a->head = c;
	}
	p = (char *)c->data + c->used;
	c->used += need;
	return p;
}

/* arena_strndup: copy n bytes of s and add a NUL. */
char *arena_strndup(struct arena *a, const char *s, size_t n)
{
	char *p = arena_alloc(a, n + 1);

	if (n)
		memcpy(p, s, n);
	p[n] = '\0';
	return p;
}

/* arena_strdup: copy the C string s. */
char *arena_strdup(struct arena *a, const char *s)
{
	return arena_strndup(a, s, strlen(s));
}
