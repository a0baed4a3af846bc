/* store_content: reading and writing the knowledge base. */
#include "store_content.h"

#include <string.h>

#include "markdown.h"

#define CATEGORY_COLS "id, slug, title, featured, summary, body_md, body_html, position"

#define ARTICLE_COLS \
	"a.id, a.slug, c.slug, c.title, a.title, a.summary, a.keywords, a.status," \
	" a.reviewed, a.sources, a.body_md, a.body_html, a.updated, a.revision"

/* The same, without the bodies (body_md and body_html are empty): for
 * lists of links, which would otherwise copy every body out of its
 * overflow pages to show a title. */
#define ARTICLE_LIST_COLS \
	"a.id, a.slug, c.slug, c.title, a.title, a.summary, a.keywords, a.status," \
	" a.reviewed, a.sources, '', '', a.updated, a.revision"

#define ARTICLE_FROM " FROM article a JOIN category c ON c.id = a.category_id"

#define CHANNEL_COLS \
	"id, slug, name, operator, handles, contact, reviewed, body_md, body_html, position," \
	" not_handles, prepare, next_steps"

/* store_write_rendered: bind md to :md and cmark's rendering of it to
 * :html in st (whose other parameters the caller has bound), run it and
 * reset it. 0 or -1. Every table that keeps Markdown keeps its HTML
 * next to it, rendered once, here. */
int store_write_rendered(sqlite3_stmt *st, const char *md)
{
	struct buf html;
	int rc;

	buf_init(&html);
	if (markdown_render(md, strlen(md), &html) != 0) {
		buf_free(&html);
		return -1;
	}
	store_bind_text(st, ":md", md);
	store_bind_text(st, ":html", html.data ? html.data : "");
	rc = sqlite3_step(st);
	sqlite3_reset(st);
	buf_free(&html);
	return rc == SQLITE_DONE ? 0 : -1;
}

/* store_category_row: the current row of a CATEGORY_COLS statement. */
static void store_category_row(sqlite3_stmt *st, struct store_category *c)
{
	c->id = (long)sqlite3_column_int64(st, 0);
	c->slug = store_col(st, 1);
	c->title = store_col(st, 2);
	c->featured = store_col(st, 3);
	c->summary = store_col(st, 4);
	c->body_md = store_col(st, 5);
	c->body_html = store_col(st, 6);
	c->position = (long)sqlite3_column_int64(st, 7);
}

/* store_article_row: the current row of an ARTICLE_COLS statement. */
static void store_article_row(sqlite3_stmt *st, struct store_article *a)
{
	a->id = (long)sqlite3_column_int64(st, 0);
	a->slug = store_col(st, 1);
	a->category = store_col(st, 2);
	a->category_title = store_col(st, 3);
	a->title = store_col(st, 4);
	a->summary = store_col(st, 5);
	a->keywords = store_col(st, 6);
	a->status = store_col(st, 7);
	a->reviewed = store_col(st, 8);
	a->sources = store_col(st, 9);
	a->body_md = store_col(st, 10);
	a->body_html = store_col(st, 11);
	a->updated = store_col(st, 12);
	a->revision = (long)sqlite3_column_int64(st, 13);
}

/* store_channel_row: the current row of a CHANNEL_COLS statement. */
static void store_channel_row(sqlite3_stmt *st, struct store_channel *c)
{
	c->id = (long)sqlite3_column_int64(st, 0);
	c->slug = store_col(st, 1);
	c->name = store_col(st, 2);
	c->operator_name = store_col(st, 3);
	c->handles = store_col(st, 4);
	c->contact = store_col(st, 5);
	c->reviewed = store_col(st, 6);
	c->body_md = store_col(st, 7);
	c->body_html = store_col(st, 8);
	c->position = (long)sqlite3_column_int64(st, 9);
	c->not_handles = store_col(st, 10);
	c->prepare = store_col(st, 11);
	c->next_steps = store_col(st, 12);
}

