/* search_parse: what a reader typed, as search terms: chunks split on
 * known words (and their compounds and typos), pieces between function
 * words, pairs of characters of what no article holds. */
#include "search.h"

#include <string.h>

#include "store_fts.h"

/* Separators: what splits a query into chunks (ASCII and full-width
 * punctuation, the ideographic space). */
static const char *const search_parse_separators[] = {
	"\xe3\x80\x80", "，", "。", "？", "！", "、", "；", "：", "“", "”", "‘", "’",
	"（", "）", "《", "》", "【", "】", "…", "—", "～", NULL
};

/* Words that carry no meaning for search; a chunk with no known term is
 * cut at these. */
static const char *const search_parse_stopwords[] = {
	"怎么办", "怎么样", "怎么", "什么", "是不是", "能不能", "会不会", "可不可以", "可以",
	"为什么", "如何", "应该", "哪个", "哪里", "多久", "多少", "还是", "就是", "没有",
	"我们", "我的", "他们", "吗", "呢", "吧", "啊", "了", "的", "我", "你", "他", "她",
	"就", "都", "要", "会", "能", "是", "有", "和", "与", "在", NULL
};

/* search_parse_utf8_len: bytes in the UTF-8 character starting with c. */
static size_t search_parse_utf8_len(unsigned char c)
{
	if (c < 0x80)
		return 1;
	if (c >= 0xf0)
		return 4;
	if (c >= 0xe0)
		return 3;
	return 2;
}

/* search_parse_chars: number of UTF-8 characters in s. */
size_t search_parse_chars(const char *s)
{
	size_t n = 0;

	for (const unsigned char *p = (const unsigned char *)s; *p; p += search_parse_utf8_len(*p))
		n++;
	return n;
}

/* search_parse_fwd: move p forward over n characters. */
static const char *search_parse_fwd(const char *p, int n)
{
	while (n-- > 0 && *p)
		p += search_parse_utf8_len((unsigned char)*p);
	return p;
}

/* search_parse_normalize: a copy of q with separators as single spaces, ASCII
 * letters in lower case, and no leading or trailing space. */
char *search_parse_normalize(const char *q, struct arena *a)
{
	size_t len = strlen(q);
	char *out = arena_alloc(a, len + 1), *o = out;
	const char *p = q;

	while (*p) {
		size_t sl = 0;
		for (const char *const *s = search_parse_separators; *s; s++) {
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
			size_t n = search_parse_utf8_len((unsigned char)*p);
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

/* What search_parse_tokens_of learns of a word from the index's tokenizer. */
struct search_parse_word {
	int n;            /* tokens */
	int last_single;  /* the last is one CJK character alone */
	int start[SEARCH_MAX_TERMS], end[SEARCH_MAX_TERMS];   /* where the first tokens */
	int npairs;                  /* of two or more characters are in the word */
};

/* search_parse_token: note one token of store_fts_tokens. 0. */
static int search_parse_token(void *ctx, int colocated, const char *token, int len, int start,
			      int end)
{
	struct search_parse_word *t = ctx;
	size_t first = search_parse_utf8_len((unsigned char)token[0]);

	(void)colocated;
	t->n++;
	t->last_single = len >= 3 && (size_t)len == first;
	if ((size_t)len > first && t->npairs < SEARCH_MAX_TERMS) {
		t->start[t->npairs] = start;
		t->end[t->npairs++] = end;
	}
	return 0;
}

/* search_parse_tokens_of: what the index's tokenizer makes of word w, as it
 * would cut it in a query. */
static struct search_parse_word search_parse_tokens_of(const char *w)
{
	struct search_parse_word t;

	memset(&t, 0, sizeof(t));
	store_fts_tokens(w, (int)strlen(w), 1, search_parse_token, &t);
	return t;
}

/* search_parse_tokens: how many tokens the index's tokenizer makes of
 * word w in a query; *single (when not NULL) gets whether the last is one
 * CJK character alone (then a query must take it as a prefix). */
int search_parse_tokens(const char *w, int *single)
{
	struct search_parse_word t = search_parse_tokens_of(w);

	if (single)
		*single = t.last_single;
	return t.n;
}

/* search_parse_add: add term t (len bytes), optional or not, unless it is
 * there already or holds nothing the index keeps (symbols only). Its
 * place, or -1. */
static int search_parse_add(struct search_query *sq, struct arena *a, const char *t, size_t len,
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
	if (search_parse_tokens_of(term).n == 0)
		return -1;
	sq->nalts[sq->nterms] = 0;
	if (optional)
		sq->optional |= 1u << sq->nterms;
	sq->terms[sq->nterms] = term;
	return sq->nterms++;
}

/* A query being parsed. */
struct search_parse_state {
	struct search_query *sq;
	struct arena *a;
	const struct search_lexicon *lx;
	int lookups;        /* of similar terms, at most SEARCH_LOOKUPS */
	int failed;         /* the store failed */
	const char *unfound[SEARCH_MAX_TERMS];   /* pieces no article holds */
	int nunfound;
};

enum { SEARCH_LOOKUPS = 8, SEARCH_TYPO_MIN = 3 };

/* search_parse_cover_term: accept a known term found in chunk (covered: a byte
 * map of it, 2 where a term taken starts, 1 in the rest of it) where its
 * occurrences are not already covered by a longer term, and mark them
 * all. 1 when it was taken. */
static int search_parse_cover_term(struct search_parse_state *ps, const char *chunk,
				   unsigned char *covered, const char *term)
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
				search_parse_add(ps->sq, ps->a, term, tl, 0);
			taken = 1;
			p += tl;
		} else {
			p += search_parse_utf8_len((unsigned char)*p);
		}
	}
	return taken;
}

