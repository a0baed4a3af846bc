/* search: query terms, FTS5 expressions and snippets. Nothing a reader
 * types reaches FTS5 unquoted. */
#define _GNU_SOURCE   /* memmem */
#include "search.h"

#include <string.h>

#include "store_search.h"

/* Separators: what splits a query into chunks (ASCII and full-width
 * punctuation, the ideographic space). */
static const char *const search_separators[] = {
	"\xe3\x80\x80", "，", "。", "？", "！", "、", "；", "：", "“", "”", "‘", "’",
	"（", "）", "《", "》", "【", "】", "…", "—", "～", NULL
};

/* Words that carry no meaning for search; a chunk with no known term is
 * cut at these. */
static const char *const search_stopwords[] = {
	"怎么办", "怎么样", "怎么", "什么", "是不是", "能不能", "会不会", "可不可以", "可以",
	"为什么", "如何", "应该", "哪个", "哪里", "多久", "多少", "还是", "就是", "没有",
	"我们", "我的", "他们", "吗", "呢", "吧", "啊", "了", "的", "我", "你", "他", "她",
	"就", "都", "要", "会", "能", "是", "有", "和", "与", "在", NULL
};

/* Colloquial words readers type, and the written form the articles use.
 * A term matches when either form appears. */
static const char *const search_synonyms[][2] = {
	{ "爸妈", "父母" }, { "爸爸妈妈", "父母" }, { "家里人", "家人" }, { "亲人", "家人" },
	{ "老婆", "配偶" }, { "老公", "配偶" }, { "半夜", "夜间" }, { "深夜", "夜间" },
	{ "晚上", "夜间" }, { "坐牢", "刑事" }, { "黑名单", "失信" }, { "欠钱", "欠款" },
	{ "还清", "结清" }, { "网贷", "贷款" }, { "爆通讯录", "通讯录" },
};

/* search_utf8_len: bytes in the UTF-8 character starting with c. */
static size_t search_utf8_len(unsigned char c)
{
	if (c < 0x80)
		return 1;
	if (c >= 0xf0)
		return 4;
	if (c >= 0xe0)
		return 3;
	return 2;
}

/* search_chars: number of UTF-8 characters in s. */
size_t search_chars(const char *s)
{
	size_t n = 0;

	for (const unsigned char *p = (const unsigned char *)s; *p; p += search_utf8_len(*p))
		n++;
	return n;
}

/* search_normalize: a copy of q with separators as single spaces, ASCII
 * letters in lower case, and no leading or trailing space. */
char *search_normalize(const char *q, struct arena *a)
{
	size_t len = strlen(q);
	char *out = arena_alloc(a, len + 1), *o = out;
	const char *p = q;

	while (*p) {
		size_t sl = 0;
		for (const char *const *s = search_separators; *s; s++) {
			size_t n = strlen(*s);
			if (strncmp(p, *s, n) == 0) {
				sl = n;
				break;
			}
		}
		if (!sl && strchr(" \t,.;:?!\"'()[]{}<>|/\\*+=~^$#&@`", *p) && *p)
			sl = 1;
		if (sl) {
			if (o > out && o[-1] != ' ')
				*o++ = ' ';
			p += sl;
			continue;
		}
		{
			size_t n = search_utf8_len((unsigned char)*p);
			for (size_t i = 0; i < n && p[i]; i++) {
				char c = p[i];
				*o++ = (c >= 'A' && c <= 'Z') ? (char)(c - 'A' + 'a') : c;
			}
			p += n;
		}
	}
	while (o > out && o[-1] == ' ')
		o--;
	*o = '\0';
	return out;
}

struct search_cover {
	struct search_query *sq;
	struct arena *a;
	const char *chunk;
	size_t len;
	unsigned char *covered;    /* len bytes: 1 where a term was taken */
	int found;
};

/* search_add: add term t (len bytes) unless it is there already. */
static void search_add(struct search_query *sq, struct arena *a, const char *t, size_t len)
{
	if (len == 0 || sq->nterms == SEARCH_MAX_TERMS)
		return;
	for (int i = 0; i < sq->nterms; i++)
		if (strlen(sq->terms[i]) == len && memcmp(sq->terms[i], t, len) == 0)
			return;
	sq->alt[sq->nterms] = NULL;
	for (size_t i = 0; i < sizeof(search_synonyms) / sizeof(search_synonyms[0]); i++)
		if (strlen(search_synonyms[i][0]) == len &&
		    memcmp(search_synonyms[i][0], t, len) == 0)
			sq->alt[sq->nterms] = search_synonyms[i][1];
	sq->terms[sq->nterms++] = arena_strndup(a, t, len);
}

/* search_cover_term: accept a known term found in the chunk if one of its
 * occurrences is not already covered by a longer term. */
static void search_cover_term(struct search_cover *c, const char *term)
{
	size_t tl = strlen(term);
	const char *p = c->chunk;

	while ((p = strstr(p, term)) != NULL) {
		size_t off = (size_t)(p - c->chunk), i;
		for (i = off; i < off + tl; i++)
			if (c->covered[i])
				break;
		if (i == off + tl) {
			memset(c->covered + off, 1, tl);
			search_add(c->sq, c->a, term, tl);
			c->found++;
			return;
		}
		p += search_utf8_len((unsigned char)*p);
	}
}

