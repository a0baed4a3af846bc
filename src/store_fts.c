/* store_fts: the search index's tokenizer and its scoring helper, as
 * SQLite's FTS5 extension API wants them (see store_fts.h). */
#include "store_fts.h"

#include <string.h>

/* What a character is to the tokenizer. */
enum store_fts_class { FTS_SEP, FTS_WORD, FTS_CJK };

/* store_fts_decode: the code point of the UTF-8 sequence at p (n bytes
 * left), its length in *len. A byte that does not start a valid,
 * shortest-form sequence is U+FFFD, one byte long. */
static unsigned store_fts_decode(const unsigned char *p, int n, int *len)
{
	unsigned c = p[0];
	int need;

	*len = 1;
	if (c < 0x80)
		return c;
	if (c >= 0xc2 && c <= 0xdf) {
		need = 1;
		c &= 0x1f;
	} else if (c >= 0xe0 && c <= 0xef) {
		need = 2;
		c &= 0x0f;
	} else if (c >= 0xf0 && c <= 0xf4) {
		need = 3;
		c &= 0x07;
	} else {
		return 0xfffd;
	}
	if (n <= need)
		return 0xfffd;
	for (int i = 1; i <= need; i++) {
		if ((p[i] & 0xc0) != 0x80)
			return 0xfffd;
		c = (c << 6) | (p[i] & 0x3f);
	}
	if ((need == 2 && (c < 0x800 || (c >= 0xd800 && c <= 0xdfff))) ||
	    (need == 3 && (c < 0x10000 || c > 0x10ffff)))
		return 0xfffd;
	*len = need + 1;
	return c;
}

/* store_fts_encode: c as UTF-8 into out (room for 4 bytes); its length. */
static int store_fts_encode(unsigned c, char *out)
{
	if (c < 0x80) {
		out[0] = (char)c;
		return 1;
	}
	if (c < 0x800) {
		out[0] = (char)(0xc0 | (c >> 6));
		out[1] = (char)(0x80 | (c & 0x3f));
		return 2;
	}
	if (c < 0x10000) {
		out[0] = (char)(0xe0 | (c >> 12));
		out[1] = (char)(0x80 | ((c >> 6) & 0x3f));
		out[2] = (char)(0x80 | (c & 0x3f));
		return 3;
	}
	out[0] = (char)(0xf0 | (c >> 18));
	out[1] = (char)(0x80 | ((c >> 12) & 0x3f));
	out[2] = (char)(0x80 | ((c >> 6) & 0x3f));
	out[3] = (char)(0x80 | (c & 0x3f));
	return 4;
}

/* store_fts_fold: c as the index keeps it: full-width ASCII forms as
 * ASCII, ASCII and Latin-1 capitals in lower case. */
static unsigned store_fts_fold(unsigned c)
{
	if (c >= 0xff01 && c <= 0xff5e)
		c -= 0xfee0;
	if (c >= 'A' && c <= 'Z')
		return c + 32;
	if (c >= 0xc0 && c <= 0xde && c != 0xd7)
		return c + 32;
	return c;
}

/* store_fts_class_of: whether folded character c is part of a word
 * (ASCII letters and digits, Latin, Greek and Cyrillic letters), of a
 * CJK run (Han, kana, Hangul), or a separator. */
static enum store_fts_class store_fts_class_of(unsigned c)
{
	if (c < 0x80)
		return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') ? FTS_WORD : FTS_SEP;
	if ((c >= 0xc0 && c <= 0x24f && c != 0xd7 && c != 0xf7) || (c >= 0x370 && c <= 0x4ff))
		return FTS_WORD;
	if (c == 0x3005 || c == 0x3007 || (c >= 0x3040 && c <= 0x30ff && c != 0x30fb) ||
	    (c >= 0x3400 && c <= 0x4dbf) || (c >= 0x4e00 && c <= 0x9fff) ||
	    (c >= 0xac00 && c <= 0xd7af) || (c >= 0xf900 && c <= 0xfaff) ||
	    (c >= 0x20000 && c <= 0x3134f))
		return FTS_CJK;
	return FTS_SEP;
}