/* search_parse_compound: whether known term t is made of other, shorter known
 * terms of terms (n of them) end to end, as the keyword 催收投诉 is of
 * 催收 and 投诉: then those words are searched for, each on its own, and
 * not the phrase (which only the article with that keyword holds). */
static int search_parse_compound(const char *t, const char **terms, size_t n)
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

/* search_parse_stopchar: whether the character at p (len bytes) is a function
 * word by itself (了, 会, 吗 …). */
static int search_parse_stopchar(const char *p, size_t len)
{
	for (const char *const *w = search_parse_stopwords; *w; w++)
		if (strlen(*w) == len && memcmp(*w, p, len) == 0)
			return 1;
	return 0;
}

/* search_parse_one_off: whether the first chars characters of p and t are the
 * same but for exactly one (t has exactly chars characters), which in p
 * is no function word (还会上 is not a typo of 还不上). */
static int search_parse_one_off(const char *p, const char *t, size_t chars)
{
	int diff = 0;

	for (size_t i = 0; i < chars; i++) {
		size_t lp = search_parse_utf8_len((unsigned char)*p);
		size_t lt = search_parse_utf8_len((unsigned char)*t);

		if (!*p || !*t)
			return 0;
		if (lp != lt || memcmp(p, t, lp) != 0) {
			if (search_parse_stopchar(p, lp))
				return 0;
			diff++;
		}
		p += lp;
		t += lt;
	}
	return diff == 1 && *t == '\0';
}

/* search_parse_typo_at: a known term that the text at chunk + pos is one
 * character away from (the same length of min_chars or more, the same
 * first character, one other typed wrong: 征心有错 for 征信有错, 诉讼时笑
 * for 诉讼时效, 高利代 for 高利贷), when it covers a character no known term
 * took (covered, a byte map of chunk) and no article holds what was typed:
 * the longest such, added as a term and marked covered. 1 when one was
 * found, else 0. */
static int search_parse_typo_at(struct search_parse_state *ps, const char *chunk,
				unsigned char *covered, size_t pos, size_t min_chars)
{
	const char *p = chunk + pos, **terms;
	size_t rest = search_parse_chars(p), n, fl = search_parse_utf8_len((unsigned char)*p);
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
		size_t tc = search_parse_chars(terms[k]), bytes, fresh = 0;
		char *typed;
		int found, at;

		if (tc < min_chars || tc > rest || !search_parse_one_off(p, terms[k], tc))
			continue;
		/* two characters share too little to choose between words */
		for (size_t j = k + 1; tc == 2 && j < n; j++)
			if (search_parse_chars(terms[j]) == 2 &&
			    search_parse_one_off(p, terms[j], 2))
				return 0;
		bytes = (size_t)(search_parse_fwd(p, (int)tc) - p);
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
		at = found ? -1 : search_parse_add(ps->sq, ps->a, terms[k], strlen(terms[k]), 0);
		if (at < 0)
			continue;
		if (!ps->sq->typed[at])
			ps->sq->typed[at] = typed;
		memset(covered + pos, 1, bytes);
		covered[pos] = 2;
		return 1;
	}
	return 0;
}

/* search_parse_piece: a piece of a chunk that is no known term: as it is, when
 * some article holds it (optional when the chunk had known terms: then
 * required is 0); otherwise, when required, as itself, so that the
 * results say that no article has every word; and its pairs of
 * characters are kept for search_parse_pairs. */
static void search_parse_piece(struct search_parse_state *ps, const char *piece, int required)
{
	int found = ps->lx->found(ps->lx->ctx, piece);

	if (found < 0) {
		ps->failed = 1;
		return;
	}
	if (found) {
		search_parse_add(ps->sq, ps->a, piece, strlen(piece), !required);
		return;
	}
	if (required)
		search_parse_add(ps->sq, ps->a, piece, strlen(piece), 0);
	if (ps->nunfound < SEARCH_MAX_TERMS)
		ps->unfound[ps->nunfound++] = piece;
}

/* search_parse_pieces: the pieces of text (len bytes) between stopwords, each
 * of 2+ characters, through search_parse_piece. */
