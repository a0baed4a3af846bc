/* store_law: reading and writing the law texts, and resolving citations. */
#include "store_law.h"

#include <string.h>

#define LAW_COLS \
	"id, slug, title, aliases, version, in_force, status, scope, official, reviewed," \
	" sources, body_md"

/* Issuers a title may be cited without: 最高人民法院《关于…的规定》 names
 * the law 最高人民法院关于…的规定. */
static const char *const store_law_issuers[] = {
	"最高人民法院、最高人民检察院", "最高人民法院", "最高人民检察院", "国务院办公厅", "国务院",
	"中国银行业协会", "中国互联网金融协会", "中国人民银行",
};

/* The columns of its query, in order, as a struct store_law. */
static const struct store_col store_law_cols[] = {
	STORE_LONG(struct store_law, id),
	STORE_TEXT(struct store_law, slug),
	STORE_TEXT(struct store_law, title),
	STORE_TEXT(struct store_law, aliases),
	STORE_TEXT(struct store_law, version),
	STORE_TEXT(struct store_law, in_force),
	STORE_TEXT(struct store_law, status),
	STORE_TEXT(struct store_law, scope),
	STORE_TEXT(struct store_law, official),
	STORE_TEXT(struct store_law, reviewed),
	STORE_TEXT(struct store_law, sources),
	STORE_TEXT(struct store_law, body_md),
};
static const struct store_map store_law_map = STORE_MAP(struct store_law, store_law_cols);

/* store_law_list: every law version by slug. How many, or -1. */
long store_law_list(struct store *s, struct arena *a, struct store_laws *out)
{
	sqlite3_stmt *st = store_prep(s, SS_LAW_LIST, "SELECT " LAW_COLS " FROM law ORDER BY slug");

	return store_rows(s, st, a, &store_law_map, (void **)&out->v, &out->n);
}

/* store_law_name: record name (len bytes, read as law_cite compares
 * names) as a name law id goes by. 0 or -1. */
static int store_law_name(struct store *s, long id, const char *name, size_t len,
			  struct arena *a)
{
	sqlite3_stmt *st = store_prep(s, SS_LAW_NAME_ADD,
		"INSERT OR IGNORE INTO law_name(law_id, name) VALUES(:id, :name)");

	if (!st || len == 0)
		return st ? 0 : -1;
	store_bind_int(s, st, ":id", id);
	store_bind_text(s, st, ":name", law_cite_name_key(name, len, a));
	return store_done(s, st);
}

/* store_law_names: the names law id is cited by: its title, the title
 * without its issuer, and each alias. 0 or -1. */
static int store_law_names(struct store *s, long id, const struct store_law *l,
			   struct arena *a)
{
	sqlite3_stmt *clear = store_prep(s, SS_LAW_NAMES_CLEAR,
		"DELETE FROM law_name WHERE law_id = :id");
	const char *p = l->aliases;

	if (!clear)
		return -1;
	store_bind_int(s, clear, ":id", id);
	if (store_done(s, clear) != 0 || store_law_name(s, id, l->title, strlen(l->title), a) != 0)
		return -1;
	for (size_t i = 0; i < sizeof(store_law_issuers) / sizeof(store_law_issuers[0]); i++) {
		size_t n = strlen(store_law_issuers[i]);

		if (strncmp(l->title, store_law_issuers[i], n) == 0 && l->title[n]) {
			if (store_law_name(s, id, l->title + n, strlen(l->title + n), a) != 0)
				return -1;
			break;
		}
	}
	while (p && *p) {
		const char *e = strstr(p, ", ");
		size_t n = e ? (size_t)(e - p) : strlen(p);

		if (store_law_name(s, id, p, n, a) != 0)
			return -1;
		p = e ? e + 2 : NULL;
	}
	return 0;
}