/* store_fts_link: the length of a Markdown link target starting at p
 * ("](" up to the ")" on the same line), or 0 when p starts none. */
static int store_fts_link(const unsigned char *p, int n)
{
	if (n < 2 || p[0] != ']' || p[1] != '(')
		return 0;
	for (int i = 2; i < n && p[i] != '\n'; i++)
		if (p[i] == ')')
			return i + 1;
	return 0;
}

/* store_fts_tokens: the tokens of text (len bytes) in order, each passed
 * to fn: Latin words and numbers whole, CJK runs as overlapping pairs,
 * a run of one character alone, and (unless query is set, when the text
 * is what a reader searches for) the last character of a longer run
 * alone, colocated with the last pair. 0, or what fn returned to stop. */
int store_fts_tokens(const char *text, int len, int query, store_fts_token_fn fn, void *ctx)
{
	const unsigned char *t = (const unsigned char *)text;
	char word[STORE_FTS_MAX_WORD + 4], pair[8];
	int wlen = 0, wstart = -1, wend = 0;
	int prev = 0, prevlen = 0, run = 0, i = 0, rc = 0;

	while (rc == 0 && i <= len) {
		enum store_fts_class cls = FTS_SEP;
		unsigned c = 0;
		int cl = 1, skip = i < len ? store_fts_link(t + i, len - i) : 0;

		if (skip) {
			cl = skip;
		} else if (i < len) {
			c = store_fts_fold(store_fts_decode(t + i, len - i, &cl));
			cls = store_fts_class_of(c);
		}
		if (cls != FTS_WORD && wstart >= 0) {
			rc = fn(ctx, 0, word, wlen, wstart, wend);
			wstart = -1;
			wlen = 0;
		}
		if (rc == 0 && cls != FTS_CJK && run > 0) {
			if (run == 1 || !query)
				rc = fn(ctx, run > 1, text + prev, prevlen, prev, prev + prevlen);
			run = 0;
		}
		if (rc != 0)
			break;
		if (cls == FTS_WORD) {
			char enc[4];
			int el = store_fts_encode(c, enc);

			if (wstart < 0)
				wstart = i;
			wend = i + cl;
			if (wlen + el <= STORE_FTS_MAX_WORD) {
				memcpy(word + wlen, enc, (size_t)el);
				wlen += el;
			}
		} else if (cls == FTS_CJK) {
			if (run > 0) {
				memcpy(pair, text + prev, (size_t)prevlen);
				memcpy(pair + prevlen, text + i, (size_t)cl);
				rc = fn(ctx, 0, pair, prevlen + cl, prev, i + cl);
			}
			prev = i;
			prevlen = cl;
			run++;
		}
		i += cl;
	}
	return rc;
}

/* What store_fts_emit passes FTS5's token callback. */
struct store_fts_call {
	void *ctx;
	int (*token)(void *ctx, int flags, const char *token, int len, int start, int end);
};

/* store_fts_emit: one token of store_fts_tokens to FTS5. */
static int store_fts_emit(void *ctx, int colocated, const char *token, int len, int start,
			  int end)
{
	struct store_fts_call *c = ctx;

	return c->token(c->ctx, colocated ? FTS5_TOKEN_COLOCATED : 0, token, len, start, end);
}

/* The tokenizer keeps no state: every instance is this one. */
static char store_fts_instance;

/* store_fts_create: a tokenizer instance; it takes no arguments. */
static int store_fts_create(void *ctx, const char **argv, int argc, Fts5Tokenizer **out)
{
	(void)ctx;
	(void)argv;
	if (argc != 0)
		return SQLITE_ERROR;
	*out = (Fts5Tokenizer *)&store_fts_instance;
	return SQLITE_OK;
}