/* store_run_categories: step st, calling fn per row. Rows seen, or -1. */
static int store_run_categories(sqlite3_stmt *st, store_category_fn fn, void *ctx)
{
	int rc, n = 0;
	struct store_category c;

	if (!st)
		return -1;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		n++;
		store_category_row(st, &c);
		if (fn(ctx, &c))
			break;
	}
	rc = (rc == SQLITE_ROW || rc == SQLITE_DONE) ? n : -1;
	sqlite3_reset(st);
	return rc;
}

/* store_run_articles: step st, calling fn per row. Rows seen, or -1. */
static int store_run_articles(sqlite3_stmt *st, store_article_fn fn, void *ctx)
{
	int rc, n = 0;
	struct store_article a;

	if (!st)
		return -1;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		n++;
		store_article_row(st, &a);
		if (fn(ctx, &a))
			break;
	}
	rc = (rc == SQLITE_ROW || rc == SQLITE_DONE) ? n : -1;
	sqlite3_reset(st);
	return rc;
}

/* store_category_each: every category in position order. */
int store_category_each(struct store *s, store_category_fn fn, void *ctx)
{
	sqlite3_stmt *st = store_prep(s, SS_CATEGORY_LIST,
		"SELECT " CATEGORY_COLS " FROM category ORDER BY position, slug");

	return store_run_categories(st, fn, ctx);
}

/* store_category_get: the category called slug: 1 found, 0 not, -1 error. */
int store_category_get(struct store *s, const char *slug, store_category_fn fn,
		       void *ctx)
{
	sqlite3_stmt *st = store_prep(s, SS_CATEGORY_GET,
		"SELECT " CATEGORY_COLS " FROM category WHERE slug = :slug");

	if (!st)
		return -1;
	store_bind_text(st, ":slug", slug);
	return store_run_categories(st, fn, ctx);
}

/* store_category_id: the id of category slug, 0 when there is none. */
static long store_category_id(struct store *s, const char *slug)
{
	sqlite3_stmt *st = store_prep(s, SS_CATEGORY_FIND,
		"SELECT id FROM category WHERE slug = :slug");
	long id = 0;

	if (!st)
		return -1;
	store_bind_text(st, ":slug", slug);
	if (sqlite3_step(st) == SQLITE_ROW)
		id = (long)sqlite3_column_int64(st, 0);
	sqlite3_reset(st);
	return id;
}

/* store_same_category: compare callback: 1 in *ctx when c equals the
 * category being saved. */
struct store_cmp {
	const void *want;
	int same;
};

static int store_same_category(void *ctx, const struct store_category *c)
{
	struct store_cmp *cmp = ctx;
	const struct store_category *w = cmp->want;

	cmp->same = strcmp(c->title, w->title) == 0 && c->position == w->position &&
		    strcmp(c->featured, w->featured) == 0 &&
		    strcmp(c->summary, w->summary) == 0 &&
		    strcmp(c->body_md, w->body_md) == 0;
	return 1;
}

/* store_category_put: insert or update category c (by slug), rendering its
 * Markdown. *changed is 1 when the database changed. 0 or -1. */
int store_category_put(struct store *s, const struct store_category *c, int *changed)
{
	struct store_cmp cmp = { c, 0 };
	sqlite3_stmt *st;
	int found;

	*changed = 0;
	found = store_category_get(s, c->slug, store_same_category, &cmp);
	if (found < 0)
		return -1;
	if (found && cmp.same)
		return 0;
	st = found ? store_prep(s, SS_CATEGORY_UPDATE,
			"UPDATE category SET title = :title, position = :position,"
			" featured = :featured, summary = :summary, body_md = :md,"
			" body_html = :html WHERE slug = :slug")
		   : store_prep(s, SS_CATEGORY_INSERT,
			"INSERT INTO category(slug, title, position, featured, summary,"
			" body_md, body_html) VALUES(:slug, :title, :position, :featured,"
			" :summary, :md, :html)");
	if (!st)
		return -1;
	store_bind_text(st, ":slug", c->slug);
	store_bind_text(st, ":title", c->title);
	store_bind_int(st, ":position", c->position);
	store_bind_text(st, ":featured", c->featured);
	store_bind_text(st, ":summary", c->summary);
	if (store_write_rendered(st, c->body_md) != 0)
		return -1;
	*changed = 1;
	return 0;
}