/* store_law_articles: replace the articles of law id with arts. 0 or -1. */
static int store_law_articles(struct store *s, long id, const struct law_text *arts,
			      size_t n)
{
	sqlite3_stmt *clear = store_prep(s, SS_LAW_ARTICLES_CLEAR,
		"DELETE FROM law_article WHERE law_id = :id");
	sqlite3_stmt *add = store_prep(s, SS_LAW_ARTICLE_ADD,
		"INSERT INTO law_article(law_id, num, ord, text) VALUES(:id, :num, :ord, :text)");

	if (!clear || !add)
		return -1;
	store_bind_int(s, clear, ":id", id);
	if (store_done(s, clear) != 0)
		return -1;
	for (size_t i = 0; i < n; i++) {
		store_bind_int(s, add, ":id", id);
		store_bind_text(s, add, ":num", arts[i].num);
		store_bind_int(s, add, ":ord", arts[i].ord);
		store_bind_text(s, add, ":text", arts[i].text);
		if (store_done(s, add) != 0)
			return -1;
	}
	return 0;
}

/* store_law_same: 1 when saved law old has the text of l. */
static int store_law_same(const struct store_law *old, const struct store_law *l)
{
	return strcmp(old->title, l->title) == 0 && strcmp(old->aliases, l->aliases) == 0 &&
	       strcmp(old->version, l->version) == 0 && strcmp(old->in_force, l->in_force) == 0 &&
	       strcmp(old->status, l->status) == 0 && strcmp(old->scope, l->scope) == 0 &&
	       strcmp(old->official, l->official) == 0 && strcmp(old->reviewed, l->reviewed) == 0 &&
	       strcmp(old->sources, l->sources) == 0 && strcmp(old->body_md, l->body_md) == 0;
}

/* store_law_put: insert or update law l (by slug) with its names and
 * articles (arts, parsed from its body). *changed is 1 when the database
 * changed. 0 or -1. */
int store_law_put(struct store *s, const struct store_law *l, const struct law_text *arts,
		  size_t narts, int *changed)
{
	sqlite3_stmt *st = store_prep(s, SS_LAW_FIND, "SELECT " LAW_COLS " FROM law WHERE slug = :slug");
	struct store_laws old;
	struct store_law w = *l;
	struct arena a;
	long found, id = 0;
	int same = 0, rc = -1;

	*changed = 0;
	if (!w.aliases)
		w.aliases = "";
	if (!st)
		return -1;
	arena_init(&a);
	store_bind_text(s, st, ":slug", w.slug);
	found = store_rows(s, st, &a, &store_law_map, (void **)&old.v, &old.n);
	if (found > 0) {
		id = old.v[0].id;
		same = store_law_same(&old.v[0], &w);
	}
	if (found < 0 || same) {
		arena_free(&a);
		return found < 0 ? -1 : 0;
	}
	st = id ? store_prep(s, SS_LAW_UPDATE,
			"UPDATE law SET title = :title, aliases = :aliases, version = :version,"
			" in_force = :in_force, status = :status, scope = :scope, official = :official,"
			" reviewed = :reviewed, sources = :sources, body_md = :body WHERE id = :id")
		: store_prep(s, SS_LAW_INSERT,
			"INSERT INTO law(slug, title, aliases, version, in_force, status, scope,"
			" official, reviewed, sources, body_md) VALUES(:slug, :title, :aliases,"
			" :version, :in_force, :status, :scope, :official, :reviewed, :sources, :body)");
	if (!st || store_begin(s) != 0)
		goto out;
	if (id)
		store_bind_int(s, st, ":id", id);
	else
		store_bind_text(s, st, ":slug", w.slug);
	store_bind_text(s, st, ":title", w.title);
	store_bind_text(s, st, ":aliases", w.aliases);
	store_bind_text(s, st, ":version", w.version);
	store_bind_text(s, st, ":in_force", w.in_force);
	store_bind_text(s, st, ":status", w.status);
	store_bind_text(s, st, ":scope", w.scope);
	store_bind_text(s, st, ":official", w.official);
	store_bind_text(s, st, ":reviewed", w.reviewed);
	store_bind_text(s, st, ":sources", w.sources);
	store_bind_text(s, st, ":body", w.body_md);
	if (store_done(s, st) != 0)
		goto fail;
	if (!id)
		id = (long)sqlite3_last_insert_rowid(s->db);
	if (store_law_names(s, id, &w, &a) != 0 || store_law_articles(s, id, arts, narts) != 0)
		goto fail;
	if (store_commit(s) != 0)
		goto out;
	*changed = 1;
	rc = 0;
	goto out;
fail:
	store_rollback(s);
out:
	arena_free(&a);
	return rc;
}

