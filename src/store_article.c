/* store_article: reading and writing articles and their revisions. */
#include "store_article.h"

#include <string.h>

#include "store_category.h"

/* The columns of STORE_ARTICLE_COLS, in order. */
static const struct store_col store_article_cols[] = {
	STORE_ARTICLE_MAP_COLS(struct store_article, ),
};
const struct store_map store_article_map = STORE_MAP(struct store_article, store_article_cols);

/* store_article_list: read every row of st into *out. How many, or -1. */
static long store_article_list(struct store *s, sqlite3_stmt *st, struct arena *a,
			       struct store_articles *out)
{
	return store_rows(s, st, a, &store_article_map, (void **)&out->v,
			  &out->n);
}

/* store_article_get: the article called slug (published only unless
 * any_status) into *out: 1 found, 0 not, -1 error. */
int store_article_get(struct store *s, struct arena *a, const char *slug, int any_status,
		      struct store_article *out)
{
	sqlite3_stmt *st = store_prep(s, SS_ARTICLE_GET,
		"SELECT " STORE_ARTICLE_COLS STORE_ARTICLE_FROM
		" WHERE a.slug = :slug AND (a.status = 'published' OR :any)");
	struct store_articles l;

	if (!st)
		return -1;
	store_bind_text(s, st, ":slug", slug);
	store_bind_int(s, st, ":any", any_status);
	if (store_article_list(s, st, a, &l) < 0)
		return -1;
	if (l.n == 0)
		return 0;
	*out = l.v[0];
	return 1;
}

/* store_article_in_category: published articles of a category, the
 * category's featured ones first in their listed order, then the rest in
 * the order they were added; at most limit (-1: all), without their
 * bodies. How many, or -1. The featured ones are looked up by slug and the
 * rest read in id order from the index, so the home page's five do not
 * cost more with more articles. */
long store_article_in_category(struct store *s, struct arena *a, const char *category,
			       long limit, struct store_articles *out)
{
	sqlite3_stmt *st = store_prep(s, SS_ARTICLE_IN_CATEGORY,
		"WITH cat(id, f) AS (SELECT id, ',' || replace(featured, ' ', '') || ','"
		"  FROM category WHERE slug = :cat),"
		" pick(id, rest, pos) AS ("
		"  SELECT a.id, 0, instr(cat.f, ',' || a.slug || ',') FROM cat,"
		"   (SELECT DISTINCT value FROM cat, json_each('[\"' ||"
		"     replace(trim(cat.f, ','), ',', '\",\"') || '\"]')) j"
		"   JOIN article a ON a.slug = j.value"
		"   WHERE a.category_id = cat.id AND a.status = 'published'"
		"  UNION ALL SELECT id, 1, 0 FROM (SELECT a.id FROM cat JOIN article a"
		"   ON a.category_id = cat.id AND a.status = 'published'"
		"   WHERE instr(cat.f, ',' || a.slug || ',') = 0 ORDER BY a.id LIMIT :limit))"
		" SELECT " STORE_ARTICLE_LIST_COLS " FROM pick JOIN article a ON a.id = pick.id"
		" JOIN category c ON c.id = a.category_id"
		" ORDER BY pick.rest, pick.pos, a.id LIMIT :limit");

	if (!st)
		return -1;
	store_bind_text(s, st, ":cat", category);
	store_bind_int(s, st, ":limit", limit);
	return store_article_list(s, st, a, out);
}

/* store_article_related_saved: the related articles of saved article
 * article_id as ranked when articles were last written (store_related.c),
 * without their bodies. How many, or -1. */
long store_article_related_saved(struct store *s, struct arena *a, long article_id,
				 struct store_articles *out)
{
	sqlite3_stmt *st = store_prep(s, SS_ARTICLE_RELATED_SAVED,
		"SELECT " STORE_ARTICLE_LIST_COLS " FROM article_related r"
		" JOIN article a ON a.id = r.related_id JOIN category c ON c.id = a.category_id"
		" WHERE r.article_id = :id AND a.status = 'published' ORDER BY r.rank");

	if (!st)
		return -1;
	store_bind_int(s, st, ":id", article_id);
	return store_article_list(s, st, a, out);
}

/* store_article_related: other published articles, those sharing the
 * most keywords with article_id (keywords is its "a, b, c" list, a word
 * listed twice counting once; a preview passes its unsaved list and id
 * 0) first, then those of the same category; at most limit, without
 * their bodies. How many, or -1. Only
 * the articles sharing a keyword (found through the article_keyword
 * index) and the first limit of the same category and of all are
 * candidates: the first limit of that order are always among them. They
 * are ranked by id alone; only the chosen ones are read in full. */
