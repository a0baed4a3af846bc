/* search_snippet: the plain text of an article's Markdown, and the window
 * of it a search result shows, with the query's words marked. */
#include "search.h"

#include <stdlib.h>
#include <string.h>

/* search_snippet_utf8_len: bytes in the UTF-8 character starting with c. */
static size_t search_snippet_utf8_len(unsigned char c)
{
	return c < 0x80 ? 1 : c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : 2;
}

/* search_snippet_rule_line: whether the line at p (up to its newline) is only a
 * rule or a table's separator row ("---", "|---|:--|"): no text. */
static int search_snippet_rule_line(const char *p)
{
	int marks = 0;

	for (; *p && *p != '\n'; p++) {
		if (strchr("-*_=|:", *p))
			marks++;
		else if (*p != ' ' && *p != '\t' && *p != '\r')
			return 0;
	}
	return marks >= 3;
}

/* search_snippet_line_start: p past the block marks at the start of a line:
 * indentation, heading marks, quote marks and list markers ("- ", "1. "). */
static const char *search_snippet_line_start(const char *p)
{
	for (;;) {
		const char *q = p;

		while (*p == ' ' || *p == '\t')
			p++;
		while (*p == '#')
			p++;
		if (*p == '>')
			p++;
		if ((*p == '-' || *p == '*' || *p == '+') && (p[1] == ' ' || p[1] == '\t'))
			p += 2;
		if (*p >= '0' && *p <= '9') {
			const char *d = p;

			while (*d >= '0' && *d <= '9')
				d++;
			if ((*d == '.' || *d == ')') && (d[1] == ' ' || d[1] == '\t'))
				p = d + 2;
		}
		if (p == q)
			return p;
	}
}

/* search_snippet_plain: the text of md as a reader sees it, on one line: no
 * block marks (headings, quotes, list markers, rules, table rows), no
 * emphasis or code marks, links as their text only, autolinks dropped.
 * Runs of ordinary text are copied whole (a search shows ten of these). */
static char *search_snippet_plain(const char *md, struct arena *a)
{
	char *out = arena_alloc(a, strlen(md) + 1), *o = out;
	const char *p = md;

	while (*p) {
		if (search_snippet_rule_line(p)) {
			p += strcspn(p, "\n");
		} else {
			p = search_snippet_line_start(p);
			while (*p && *p != '\n') {
				size_t run = strcspn(p, "*_`[]!<|\\\t\r \n");

				memcpy(o, p, run);
				o += run;
				p += run;
				if (!*p || *p == '\n')
					break;
				if (*p == ']' && p[1] == '(') {
					const char *e = strchr(p, ')');
					p = e ? e + 1 : p + 1;
				} else if (*p == '<' && strncmp(p + 1, "http", 4) == 0 &&
					   strchr(p, '>')) {
					p = strchr(p, '>') + 1;
				} else if (*p == '\\' && p[1] && strchr("*_`[]!<>|#\\-+.", p[1])) {
					*o++ = p[1];
					p += 2;
				} else if (*p == '!' && p[1] != '[') {
					*o++ = *p++;
				} else if (*p == '<') {
					*o++ = *p++;
				} else if (*p == '|' || *p == ' ' || *p == '\t' || *p == '\r') {
					if (o > out && o[-1] != ' ')
						*o++ = ' ';
					p++;
				} else {
					p++;   /* a mark: * _ ` [ ] ! \ */
				}
			}
		}
		if (*p == '\n') {
			if (o > out && o[-1] != ' ')
				*o++ = ' ';
			p++;
		}
	}
	while (o > out && o[-1] == ' ')
		o--;
	*o = '\0';
	return out;
}

/* search_snippet_back: move p back over n characters, not before start. */
static const char *search_snippet_back(const char *start, const char *p, int n)
{
	while (n-- > 0 && p > start) {
		p--;
		while (p > start && ((unsigned char)*p & 0xc0) == 0x80)
			p--;
	}
	return p;
}

/* search_snippet_fwd: move p forward over n characters. */
static const char *search_snippet_fwd(const char *p, int n)
{
	while (n-- > 0 && *p)
		p += search_snippet_utf8_len((unsigned char)*p);
	return p;
}

