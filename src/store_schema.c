/* store_schema: the database schema, one step per PRAGMA user_version.
 * Data only: store.c runs the steps a database has not seen. */
#include "store_schema.h"

/* The schema, one step per PRAGMA user_version. Steps are only ever
 * appended: a database at version N runs steps N+1.. at start. */
static const char *const store_schema_steps_v[] = {
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

	/* 9: the law texts the site cites (content/law): each law version
	 * with the names it is cited by and its articles, exactly as the
	 * official text has them (empty when the site has no official text). */
	"CREATE TABLE law("
	"  id INTEGER PRIMARY KEY,"
	"  slug TEXT NOT NULL UNIQUE,"
	"  title TEXT NOT NULL,"
	"  aliases TEXT NOT NULL DEFAULT '',"
	"  version TEXT NOT NULL,"
	"  in_force TEXT NOT NULL,"
	"  status TEXT NOT NULL CHECK(status IN ('current','superseded')),"
	"  scope TEXT NOT NULL CHECK(scope IN ('full','excerpt','none')),"
	"  official TEXT NOT NULL,"
	"  reviewed TEXT NOT NULL,"
	"  sources TEXT NOT NULL,"
	"  body_md TEXT NOT NULL);"
	"CREATE TABLE law_name("
	"  law_id INTEGER NOT NULL REFERENCES law(id) ON DELETE CASCADE,"
	"  name TEXT NOT NULL,"
	"  PRIMARY KEY(name, law_id)) WITHOUT ROWID;"
	"CREATE TABLE law_article("
	"  law_id INTEGER NOT NULL REFERENCES law(id) ON DELETE CASCADE,"
	"  num TEXT NOT NULL,"
	"  ord INTEGER NOT NULL,"
	"  text TEXT NOT NULL,"
	"  PRIMARY KEY(law_id, num)) WITHOUT ROWID;",

	/* 10: dated values (content/values): a value with the date it takes
	 * effect, its source and when an editor last checked it; a holidays
	 * value lists the public holidays and worked weekend days of a year,
	 * which every deadline the tools compute uses. */
	"CREATE TABLE value("
	"  id INTEGER PRIMARY KEY,"
	"  slug TEXT NOT NULL UNIQUE,"
	"  title TEXT NOT NULL,"
	"  kind TEXT NOT NULL CHECK(kind IN ('holidays','number','text')),"
	"  value TEXT NOT NULL,"
	"  effective TEXT NOT NULL,"
	"  sources TEXT NOT NULL,"
	"  checked TEXT NOT NULL,"
	"  check_by TEXT NOT NULL,"
	"  body_md TEXT NOT NULL);"
	"CREATE TABLE holiday("
	"  day TEXT NOT NULL PRIMARY KEY,"
	"  rest INTEGER NOT NULL,"
	"  value_id INTEGER NOT NULL REFERENCES value(id) ON DELETE CASCADE) WITHOUT ROWID;",

	/* 11: an article about threats or despair shows the safety box
	 * (110 when in danger, 12356 when it is too much) at its top. */
	"ALTER TABLE article ADD COLUMN urgent INTEGER NOT NULL DEFAULT 0;"
	"ALTER TABLE article_revision ADD COLUMN urgent INTEGER NOT NULL DEFAULT 0;",

	/* 12: the guided plan (content/plan: its questions and steps, as
	 * written) and the plans readers chose to save: their answers only
	 * (choices and dates, nothing typed), under a random code, kept at
	 * most 180 days. */
	"CREATE TABLE plan_doc("
	"  id INTEGER PRIMARY KEY,"
	"  slug TEXT NOT NULL UNIQUE,"
	"  type TEXT NOT NULL CHECK(type IN ('question','step')),"
	"  position INTEGER NOT NULL DEFAULT 0,"
	"  text TEXT NOT NULL DEFAULT '',"
	"  kind TEXT NOT NULL DEFAULT '',"
	"  choices TEXT NOT NULL DEFAULT '',"
	"  unsure TEXT NOT NULL DEFAULT '',"
	"  letter_fields TEXT NOT NULL DEFAULT '',"
	"  help TEXT NOT NULL DEFAULT '',"
	"  ask_when TEXT NOT NULL DEFAULT '',"
	"  bucket TEXT NOT NULL DEFAULT '',"
	"  ord INTEGER NOT NULL DEFAULT 0,"
	"  title TEXT NOT NULL DEFAULT '',"
	"  whens TEXT NOT NULL DEFAULT '',"
	"  article TEXT NOT NULL DEFAULT '',"
	"  letter TEXT NOT NULL DEFAULT '',"
	"  channel TEXT NOT NULL DEFAULT '',"
	"  deadline TEXT NOT NULL DEFAULT '',"
	"  deadline_title TEXT NOT NULL DEFAULT '',"
	"  sources TEXT NOT NULL DEFAULT '',"
	"  body_md TEXT NOT NULL,"
	"  body_html TEXT NOT NULL);"
	"CREATE TABLE plan_saved("
	"  code TEXT NOT NULL PRIMARY KEY,"
	"  answers TEXT NOT NULL,"
	"  created TEXT NOT NULL,"
	"  expires TEXT NOT NULL) WITHOUT ROWID;"
	"CREATE INDEX plan_saved_expires ON plan_saved(expires);",

	/* 13: the tools' wording (content/wording): each file with the tools it
	 * serves, when it was last checked and the laws it rests on, and its
	 * named entries (letter templates, step texts, rule citations, hints),
	 * which the tools look up by name. */
	"CREATE TABLE wording("
	"  id INTEGER PRIMARY KEY,"
	"  slug TEXT NOT NULL UNIQUE,"
	"  title TEXT NOT NULL,"
	"  tool TEXT NOT NULL,"
	"  reviewed TEXT NOT NULL,"
	"  sources TEXT NOT NULL,"
	"  body_md TEXT NOT NULL);"
	"CREATE TABLE wording_entry("
	"  wording_id INTEGER NOT NULL REFERENCES wording(id) ON DELETE CASCADE,"
	"  name TEXT NOT NULL,"
	"  text TEXT NOT NULL,"
	"  PRIMARY KEY(wording_id, name)) WITHOUT ROWID;",

	/* 14: the editors' workbench: who did what (every save, restore,
	 * publish, reject, claim and value change, with time and name), and
	 * who is answering a question since when (a claim expires after 30
	 * minutes). */
	"CREATE TABLE audit_log("
	"  id INTEGER PRIMARY KEY,"
	"  at TEXT NOT NULL,"
	"  editor TEXT NOT NULL,"
	"  action TEXT NOT NULL,"
	"  kind TEXT NOT NULL,"
	"  slug TEXT NOT NULL,"
	"  detail TEXT NOT NULL DEFAULT '');"
	"ALTER TABLE question ADD COLUMN claimed_by TEXT NOT NULL DEFAULT '';"
	"ALTER TABLE question ADD COLUMN claimed_at TEXT NOT NULL DEFAULT '';",

	/* 15: search in the reader's own words. The trigram index (which finds
	 * nothing under three Chinese characters, so short words were found by
	 * scanning every article) is replaced by one made with the "quanyi"
	 * tokenizer (src/store_fts.c: CJK pairs, words, a one-character prefix
	 * index), holding published articles only, rebuilt here from the
	 * article table; triggers keep it in step with every write to the
	 * columns it holds. The synonym sets of content/synonyms: each set's
	 * words, one per row, in lower case, for expanding a query. */
	"DROP TRIGGER article_fts_ai;"
	"DROP TRIGGER article_fts_ad;"
	"DROP TRIGGER article_fts_au;"
	"DROP TABLE article_fts;"
	"CREATE VIRTUAL TABLE article_fts USING fts5("
	"  title, summary, keywords, body_md,"
	"  content='article', content_rowid='id', tokenize='quanyi', prefix='1');"
	"CREATE TRIGGER article_fts_ai AFTER INSERT ON article WHEN new.status = 'published' BEGIN"
	"  INSERT INTO article_fts(rowid, title, summary, keywords, body_md)"
	"  VALUES(new.id, new.title, new.summary, new.keywords, new.body_md);"
	"END;"
	"CREATE TRIGGER article_fts_ad AFTER DELETE ON article WHEN old.status = 'published' BEGIN"
	"  INSERT INTO article_fts(article_fts, rowid, title, summary, keywords, body_md)"
	"  VALUES('delete', old.id, old.title, old.summary, old.keywords, old.body_md);"
	"END;"
	"CREATE TRIGGER article_fts_au AFTER UPDATE OF title, summary, keywords, body_md, status"
	"  ON article BEGIN"
	"  INSERT INTO article_fts(article_fts, rowid, title, summary, keywords, body_md)"
	"  SELECT 'delete', old.id, old.title, old.summary, old.keywords, old.body_md"
	"  WHERE old.status = 'published';"
	"  INSERT INTO article_fts(rowid, title, summary, keywords, body_md)"
	"  SELECT new.id, new.title, new.summary, new.keywords, new.body_md"
	"  WHERE new.status = 'published';"
	"END;"
	"INSERT INTO article_fts(rowid, title, summary, keywords, body_md)"
	"  SELECT id, title, summary, keywords, body_md FROM article WHERE status = 'published';"
	"CREATE TABLE synonym("
	"  id INTEGER PRIMARY KEY,"
	"  slug TEXT NOT NULL UNIQUE,"
	"  words TEXT NOT NULL,"
	"  reviewed TEXT NOT NULL,"
	"  body_md TEXT NOT NULL);"
	"CREATE TABLE synonym_word("
	"  word TEXT NOT NULL,"
	"  synonym_id INTEGER NOT NULL REFERENCES synonym(id) ON DELETE CASCADE,"
	"  place INTEGER NOT NULL,"
	"  PRIMARY KEY(word, synonym_id)) WITHOUT ROWID;"
	"CREATE INDEX synonym_word_set ON synonym_word(synonym_id, place);"
	/* the channels and glossary terms a search names, from indexes of
	 * their own (what they are called and, for channels, what they
	 * handle), as the articles are */
	"CREATE VIRTUAL TABLE channel_fts USING fts5(name, slug, handles,"
	"  content='channel', content_rowid='id', tokenize='quanyi', prefix='1');"
	"CREATE TRIGGER channel_fts_ai AFTER INSERT ON channel BEGIN"
	"  INSERT INTO channel_fts(rowid, name, slug, handles)"
	"  VALUES(new.id, new.name, new.slug, new.handles);"
	"END;"
	"CREATE TRIGGER channel_fts_ad AFTER DELETE ON channel BEGIN"
	"  INSERT INTO channel_fts(channel_fts, rowid, name, slug, handles)"
	"  VALUES('delete', old.id, old.name, old.slug, old.handles);"
	"END;"
	"CREATE TRIGGER channel_fts_au AFTER UPDATE OF name, slug, handles ON channel BEGIN"
	"  INSERT INTO channel_fts(channel_fts, rowid, name, slug, handles)"
	"  VALUES('delete', old.id, old.name, old.slug, old.handles);"
	"  INSERT INTO channel_fts(rowid, name, slug, handles)"
	"  VALUES(new.id, new.name, new.slug, new.handles);"
	"END;"
	"INSERT INTO channel_fts(channel_fts) VALUES('rebuild');"
	"CREATE VIRTUAL TABLE glossary_fts USING fts5(term, aliases,"
	"  content='glossary', content_rowid='id', tokenize='quanyi', prefix='1');"
	"CREATE TRIGGER glossary_fts_ai AFTER INSERT ON glossary BEGIN"
	"  INSERT INTO glossary_fts(rowid, term, aliases) VALUES(new.id, new.term, new.aliases);"
	"END;"
	"CREATE TRIGGER glossary_fts_ad AFTER DELETE ON glossary BEGIN"
	"  INSERT INTO glossary_fts(glossary_fts, rowid, term, aliases)"
	"  VALUES('delete', old.id, old.term, old.aliases);"
	"END;"
	"CREATE TRIGGER glossary_fts_au AFTER UPDATE OF term, aliases ON glossary BEGIN"
	"  INSERT INTO glossary_fts(glossary_fts, rowid, term, aliases)"
	"  VALUES('delete', old.id, old.term, old.aliases);"
	"  INSERT INTO glossary_fts(rowid, term, aliases) VALUES(new.id, new.term, new.aliases);"
	"END;"
	"INSERT INTO glossary_fts(glossary_fts) VALUES('rebuild');",
};

enum { STORE_SCHEMA_NSTEPS = sizeof(store_schema_steps_v) / sizeof(store_schema_steps_v[0]) };

/* store_schema_steps: the schema steps, step i bringing a database from
 * user_version i to i + 1; *n gets how many there are. */
const char *const *store_schema_steps(int *n)
{
	*n = STORE_SCHEMA_NSTEPS;
	return store_schema_steps_v;
}
