/* search: query terms, synonyms, FTS5 expressions, the search itself and
 * snippets. Nothing a reader types reaches FTS5 unquoted. */
#define _GNU_SOURCE   /* memmem */
#include "search.h"

#include <string.h>

#include "store_fts.h"
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

static void search_json_string(const char *s, struct buf *out);
static const char *search_fwd(const char *p, int n);

/* What search_tokens_of learns of a word from the index's tokenizer. */
struct search_tokens {
	int n;            /* tokens */
	int last_single;  /* the last is one CJK character alone */
	int start[SEARCH_MAX_TERMS], end[SEARCH_MAX_TERMS];   /* where the first tokens */
	int npairs;                  /* of two or more characters are in the word */
};

/* search_token: note one token of store_fts_tokens. 0. */
static int search_token(void *ctx, int colocated, const char *token, int len, int start, int end)
{
	struct search_tokens *t = ctx;
	size_t first = search_utf8_len((unsigned char)token[0]);

	(void)colocated;
	t->n++;
	t->last_single = len >= 3 && (size_t)len == first;
	if ((size_t)len > first && t->npairs < SEARCH_MAX_TERMS) {
		t->start[t->npairs] = start;
		t->end[t->npairs++] = end;
	}
	return 0;
}

/* search_tokens_of: what the index's tokenizer makes of word w, as it
 * would cut it in a query. */
static struct search_tokens search_tokens_of(const char *w)
{
	struct search_tokens t;

	memset(&t, 0, sizeof(t));
	store_fts_tokens(w, (int)strlen(w), 1, search_token, &t);
	return t;
}

/* search_add: add term t (len bytes), optional or not, unless it is
 * there already or holds nothing the index keeps (symbols only). Its
 * place, or -1. */
static int search_add(struct search_query *sq, struct arena *a, const char *t, size_t len,
		      int optional)
{
	char *term;

	if (len == 0)
		return -1;
	for (int i = 0; i < sq->nterms; i++) {
		if (strlen(sq->terms[i]) == len && memcmp(sq->terms[i], t, len) == 0) {
			if (!optional)
				sq->optional &= ~(1u << i);
			return i;
		}
	}
	if (sq->nterms == SEARCH_MAX_TERMS)
		return -1;
	term = arena_strndup(a, t, len);
	if (search_tokens_of(term).n == 0)
		return -1;
	sq->nalts[sq->nterms] = 0;
	if (optional)
		sq->optional |= 1u << sq->nterms;
	sq->terms[sq->nterms] = term;
	return sq->nterms++;
}

/* A query being parsed. */
struct search_parse {
	struct search_query *sq;
	struct arena *a;
	const struct search_lexicon *lx;
	int lookups;        /* of similar terms, at most SEARCH_LOOKUPS */
	int failed;         /* the store failed */
	const char *unfound[SEARCH_MAX_TERMS];   /* pieces no article holds */
	int nunfound;
};

enum { SEARCH_LOOKUPS = 8, SEARCH_TYPO_MIN = 3 };

/* search_cover_term: accept a known term found in chunk (covered: a byte
 * map of it, 2 where a term taken starts, 1 in the rest of it) where its
 * occurrences are not already covered by a longer term, and mark them
 * all. 1 when it was taken. */
static int search_cover_term(struct search_parse *ps, const char *chunk, unsigned char *covered,
			     const char *term)
{
	size_t tl = strlen(term);
	const char *p = chunk;
	int taken = 0;

	while ((p = strstr(p, term)) != NULL) {
		size_t off = (size_t)(p - chunk), i;

		for (i = off; i < off + tl; i++)
			if (covered[i])
				break;
		if (i == off + tl) {
			memset(covered + off, 1, tl);
			covered[off] = 2;   /* where a term starts */
			if (!taken)
				search_add(ps->sq, ps->a, term, tl, 0);
			taken = 1;
			p += tl;
		} else {
			p += search_utf8_len((unsigned char)*p);
		}
	}
	return taken;
}

/* search_compound: whether known term t is made of other, shorter known
 * terms of terms (n of them) end to end, as the keyword 催收投诉 is of
 * 催收 and 投诉: then those words are searched for, each on its own, and
 * not the phrase (which only the article with that keyword holds). */
