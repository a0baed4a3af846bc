/* store_fts: the FTS5 tokenizer "quanyi" and the auxiliary function
 * quanyi_hits(), registered on every connection by store_open.
 *
 * The tokenizer cuts Chinese (and Japanese, Korean) text into
 * overlapping pairs of characters, so that a word of any length is found
 * from the index: 催收公司 is 催收 收公 公司, and the phrase "收公司"
 * matches it. The last character of each run of CJK characters is also
 * emitted alone, at the position of the last pair (colocated), and the
 * table keeps a prefix index of one character, so a one-character query
 * ("催"*) is an index lookup too. Latin letters and digits make words
 * (lower-cased ASCII, at most STORE_FTS_MAX_WORD bytes); full-width
 * letters and digits count as their ASCII forms; everything else
 * separates tokens. Markdown link targets ("](/a/slug)") are skipped. */
#ifndef QUANYI_STORE_FTS_H
#define QUANYI_STORE_FTS_H

#include <stddef.h>

#include <sqlite3.h>

enum {
	STORE_FTS_MAX_WORD = 64,     /* bytes kept of a Latin word or number */
	STORE_FTS_COLUMNS = 4,       /* title, summary, keywords, body */
	STORE_FTS_HIT_HEAD = 4,      /* quanyi_hits(): bytes before the counts */
	STORE_FTS_HIT_CAP = 255      /* a count stops here */
};

/* One token: its text (len bytes), where it came from in the input
 * (start .. end, bytes), and whether it shares the previous token's
 * position. Return nonzero to stop. */
typedef int (*store_fts_token_fn)(void *ctx, int colocated, const char *token, int len,
				  int start, int end);

int store_fts_tokens(const char *text, int len, int query, store_fts_token_fn fn, void *ctx);
int store_fts_register(sqlite3 *db);

#endif