/* search_stop_split: add the pieces of chunk between stopwords (2+
 * characters, or the whole chunk when it is short). */
static void search_stop_split(const char *chunk, struct arena *a, struct search_query *sq)
{
	const char *p = chunk, *start = chunk;

	if (search_chars(chunk) <= 2) {
		search_add(sq, a, chunk, strlen(chunk));
		return;
	}
	while (*p) {
		size_t sl = 0;
		for (const char *const *w = search_stopwords; *w; w++) {
			size_t n = strlen(*w);
			if (strncmp(p, *w, n) == 0) {
				sl = n;
				break;
			}
		}
		if (sl) {
			char *piece = arena_strndup(a, start, (size_t)(p - start));
			if (search_chars(piece) >= 2)
				search_add(sq, a, piece, strlen(piece));
			p += sl;
			start = p;
		} else {
			p += search_utf8_len((unsigned char)*p);
		}
	}
	{
		char *piece = arena_strndup(a, start, (size_t)(p - start));
		if (search_chars(piece) >= 2)
			search_add(sq, a, piece, strlen(piece));
	}
}

/* search_parse: the terms of query q. Each space-separated chunk gives
 * the known terms inside it (longest first, not overlapping: "白条逾期三年"
 * gives 白条, 逾期, 三年), or, when it holds none, its pieces between
 * function words. Returns the number of terms. */
int search_parse(const char *q, struct arena *a, search_known_fn known, void *kctx,
		 struct search_query *sq)
{
	char *norm = search_normalize(q, a), *p = norm;

	memset(sq, 0, sizeof(*sq));
	while (*p) {
		char *end = strchr(p, ' '), *chunk;
		size_t n = end ? (size_t)(end - p) : strlen(p);
		struct search_cover c;

		chunk = arena_strndup(a, p, n);
		memset(&c, 0, sizeof(c));
		c.sq = sq;
		c.a = a;
		c.chunk = chunk;
		c.len = n;
		c.covered = arena_alloc(a, n + 1);
		memset(c.covered, 0, n + 1);
		if (known && search_chars(chunk) > 2) {
			const char **terms;
			size_t nt;

			if (known(kctx, a, chunk, &terms, &nt) > 0)
				for (size_t i = 0; i < nt; i++)
					search_cover_term(&c, terms[i]);
		}
		if (!c.found)
			search_stop_split(chunk, a, sq);
		p = end ? end + 1 : p + n;
	}
	sq->all_long = sq->nterms > 0;
	for (int i = 0; i < sq->nterms; i++)
		if (search_chars(sq->terms[i]) < 3 || (sq->alt[i] && search_chars(sq->alt[i]) < 3))
			sq->all_long = 0;
	return sq->nterms;
}

/* search_json_string: append s as a JSON string. */
static void search_json_string(const char *s, struct buf *out)
{
	buf_putc(out, '"');
	for (; *s; s++) {
		if (*s == '"' || *s == '\\')
			buf_putc(out, '\\');
		if ((unsigned char)*s < 0x20)
			buf_printf(out, "\\u%04x", (unsigned char)*s);
		else
			buf_putc(out, *s);
	}
	buf_putc(out, '"');
}

/* search_terms_json: the terms as a JSON array of arrays, each term with
 * its other form if it has one (bound as a parameter). */
void search_terms_json(const struct search_query *sq, struct buf *out)
{
	buf_putc(out, '[');
	for (int i = 0; i < sq->nterms; i++) {
		buf_puts(out, i ? ",[" : "[");
		search_json_string(sq->terms[i], out);
		if (sq->alt[i]) {
			buf_putc(out, ',');
			search_json_string(sq->alt[i], out);
		}
		buf_putc(out, ']');
	}
	buf_putc(out, ']');
}

/* search_fts_string: append s as an FTS5 string (inner quotes doubled). */
static void search_fts_string(const char *s, struct buf *out)
{
	buf_putc(out, '"');
	for (; *s; s++) {
		if (*s == '"')
			buf_putc(out, '"');
		buf_putc(out, *s);
	}
	buf_putc(out, '"');
}

/* search_fts_match: an FTS5 expression matching any term, each quoted as
 * an FTS5 string (inner quotes doubled), so no operator, column filter or
 * syntax error can come from the reader's text. 0, or -1 when some term is
 * too short for the trigram index. */
int search_fts_match(const struct search_query *sq, struct buf *out)
{
	if (!sq->all_long)
		return -1;
	for (int i = 0; i < sq->nterms; i++) {
		if (i)
			buf_puts(out, " OR ");
		search_fts_string(sq->terms[i], out);
		if (sq->alt[i]) {
			buf_puts(out, " OR ");
			search_fts_string(sq->alt[i], out);
		}
	}
	return 0;
}