static int search_compound(const char *t, const char **terms, size_t n)
{
	size_t len = strlen(t);
	unsigned char reach[256];

	if (len >= sizeof(reach))
		return 0;
	memset(reach, 0, len + 1);
	reach[0] = 1;
	for (size_t i = 0; i < len; i++) {
		if (!reach[i])
			continue;
		for (size_t k = 0; k < n; k++) {
			size_t l = strlen(terms[k]);

			if (l < len && l <= len - i && memcmp(t + i, terms[k], l) == 0)
				reach[i + l] = 1;
		}
	}
	return reach[len];
}

/* search_stopchar: whether the character at p (len bytes) is a function
 * word by itself (了, 会, 吗 …). */
static int search_stopchar(const char *p, size_t len)
{
	for (const char *const *w = search_stopwords; *w; w++)
		if (strlen(*w) == len && memcmp(*w, p, len) == 0)
			return 1;
	return 0;
}

/* search_one_off: whether the first chars characters of p and t are the
 * same but for exactly one (t has exactly chars characters), which in p
 * is no function word (还会上 is not a typo of 还不上). */
static int search_one_off(const char *p, const char *t, size_t chars)
{
	int diff = 0;

	for (size_t i = 0; i < chars; i++) {
		size_t lp = search_utf8_len((unsigned char)*p), lt = search_utf8_len((unsigned char)*t);

		if (!*p || !*t)
			return 0;
		if (lp != lt || memcmp(p, t, lp) != 0) {
			if (search_stopchar(p, lp))
				return 0;
			diff++;
		}
		p += lp;
		t += lt;
	}
	return diff == 1 && *t == '\0';
}

/* search_typo_at: a known term that the text at chunk + pos is one
 * character away from (the same length of min_chars or more, the same
 * first character, one other typed wrong: 征心有错 for 征信有错, 诉讼时笑
 * for 诉讼时效, 律师涵 for 律师函), when it covers a character no known term
 * took (covered, a byte map of chunk) and no article holds what was typed:
 * the longest such, added as a term and marked covered. 1 when one was
 * found, else 0. */
static int search_typo_at(struct search_parse *ps, const char *chunk, unsigned char *covered,
			  size_t pos, size_t min_chars)
{
	const char *p = chunk + pos, **terms;
	size_t rest = search_chars(p), n, fl = search_utf8_len((unsigned char)*p);
	char first[5];

	if (rest < min_chars || ps->lookups >= SEARCH_LOOKUPS || fl > 4)
		return 0;
	memcpy(first, p, fl);
	first[fl] = '\0';
	ps->lookups++;
	if (ps->lx->similar(ps->lx->ctx, ps->a, first, &terms, &n) < 0) {
		ps->failed = 1;
		return 0;
	}
	for (size_t k = 0; k < n; k++) {
		size_t tc = search_chars(terms[k]), bytes, fresh = 0;
		char *typed;
		int found, at;

		if (tc < min_chars || tc > rest || !search_one_off(p, terms[k], tc))
			continue;
		/* two characters share too little to choose between words */
		for (size_t j = k + 1; tc == 2 && j < n; j++)
			if (search_one_off(p, terms[j], 2) && search_chars(terms[j]) == 2)
				return 0;
		bytes = (size_t)(search_fwd(p, (int)tc) - p);
		for (size_t i = pos; i < pos + bytes; i++)
			fresh += !covered[i];
		if (!fresh)
			continue;
		typed = arena_strndup(ps->a, p, bytes);
		found = ps->lx->found(ps->lx->ctx, typed);
		if (found < 0) {
			ps->failed = 1;
			return 0;
		}
		if (found || (at = search_add(ps->sq, ps->a, terms[k], strlen(terms[k]), 0)) < 0)
			continue;
		if (!ps->sq->typed[at])
			ps->sq->typed[at] = typed;
		memset(covered + pos, 1, bytes);
		covered[pos] = 2;
		return 1;
	}
	return 0;
}

/* search_piece: a piece of a chunk that is no known term: as it is, when
 * some article holds it (optional when the chunk had known terms: then
 * required is 0); otherwise, when required, as itself, so that the
 * results say that no article has every word; and its pairs of
 * characters are kept for search_pairs. */
static void search_piece(struct search_parse *ps, const char *piece, int required)
{
	int found = ps->lx->found(ps->lx->ctx, piece);

	if (found < 0) {
		ps->failed = 1;
		return;
	}
	if (found) {
		search_add(ps->sq, ps->a, piece, strlen(piece), !required);
		return;
	}
	if (required)
		search_add(ps->sq, ps->a, piece, strlen(piece), 0);
	if (ps->nunfound < SEARCH_MAX_TERMS)
		ps->unfound[ps->nunfound++] = piece;
}