/* store_article_get: the article called slug (published only unless
 * any_status): 1 found, 0 not, -1 error. */
int store_article_get(struct store *s, const char *slug, int any_status,
		      store_article_fn fn, void *ctx)
{
	sqlite3_stmt *st = store_prep(s, SS_ARTICLE_GET,
		"SELECT " ARTICLE_COLS ARTICLE_FROM
		" WHERE a.slug = :slug AND (a.status = 'published' OR :any)");

	if (!st)
		return -1;
	store_bind_text(st, ":slug", slug);
	store_bind_int(st, ":any", any_status);
	return store_run_articles(st, fn, ctx);
}

/* store_article_in_category: published articles of a category, the
 * category's featured ones first in their listed order, then the rest in
 * the order they were added; at most limit (-1: all), without their
 * bodies. Rows or -1. The featured ones are looked up by slug and the
 * rest read in id order from the index, so the home page's five do not
 * cost more with more articles. */
int store_article_in_category(struct store *s, const char *category, long limit,
			      store_article_fn fn, void *ctx)
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
		" SELECT " ARTICLE_LIST_COLS " FROM pick JOIN article a ON a.id = pick.id"
		" JOIN category c ON c.id = a.category_id"
		" ORDER BY pick.rest, pick.pos, a.id LIMIT :limit");

	if (!st)
		return -1;
	store_bind_text(st, ":cat", category);
	store_bind_int(st, ":limit", limit);
	return store_run_articles(st, fn, ctx);
}

/* store_article_related_saved: the related articles of saved article
 * article_id as ranked when articles were last written (store_related.c),
 * without their bodies. Rows or -1. */
int store_article_related_saved(struct store *s, long article_id, store_article_fn fn,
				void *ctx)
{
	sqlite3_stmt *st = store_prep(s, SS_ARTICLE_RELATED_SAVED,
		"SELECT " ARTICLE_LIST_COLS " FROM article_related r"
		" JOIN article a ON a.id = r.related_id JOIN category c ON c.id = a.category_id"
		" WHERE r.article_id = :id AND a.status = 'published' ORDER BY r.rank");

	if (!st)
		return -1;
	store_bind_int(st, ":id", article_id);
	return store_run_articles(st, fn, ctx);
}

/* store_article_related: other published articles, those sharing the
 * most keywords with article_id (keywords is its "a, b, c" list, a word
 * listed twice counting once; a preview passes its unsaved list and id
 * 0) first, then those of the same category; at most limit, without
 * their bodies. Rows or -1. Only
 * the articles sharing a keyword (found through the article_keyword
 * index) and the first limit of the same category and of all are
 * candidates: the first limit of that order are always among them. They
 * are ranked by id alone; only the chosen ones are read in full. */
int store_article_related(struct store *s, long article_id, const char *keywords,
			  long limit, store_article_fn fn, void *ctx)
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
		" SELECT " ARTICLE_LIST_COLS " FROM top JOIN article a ON a.id = top.id"
		" JOIN category c ON c.id = a.category_id"
		" ORDER BY top.shared DESC, top.mine DESC, a.id");
	struct buf json;
	const char *p = keywords;
	int rc, first = 1;

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
	store_bind_text(st, ":keywords", json.data);
	store_bind_int(st, ":id", article_id);
	store_bind_int(st, ":limit", limit);
	rc = store_run_articles(st, fn, ctx);
	buf_free(&json);
	return rc;
}

/* The page of a search's hits, ranked by "hit(id, rank, hits, th, kh,
 * total)": only these rows are read in full (sorting whole rows, bodies
 * and all, was most of a search's cost with 10,000 articles:
 * scripts/bench). */