enum { SEARCH_SNIP_BEFORE = 12, SEARCH_SNIP_CHARS = 90,
       SEARCH_SNIP_WORDS = SEARCH_MAX_TERMS * (1 + SEARCH_MAX_ALTS), SEARCH_SNIP_HITS = 128 };

/* One place in a snippet's text where a word of the query is. */
struct search_snippet_hit {
	size_t at, len;
	int word;
};

/* search_snippet_by_place: order hits by place, the longer word first. */
static int search_snippet_by_place(const void *a, const void *b)
{
	const struct search_snippet_hit *x = a, *y = b;

	if (x->at != y->at)
		return x->at < y->at ? -1 : 1;
	return x->len > y->len ? -1 : x->len < y->len;
}

/* search_snippet: a window of the plain text of md (SEARCH_SNIP_CHARS
 * characters) where the most of the query's words (its required terms
 * and their synonyms) are, the earliest such, cut into pieces with the
 * words marked. Every word is looked for once in the text; the windows
 * are compared on the places found. Returns the number of pieces (0 when
 * md is empty). */
int search_snippet(const char *md, const struct search_query *sq, struct arena *a,
		   struct search_seg *segs, int max)
{
	char *plain = search_snippet_plain(md, a);
	const char *from = plain, *to, *p, *words[SEARCH_SNIP_WORDS];
	struct search_snippet_hit hits[SEARCH_SNIP_HITS];
	size_t wl[SEARCH_SNIP_WORDS];
	int n = 0, nw = 0, nh = 0, best = 0, present = 0;

	for (int i = 0; i < sq->nterms; i++)
		for (int j = -1; j < sq->nalts[i] && !(sq->optional & (1u << i)); j++) {
			words[nw] = j < 0 ? sq->terms[i] : sq->alts[i][j];
			wl[nw] = strlen(words[nw]);
			nw += wl[nw] > 0;
		}
	for (int i = 0; i < nw; i++)
		for (const char *h = strstr(plain, words[i]); h && nh < SEARCH_SNIP_HITS;
		     h = strstr(h + wl[i], words[i]))
			hits[nh++] = (struct search_snippet_hit){ (size_t)(h - plain), wl[i], i };
	qsort(hits, (size_t)nh, sizeof(hits[0]), search_snippet_by_place);
	{
		unsigned char seen[SEARCH_SNIP_WORDS] = { 0 };

		for (int i = 0; i < nh; i++) {
			present += !seen[hits[i].word];
			seen[hits[i].word] = 1;
		}
	}
	/* each place starts a window; the first holding the most words wins */
	for (int i = 0; i < nh && best < present; i++) {
		const char *s = search_snippet_back(plain, plain + hits[i].at, SEARCH_SNIP_BEFORE);
		size_t e = (size_t)(search_snippet_fwd(s, SEARCH_SNIP_CHARS) - plain);
		unsigned char seen[SEARCH_SNIP_WORDS] = { 0 };
		int count = 0;

		for (int k = i; k < nh && hits[k].at + hits[k].len <= e; k++) {
			count += !seen[hits[k].word];
			seen[hits[k].word] = 1;
		}
		if (count > best) {
			best = count;
			from = s;
		}
	}
	to = search_snippet_fwd(from, SEARCH_SNIP_CHARS);
	if (from == to || max < 3)
		return 0;
	if (from > plain)
		segs[n++] = (struct search_seg){ "…", strlen("…"), 0 };
	p = from;
	for (int i = 0; i < nh && n < max - 1; i++) {
		const char *h = plain + hits[i].at;

		/* only inside the window, and not inside a word marked already */
		if (h < p || h + hits[i].len > to)
			continue;
		if (h > p)
			segs[n++] = (struct search_seg){ p, (size_t)(h - p), 0 };
		if (n < max - 1)
			segs[n++] = (struct search_seg){ h, hits[i].len, 1 };
		p = h + hits[i].len;
	}
	if (p < to && n < max)
		segs[n++] = (struct search_seg){ p, (size_t)(to - p), 0 };
	if (*to && n < max)
		segs[n++] = (struct search_seg){ "…", strlen("…"), 0 };
	return n;
}