/* search_pieces: the pieces of text (len bytes) between stopwords, each
 * of 2+ characters, through search_piece. */
static void search_pieces(struct search_parse *ps, const char *text, size_t len, int required)
{
	const char *p = text, *start = text, *end = text + len;

	while (p <= end && !ps->failed) {
		size_t sl = 0;

		if (p < end) {
			for (const char *const *w = search_stopwords; *w; w++) {
				size_t n = strlen(*w);

				if ((size_t)(end - p) >= n && strncmp(p, *w, n) == 0) {
					sl = n;
					break;
				}
			}
		}
		if (sl || p == end) {
			char *piece = arena_strndup(ps->a, start, (size_t)(p - start));

			if (search_chars(piece) >= 2)
				search_piece(ps, piece, required);
			if (p == end)
				break;
			p += sl;
			start = p;
		} else {
			p += search_utf8_len((unsigned char)*p);
		}
	}
}

/* search_typos: typed-wrong known terms (search_typo_at) at the start of
 * each stretch of chunk that no known term took. How many were found. */
static int search_typos(struct search_parse *ps, const char *chunk, unsigned char *covered)
{
	size_t n = strlen(chunk);
	int found = 0;

	for (size_t i = 0; i < n && !ps->failed;) {
		if (covered[i]) {
			i++;
			continue;
		}
		found += search_typo_at(ps, chunk, covered, i, SEARCH_TYPO_MIN);
		while (i < n && !covered[i])
			i++;
	}
	return found;
}

/* One space-separated chunk of the query while it is parsed. */
struct search_chunk {
	const char *text;
	unsigned char *covered;   /* a byte map: 2 where a term taken starts, 1 in it */
	int found;                /* known terms (and typos of them) taken */
};

/* search_chunk_terms: the known terms of chunk c (longest first, not
 * overlapping, compounds as their parts: "白条逾期三年" gives 白条, 逾期,
 * 三年) and the known terms typed with one character wrong in what is
 * left. A chunk of one character is a term as it is; of two, a term, or
 * the typo of a known word of two. */
static void search_chunk_terms(struct search_parse *ps, struct search_chunk *c)
{
	size_t n = strlen(c->text), chars = search_chars(c->text);
	const char **terms;
	size_t nt;

	c->covered = arena_alloc(ps->a, n + 1);
	memset(c->covered, 0, n + 1);
	if (chars <= 2) {
		int there = chars == 2 ? ps->lx->found(ps->lx->ctx, c->text) : 1;

		if (there < 0)
			ps->failed = 1;
		else if (there || !search_typo_at(ps, c->text, c->covered, 0, 2))
			search_add(ps->sq, ps->a, c->text, n, 0);
		memset(c->covered, 1, n);
		c->found = 1;
		return;
	}
	if (ps->lx->known(ps->lx->ctx, ps->a, c->text, &terms, &nt) < 0) {
		ps->failed = 1;
		return;
	}
	for (size_t i = 0; i < nt; i++)
		if (!search_compound(terms[i], terms, nt))
			c->found += search_cover_term(ps, c->text, c->covered, terms[i]);
	c->found += search_typos(ps, c->text, c->covered);
}

/* search_chunk_pieces: what known terms left of chunk c, between function
 * words, through search_piece: required only when the chunk had no known
 * term. */
static void search_chunk_pieces(struct search_parse *ps, struct search_chunk *c)
{
	size_t n = strlen(c->text);

	for (size_t i = 0; i < n && !ps->failed;) {
		size_t j = i;

		while (j < n && !c->covered[j])
			j++;
		if (j > i)
			search_pieces(ps, c->text + i, j - i, !c->found);
		while (j < n && c->covered[j])
			j++;
		i = j;
	}
}

/* search_pairs: the pairs of characters of the pieces no article holds,
 * as optional terms, while there is room: the articles that share most
 * of what the reader wrote still come first. */
static void search_pairs(struct search_parse *ps)
{
	for (int k = 0; k < ps->nunfound; k++) {
		const char *piece = ps->unfound[k];
		struct search_tokens t = search_tokens_of(piece);

		for (int i = 0; i < t.npairs && t.npairs > 1; i++)
			search_add(ps->sq, ps->a, piece + t.start[i], (size_t)(t.end[i] - t.start[i]), 1);
	}
}

/* search_parse: the terms of query q, with the store's words from lx:
 * first the known terms of every space-separated chunk (and their
 * typos), then the pieces left, then the pairs of characters of the
 * pieces no article holds, as long as there is room (SEARCH_MAX_TERMS).
 * Returns the number of terms, or -1 when the store failed. */