long store_article_related(struct store *s, struct arena *a, long article_id,
			   const char *keywords, long limit, struct store_articles *out)
{
	sqlite3_stmt *st = store_prep(s, SS_ARTICLE_RELATED,
		"WITH me(category_id) AS (SELECT category_id FROM article WHERE id = :id),"
		" cand(id, shared) AS ("
		"  SELECT k.article_id, count(*) FROM (SELECT DISTINCT value FROM json_each(:keywords)) j"
		"   JOIN article_keyword k ON k.term = j.value"
		"   WHERE k.article_id <> :id GROUP BY k.article_id"
		"  UNION ALL SELECT id, 0 FROM (SELECT a.id FROM article a"
		"   WHERE a.category_id = (SELECT category_id FROM me) AND a.status = 'published'"
		"   AND a.id <> :id ORDER BY a.id LIMIT :limit)"
		"  UNION ALL SELECT id, 0 FROM (SELECT a.id FROM article a"
		"   WHERE a.status = 'published' AND a.id <> :id ORDER BY a.id LIMIT :limit)),"
		" top(id, shared, mine) AS (SELECT a.id, max(cand.shared),"
		"   a.category_id = (SELECT category_id FROM me)"
		"  FROM cand JOIN article a ON a.id = cand.id WHERE a.status = 'published'"
		"  GROUP BY a.id ORDER BY 2 DESC, 3 DESC, a.id LIMIT :limit)"
		" SELECT " STORE_ARTICLE_LIST_COLS " FROM top JOIN article a ON a.id = top.id"
		" JOIN category c ON c.id = a.category_id"
		" ORDER BY top.shared DESC, top.mine DESC, a.id");
	struct buf json;
	const char *p = keywords;
	long rc;
	int first = 1;

	if (!st)
		return -1;
	buf_init(&json);
	buf_putc(&json, '[');
	while (p && *p) {
		const char *e = strstr(p, ", ");
		size_t n = e ? (size_t)(e - p) : strlen(p);
		buf_puts(&json, first ? "\"" : ",\"");
		for (size_t i = 0; i < n; i++) {
			if (p[i] == '"' || p[i] == '\\')
				buf_putc(&json, '\\');
			buf_putc(&json, p[i]);
		}
		buf_putc(&json, '"');
		first = 0;
		p = e ? e + 2 : NULL;
	}
	buf_putc(&json, ']');
	store_bind_text(s, st, ":keywords", json.data);
	store_bind_int(s, st, ":id", article_id);
	store_bind_int(s, st, ":limit", limit);
	rc = store_article_list(s, st, a, out);
	buf_free(&json);
	return rc;
}

/* store_article_recent: published articles, the most recently updated
 * first (then by slug), at most limit (-1: all), without their bodies.
 * How many, or -1. */
long store_article_recent(struct store *s, struct arena *a, long limit,
			  struct store_articles *out)
{
	sqlite3_stmt *st = store_prep(s, SS_ARTICLE_RECENT,
		"SELECT " STORE_ARTICLE_LIST_COLS STORE_ARTICLE_FROM
		" WHERE a.status = 'published' ORDER BY a.updated DESC, a.slug LIMIT :limit");

	if (!st)
		return -1;
	store_bind_int(s, st, ":limit", limit);
	return store_article_list(s, st, a, out);
}

/* store_article_all: every article, drafts too, by slug. How many, or -1. */
long store_article_all(struct store *s, struct arena *a, struct store_articles *out)
{
	sqlite3_stmt *st = store_prep(s, SS_ARTICLE_ALL,
		"SELECT " STORE_ARTICLE_COLS STORE_ARTICLE_FROM " ORDER BY a.slug");

	return store_article_list(s, st, a, out);
}

/* store_add_terms: record each of an article's keywords as a known search
 * term, so that a question typed as one phrase can be split on it. */
static int store_add_terms(struct store *s, const char *keywords)
{
	const char *p = keywords;

	while (*p) {
		const char *e = strstr(p, ", ");
		size_t n = e ? (size_t)(e - p) : strlen(p);
		sqlite3_stmt *st = store_prep(s, SS_TERM_INSERT,
			"INSERT OR IGNORE INTO search_term(term) VALUES(:term)");
		char term[256];

		if (!st)
			return -1;
		if (n > 0 && n < sizeof(term)) {
			memcpy(term, p, n);
			term[n] = '\0';
			store_bind_text(s, st, ":term", term);
			if (store_done(s, st) != 0)
				return -1;
		}
		p = e ? e + 2 : p + n;
	}
	return 0;
}

