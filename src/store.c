/* store: open the database, migrate it, and keep its statements. */
#define _GNU_SOURCE   /* memmem */
#include "store.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <sodium.h>

#include "store_related.h"

/* The schema, one step per PRAGMA user_version. Steps are only ever
 * appended: a database at version N runs steps N+1.. at start. */
static const char *const store_migrations[] = {
	/* 1: the knowledge base */
	"CREATE TABLE category("
	"  id INTEGER PRIMARY KEY,"
	"  slug TEXT NOT NULL UNIQUE,"
	"  title TEXT NOT NULL,"
	"  position INTEGER NOT NULL,"
	"  featured TEXT NOT NULL DEFAULT '',"
	"  summary TEXT NOT NULL,"
	"  body_md TEXT NOT NULL,"
	"  body_html TEXT NOT NULL);"
	"CREATE TABLE article("
	"  id INTEGER PRIMARY KEY,"
	"  slug TEXT NOT NULL UNIQUE,"
	"  category_id INTEGER NOT NULL REFERENCES category(id),"
	"  title TEXT NOT NULL,"
	"  summary TEXT NOT NULL,"
	"  keywords TEXT NOT NULL DEFAULT '',"
	"  status TEXT NOT NULL CHECK(status IN ('draft','published')),"
	"  reviewed TEXT NOT NULL,"
	"  sources TEXT NOT NULL DEFAULT '',"
	"  body_md TEXT NOT NULL,"
	"  body_html TEXT NOT NULL,"
	"  revision INTEGER NOT NULL DEFAULT 1,"
	"  created TEXT NOT NULL,"
	"  updated TEXT NOT NULL);"
	"CREATE INDEX article_category ON article(category_id, status);"
	"CREATE TABLE article_revision("
	"  id INTEGER PRIMARY KEY,"
	"  article_id INTEGER NOT NULL REFERENCES article(id),"
	"  revision INTEGER NOT NULL,"
	"  category_id INTEGER NOT NULL,"
	"  title TEXT NOT NULL,"
	"  summary TEXT NOT NULL,"
	"  keywords TEXT NOT NULL,"
	"  status TEXT NOT NULL,"
	"  reviewed TEXT NOT NULL,"
	"  sources TEXT NOT NULL,"
	"  body_md TEXT NOT NULL,"
	"  editor TEXT NOT NULL,"
	"  created TEXT NOT NULL,"
	"  UNIQUE(article_id, revision));"
	"CREATE TABLE channel("
	"  id INTEGER PRIMARY KEY,"
	"  slug TEXT NOT NULL UNIQUE,"
	"  name TEXT NOT NULL,"
	"  operator TEXT NOT NULL,"
	"  handles TEXT NOT NULL,"
	"  contact TEXT NOT NULL,"
	"  position INTEGER NOT NULL,"
	"  reviewed TEXT NOT NULL,"
	"  body_md TEXT NOT NULL,"
	"  body_html TEXT NOT NULL);",

	/* 2: search. A trigram index over the articles (external content, kept
	 * in step by triggers, so every import or edit updates it in the same
	 * transaction), and the known search terms used to split a question
	 * typed as one phrase into words. */
	"CREATE VIRTUAL TABLE article_fts USING fts5("
	"  title, summary, keywords, body_md,"
	"  content='article', content_rowid='id', tokenize='trigram');"
	"CREATE TRIGGER article_fts_ai AFTER INSERT ON article BEGIN"
	"  INSERT INTO article_fts(rowid, title, summary, keywords, body_md)"
	"  VALUES(new.id, new.title, new.summary, new.keywords, new.body_md);"
	"END;"
	"CREATE TRIGGER article_fts_ad AFTER DELETE ON article BEGIN"
	"  INSERT INTO article_fts(article_fts, rowid, title, summary, keywords, body_md)"
	"  VALUES('delete', old.id, old.title, old.summary, old.keywords, old.body_md);"
	"END;"
	"CREATE TRIGGER article_fts_au AFTER UPDATE ON article BEGIN"
	"  INSERT INTO article_fts(article_fts, rowid, title, summary, keywords, body_md)"
	"  VALUES('delete', old.id, old.title, old.summary, old.keywords, old.body_md);"
	"  INSERT INTO article_fts(rowid, title, summary, keywords, body_md)"
	"  VALUES(new.id, new.title, new.summary, new.keywords, new.body_md);"
	"END;"
	"INSERT INTO article_fts(article_fts) VALUES('rebuild');"
	"CREATE TABLE search_term(term TEXT PRIMARY KEY) WITHOUT ROWID;"
	"INSERT INTO search_term(term) VALUES"
	" ('催收'),('征信'),('欠钱'),('欠款'),('还不上'),('投诉'),('家人'),('父母'),('爸妈'),('家里人'),('诉讼时效'),('时效'),"
	" ('逾期'),('利息'),('罚息'),('违约金'),('利率'),('起诉'),('报警'),('录音'),('上门'),"
	" ('短信'),('电话'),('协商'),('分期'),('还款'),('减免'),('律师函'),('立案'),('坐牢'),"
	" ('诈骗'),('紧急联系人'),('通讯录'),('爆通讯录'),('单位'),('同事'),('骚扰'),('威胁'),"
	" ('恐吓'),('辱骂'),('隐私'),('个人信息'),('异议'),('白条'),('京东'),('金条'),('京东金融'),"
	" ('失信'),('被执行人'),('失信被执行人'),('停息挂账'),('代理协商'),('不良记录'),('征信报告'),"
	" ('冒充'),('法院'),('公安'),('律师'),('弹窗'),('赔偿'),('精神'),('证据'),('投诉信'),"
	" ('报复'),('举报'),('黑猫'),('黑猫投诉'),('互金协会'),('互联网金融协会'),('客服'),"
	" ('一次性结清'),('还款方案'),('三年'),('五年'),('几点'),('夜里'),('晚上'),('12378'),"
	" ('12363'),('12315'),('12321'),('12381'),('12345'),('110'),('95118'),('本金'),('部分'),"
	" ('还清'),('消除'),('半夜'),('深夜'),('夜间'),('黑名单'),('网贷'),('结清'),('删除'),('银保监'),('金融监管'),('人民银行'),('监管'),('委托'),"
	" ('催收公司'),('外包'),('爸爸'),('妈妈'),('亲戚'),('朋友'),('配偶'),('老婆'),('老公');",

	/* 3: the channel directory in full (what a channel does not handle,
	 * what to prepare, what happens next), the glossary with the names
	 * each term goes by, and the situations guide on /channels. */
	"ALTER TABLE channel ADD COLUMN not_handles TEXT NOT NULL DEFAULT '';"
	"ALTER TABLE channel ADD COLUMN prepare TEXT NOT NULL DEFAULT '';"
	"ALTER TABLE channel ADD COLUMN next_steps TEXT NOT NULL DEFAULT '';"
	"CREATE TABLE glossary("
	"  id INTEGER PRIMARY KEY,"
	"  slug TEXT NOT NULL UNIQUE,"
	"  term TEXT NOT NULL UNIQUE,"
	"  aliases TEXT NOT NULL DEFAULT '',"
	"  position INTEGER NOT NULL,"
	"  reviewed TEXT NOT NULL,"
	"  sources TEXT NOT NULL,"
	"  body_md TEXT NOT NULL,"
	"  body_html TEXT NOT NULL);"
	"CREATE TABLE glossary_name("
	"  glossary_id INTEGER NOT NULL REFERENCES glossary(id) ON DELETE CASCADE,"
	"  name TEXT NOT NULL,"
	"  PRIMARY KEY(name, glossary_id)) WITHOUT ROWID;"
	"CREATE TABLE situation("
	"  id INTEGER PRIMARY KEY,"
	"  slug TEXT NOT NULL UNIQUE,"
	"  title TEXT NOT NULL,"
	"  position INTEGER NOT NULL,"
	"  channels TEXT NOT NULL,"
	"  body_md TEXT NOT NULL,"
	"  body_html TEXT NOT NULL);"
	"CREATE TABLE secret(name TEXT PRIMARY KEY, value BLOB NOT NULL) WITHOUT ROWID;",

	/* 4: readers' questions (masked before they are stored; nothing about
	 * the reader but the time and a salted hash of the address), the
	 * posting log behind the app-side rate limit, and the helpful votes. */
	"CREATE TABLE question("
	"  id INTEGER PRIMARY KEY,"
	"  ticket TEXT NOT NULL UNIQUE,"
	"  category_id INTEGER NOT NULL REFERENCES category(id),"
	"  title TEXT NOT NULL,"
	"  body TEXT NOT NULL,"
	"  status TEXT NOT NULL DEFAULT 'new'"
	"    CHECK(status IN ('new','answered','published','rejected')),"
	"  answer_md TEXT NOT NULL DEFAULT '',"
	"  answer_html TEXT NOT NULL DEFAULT '',"
	"  reason TEXT NOT NULL DEFAULT '',"
	"  editor TEXT NOT NULL DEFAULT '',"
	"  created TEXT NOT NULL,"
	"  updated TEXT NOT NULL);"
	"CREATE INDEX question_status ON question(status, created);"
	"CREATE INDEX question_category ON question(category_id, status);"
	"CREATE TABLE post_log("
	"  client TEXT NOT NULL,"
	"  kind TEXT NOT NULL,"
	"  at INTEGER NOT NULL);"
	"CREATE INDEX post_log_client ON post_log(client, kind, at);"
	"CREATE TABLE article_vote("
	"  article_id INTEGER PRIMARY KEY REFERENCES article(id),"
	"  yes INTEGER NOT NULL DEFAULT 0,"
	"  no INTEGER NOT NULL DEFAULT 0);",

	/* 5: every editor's save of a category, channel, glossary term or
	 * situation, as the whole file text, so nothing saved is ever lost. */
	"CREATE TABLE doc_revision("
	"  kind TEXT NOT NULL,"
	"  slug TEXT NOT NULL,"
	"  revision INTEGER NOT NULL,"
	"  text TEXT NOT NULL,"
	"  editor TEXT NOT NULL,"
	"  created TEXT NOT NULL,"
	"  PRIMARY KEY(kind, slug, revision)) WITHOUT ROWID;",

	/* 6: what an article page would otherwise work out on every view
	 * (scripts/bench found it was nearly all of the page's cost, and that
	 * it grew with the number of articles): the glossary terms each
	 * article's body uses under any of their names, and each article's
	 * keywords one per row, indexed, for its related articles. Triggers
	 * keep both in step with every write, whoever makes it. Keywords are
	 * split on ", " as the content format writes them, by way of a JSON
	 * array (triggers cannot hold a WITH clause). */
	"CREATE TABLE article_term("
	"  article_id INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,"
	"  glossary_id INTEGER NOT NULL REFERENCES glossary(id) ON DELETE CASCADE,"
	"  PRIMARY KEY(article_id, glossary_id)) WITHOUT ROWID;"
	"CREATE INDEX article_term_glossary ON article_term(glossary_id);"
	"CREATE TRIGGER article_term_ai AFTER INSERT ON article BEGIN"
	"  INSERT OR IGNORE INTO article_term(article_id, glossary_id)"
	"  SELECT new.id, n.glossary_id FROM glossary_name n WHERE instr(new.body_md, n.name) > 0;"
	"END;"
	"CREATE TRIGGER article_term_au AFTER UPDATE OF body_md ON article BEGIN"
	"  DELETE FROM article_term WHERE article_id = new.id;"
	"  INSERT OR IGNORE INTO article_term(article_id, glossary_id)"
	"  SELECT new.id, n.glossary_id FROM glossary_name n WHERE instr(new.body_md, n.name) > 0;"
	"END;"
	"CREATE TRIGGER glossary_name_ai AFTER INSERT ON glossary_name BEGIN"
	"  INSERT OR IGNORE INTO article_term(article_id, glossary_id)"
	"  SELECT a.id, new.glossary_id FROM article a WHERE instr(a.body_md, new.name) > 0;"
	"END;"
	"CREATE TRIGGER glossary_name_ad AFTER DELETE ON glossary_name BEGIN"
	"  DELETE FROM article_term WHERE glossary_id = old.glossary_id AND NOT EXISTS("
	"    SELECT 1 FROM glossary_name n JOIN article a ON a.id = article_term.article_id"
	"    WHERE n.glossary_id = old.glossary_id AND instr(a.body_md, n.name) > 0);"
	"END;"
	"INSERT OR IGNORE INTO article_term(article_id, glossary_id)"
	"  SELECT a.id, n.glossary_id FROM article a, glossary_name n"
	"  WHERE instr(a.body_md, n.name) > 0;"
	"CREATE TABLE article_keyword("
	"  term TEXT NOT NULL,"
	"  article_id INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,"
	"  PRIMARY KEY(term, article_id)) WITHOUT ROWID;"
	"CREATE INDEX article_keyword_article ON article_keyword(article_id);"
#define STORE_KEYWORDS_JSON(k) \
	"'[\"' || replace(replace(replace(" k ", '\\', '\\\\'), '\"', '\\\"'), ', ', '\",\"') || '\"]'"
	"CREATE TRIGGER article_keyword_ai AFTER INSERT ON article BEGIN"
	"  INSERT OR IGNORE INTO article_keyword(term, article_id)"
	"  SELECT value, new.id FROM json_each(" STORE_KEYWORDS_JSON("new.keywords") ")"
	"  WHERE value <> '';"
	"END;"
	"CREATE TRIGGER article_keyword_au AFTER UPDATE OF keywords ON article BEGIN"
	"  DELETE FROM article_keyword WHERE article_id = new.id;"
	"  INSERT OR IGNORE INTO article_keyword(term, article_id)"
	"  SELECT value, new.id FROM json_each(" STORE_KEYWORDS_JSON("new.keywords") ")"
	"  WHERE value <> '';"
	"END;"
	"INSERT OR IGNORE INTO article_keyword(term, article_id)"
	"  SELECT k.value, a.id FROM article a, json_each(" STORE_KEYWORDS_JSON("a.keywords") ") k"
	"  WHERE k.value <> '';",
#undef STORE_KEYWORDS_JSON

	/* 7: each published article's related articles, ranked when articles
	 * are written (store_related.c) rather than on every view. */
	"CREATE TABLE article_related("
	"  article_id INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,"
	"  rank INTEGER NOT NULL,"
	"  related_id INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,"
	"  PRIMARY KEY(article_id, rank)) WITHOUT ROWID;"
	"CREATE INDEX article_related_target ON article_related(related_id);",

	/* 8: every post prunes the posting log of entries older than a day;
	 * without an index on the time that read the whole log, so a post
	 * cost more the more had been posted (scripts/bench: 2,400 posts a
	 * second on an empty log, 500 at 30,000 entries). */
	"CREATE INDEX post_log_at ON post_log(at);",
};