int search_parse(const char *q, struct arena *a, const struct search_lexicon *lx,
		 struct search_query *sq)
{
	char *norm = search_normalize(q, a), *p = norm;
	struct search_parse ps;
	struct search_chunk *chunks = arena_alloc(a, (strlen(norm) / 2 + 1) * sizeof(*chunks));
	size_t nc = 0;

	memset(sq, 0, sizeof(*sq));
	memset(&ps, 0, sizeof(ps));
	ps.sq = sq;
	ps.a = a;
	ps.lx = lx;
	while (*p) {
		char *end = strchr(p, ' ');
		size_t n = end ? (size_t)(end - p) : strlen(p);

		chunks[nc].text = arena_strndup(a, p, n);
		chunks[nc].found = 0;
		nc++;
		p = end ? end + 1 : p + n;
	}
	for (size_t i = 0; i < nc && !ps.failed; i++)
		search_chunk_terms(&ps, &chunks[i]);
	for (size_t i = 0; i < nc && !ps.failed; i++)
		search_chunk_pieces(&ps, &chunks[i]);
	if (!ps.failed)
		search_pairs(&ps);
	{
		size_t chars = search_chars(norm);

		for (const char *sp = norm; *sp; sp++)
			chars -= *sp == ' ';
		sq->question = chars >= SEARCH_QUESTION;
	}
	return ps.failed ? -1 : sq->nterms;
}

/* search_expand: give each term of sq the other words of its synonym set
 * (expand, from the store), at most SEARCH_MAX_ALTS, none repeating a
 * word the query already has. 0, or -1 when expand fails. */