#define SEARCH_PAGE \
	" SELECT " ARTICLE_COLS ", hit.total" \
	" FROM hit JOIN article a ON a.id = hit.id" \
	" JOIN category c ON c.id = a.category_id" \
	" ORDER BY hit.hits DESC, hit.th DESC, hit.kh DESC, hit.rank, a.id"

/* Article search by scanning (short words the trigram index cannot
 * find): how many terms each article contains anywhere, in its title and
 * in its keywords. Terms come in as a JSON array of arrays (a term and
 * its other forms; any form counts), found as plain text
 * (STORE_SEARCH_HAS), so nothing in them is a wildcard; one pass over
 * (article, group) pairs rather than a subquery per article; nothing
 * ranks ties but age. */
#define SEARCH_SCAN \
	"WITH " STORE_SEARCH_TERMS \
	", m AS (SELECT a.id AS id, w.g AS g," \
	"   max(" STORE_SEARCH_HAS("a.title") ") AS t," \
	"   max(" STORE_SEARCH_HAS("a.keywords") ") AS k," \
	"   max(" STORE_SEARCH_HAS("a.title") " OR " STORE_SEARCH_HAS("a.summary") \
	"     OR " STORE_SEARCH_HAS("a.keywords") " OR " STORE_SEARCH_HAS("a.body_md") ") AS x" \
	"  FROM article a JOIN w WHERE a.status = 'published' GROUP BY a.id, w.g)" \
	", scored AS (SELECT id, sum(x) AS hits, sum(t) AS th, sum(k) AS kh FROM m GROUP BY id)" \
	", hit AS (SELECT id, 0 AS rank, hits, th, kh, count(*) OVER () AS total FROM scored" \
	"  WHERE hits >= :need ORDER BY hits DESC, th DESC, kh DESC, id" \
	"  LIMIT :limit OFFSET :offset)" \
	SEARCH_PAGE

/* Article search when every term is long enough for the trigram index:
 * scored from the index alone, never from the article rows, so a common
 * word matching thousands of articles costs no body reads (scoring as
 * SEARCH_SCAN does, from the rows, took 45 ms a search at 10,000
 * articles). For each term group, three FTS5 queries (anywhere, in the
 * title, in the keywords) give the same counts as the scan's hits, th and
 * kh; each word is an FTS5 string with its quotes doubled, so no reader's
 * text is ever an operator. bm25 ranks what ties; drafts are left out by
 * the index on (category_id, status). */
#define SEARCH_FTS \
	"WITH cand(id, rank) AS MATERIALIZED (SELECT rowid," \
	"  bm25(article_fts, 10.0, 4.0, 6.0, 1.0) FROM article_fts WHERE article_fts MATCH :match)" \
	", ge(g, e) AS (SELECT t.key, group_concat('\"' || replace(f.value, '\"', '\"\"') || '\"'," \
	"   ' OR ') FROM json_each(:terms) t, json_each(t.value) f GROUP BY t.key)" \
	", gq(g, kind, e) AS (SELECT g, 0, e FROM ge UNION ALL SELECT g, 1, 'title : (' || e || ')'" \
	"  FROM ge UNION ALL SELECT g, 2, 'keywords : (' || e || ')' FROM ge)" \
	", gx(id, g, kind) AS (SELECT f.rowid, gq.g, gq.kind FROM gq, article_fts f" \
	"  WHERE f.article_fts MATCH gq.e)" \
	", scored(id, hits, th, kh) AS MATERIALIZED (SELECT id, sum(kind = 0), sum(kind = 1)," \
	"  sum(kind = 2) FROM gx GROUP BY id)" \
	", hit AS (SELECT s.id AS id, cand.rank AS rank, s.hits AS hits, s.th AS th, s.kh AS kh," \
	"  count(*) OVER () AS total FROM scored s JOIN cand ON cand.id = s.id" \
	"  WHERE s.hits >= :need AND s.id NOT IN (SELECT id FROM article WHERE status <> 'published')" \
	"  ORDER BY s.hits DESC, s.th DESC, s.kh DESC, cand.rank, s.id LIMIT :limit OFFSET :offset)" \
	SEARCH_PAGE