enum { STORE_NMIGRATIONS = sizeof(store_migrations) / sizeof(store_migrations[0]) };

/* store_secret: the random secret called name (n bytes), made the first
 * time any process asks for it and the same for every process after. */
int store_secret(struct store *s, const char *name, unsigned char *out, size_t n)
{
	sqlite3_stmt *st = store_prep(s, SS_SECRET_GET,
		"SELECT value FROM secret WHERE name = :name");
	sqlite3_stmt *ins = store_prep(s, SS_SECRET_PUT,
		"INSERT OR IGNORE INTO secret(name, value) VALUES(:name, :value)");
	int rc = -1;

	if (!st || !ins)
		return -1;
	for (int attempt = 0; attempt < 2 && rc != 0; attempt++) {
		store_bind_text(st, ":name", name);
		if (sqlite3_step(st) == SQLITE_ROW &&
		    (size_t)sqlite3_column_bytes(st, 0) == n) {
			memcpy(out, sqlite3_column_blob(st, 0), n);
			rc = 0;
		}
		sqlite3_reset(st);
		if (rc == 0 || attempt > 0)
			break;
		randombytes_buf(out, n);
		store_bind_text(ins, ":name", name);
		sqlite3_bind_blob(ins, sqlite3_bind_parameter_index(ins, ":value"), out,
				  (int)n, SQLITE_TRANSIENT);
		if (sqlite3_step(ins) != SQLITE_DONE) {
			sqlite3_reset(ins);
			break;
		}
		sqlite3_reset(ins);
	}
	if (rc != 0)
		sodium_memzero(out, n);
	return rc;
}