/* store_article_same: 1 when saved article old has the text of art. */
static int store_article_same(const struct store_article *old, const struct store_article *art)
{
	return strcmp(old->category, art->category) == 0 && strcmp(old->title, art->title) == 0 &&
	       strcmp(old->summary, art->summary) == 0 &&
	       strcmp(old->keywords, art->keywords) == 0 &&
	       strcmp(old->status, art->status) == 0 &&
	       strcmp(old->reviewed, art->reviewed) == 0 &&
	       strcmp(old->sources, art->sources) == 0 && strcmp(old->body_md, art->body_md) == 0 &&
	       old->urgent == art->urgent;
}

/* store_article_put: insert or update article art (by slug) and record
 * the saved text as a new revision by editor, all in one transaction.
 * Nothing is written when the text is unchanged. 0, or -1 (unknown
 * category, database error). */
int store_article_put(struct store *s, const struct store_article *art,
		      const char *editor, int *changed)
{
	struct arena a;
	struct store_article old;
	sqlite3_stmt *st;
	long cat;
	int found, same, rc = -1;

	*changed = 0;
	arena_init(&a);
	found = store_article_get(s, &a, art->slug, STORE_ANY_STATUS, &old);
	same = found > 0 && store_article_same(&old, art);
	arena_free(&a);
	if (found < 0)
		return -1;
	if (same)
		return 0;
	cat = store_category_id(s, art->category);
	if (cat <= 0)
		return -1;
	if (store_begin(s) != 0)
		return -1;
	st = found ? store_prep(s, SS_ARTICLE_UPDATE,
			"UPDATE article SET category_id = :cat, title = :title,"
			" summary = :summary, keywords = :keywords, status = :status,"
			" reviewed = :reviewed, sources = :sources, body_md = :md,"
			" body_html = :html, urgent = :urgent, revision = revision + 1,"
			" updated = strftime('%Y-%m-%dT%H:%M:%SZ', 'now')"
			" WHERE slug = :slug")
		   : store_prep(s, SS_ARTICLE_INSERT,
			"INSERT INTO article(slug, category_id, title, summary, keywords,"
			" status, reviewed, sources, body_md, body_html, urgent, revision, created,"
			" updated) VALUES(:slug, :cat, :title, :summary, :keywords, :status,"
			" :reviewed, :sources, :md, :html, :urgent, 1,"
			" strftime('%Y-%m-%dT%H:%M:%SZ', 'now'),"
			" strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))");
	if (!st)
		goto out;
	store_bind_text(s, st, ":slug", art->slug);
	store_bind_int(s, st, ":cat", cat);
	store_bind_text(s, st, ":title", art->title);
	store_bind_text(s, st, ":summary", art->summary);
	store_bind_text(s, st, ":keywords", art->keywords);
	store_bind_text(s, st, ":status", art->status);
	store_bind_text(s, st, ":reviewed", art->reviewed);
	store_bind_text(s, st, ":sources", art->sources);
	store_bind_int(s, st, ":urgent", art->urgent != 0);
	if (store_done_rendered(s, st, art->body_md) != 0)
		goto out;
	st = store_prep(s, SS_REVISION_INSERT,
		"INSERT INTO article_revision(article_id, revision, category_id, title,"
		" summary, keywords, status, reviewed, sources, body_md, editor, created, urgent)"
		" SELECT id, revision, category_id, title, summary, keywords, status,"
		" reviewed, sources, body_md, :editor, updated, urgent FROM article"
		" WHERE slug = :slug");
	if (!st)
		goto out;
	store_bind_text(s, st, ":slug", art->slug);
	store_bind_text(s, st, ":editor", editor);
	if (store_done(s, st) != 0)
		goto out;
	if (store_add_terms(s, art->keywords) != 0)
		goto out;
	store_changed(s, STORE_EV_ARTICLES);
	rc = 0;
out:
	if (rc == 0 && store_commit(s) == 0) {
		*changed = 1;
		return 0;
	}
	if (rc != 0)
		store_rollback(s);
	return -1;
}

/* store_article_revisions: how many revisions article slug has, or -1. */
long store_article_revisions(struct store *s, const char *slug)
{
	sqlite3_stmt *st = store_prep(s, SS_REVISION_COUNT,
		"SELECT count(*) FROM article_revision r JOIN article a"
		" ON a.id = r.article_id WHERE a.slug = :slug");

	if (!st)
		return -1;
	store_bind_text(s, st, ":slug", slug);
	return (long)store_count(s, st);
}