int search_expand(struct search_query *sq, struct arena *a, search_expand_fn expand, void *ctx)
{
	struct store_synonym_alts alts;
	struct buf json;
	long n;

	if (sq->nterms == 0)
		return 0;
	buf_init(&json);
	buf_putc(&json, '[');
	for (int i = 0; i < sq->nterms; i++) {
		if (i)
			buf_putc(&json, ',');
		search_json_string(sq->terms[i], &json);
	}
	buf_putc(&json, ']');
	n = expand(ctx, a, json.data, &alts);
	buf_free(&json);
	if (n < 0)
		return -1;
	for (size_t k = 0; k < alts.n; k++) {
		long t = alts.v[k].term;
		const char *w = alts.v[k].word;
		int dup = search_tokens_of(w).n == 0;

		if (t < 0 || t >= sq->nterms || sq->nalts[t] == SEARCH_MAX_ALTS)
			continue;
		for (int i = 0; i < sq->nterms && !dup; i++) {
			dup = strcmp(sq->terms[i], w) == 0;
			for (int j = 0; j < sq->nalts[i] && !dup; j++)
				dup = strcmp(sq->alts[i][j], w) == 0;
		}
		if (!dup)
			sq->alts[t][sq->nalts[t]++] = w;
	}
	return 0;
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
 * its synonyms after it (bound as a parameter). */
void search_terms_json(const struct search_query *sq, struct buf *out)
{
	buf_putc(out, '[');
	for (int i = 0; i < sq->nterms; i++) {
		buf_puts(out, i ? ",[" : "[");
		search_json_string(sq->terms[i], out);
		for (int j = 0; j < sq->nalts[i]; j++) {
			buf_putc(out, ',');
			search_json_string(sq->alts[i][j], out);
		}
		buf_putc(out, ']');
	}
	buf_putc(out, ']');
}

/* search_fts_string: append w as an FTS5 string (inner quotes doubled),
 * as a prefix when it ends in one CJK character alone (the index keeps
 * such a character by itself only at the end of a run: "a催" must also
 * find a催收). */
static void search_fts_string(const char *w, struct buf *out)
{
	buf_putc(out, '"');
	for (const char *p = w; *p; p++) {
		if (*p == '"')
			buf_putc(out, '"');
		buf_putc(out, *p);
	}
	buf_putc(out, '"');
	if (search_tokens_of(w).last_single)
		buf_putc(out, '*');
}

/* search_fts_match: an FTS5 expression matching any word of any term
 * (each term, then its synonyms: the phrase order search_rank counts
 * in), each quoted as an FTS5 string, so no operator, column filter or
 * syntax error can come from the reader's text; with head set, only in
 * the title and keywords columns. The number of phrases, or -1 when sq
 * has no terms. */
int search_fts_match(const struct search_query *sq, int head, struct buf *out)
{
	int n = 0;

	if (sq->nterms == 0)
		return -1;
	if (head)
		buf_puts(out, "{title keywords} : (");
	for (int i = 0; i < sq->nterms; i++) {
		for (int j = -1; j < sq->nalts[i]; j++) {
			if (n++)
				buf_puts(out, " OR ");
			search_fts_string(j < 0 ? sq->terms[i] : sq->alts[i][j], out);
		}
	}
	if (head)
		buf_putc(out, ')');
	return n;
}

/* search_rule_line: whether the line at p (up to its newline) is only a
 * rule or a table's separator row ("---", "|---|:--|"): no text. */
static int search_rule_line(const char *p)
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

/* search_line_start: p past the block marks at the start of a line:
 * indentation, heading marks, quote marks and list markers ("- ", "1. "). */
static const char *search_line_start(const char *p)
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

/* search_plain: the text of md as a reader sees it, on one line: no
 * block marks (headings, quotes, list markers, rules, table rows), no
 * emphasis or code marks, links as their text only, autolinks dropped.
 * Runs of ordinary text are copied whole (a search shows ten of these). */
static char *search_plain(const char *md, struct arena *a)
{
	char *out = arena_alloc(a, strlen(md) + 1), *o = out;
	const char *p = md;

	while (*p) {
		if (search_rule_line(p)) {
			p += strcspn(p, "\n");
		} else {
			p = search_line_start(p);
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
				} else if (*p == '<' && strncmp(p + 1, "http", 4) == 0 && strchr(p, '>')) {
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

enum { SEARCH_SNIP_BEFORE = 12, SEARCH_SNIP_CHARS = 90,
       SEARCH_SNIP_WORDS = SEARCH_MAX_TERMS * (1 + SEARCH_MAX_ALTS) };

/* search_snippet: a window of the plain text of md (SEARCH_SNIP_CHARS
 * characters) where the most of the query's words (terms and synonyms)
 * are, the earliest such, cut into pieces with the words marked. Returns
 * the number of pieces (0 when md is empty). */
int search_snippet(const char *md, const struct search_query *sq, struct arena *a,
		   struct search_seg *segs, int max)
{
	char *plain = search_plain(md, a);
	const char *from = plain, *to, *p, *words[SEARCH_SNIP_WORDS];
	size_t wl[SEARCH_SNIP_WORDS];
	int n = 0, nw = 0, best = 0;

	for (int i = 0; i < sq->nterms; i++)
		for (int j = -1; j < sq->nalts[i]; j++) {
			words[nw] = j < 0 ? sq->terms[i] : sq->alts[i][j];
			wl[nw] = strlen(words[nw]);
			nw += wl[nw] > 0;
		}
	/* each word's first place starts a window; the one holding the most
	 * words wins */
	for (int i = 0; i < nw; i++) {
		const char *hit = strstr(plain, words[i]), *s, *e;
		int count = 0;

		if (!hit)
			continue;
		s = search_back(plain, hit, SEARCH_SNIP_BEFORE);
		e = search_fwd(s, SEARCH_SNIP_CHARS);
		for (int k = 0; k < nw; k++)
			count += memmem(s, (size_t)(e - s), words[k], wl[k]) != NULL;
		if (count > best || (count == best && s < from)) {
			best = count;
			from = s;
		}
	}
	to = search_fwd(from, SEARCH_SNIP_CHARS);
	if (from == to || max < 3)
		return 0;
	if (from > plain)
		segs[n++] = (struct search_seg){ "…", strlen("…"), 0 };
	p = from;
	while (p < to && n < max - 1) {
		const char *next = to;
		size_t tl = 0;

		for (int i = 0; i < nw; i++) {
			/* only inside the window: the rest of the text is not shown */
			const char *h = memmem(p, (size_t)(to - p), words[i], wl[i]);

			if (h && h + wl[i] <= to && (h < next || (h == next && wl[i] > tl))) {
				next = h;
				tl = wl[i];
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

/* search_found: whether some article holds word, for search_parse: 1,
 * 0, or -1. */
static int search_found(void *ctx, const char *word)
{
	struct buf match;
	int rc;

	buf_init(&match);
	search_fts_string(word, &match);
	rc = store_search_found(ctx, match.data);
	buf_free(&match);
	return rc;
}

/* search_similar: the store's known terms starting with the character
 * first, for search_parse. How many, or -1. */
static long search_similar(void *ctx, struct arena *a, const char *first, const char ***terms,
			   size_t *n)
{
	return store_search_similar(ctx, a, first, terms, n);
}

/* search_synonyms: the store's synonyms of terms_json, for search_expand.
 * How many, or -1. */
static long search_synonyms(void *ctx, struct arena *a, const char *terms_json,
			    struct store_synonym_alts *out)
{
	return store_synonym_expand(ctx, a, terms_json, out);
}

/* search_rank_query_of: the phrases of sq's FTS5 expression (as
 * search_fts_match writes them) and their groups, for search_rank. */
static void search_rank_query_of(const struct search_query *sq, struct search_rank_query *rq)
{
	memset(rq, 0, sizeof(*rq));
	rq->ngroups = sq->nterms;
	rq->optional = sq->optional;
	rq->question = sq->question;
	for (int i = 0; i < sq->nterms; i++)
		for (int j = -1; j < sq->nalts[i] && rq->nphrases < SEARCH_RANK_PHRASES; j++) {
			rq->group[rq->nphrases] = i;
			rq->synonym[rq->nphrases++] = j >= 0;
		}
}

/* search_index: the articles the index finds for sq, into *hits (arena
 * a): the newest SEARCH_HITS holding any word (*counted of them; *more
 * when there are more), and when there are, also the newest SEARCH_HITS
 * holding one in the title or keywords, so that the strongest matches
 * are read however many articles mention a word. How many, or -1. */
static long search_index(struct store *s, const struct search_query *sq, struct arena *a,
			 struct store_search_hit **hits, size_t *counted, int *more)
{
	struct store_search_hits all, head = { NULL, 0 };
	struct buf match;
	long rc;

	buf_init(&match);
	search_fts_match(sq, 0, &match);
	rc = store_search_hits(s, a, match.data, SEARCH_HITS, &all);
	*more = rc == SEARCH_HITS;
	if (rc >= 0 && *more) {
		buf_reset(&match);
		search_fts_match(sq, 1, &match);
		rc = store_search_hits(s, a, match.data, SEARCH_HITS, &head);
	}
	buf_free(&match);
	if (rc < 0)
		return -1;
	*counted = all.n;
	*hits = arena_alloc(a, (all.n + head.n + 1) * sizeof(**hits));
	if (all.n)
		memcpy(*hits, all.v, all.n * sizeof(**hits));
	if (head.n)
		memcpy(*hits + all.n, head.v, head.n * sizeof(**hits));
	return (long)(all.n + head.n);
}

/* search_run: the whole search for q: parse it, add the synonyms, read
 * the articles from the index, rank them (search_rank: when some article
 * holds every term, those; otherwise, or for a whole question, the best
 * few), and load those on page (from 1) into res->articles; res also gets
 * the terms, the ranking, the total and whether the results are partial.
 * Articles on the page (0 when q has no terms), or -1 on a database
 * error. */
long search_run(struct store *s, const char *q, struct arena *a, long page, long per_page,
		struct search_result *res)
{
	struct search_rank_query rq;
	struct store_search_hit *hits;
	struct buf ids;
	size_t counted, from = (size_t)((page > 0 ? page - 1 : 0) * per_page);
	struct search_lexicon lx = { s, search_known, search_found, search_similar };
	long n, terms;

	memset(res, 0, sizeof(*res));
	terms = search_parse(q, a, &lx, &res->sq);
	if (terms <= 0)
		return terms;
	if (search_expand(&res->sq, a, search_synonyms, s) != 0)
		return -1;
	n = search_index(s, &res->sq, a, &hits, &counted, &res->more);
	if (n < 0)
		return -1;
	search_rank_query_of(&res->sq, &rq);
	search_rank(&rq, hits, (size_t)n, counted, res->more, a, &res->rank);
	res->total = (long)res->rank.n;
	res->partial = res->rank.partial;
	if (from >= res->rank.n)
		return 0;
	buf_init(&ids);
	buf_putc(&ids, '[');
	for (size_t i = from; i < res->rank.n && i < from + (size_t)per_page; i++)
		buf_printf(&ids, "%s%ld", i > from ? "," : "", res->rank.v[i].id);
	buf_putc(&ids, ']');
	n = store_search_page(s, a, ids.data, &res->articles);
	buf_free(&ids);
	return n;
}

/* search_about: 1 when the word groups (bit g) carry at least half of
 * the query's weight: a channel, glossary term or published question
 * named by them is about what the reader asked, not named by a common
 * word of the question only. */
int search_about(const struct search_result *res, unsigned groups)
{
	return search_rank_share(&res->rank, groups, 0.5);
}