/* store_schema_version: the user_version this program brings a database to. */
int store_schema_version(void)
{
	return STORE_NMIGRATIONS;
}

/* store_user_version: the database's PRAGMA user_version, or -1. */
static int store_user_version(struct store *s)
{
	sqlite3_stmt *st;
	int v = -1;

	if (sqlite3_prepare_v2(s->db, "PRAGMA user_version", -1, &st, NULL) != SQLITE_OK)
		return -1;
	if (sqlite3_step(st) == SQLITE_ROW)
		v = sqlite3_column_int(st, 0);
	sqlite3_finalize(st);
	return v;
}

/* store_migrate: run the schema steps the database has not seen, all in
 * one transaction. 0 or -1 (with err). */
static int store_migrate(struct store *s, struct buf *err)
{
	int v;
	char sql[64];

	if (store_begin(s) != 0)
		goto fail;
	v = store_user_version(s);
	if (v < 0)
		goto fail_rollback;
	/* A new schema step may change what is worked out from the articles. */
	if (v < STORE_NMIGRATIONS)
		s->related_dirty = 1;
	if (v > STORE_NMIGRATIONS) {
		buf_printf(err, "database schema version %d is newer than this program (%d)",
			   v, STORE_NMIGRATIONS);
		store_rollback(s);
		return -1;
	}
	for (; v < STORE_NMIGRATIONS; v++) {
		if (store_exec(s, store_migrations[v]) != 0)
			goto fail_rollback;
		snprintf(sql, sizeof(sql), "PRAGMA user_version=%d", v + 1);
		if (store_exec(s, sql) != 0)
			goto fail_rollback;
	}
	return store_commit(s);
fail_rollback:
	buf_printf(err, "migration failed: %s", sqlite3_errmsg(s->db));
	store_rollback(s);
	return -1;
fail:
	buf_printf(err, "migration failed: %s", sqlite3_errmsg(s->db));
	return -1;
}