/* store_search_articles: published articles containing at least need of
 * the terms (a JSON array), most terms first, then title matches, keyword
 * matches and bm25. When match is an FTS5 expression (every term long
 * enough for the trigram index) the index alone finds and scores them
 * (SEARCH_FTS); otherwise every article is scanned (short Chinese words,
 * which trigrams cannot find).
 * *total gets the number of matches. Rows on this page, or -1. */
int store_search_articles(struct store *s, const char *terms_json, const char *match,
			  int need, long limit, long offset, store_article_fn fn,
			  void *ctx, long *total)
{
	sqlite3_stmt *st;
	struct store_article a;
	int rc, n = 0;

	if (match)
		st = store_prep(s, SS_SEARCH_FTS, SEARCH_FTS);
	else
		st = store_prep(s, SS_SEARCH_SCAN, SEARCH_SCAN);
	*total = 0;
	if (!st)
		return -1;
	store_bind_text(st, ":terms", terms_json);
	if (match)
		store_bind_text(st, ":match", match);
	store_bind_int(st, ":need", need);
	store_bind_int(st, ":limit", limit);
	store_bind_int(st, ":offset", offset);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		store_article_row(st, &a);
		*total = (long)sqlite3_column_int64(st, 14);
		n++;
		if (fn(ctx, &a))
			break;
	}
	rc = (rc == SQLITE_ROW || rc == SQLITE_DONE) ? n : -1;
	sqlite3_reset(st);
	return rc;
}

/* store_search_channels: complaint channels whose name or slug contains a
 * term (so "12378" or "110" leads to the channel), best first. */
int store_search_channels(struct store *s, const char *terms_json, long limit,
			  store_channel_fn fn, void *ctx)
{
	sqlite3_stmt *st = store_prep(s, SS_SEARCH_CHANNELS,
		"WITH " STORE_SEARCH_TERMS
		" SELECT " CHANNEL_COLS " FROM channel ch"
		" WHERE EXISTS (SELECT 1 FROM w WHERE ch.name LIKE w.pat ESCAPE '\\'"
		"               OR ch.slug LIKE w.pat ESCAPE '\\')"
		" ORDER BY (SELECT count(DISTINCT g) FROM w WHERE ch.name LIKE w.pat ESCAPE '\\'"
		"           OR ch.slug LIKE w.pat ESCAPE '\\') DESC, ch.position"
		" LIMIT :limit");
	struct store_channel c;
	int rc, n = 0;

	if (!st)
		return -1;
	store_bind_text(st, ":terms", terms_json);
	store_bind_int(st, ":limit", limit);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		n++;
		store_channel_row(st, &c);
		if (fn(ctx, &c))
			break;
	}
	rc = (rc == SQLITE_ROW || rc == SQLITE_DONE) ? n : -1;
	sqlite3_reset(st);
	return rc;
}

/* store_search_known: call emit with each known search term contained in
 * chunk, longest first. */
int store_search_known(struct store *s, const char *chunk,
		       int (*emit)(void *ectx, const char *term), void *ectx)
{
	sqlite3_stmt *st = store_prep(s, SS_SEARCH_KNOWN,
		"SELECT term FROM search_term WHERE instr(:chunk, term) > 0"
		" ORDER BY length(term) DESC, term");
	int rc;

	if (!st)
		return -1;
	store_bind_text(st, ":chunk", chunk);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW)
		if (emit(ectx, store_col(st, 0)))
			break;
	rc = (rc == SQLITE_ROW || rc == SQLITE_DONE) ? 0 : -1;
	sqlite3_reset(st);
	return rc;
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
			store_bind_text(st, ":term", term);
			if (sqlite3_step(st) != SQLITE_DONE) {
				sqlite3_reset(st);
				return -1;
			}
			sqlite3_reset(st);
		}
		p = e ? e + 2 : p + n;
	}
	return 0;
}

