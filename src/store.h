/* store: the SQLite connection of one process: pragmas, migrations,
 * statements prepared once and kept, nested transactions. */
#ifndef QUANYI_STORE_H
#define QUANYI_STORE_H

#include <stddef.h>

#include <sqlite3.h>

#include "buf.h"

/* Every statement the program runs has a slot here; it is prepared the
 * first time it is used and kept for the life of the connection. */
enum store_stmt {
	SS_CATEGORY_LIST,
	SS_CATEGORY_GET,
	SS_CATEGORY_FIND,
	SS_CATEGORY_INSERT,
	SS_CATEGORY_UPDATE,
	SS_ARTICLE_GET,
	SS_ARTICLE_IN_CATEGORY,
	SS_ARTICLE_FEATURED,
	SS_ARTICLE_RELATED,
	SS_ARTICLE_ALL,
	SS_SEARCH_FTS,
	SS_SEARCH_SCAN,
	SS_SEARCH_CHANNELS,
	SS_SEARCH_KNOWN,
	SS_TERM_INSERT,
	SS_ARTICLE_FIND,
	SS_ARTICLE_INSERT,
	SS_ARTICLE_UPDATE,
	SS_REVISION_INSERT,
	SS_REVISION_COUNT,
	SS_CHANNEL_LIST,
	SS_CHANNEL_FIND,
	SS_CHANNEL_INSERT,
	SS_CHANNEL_UPDATE,
	SS_GLOSSARY_LIST,
	SS_GLOSSARY_FIND,
	SS_GLOSSARY_INSERT,
	SS_GLOSSARY_UPDATE,
	SS_GLOSSARY_NAMES_CLEAR,
	SS_GLOSSARY_NAME_ADD,
	SS_GLOSSARY_IN_TEXT,
	SS_GLOSSARY_OF_ARTICLE,
	SS_ARTICLE_RELATED_SAVED,
	SS_RELATED_ARTICLES,
	SS_RELATED_KEYWORDS,
	SS_RELATED_OLD,
	SS_RELATED_CLEAR,
	SS_RELATED_ADD,
	SS_SEARCH_GLOSSARY,
	SS_SITUATION_LIST,
	SS_SITUATION_FIND,
	SS_SITUATION_INSERT,
	SS_SITUATION_UPDATE,
	SS_SECRET_GET,
	SS_SECRET_PUT,
	SS_QUESTION_INSERT,
	SS_QUESTION_BY_TICKET,
	SS_QUESTION_BY_ID,
	SS_QUESTION_PUBLISHED,
	SS_QUESTION_SEARCH,
	SS_QUESTION_SET,
	SS_POST_COUNT,
	SS_POST_LOG,
	SS_POST_PRUNE,
	SS_VOTE,
	SS_VOTE_GET,
	SS_ADMIN_ARTICLES,
	SS_ADMIN_REVISIONS,
	SS_ADMIN_REVISION_GET,
	SS_ADMIN_CURRENT_REV,
	SS_ADMIN_QUESTIONS,
	SS_DOC_REV,
	SS_DOC_REV_ADD,
	SS_DOC_REVS,
	SS_DOC_REV_TEXT,
	SS_QUEUE_LIST,
	SS_QUEUE_LIST_ALL,
	SS_DATA_VERSION,
	SS__MAX
};

enum {
	STORE_CREATE = 1,   /* create the file if missing */
	STORE_MIGRATE = 2   /* bring the schema up to date */
};

struct store {
	sqlite3 *db;
	sqlite3_stmt *stmt[SS__MAX];
	int depth;          /* open transactions (savepoints nest) */
	int failed;         /* an inner level rolled back */
	int write_error;    /* SQLite's code for the last write that failed */
	int related_dirty;  /* articles changed: rank related ones at commit */
};

/* A CTE w(g, pat, term) over the bound :terms JSON (an array of groups,
 * each an array of alternative words): one LIKE pattern per word, escaped
 * with '\', tagged with its group, and the word in lower case for
 * STORE_SEARCH_HAS(x), which finds what the pattern finds (has_text, in
 * store.c) at a fraction of LIKE's cost on long text. A row matches
 * group g if any word of g matches; "all words" means count(DISTINCT g)
 * equals the group count. */
#define STORE_SEARCH_TERMS \
	"w(g, pat, term) AS (SELECT t.key, '%' || replace(replace(replace(f.value, '\\', '\\\\')," \
	"  '%', '\\%'), '_', '\\_') || '%', lower(f.value)" \
	"  FROM json_each(:terms) t, json_each(t.value) f)"
#define STORE_SEARCH_HAS(x) "has_text(" x ", w.term)"

/* What the database looked like at one moment, for a cache of pages made
 * from it: another connection's commit changes data_version, this
 * connection's own writes change changes. Equal generations: same data. */
struct store_gen {
	long long data_version;
	long long changes;
};

struct store *store_open(const char *path, int flags, struct buf *err);
int store_generation(struct store *s, struct store_gen *g);
void store_close(struct store *s);
int store_schema_version(void);
sqlite3_stmt *store_prep(struct store *s, enum store_stmt id, const char *sql);
int store_exec(struct store *s, const char *sql);
int store_begin(struct store *s);
int store_commit(struct store *s);
int store_rollback(struct store *s);
const char *store_errmsg(const struct store *s);
int store_note_error(struct store *s);
int store_limit_size(struct store *s, long kib);
int store_write_error(const struct store *s);
int store_secret(struct store *s, const char *name, unsigned char *out, size_t n);

void store_bind_text(sqlite3_stmt *st, const char *name, const char *val);
void store_bind_int(sqlite3_stmt *st, const char *name, long long val);
const char *store_col(sqlite3_stmt *st, int col);

#endif