/* store_has_text: the SQL function has_text(text, word): 1 when text
 * contains word, ASCII letters in either case (word comes in lower case),
 * which is what LIKE '%word%' finds; 0 otherwise or for NULL. Search
 * scores every matching article with it, and a memory search is many
 * times cheaper on an article's body than LIKE or instr, which step
 * through it one character at a time (scripts/bench). */
static void store_has_text(sqlite3_context *cx, int argc, sqlite3_value **argv)
{
	const unsigned char *t = sqlite3_value_text(argv[0]);
	const unsigned char *w = sqlite3_value_text(argv[1]);
	size_t tn = (size_t)sqlite3_value_bytes(argv[0]), wn = (size_t)sqlite3_value_bytes(argv[1]);
	int fold = 0, found = 0;

	(void)argc;
	if (!t || !w) {
		sqlite3_result_int(cx, 0);
		return;
	}
	for (size_t i = 0; i < wn; i++)
		fold |= w[i] >= 'a' && w[i] <= 'z';
	if (!fold) {
		found = wn == 0 || memmem(t, tn, w, wn) != NULL;
	} else {
		for (size_t i = 0; i + wn <= tn && !found; i++) {
			size_t j = 0;
			while (j < wn && (t[i + j] >= 'A' && t[i + j] <= 'Z' ? t[i + j] + 32 : t[i + j]) == w[j])
				j++;
			found = j == wn;
		}
	}
	sqlite3_result_int(cx, found);
}