/* The columns of its query, in order, as a struct store_law_quote. */
static const struct store_col store_law_quote_cols[] = {
	STORE_INT(struct store_law_quote, line),
	STORE_TEXT(struct store_law_quote, name),
	STORE_TEXT(struct store_law_quote, num),
	STORE_TEXT(struct store_law_quote, law_slug),
	STORE_TEXT(struct store_law_quote, title),
	STORE_TEXT(struct store_law_quote, version),
	STORE_TEXT(struct store_law_quote, status),
	STORE_TEXT(struct store_law_quote, scope),
	STORE_TEXT(struct store_law_quote, text),
	STORE_INT(struct store_law_quote, has_num),
};
static const struct store_map store_law_quote_map = STORE_MAP(struct store_law_quote, store_law_quote_cols);

/* store_law_resolve_cites: citations cites[0..n) looked up in one query:
 * the law version each names (the one whose year its line gives, else
 * the current one) and the article's text. How many, or -1. */
static long store_law_resolve_cites(struct store *s, struct arena *a, const struct law_cite *cites,
				    int n, struct store_law_quotes *out)
{
	sqlite3_stmt *st;
	struct buf json;
	long rc;

	out->v = NULL;
	out->n = 0;
	if (n == 0)
		return 0;
	st = store_prep(s, SS_LAW_RESOLVE,
		"WITH c(k, i, t, n, h) AS (SELECT key, json_extract(value, '$.i'),"
		"  json_extract(value, '$.t'), json_extract(value, '$.n'), json_extract(value, '$.h')"
		"  FROM json_each(:cites)),"
		" m(k, law_id, r) AS (SELECT c.k, x.id, row_number() OVER (PARTITION BY c.k"
		"  ORDER BY instr(c.h, substr(x.version, 1, 4)) > 0 DESC, x.status = 'current' DESC, x.id)"
		"  FROM c JOIN law_name nm ON nm.name = c.t JOIN law x ON x.id = nm.law_id)"
		" SELECT c.i, c.t, c.n, l.slug, l.title, l.version, l.status, l.scope, la.text,"
		"  la.num IS NOT NULL"
		" FROM c LEFT JOIN m ON m.k = c.k AND m.r = 1 LEFT JOIN law l ON l.id = m.law_id"
		" LEFT JOIN law_article la ON la.law_id = l.id AND la.num = c.n"
		" ORDER BY c.k");
	if (!st)
		return -1;
	buf_init(&json);
	law_cite_json(cites, n, &json);
	store_bind_text(s, st, ":cites", json.data);
	rc = store_rows(s, st, a, &store_law_quote_map, (void **)&out->v, &out->n);
	buf_free(&json);
	return rc;
}

/* store_law_resolve: every law citation in sources (source lines),
 * looked up (see store_law_resolve_cites). How many, or -1. */
long store_law_resolve(struct store *s, struct arena *a, const char *sources,
		       struct store_law_quotes *out)
{
	struct law_cite cites[LAW_CITE_MAX];
	int n = law_cite_parse(sources ? sources : "", a, cites, LAW_CITE_MAX);

	return store_law_resolve_cites(s, a, cites, n, out);
}

/* store_law_resolve_text: every law citation in reader-facing text,
 * parenthesised ones included (law_cite_parse_text), looked up. How
 * many, or -1. */
long store_law_resolve_text(struct store *s, struct arena *a, const char *text,
			    struct store_law_quotes *out)
{
	struct law_cite cites[LAW_CITE_MAX];
	int n = law_cite_parse_text(text ? text : "", a, cites, LAW_CITE_MAX);

	return store_law_resolve_cites(s, a, cites, n, out);
}