/* store_article_all: every article, drafts too, by slug. Rows or -1. */
int store_article_all(struct store *s, store_article_fn fn, void *ctx)
{
	sqlite3_stmt *st = store_prep(s, SS_ARTICLE_ALL,
		"SELECT " ARTICLE_COLS ARTICLE_FROM " ORDER BY a.slug");

	return store_run_articles(st, fn, ctx);
}

/* store_same_article: compare callback for store_article_put. */
static int store_same_article(void *ctx, const struct store_article *a)
{
	struct store_cmp *cmp = ctx;
	const struct store_article *w = cmp->want;

	cmp->same = strcmp(a->category, w->category) == 0 &&
		    strcmp(a->title, w->title) == 0 &&
		    strcmp(a->summary, w->summary) == 0 &&
		    strcmp(a->keywords, w->keywords) == 0 &&
		    strcmp(a->status, w->status) == 0 &&
		    strcmp(a->reviewed, w->reviewed) == 0 &&
		    strcmp(a->sources, w->sources) == 0 &&
		    strcmp(a->body_md, w->body_md) == 0;
	return 1;
}

/* store_article_put: insert or update article a (by slug) and record the
 * saved text as a new revision by editor, all in one transaction. Nothing
 * is written when the text is unchanged. 0, or -1 (unknown category,
 * database error). */
int store_article_put(struct store *s, const struct store_article *a,
		      const char *editor, int *changed)
{
	struct store_cmp cmp = { a, 0 };
	sqlite3_stmt *st;
	long cat;
	int found, rc = -1;

	*changed = 0;
	found = store_article_get(s, a->slug, STORE_ANY_STATUS, store_same_article, &cmp);
	if (found < 0)
		return -1;
	if (found && cmp.same)
		return 0;
	cat = store_category_id(s, a->category);
	if (cat <= 0)
		return -1;
	if (store_begin(s) != 0)
		return -1;
	st = found ? store_prep(s, SS_ARTICLE_UPDATE,
			"UPDATE article SET category_id = :cat, title = :title,"
			" summary = :summary, keywords = :keywords, status = :status,"
			" reviewed = :reviewed, sources = :sources, body_md = :md,"
			" body_html = :html, revision = revision + 1,"
			" updated = strftime('%Y-%m-%dT%H:%M:%SZ', 'now')"
			" WHERE slug = :slug")
		   : store_prep(s, SS_ARTICLE_INSERT,
			"INSERT INTO article(slug, category_id, title, summary, keywords,"
			" status, reviewed, sources, body_md, body_html, revision, created,"
			" updated) VALUES(:slug, :cat, :title, :summary, :keywords, :status,"
			" :reviewed, :sources, :md, :html, 1,"
			" strftime('%Y-%m-%dT%H:%M:%SZ', 'now'),"
			" strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))");
	if (!st)
		goto out;
	store_bind_text(st, ":slug", a->slug);
	store_bind_int(st, ":cat", cat);
	store_bind_text(st, ":title", a->title);
	store_bind_text(st, ":summary", a->summary);
	store_bind_text(st, ":keywords", a->keywords);
	store_bind_text(st, ":status", a->status);
	store_bind_text(st, ":reviewed", a->reviewed);
	store_bind_text(st, ":sources", a->sources);
	if (store_write_rendered(st, a->body_md) != 0)
		goto out;
	st = store_prep(s, SS_REVISION_INSERT,
		"INSERT INTO article_revision(article_id, revision, category_id, title,"
		" summary, keywords, status, reviewed, sources, body_md, editor, created)"
		" SELECT id, revision, category_id, title, summary, keywords, status,"
		" reviewed, sources, body_md, :editor, updated FROM article"
		" WHERE slug = :slug");
	if (!st)
		goto out;
	store_bind_text(st, ":slug", a->slug);
	store_bind_text(st, ":editor", editor);
	if (sqlite3_step(st) != SQLITE_DONE) {
		sqlite3_reset(st);
		goto out;
	}
	sqlite3_reset(st);
	if (store_add_terms(s, a->keywords) != 0)
		goto out;
	s->related_dirty = 1;
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
	long n = -1;

	if (!st)
		return -1;
	store_bind_text(st, ":slug", slug);
	if (sqlite3_step(st) == SQLITE_ROW)
		n = (long)sqlite3_column_int64(st, 0);
	sqlite3_reset(st);
	return n;
}