/* store_open: open the database at path (":memory:" for tests), set the
 * connection's pragmas and migrate when asked. NULL (with err) on failure. */
struct store *store_open(const char *path, int flags, struct buf *err)
{
	struct store *s = calloc(1, sizeof(*s));
	int oflags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX;

	if (!s) {
		buf_puts(err, "out of memory");
		return NULL;
	}
	if (flags & STORE_CREATE)
		oflags |= SQLITE_OPEN_CREATE;
	if (sqlite3_open_v2(path, &s->db, oflags, NULL) != SQLITE_OK) {
		buf_printf(err, "cannot open database %s: %s", path,
			   s->db ? sqlite3_errmsg(s->db) : "out of memory");
		store_close(s);
		return NULL;
	}
	sqlite3_busy_timeout(s->db, 5000);
	sqlite3_create_function(s->db, "has_text", 2,
				SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS, NULL,
				store_has_text, NULL, NULL);
	sqlite3_extended_result_codes(s->db, 1);
	/* At most 512 KiB of pages per connection (SQLite's default is 2 MiB):
	 * the kernel's page cache, which every worker shares, holds the rest.
	 * Throughput is the same, and a worker's resident memory at 10,000
	 * articles is 8.3 MB instead of 10.9 (scripts/bench). */
	if (store_exec(s, "PRAGMA foreign_keys=ON") != 0 ||
	    store_exec(s, "PRAGMA cache_size=-512") != 0 ||
	    (strcmp(path, ":memory:") != 0 &&
	     (store_exec(s, "PRAGMA journal_mode=WAL") != 0 ||
	      store_exec(s, "PRAGMA synchronous=NORMAL") != 0))) {
		buf_printf(err, "cannot set up database %s: %s", path, sqlite3_errmsg(s->db));
		store_close(s);
		return NULL;
	}
	if ((flags & STORE_MIGRATE) && store_migrate(s, err) != 0) {
		store_close(s);
		return NULL;
	}
	if (!(flags & STORE_MIGRATE) && store_user_version(s) != STORE_NMIGRATIONS) {
		buf_printf(err, "database %s is at schema version %d, expected %d: run quanyictl init",
			   path, store_user_version(s), STORE_NMIGRATIONS);
		store_close(s);
		return NULL;
	}
	return s;
}