/* store_fts_delete: nothing to free. */
static void store_fts_delete(Fts5Tokenizer *tok)
{
	(void)tok;
}

/* store_fts_tokenize: FTS5's call to tokenize text: a query's strings
 * (FTS5_TOKENIZE_QUERY) without the lone last characters. */
static int store_fts_tokenize(Fts5Tokenizer *tok, void *ctx, int flags, const char *text,
			      int len, int (*token)(void *, int, const char *, int, int, int))
{
	struct store_fts_call c = { ctx, token };

	(void)tok;
	return store_fts_tokens(text, len, (flags & FTS5_TOKENIZE_QUERY) != 0, store_fts_emit, &c);
}

/* store_fts_hits: quanyi_hits(article_fts), for the row being read: a
 * blob of the table's row count (4 bytes, big-endian) and then, for each
 * phrase of the MATCH expression in order, how often it occurs in each
 * column (one byte each, at most STORE_FTS_HIT_CAP). Search scores from
 * it without reading the row. */
static void store_fts_hits(const Fts5ExtensionApi *api, Fts5Context *fx, sqlite3_context *cx,
			   int argc, sqlite3_value **argv)
{
	int np = api->xPhraseCount(fx);
	int size = STORE_FTS_HIT_HEAD + np * STORE_FTS_COLUMNS;
	unsigned char *out = sqlite3_malloc(size);
	sqlite3_int64 rows = 0;
	int rc;

	(void)argc;
	(void)argv;
	if (!out) {
		sqlite3_result_error_nomem(cx);
		return;
	}
	memset(out, 0, (size_t)size);
	rc = api->xRowCount(fx, &rows);
	if (rows > 0xffffffffLL)
		rows = 0xffffffffLL;
	for (int k = 0; k < 4; k++)
		out[k] = (unsigned char)((unsigned long long)rows >> (24 - 8 * k));
	for (int p = 0; rc == SQLITE_OK && p < np; p++) {
		Fts5PhraseIter it;
		int col, off;

		rc = api->xPhraseFirst(fx, p, &it, &col, &off);
		for (; rc == SQLITE_OK && col >= 0; api->xPhraseNext(fx, &it, &col, &off)) {
			unsigned char *n = out + STORE_FTS_HIT_HEAD + p * STORE_FTS_COLUMNS + col;

			if (col < STORE_FTS_COLUMNS && *n < STORE_FTS_HIT_CAP)
				(*n)++;
		}
	}
	if (rc != SQLITE_OK) {
		sqlite3_free(out);
		sqlite3_result_error_code(cx, rc);
		return;
	}
	sqlite3_result_blob(cx, out, size, sqlite3_free);
}

/* store_fts_api: the connection's FTS5 API, or NULL. */
static fts5_api *store_fts_api(sqlite3 *db)
{
	fts5_api *api = NULL;
	sqlite3_stmt *st;

	if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &st, NULL) != SQLITE_OK)
		return NULL;
	sqlite3_bind_pointer(st, 1, (void *)&api, "fts5_api_ptr", NULL);
	sqlite3_step(st);
	sqlite3_finalize(st);
	return api;
}

/* store_fts_register: make the tokenizer "quanyi" and the function
 * quanyi_hits() known to db's FTS5. 0, or -1 (no FTS5, out of memory). */
int store_fts_register(sqlite3 *db)
{
	static fts5_tokenizer tokenizer = {
		store_fts_create, store_fts_delete, store_fts_tokenize
	};
	fts5_api *api = store_fts_api(db);

	if (!api || api->iVersion < 2)
		return -1;
	if (api->xCreateTokenizer(api, "quanyi", NULL, &tokenizer, NULL) != SQLITE_OK ||
	    api->xCreateFunction(api, "quanyi_hits", NULL, store_fts_hits, NULL) != SQLITE_OK)
		return -1;
	return 0;
}