/* store_channel_each: every complaint channel in position order. */
int store_channel_each(struct store *s, store_channel_fn fn, void *ctx)
{
	sqlite3_stmt *st = store_prep(s, SS_CHANNEL_LIST,
		"SELECT " CHANNEL_COLS " FROM channel ORDER BY position, slug");
	struct store_channel c;
	int rc, n = 0;

	if (!st)
		return -1;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		n++;
		store_channel_row(st, &c);
		if (fn(ctx, &c))
			break;
	}
	rc = (rc == SQLITE_ROW || rc == SQLITE_DONE) ? n : -1;
	sqlite3_reset(st);
	return rc;
}

/* store_channel_put: insert or update channel c (by slug). 0 or -1. */
int store_channel_put(struct store *s, const struct store_channel *c, int *changed)
{
	sqlite3_stmt *st = store_prep(s, SS_CHANNEL_FIND,
		"SELECT " CHANNEL_COLS " FROM channel WHERE slug = :slug");
	struct store_channel old;
	int found = 0, same = 0, rc;

	*changed = 0;
	if (!st)
		return -1;
	store_bind_text(st, ":slug", c->slug);
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW) {
		found = 1;
		store_channel_row(st, &old);
		same = strcmp(old.name, c->name) == 0 &&
		       strcmp(old.operator_name, c->operator_name) == 0 &&
		       strcmp(old.handles, c->handles) == 0 &&
		       strcmp(old.contact, c->contact) == 0 &&
		       strcmp(old.not_handles, c->not_handles) == 0 &&
		       strcmp(old.prepare, c->prepare) == 0 &&
		       strcmp(old.next_steps, c->next_steps) == 0 &&
		       strcmp(old.reviewed, c->reviewed) == 0 &&
		       strcmp(old.body_md, c->body_md) == 0 && old.position == c->position;
	} else if (rc != SQLITE_DONE) {
		sqlite3_reset(st);
		return -1;
	}
	sqlite3_reset(st);
	if (same)
		return 0;
	st = found ? store_prep(s, SS_CHANNEL_UPDATE,
			"UPDATE channel SET name = :name, operator = :operator,"
			" handles = :handles, contact = :contact, position = :position,"
			" not_handles = :not_handles, prepare = :prepare, next_steps = :next,"
			" reviewed = :reviewed, body_md = :md, body_html = :html"
			" WHERE slug = :slug")
		   : store_prep(s, SS_CHANNEL_INSERT,
			"INSERT INTO channel(slug, name, operator, handles, contact, position,"
			" reviewed, body_md, body_html, not_handles, prepare, next_steps)"
			" VALUES(:slug, :name, :operator, :handles, :contact, :position,"
			" :reviewed, :md, :html, :not_handles, :prepare, :next)");
	if (!st)
		return -1;
	store_bind_text(st, ":slug", c->slug);
	store_bind_text(st, ":name", c->name);
	store_bind_text(st, ":operator", c->operator_name);
	store_bind_text(st, ":handles", c->handles);
	store_bind_text(st, ":contact", c->contact);
	store_bind_text(st, ":not_handles", c->not_handles);
	store_bind_text(st, ":prepare", c->prepare);
	store_bind_text(st, ":next", c->next_steps);
	store_bind_int(st, ":position", c->position);
	store_bind_text(st, ":reviewed", c->reviewed);
	if (store_write_rendered(st, c->body_md) != 0)
		return -1;
	*changed = 1;
	return 0;
}