/* store_close: finalize the kept statements and close the connection. */
void store_close(struct store *s)
{
	if (!s)
		return;
	for (int i = 0; i < SS__MAX; i++)
		sqlite3_finalize(s->stmt[i]);
	sqlite3_close(s->db);
	free(s);
}

/* store_prep: the kept statement for slot id, prepared from sql on first
 * use, reset and with its bindings cleared. NULL when sql does not compile
 * (a programming error, reported on stderr). */
sqlite3_stmt *store_prep(struct store *s, enum store_stmt id, const char *sql)
{
	sqlite3_stmt *st = s->stmt[id];

	if (!st) {
		if (sqlite3_prepare_v3(s->db, sql, -1, SQLITE_PREPARE_PERSISTENT, &st,
				       NULL) != SQLITE_OK) {
			fprintf(stderr, "quanyi: prepare failed: %s\n  %s\n",
				sqlite3_errmsg(s->db), sql);
			return NULL;
		}
		s->stmt[id] = st;
	}
	sqlite3_reset(st);
	sqlite3_clear_bindings(st);
	return st;
}

/* store_generation: fill g with the database's generation now (see
 * struct store_gen). 0, or -1 when it cannot be read (then nothing may be
 * served from a cache). */
int store_generation(struct store *s, struct store_gen *g)
{
	sqlite3_stmt *st = store_prep(s, SS_DATA_VERSION, "PRAGMA data_version");
	int rc;

	if (!st)
		return -1;
	rc = sqlite3_step(st);
	g->data_version = rc == SQLITE_ROW ? sqlite3_column_int64(st, 0) : -1;
	sqlite3_reset(st);
	g->changes = (long long)sqlite3_total_changes64(s->db);
	return rc == SQLITE_ROW ? 0 : -1;
}

/* store_exec: run SQL without results (schema, pragmas, transactions). */
int store_exec(struct store *s, const char *sql)
{
	return sqlite3_exec(s->db, sql, NULL, NULL, NULL) == SQLITE_OK ? 0 : -1;
}

/* store_begin: start a write transaction, or a savepoint inside one. */
int store_begin(struct store *s)
{
	char sql[48];

	if (s->depth == 0) {
		s->write_error = SQLITE_OK;
		if (store_exec(s, "BEGIN IMMEDIATE") != 0)
			return store_note_error(s);
		s->failed = 0;
	} else {
		snprintf(sql, sizeof(sql), "SAVEPOINT sp%d", s->depth);
		if (store_exec(s, sql) != 0)
			return -1;
	}
	s->depth++;
	return 0;
}

/* store_commit: end the innermost level. The outermost level commits,
 * unless an inner level rolled back: then everything rolls back and -1. */