static void search_parse_pieces(struct search_parse_state *ps, const char *text, size_t len,
				int required)
{
	const char *p = text, *start = text, *end = text + len;

	while (p <= end && !ps->failed) {
		size_t sl = 0;

		if (p < end) {
			for (const char *const *w = search_parse_stopwords; *w; w++) {
				size_t n = strlen(*w);

				if ((size_t)(end - p) >= n && strncmp(p, *w, n) == 0) {
					sl = n;
					break;
				}
			}
		}
		if (sl || p == end) {
			char *piece = arena_strndup(ps->a, start, (size_t)(p - start));

			if (search_parse_chars(piece) >= 2)
				search_parse_piece(ps, piece, required);
			if (p == end)
				break;
			p += sl;
			start = p;
		} else {
			p += search_parse_utf8_len((unsigned char)*p);
		}
	}
}

/* search_parse_typos: typed-wrong known terms (search_parse_typo_at) at the start of
 * each stretch of chunk that no known term took. How many were found. */
static int search_parse_typos(struct search_parse_state *ps, const char *chunk,
			      unsigned char *covered)
{
	size_t n = strlen(chunk);
	int found = 0;

	for (size_t i = 0; i < n && !ps->failed;) {
		if (covered[i]) {
			i++;
			continue;
		}
		found += search_parse_typo_at(ps, chunk, covered, i, SEARCH_TYPO_MIN);
		while (i < n && !covered[i])
			i++;
	}
	return found;
}

/* One space-separated chunk of the query while it is parsed. */
struct search_parse_chunk {
	const char *text;
	unsigned char *covered;   /* a byte map: 2 where a term taken starts, 1 in it */
	int found;                /* known terms (and typos of them) taken */
};

/* search_parse_chunk_terms: the known terms of chunk c (longest first, not
 * overlapping, compounds as their parts: "白条逾期三年" gives 白条, 逾期,
 * 三年) and the known terms typed with one character wrong in what is
 * left. A chunk of one character is a term as it is; of two, a term, or
 * the typo of a known word of two. */
static void search_parse_chunk_terms(struct search_parse_state *ps, struct search_parse_chunk *c)
{
	size_t n = strlen(c->text), chars = search_parse_chars(c->text);
	const char **terms;
	size_t nt;

	c->covered = arena_alloc(ps->a, n + 1);
	memset(c->covered, 0, n + 1);
	if (chars <= 2) {
		int there = chars == 2 ? ps->lx->found(ps->lx->ctx, c->text) : 1;

		if (there < 0)
			ps->failed = 1;
		else if (there || !search_parse_typo_at(ps, c->text, c->covered, 0, 2))
			search_parse_add(ps->sq, ps->a, c->text, n, 0);
		memset(c->covered, 1, n);
		c->found = 1;
		return;
	}
	if (ps->lx->known(ps->lx->ctx, ps->a, c->text, &terms, &nt) < 0) {
		ps->failed = 1;
		return;
	}
	for (size_t i = 0; i < nt; i++)
		if (!search_parse_compound(terms[i], terms, nt))
			c->found += search_parse_cover_term(ps, c->text, c->covered, terms[i]);
	c->found += search_parse_typos(ps, c->text, c->covered);
}

/* search_parse_chunk_pieces: what known terms left of chunk c, between function
 * words, through search_parse_piece: required only when the chunk had no known
 * term. */
static void search_parse_chunk_pieces(struct search_parse_state *ps, struct search_parse_chunk *c)
{
	size_t n = strlen(c->text);

	for (size_t i = 0; i < n && !ps->failed;) {
		size_t j = i;

		while (j < n && !c->covered[j])
			j++;
		if (j > i)
			search_parse_pieces(ps, c->text + i, j - i, !c->found);
		while (j < n && c->covered[j])
			j++;
		i = j;
	}
}

/* search_parse_pairs: the pairs of characters of the pieces no article holds,
 * as optional terms, while there is room: the articles that share most
 * of what the reader wrote still come first. */
static void search_parse_pairs(struct search_parse_state *ps)
{
	for (int k = 0; k < ps->nunfound; k++) {
		const char *piece = ps->unfound[k];
		struct search_parse_word t = search_parse_tokens_of(piece);

		for (int i = 0; i < t.npairs && t.npairs > 1; i++)
			search_parse_add(ps->sq, ps->a, piece + t.start[i],
					 (size_t)(t.end[i] - t.start[i]), 1);
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
	char *norm = search_parse_normalize(q, a), *p = norm;
	struct search_parse_state ps;
	struct search_parse_chunk *chunks;
	size_t nc = 0;

	chunks = arena_alloc(a, (strlen(norm) / 2 + 1) * sizeof(*chunks));
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
		search_parse_chunk_terms(&ps, &chunks[i]);
	for (size_t i = 0; i < nc && !ps.failed; i++)
		search_parse_chunk_pieces(&ps, &chunks[i]);
	if (!ps.failed)
		search_parse_pairs(&ps);
	{
		size_t chars = search_parse_chars(norm);

		for (const char *sp = norm; *sp; sp++)
			chars -= *sp == ' ';
		sq->question = chars >= SEARCH_QUESTION;
	}
	return ps.failed ? -1 : sq->nterms;
}

