/* store: the SQLite connection of one process: pragmas, migrations,
 * statements prepared once and kept, nested transactions. */
#ifndef QUANYI_STORE_H
#define QUANYI_STORE_H

#include <stddef.h>

#include <sqlite3.h>

#include "arena.h"
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
	SS_ARTICLE_RECENT,
	SS_SEARCH_HITS,
	SS_SEARCH_PAGE,
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
	SS_LAW_FIND,
	SS_LAW_INSERT,
	SS_LAW_UPDATE,
	SS_LAW_NAMES_CLEAR,
	SS_LAW_NAME_ADD,
	SS_LAW_ARTICLES_CLEAR,
	SS_LAW_ARTICLE_ADD,
	SS_LAW_LIST,
	SS_LAW_RESOLVE,
	SS_VALUE_FIND,
	SS_VALUE_INSERT,
	SS_VALUE_UPDATE,
	SS_VALUE_LIST,
	SS_VALUE_GET,
	SS_HOLIDAYS_CLEAR,
	SS_HOLIDAY_ADD,
	SS_HOLIDAYS_ALL,
	SS_HOLIDAY_YEARS,
	SS_PLAN_FIND,
	SS_PLAN_INSERT,
	SS_PLAN_UPDATE,
	SS_PLAN_LIST,
	SS_PLAN_SAVE,
	SS_PLAN_OPEN,
	SS_PLAN_DELETE,
	SS_PLAN_PRUNE,
	SS_WORDING_LIST,
	SS_WORDING_ENTRIES,
	SS_WORDING_ENTRIES_CLEAR,
	SS_WORDING_ENTRY_ADD,
	SS_WORDING_FIND,
	SS_WORDING_UPDATE,
	SS_WORDING_INSERT,
	SS_AUDIT_ADD,
	SS_AUDIT_LIST,
	SS_ADMIN_WORK_QUESTIONS,
	SS_ADMIN_WORK_ARTICLES,
	SS_ADMIN_WORK_CHANNELS,
	SS_ADMIN_WORK_VALUES,
	SS_ADMIN_CLAIM,
	SS_ADMIN_CLAIM_GET,
	SS_ADMIN_RELEASE,
	SS_ADMIN_FIND,
	SS_SYNONYM_LIST,
	SS_SYNONYM_FIND,
	SS_SYNONYM_INSERT,
	SS_SYNONYM_UPDATE,
	SS_SYNONYM_WORDS_CLEAR,
	SS_SYNONYM_WORD_ADD,
	SS_SYNONYM_EXPAND,
	SS_SEARCH_FOUND,
	SS_SEARCH_SIMILAR,
	SS_SEARCH_OPTIMIZE,
	SS_SEARCH_OPTIMIZE_CHANNELS,
	SS_SEARCH_OPTIMIZE_GLOSSARY,
	SS_FREE_PAGES,
	SS__MAX
};

enum {
	STORE_CREATE = 1,   /* create the file if missing */
	STORE_MIGRATE = 2   /* bring the schema up to date */
};

/* What a transaction can change that other modules keep data about;
 * store_changed() notes one, and the hooks added for it with store_hook()
 * run before the commit. The store core knows no table. */
enum store_event {
	STORE_EV_ARTICLES,  /* an article was added or changed */
	STORE_EV__MAX
};

struct store;
typedef int (*store_hook_fn)(struct store *s);

enum { STORE_MAX_HOOKS = 8 };

struct store {
	sqlite3 *db;
	sqlite3_stmt *stmt[SS__MAX];
	int depth;          /* open transactions (savepoints nest) */
	int failed;         /* an inner level rolled back */
	int write_error;    /* SQLite's code for the last write that failed */
	int bind_failed;    /* a bind failed since the last step */
	int migrated;       /* opening ran a schema step */
	unsigned changed;   /* events noted in this transaction (1 << ev) */
	int nhooks;
	struct { enum store_event ev; store_hook_fn fn; } hooks[STORE_MAX_HOOKS];
};

/* How the columns of a row fill a record: column i goes to the member at
 * cols[i].off, as text (copied into the arena), a long or an int. Each
 * store file declares the map of its records next to the columns it
 * selects, so loaders are one call and the record outlives the
 * statement. */
enum store_col_kind { STORE_COL_TEXT, STORE_COL_LONG, STORE_COL_INT };

struct store_col {
	enum store_col_kind kind;
	size_t off;
};

struct store_map {
	size_t size;                   /* the record's size */
	size_t ncols;
	const struct store_col *cols;
};

#define STORE_TEXT(T, m) { STORE_COL_TEXT, offsetof(T, m) }
#define STORE_LONG(T, m) { STORE_COL_LONG, offsetof(T, m) }
#define STORE_INT(T, m) { STORE_COL_INT, offsetof(T, m) }
#define STORE_MAP(T, cols) { sizeof(T), sizeof(cols) / sizeof(cols[0]), cols }

/* A row reader for store_rows_fn: the current row of st into the zeroed
 * record rec, texts and blobs copied into a. 0, or -1 to stop. */
typedef int (*store_row_fn)(sqlite3_stmt *st, struct arena *a, void *rec);

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
int store_compact(struct store *s);
int store_write_error(const struct store *s);
int store_secret(struct store *s, const char *name, unsigned char *out, size_t n);

int store_hook(struct store *s, enum store_event ev, store_hook_fn fn);
void store_changed(struct store *s, enum store_event ev);
int store_migrated(const struct store *s);

int store_bind_text(struct store *s, sqlite3_stmt *st, const char *name, const char *val);
int store_bind_int(struct store *s, sqlite3_stmt *st, const char *name, long long val);
int store_bind_blob(struct store *s, sqlite3_stmt *st, const char *name, const void *v,
		    size_t n);
int store_step(struct store *s, sqlite3_stmt *st);
int store_done(struct store *s, sqlite3_stmt *st);
int store_done_rendered(struct store *s, sqlite3_stmt *st, const char *md);
long long store_count(struct store *s, sqlite3_stmt *st);
long store_rows(struct store *s, sqlite3_stmt *st, struct arena *a, const struct store_map *m,
		void **v, size_t *n);
long store_rows_fn(struct store *s, sqlite3_stmt *st, struct arena *a, size_t size,
		   store_row_fn fn, void **v, size_t *n);
void store_read(sqlite3_stmt *st, struct arena *a, const struct store_map *m, void *rec);
int store_row(struct store *s, sqlite3_stmt *st, struct arena *a, const struct store_map *m,
	      void *out);
const char *store_col(sqlite3_stmt *st, int col);
char *store_text(sqlite3_stmt *st, int col, struct arena *a);

#endif