int store_commit(struct store *s)
{
	char sql[48];

	if (s->depth <= 0)
		return -1;
	s->depth--;
	if (s->depth > 0) {
		snprintf(sql, sizeof(sql), "RELEASE sp%d", s->depth);
		return store_exec(s, sql);
	}
	if (s->failed) {
		s->related_dirty = 0;
		store_exec(s, "ROLLBACK");
		return -1;
	}
	/* Articles changed in this transaction: rank related ones again. */
	if (s->related_dirty) {
		s->related_dirty = 0;
		if (store_related_refresh(s) != 0) {
			store_note_error(s);
			store_exec(s, "ROLLBACK");
			return -1;
		}
	}
	if (store_exec(s, "COMMIT") != 0) {
		store_note_error(s);
		store_exec(s, "ROLLBACK");
		return -1;
	}
	return 0;
}

/* store_rollback: undo the innermost level. */
int store_rollback(struct store *s)
{
	char sql[80];

	if (s->depth <= 0)
		return -1;
	store_note_error(s);
	s->depth--;
	if (s->depth > 0) {
		s->failed = 1;
		snprintf(sql, sizeof(sql), "ROLLBACK TO sp%d; RELEASE sp%d", s->depth, s->depth);
		return store_exec(s, sql);
	}
	s->related_dirty = 0;
	return store_exec(s, "ROLLBACK");
}

/* store_limit_size: let the database grow to at most kib KiB (0: no
 * limit); a write that needs more fails with SQLITE_FULL, as on a full
 * disk. 0 or -1. */
int store_limit_size(struct store *s, long kib)
{
	sqlite3_stmt *st;
	long page_size = 0;
	char sql[64];

	if (kib <= 0)
		return 0;
	if (sqlite3_prepare_v2(s->db, "PRAGMA page_size", -1, &st, NULL) != SQLITE_OK)
		return -1;
	if (sqlite3_step(st) == SQLITE_ROW)
		page_size = (long)sqlite3_column_int64(st, 0);
	sqlite3_finalize(st);
	if (page_size <= 0)
		return -1;
	/* A pragma takes no bound parameters; this is a number we made. */
	snprintf(sql, sizeof(sql), "PRAGMA max_page_count=%ld", kib * 1024 / page_size);
	return store_exec(s, sql);
}

/* store_note_error: remember why the write under way failed (SQLite's
 * extended code of the last failed call), before a rollback or another
 * statement replaces it; the first failure of a write is the one kept.
 * Always -1, for the caller to return. */
int store_note_error(struct store *s)
{
	int code = sqlite3_extended_errcode(s->db);

	if (s->write_error == SQLITE_OK && code != SQLITE_OK && code != SQLITE_ROW &&
	    code != SQLITE_DONE)
		s->write_error = code;
	return -1;
}

/* store_write_error: SQLite's extended code for the last write that
 * failed (SQLITE_READONLY_*, SQLITE_FULL, SQLITE_IOERR_*, SQLITE_BUSY_* …),
 * or SQLITE_OK when none did since the last write began. */
int store_write_error(const struct store *s)
{
	return s->write_error;
}

/* store_errmsg: the connection's last error message. */
const char *store_errmsg(const struct store *s)
{
	return sqlite3_errmsg(s->db);
}

/* store_bind_text: bind val to the named parameter (a copy is taken). */
void store_bind_text(sqlite3_stmt *st, const char *name, const char *val)
{
	int i = sqlite3_bind_parameter_index(st, name);

	if (i > 0)
		sqlite3_bind_text(st, i, val ? val : "", -1, SQLITE_TRANSIENT);
	else
		fprintf(stderr, "quanyi: no parameter %s\n", name);
}

/* store_bind_int: bind an integer to the named parameter. */
void store_bind_int(sqlite3_stmt *st, const char *name, long long val)
{
	int i = sqlite3_bind_parameter_index(st, name);

	if (i > 0)
		sqlite3_bind_int64(st, i, val);
	else
		fprintf(stderr, "quanyi: no parameter %s\n", name);
}

/* store_col: column col of the current row as text, "" for NULL. */
const char *store_col(sqlite3_stmt *st, int col)
{
	const unsigned char *t = sqlite3_column_text(st, col);

	return t ? (const char *)t : "";
}
