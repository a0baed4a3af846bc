/* search: query terms, synonyms, FTS5 expressions, the search itself and
 * snippets. Nothing a reader types reaches FTS5 unquoted. */
#define _GNU_SOURCE   /* memmem */
#include "search.h"

#include <stdlib.h>
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

/* search_expand_prune: leave out the synonyms of term i that hold
 * another word of its group (征信记录 holds 征信): wherever they are, the
 * shorter word is too, as often or more, and weighs as much or more, so
 * they add nothing but work. */
static void search_expand_prune(struct search_query *sq, int i)
{
	const char *was[SEARCH_MAX_ALTS];
	int n = sq->nalts[i], keep = 0;

	memcpy(was, sq->alts[i], sizeof(was));
	for (int j = 0; j < n; j++) {
		int holds = strstr(was[j], sq->terms[i]) != NULL;

		for (int k = 0; k < n && !holds; k++)
			holds = k != j && strstr(was[j], was[k]) != NULL;
		if (!holds)
			sq->alts[i][keep++] = was[j];
	}
	sq->nalts[i] = keep;
}

/* search_expand: give each term of sq the other words of its synonym set
 * (expand, from the store), at most SEARCH_MAX_ALTS, none repeating a
 * word the query already has, none holding another word of the group.
 * 0, or -1 when expand fails. */
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
	for (int i = 0; i < sq->nterms; i++)
		search_expand_prune(sq, i);
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

/* search_phrases: the FTS5 expression for sq into out (when not NULL):
 * every word of every term (each term, then its synonyms), or with
 * required set only those of the terms that are not optional, each quoted
 * as an FTS5 string, so no operator, column filter or syntax error can
 * come from the reader's text; and into rq (when not NULL) each phrase's
 * group, in the same order, for search_rank. The number of phrases. */
static int search_phrases(const struct search_query *sq, int required, struct buf *out,
			  struct search_rank_query *rq)
{
	int n = 0;

	if (rq) {
		memset(rq, 0, sizeof(*rq));
		rq->ngroups = sq->nterms;
		rq->optional = sq->optional;
		rq->question = sq->question;
	}
	for (int i = 0; i < sq->nterms; i++) {
		if (required && (sq->optional & (1u << i)))
			continue;
		for (int j = -1; j < sq->nalts[i] && n < SEARCH_RANK_PHRASES; j++) {
			if (out) {
				if (n)
					buf_puts(out, " OR ");
				search_fts_string(j < 0 ? sq->terms[i] : sq->alts[i][j], out);
			}
			if (rq) {
				rq->group[n] = i;
				rq->synonym[n] = j >= 0;
				rq->nphrases = n + 1;
			}
			n++;
		}
	}
	return n;
}

/* search_fts_match: an FTS5 expression matching any word of any term of
 * sq (search_phrases). The number of phrases, or -1 when sq has no
 * terms. */
int search_fts_match(const struct search_query *sq, struct buf *out)
{
	return sq->nterms ? search_phrases(sq, 0, out, NULL) : -1;
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
       SEARCH_SNIP_WORDS = SEARCH_MAX_TERMS * (1 + SEARCH_MAX_ALTS), SEARCH_SNIP_HITS = 128 };

/* One place in a snippet's text where a word of the query is. */
struct search_snip_hit {
	size_t at, len;
	int word;
};

/* search_snip_by_place: order hits by place, the longer word first. */
static int search_snip_by_place(const void *a, const void *b)
{
	const struct search_snip_hit *x = a, *y = b;

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
	char *plain = search_plain(md, a);
	const char *from = plain, *to, *p, *words[SEARCH_SNIP_WORDS];
	struct search_snip_hit hits[SEARCH_SNIP_HITS];
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
			hits[nh++] = (struct search_snip_hit){ (size_t)(h - plain), wl[i], i };
	qsort(hits, (size_t)nh, sizeof(hits[0]), search_snip_by_place);
	{
		unsigned char seen[SEARCH_SNIP_WORDS] = { 0 };

		for (int i = 0; i < nh; i++) {
			present += !seen[hits[i].word];
			seen[hits[i].word] = 1;
		}
	}
	/* each place starts a window; the first holding the most words wins */
	for (int i = 0; i < nh && best < present; i++) {
		const char *s = search_back(plain, plain + hits[i].at, SEARCH_SNIP_BEFORE);
		size_t e = (size_t)(search_fwd(s, SEARCH_SNIP_CHARS) - plain);
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
	to = search_fwd(from, SEARCH_SNIP_CHARS);
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

/* search_index: the articles the index finds for sq, into *hits (arena
 * a): the newest SEARCH_HITS that hold any of its words (*more when there
 * are more). Stopping there keeps a search of a common word as cheap with
 * 10,000 articles as with 100. How many, or -1. */
static long search_index(struct store *s, const struct search_query *sq, struct arena *a,
			 struct store_search_hits *hits, int *more)
{
	struct buf match;
	long rc;

	buf_init(&match);
	search_fts_match(sq, &match);
	rc = store_search_hits(s, a, match.data, SEARCH_HITS, hits);
	*more = rc == SEARCH_HITS;
	buf_free(&match);
	return rc;
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
	struct store_search_hits hits;
	struct buf ids;
	size_t from = (size_t)((page > 0 ? page - 1 : 0) * per_page);
	struct search_lexicon lx = { s, search_known, search_found, search_similar };
	long n, terms;

	memset(res, 0, sizeof(*res));
	terms = search_parse(q, a, &lx, &res->sq);
	if (terms <= 0)
		return terms;
	if (search_expand(&res->sq, a, search_synonyms, s) != 0)
		return -1;
	if (search_index(s, &res->sq, a, &hits, &res->more) < 0)
		return -1;
	search_phrases(&res->sq, 0, NULL, &rq);
	search_rank(&rq, hits.v, hits.n, res->more, a, &res->rank);
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

/* search_boxes: the channels and glossary terms whose own indexes hold a
 * word of res's query (of its required terms), and the published
 * questions that do, each with the word groups that name it (for
 * search_about), into *out. 0 or -1. */
int search_boxes(struct store *s, const struct search_result *res, struct arena *a,
		 struct search_boxes *out)
{
	struct search_rank_query rq;
	struct buf match, json;
	int rc = 0;

	memset(out, 0, sizeof(*out));
	if (res->sq.nterms == 0)
		return 0;
	buf_init(&match);
	buf_init(&json);
	if (search_phrases(&res->sq, 1, &match, &rq) == 0) {
		buf_free(&match);
		buf_free(&json);
		return 0;
	}
	search_terms_json(&res->sq, &json);
	if (store_search_channels(s, a, match.data, &out->channels) < 0 ||
	    store_search_glossary(s, a, match.data, &out->terms) < 0 ||
	    store_search_questions(s, a, json.data, &out->questions) < 0)
		rc = -1;
	for (size_t i = 0; rc == 0 && i < out->channels.n; i++)
		out->channels.v[i].groups = search_rank_groups(&rq, out->channels.v[i].counts,
							       out->channels.v[i].len);
	for (size_t i = 0; rc == 0 && i < out->terms.n; i++)
		out->terms.v[i].groups = search_rank_groups(&rq, out->terms.v[i].counts,
							    out->terms.v[i].len);
	buf_free(&match);
	buf_free(&json);
	return rc;
}

/* search_about: 1 when the word groups (bit g) carry at least half of
 * the query's weight: a channel, glossary term or published question
 * named by them is about what the reader asked, not named by a common
 * word of the question only. */
int search_about(const struct search_result *res, unsigned groups)
{
	return search_rank_share(&res->rank, groups, 0.5);
}