/* search_is_mark: whether c is a Markdown mark search_plain drops. */
static int search_is_mark(char c)
{
	switch (c) {
	case '#': case '*': case '>': case '`': case '[': case ']': case '_': case '|':
		return 1;
	default:
		return 0;
	}
}

/* search_plain: md without Markdown marks and link targets, one line.
 * Runs of ordinary text are copied whole (a search shows ten of these). */
static char *search_plain(const char *md, struct arena *a)
{
	char *out = arena_alloc(a, strlen(md) + 1), *o = out;
	const char *p = md;

	for (;;) {
		size_t run = strcspn(p, "#*>`[]_|\n\t\r ");

		memcpy(o, p, run);
		o += run;
		p += run;
		if (!*p)
			break;
		if (*p == ']' && p[1] == '(') {
			const char *e = strchr(p, ')');
			p = e ? e + 1 : p + 1;
		} else if (search_is_mark(*p)) {
			p++;
		} else if (*p == '\n' || *p == '\t' || *p == '\r') {
			if (o > out && o[-1] != ' ')
				*o++ = ' ';
			p++;
		} else if (*p == ' ' && o > out && o[-1] == ' ') {
			p++;
		} else {
			*o++ = *p++;
		}
	}
	*o = '\0';
	return out;
}

/* search_back: move p back over n characters, not before start. */
static const char *search_back(const char *start, const char *p, int n)
{
	while (n-- > 0 && p > start) {
		p--;
		while (p > start && ((unsigned char)*p & 0xc0) == 0x80)
			p--;
	}
	return p;
}

/* search_fwd: move p forward over n characters. */
static const char *search_fwd(const char *p, int n)
{
	while (n-- > 0 && *p)
		p += search_utf8_len((unsigned char)*p);
	return p;
}

/* search_snippet: a window of the text of md around the first matched
 * term, cut into pieces with the matched terms marked. Returns the
 * number of pieces (0 when md is empty). */
int search_snippet(const char *md, const struct search_query *sq, struct arena *a,
		   struct search_seg *segs, int max)
{
	char *plain = search_plain(md, a);
	const char *first = NULL, *from, *to, *p;
	int n = 0;

	const char *words[2 * SEARCH_MAX_TERMS];
	int nw = 0;

	for (int i = 0; i < sq->nterms; i++) {
		words[nw++] = sq->terms[i];
		if (sq->alt[i])
			words[nw++] = sq->alt[i];
	}
	for (int i = 0; i < nw; i++) {
		const char *hit = strstr(plain, words[i]);
		if (hit && (!first || hit < first))
			first = hit;
	}
	from = first ? search_back(plain, first, 24) : plain;
	to = search_fwd(from, 90);
	if (from == to || max < 3)
		return 0;
	if (from > plain)
		segs[n++] = (struct search_seg){ "…", strlen("…"), 0 };
	p = from;
	while (p < to && n < max - 1) {
		const char *next = to;
		size_t tl = 0;
		for (int i = 0; i < nw; i++) {
			size_t l = strlen(words[i]);
			/* only inside the window: the rest of the text is not shown */
			const char *h = memmem(p, (size_t)(to - p), words[i], l);
			if (h && h + l <= to && (h < next || (h == next && l > tl))) {
				next = h;
				tl = l;
			}
		}
		if (next > p)
			segs[n++] = (struct search_seg){ p, (size_t)(next - p), 0 };
		if (tl && n < max - 1)
			segs[n++] = (struct search_seg){ next, tl, 1 };
		p = next + tl;
		if (!tl)
			break;
	}
	if (*to && n < max)
		segs[n++] = (struct search_seg){ "…", strlen("…"), 0 };
	return n;
}

/* search_known: the store's known terms inside chunk, longest first, for
 * search_parse. How many, or -1. */
static long search_known(void *ctx, struct arena *a, const char *chunk, const char ***terms,
			 size_t *n)
{
	return store_search_known(ctx, a, chunk, terms, n);
}

/* search_run: the whole search for q: parse it, find the articles on page
 * (from 1) that contain every term, or when none does (on the first page)
 * those that contain most of them, into res->articles; res also gets the
 * terms, the total and whether the results are partial. Articles on the
 * page (0 when q has no terms), or -1 on a database error. */
long search_run(struct store *s, const char *q, struct arena *a, long page, long per_page,
		struct search_result *res)
{
	struct buf json, match;
	const char *m;
	long n;

	memset(res, 0, sizeof(*res));
	if (search_parse(q, a, search_known, s, &res->sq) == 0)
		return 0;
	buf_init(&json);
	buf_init(&match);
	search_terms_json(&res->sq, &json);
	m = search_fts_match(&res->sq, &match) == 0 ? match.data : NULL;
	n = store_search_articles(s, a, json.data, m, res->sq.nterms, per_page,
				  (page - 1) * per_page, &res->articles, &res->total);
	if (n == 0 && res->total == 0 && res->sq.nterms > 1 && page == 1) {
		res->partial = 1;
		n = store_search_articles(s, a, json.data, m, 1, per_page, 0, &res->articles,
					  &res->total);
	}
	buf_free(&json);
	buf_free(&match);
	return n;
}
