/* Unit tests: the store on :memory:: migrations, content, revisions,
 * nested transactions, and what is worked out for article pages when
 * articles and glossary terms are written. */
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "check_fake.h"
#include "check_suites.h"
#include "store_article.h"
#include "store_category.h"
#include "store_fts.h"
#include "store_glossary.h"
#include "store_related.h"
#include "store_schema.h"
#include "store_search.h"

/* article: a published article slug in topic overdue with body. */
static struct store_article article(const char *slug, const char *body)
{
	struct store_article a = fake_article_of(slug, "标题？");

	a.summary = "摘要。";
	a.keywords = "诉讼时效";
	a.sources = "《民法典》第188条\n《民法典》第195条";
	a.body_md = body;
	return a;
}

struct seen {
	int n;
	char slugs[8][32];
	char html[256];
	long revision;
};

/* collect: record the articles a loader returned in s (adding to what
 * it holds); passes n through. */
static long collect(long n, const struct store_articles *l, struct seen *s)
{
	for (size_t i = 0; n > 0 && i < l->n; i++) {
		const struct store_article *a = &l->v[i];

		if (s->n < 8)
			strncpy(s->slugs[s->n], a->slug, 31);
		s->n++;
		strncpy(s->html, a->body_html, sizeof(s->html) - 1);
		s->revision = a->revision;
	}
	return n;
}

/* The loaders through collect, each with an arena of its own. */
static int t_article_get(struct store *s, const char *slug, int any, struct seen *seen)
{
	struct arena a;
	struct store_article art;
	struct store_articles l = { &art, 1 };
	int n;

	arena_init(&a);
	n = store_article_get(s, &a, slug, any, &art);
	collect(n, &l, seen);
	arena_free(&a);
	return n;
}

#define T_LIST(name, call) \
	do { \
		struct arena a_; \
		struct store_articles l_; \
		arena_init(&a_); \
		name = collect(call, &l_, seen_); \
		arena_free(&a_); \
	} while (0)

static long t_in_category(struct store *s, const char *cat, long limit, struct seen *seen_)
{
	long n;

	T_LIST(n, store_article_in_category(s, &a_, cat, limit, &l_));
	return n;
}

static long t_related(struct store *s, long id, const char *kw, long limit, struct seen *seen_)
{
	long n;

	T_LIST(n, store_article_related(s, &a_, id, kw, limit, &l_));
	return n;
}

static long t_related_saved(struct store *s, long id, struct seen *seen_)
{
	long n;

	T_LIST(n, store_article_related_saved(s, &a_, id, &l_));
	return n;
}

static long t_all(struct store *s, struct seen *seen_)
{
	long n;

	T_LIST(n, store_article_all(s, &a_, &l_));
	return n;
}

START_TEST(test_migrate)
{
	struct store *s = fake_store(":memory:");
	sqlite3_stmt *st;

	ck_assert_int_eq(sqlite3_prepare_v2(s->db, "PRAGMA user_version", -1, &st, NULL), SQLITE_OK);
	ck_assert_int_eq(sqlite3_step(st), SQLITE_ROW);
	ck_assert_int_eq(sqlite3_column_int(st, 0), store_schema_version());
	sqlite3_finalize(st);
	store_close(s);
}
END_TEST

START_TEST(test_article_put_get)
{
	struct store *s = fake_store(":memory:");
	struct store_article a = article("a", "正文 <script>x</script> **粗体**\n");
	struct seen seen = { 0 };
	int changed;

	fake_category(s, "overdue", "逾期还款", "b");
	ck_assert_int_eq(store_article_put(s, &a, "tester", &changed), 0);
	ck_assert_int_eq(changed, 1);
	ck_assert_int_eq(t_article_get(s, "a", STORE_PUBLISHED, &seen), 1);
	ck_assert_ptr_nonnull(strstr(seen.html, "<strong>粗体</strong>"));
	ck_assert_ptr_null(strstr(seen.html, "<script>"));
	ck_assert_int_eq(seen.revision, 1);
	ck_assert_int_eq(t_article_get(s, "missing", STORE_PUBLISHED, &seen), 0);

	/* unchanged: no new revision */
	ck_assert_int_eq(store_article_put(s, &a, "tester", &changed), 0);
	ck_assert_int_eq(changed, 0);
	ck_assert_int_eq(store_article_revisions(s, "a"), 1);

	/* changed body: revision 2, both kept */
	a.body_md = "新的正文\n";
	ck_assert_int_eq(store_article_put(s, &a, "tester", &changed), 0);
	ck_assert_int_eq(changed, 1);
	ck_assert_int_eq(store_article_revisions(s, "a"), 2);
	memset(&seen, 0, sizeof(seen));
	t_article_get(s, "a", STORE_PUBLISHED, &seen);
	ck_assert_int_eq(seen.revision, 2);
	store_close(s);
}
END_TEST

START_TEST(test_drafts_and_lists)
{
	struct store *s = fake_store(":memory:");
	struct store_article a = article("a", "x\n"), b = article("b", "y\n"), d = article("d", "z\n");
	struct seen seen = { 0 };
	int changed;

	fake_category(s, "overdue", "逾期还款", "b");
	d.status = "draft";
	ck_assert_int_eq(store_article_put(s, &a, "t", &changed), 0);
	ck_assert_int_eq(store_article_put(s, &b, "t", &changed), 0);
	ck_assert_int_eq(store_article_put(s, &d, "t", &changed), 0);
	/* drafts are not public */
	ck_assert_int_eq(t_article_get(s, "d", STORE_PUBLISHED, &seen), 0);
	ck_assert_int_eq(t_article_get(s, "d", STORE_ANY_STATUS, &seen), 1);
	/* featured "b" comes first */
	memset(&seen, 0, sizeof(seen));
	ck_assert_int_eq(t_in_category(s, "overdue", -1, &seen), 2);
	ck_assert_str_eq(seen.slugs[0], "b");
	ck_assert_str_eq(seen.slugs[1], "a");
	/* related: same category, not itself, not drafts */
	memset(&seen, 0, sizeof(seen));
	ck_assert_int_eq(t_related(s, 1, "诉讼时效", 5, &seen), 1);
	ck_assert_str_eq(seen.slugs[0], "b");
	/* export sees drafts too */
	memset(&seen, 0, sizeof(seen));
	ck_assert_int_eq(t_all(s, &seen), 3);
	store_close(s);
}
END_TEST

/* search: the articles the index finds for the FTS5 expression match,
 * newest first, as store_search_page loads them (into seen); how many. */
static long search(struct store *s, const char *match, struct seen *seen)
{
	struct store_search_hits h;
	struct store_articles l;
	struct arena a;
	struct buf ids;
	long n;

	memset(seen, 0, sizeof(*seen));
	arena_init(&a);
	buf_init(&ids);
	n = store_search_hits(s, &a, match, 10, &h);
	ck_assert_int_ge(n, 0);
	buf_putc(&ids, '[');
	for (size_t i = 0; i < h.n; i++) {
		ck_assert_uint_ge(h.v[i].len, STORE_FTS_HIT_HEAD);
		buf_printf(&ids, "%s%ld", i ? "," : "", h.v[i].id);
	}
	buf_putc(&ids, ']');
	ck_assert_int_eq(collect(store_search_page(s, &a, ids.data, &l), &l, seen), n);
	buf_free(&ids);
	arena_free(&a);
	return n;
}

START_TEST(test_search)
{
	struct store *s = fake_store(":memory:");
	struct store_article a = article("a", "催收打给家人怎么办\n"), b = article("b", "征信 100%\n");
	struct seen seen;
	int changed;

	fake_category(s, "overdue", "逾期还款", "b");
	b.title = "征信异议";
	ck_assert_int_eq(store_article_put(s, &a, "t", &changed), 0);
	ck_assert_int_eq(store_article_put(s, &b, "t", &changed), 0);
	/* two-character words come from the index too */
	ck_assert_int_eq(search(s, "\"催收\"", &seen), 1);
	ck_assert_str_eq(seen.slugs[0], "a");
	ck_assert_int_eq(search(s, "\"催收\" OR \"征信\"", &seen), 2);
	/* newest first */
	ck_assert_str_eq(seen.slugs[0], "b");
	ck_assert_int_eq(search(s, "\"爸妈\" OR \"家人\"", &seen), 1);
	/* kept in step by triggers */
	ck_assert_int_eq(search(s, "\"打给家人\"", &seen), 1);
	a.body_md = "完全不同的内容\n";
	ck_assert_int_eq(store_article_put(s, &a, "t", &changed), 0);
	ck_assert_int_eq(search(s, "\"打给家人\"", &seen), 0);
	ck_assert_int_eq(search(s, "\"不同的\"", &seen), 1);
	/* only the title and keywords */
	ck_assert_int_eq(search(s, "{title keywords} : (\"征信\")", &seen), 1);
	ck_assert_int_eq(search(s, "{title keywords} : (\"不同\")", &seen), 0);
	/* quoted: no wildcards, operators or syntax from the words */
	ck_assert_int_eq(search(s, "\"%\"", &seen), 0);
	ck_assert_int_eq(search(s, "\"100\"", &seen), 1);
	ck_assert_int_eq(search(s, "\"\"\"'\\\"", &seen), 0);
	ck_assert_int_eq(search(s, "\"a OR b NEAR\"", &seen), 0);
	/* ASCII letters in either case; full-width ones as their ASCII forms */
	a.body_md = "手机APP弹窗，Ｗeb\n";
	ck_assert_int_eq(store_article_put(s, &a, "t", &changed), 0);
	ck_assert_int_eq(search(s, "\"app\"", &seen), 1);
	ck_assert_int_eq(search(s, "\"app弹窗\"", &seen), 1);
	ck_assert_int_eq(search(s, "\"web\"", &seen), 1);
	/* found, for words typed beside known terms */
	ck_assert_int_eq(store_search_found(s, "\"弹窗\""), 1);
	ck_assert_int_eq(store_search_found(s, "\"火星\""), 0);
	store_close(s);
}
END_TEST

START_TEST(test_known_terms)
{
	struct store *s = fake_store(":memory:");
	struct store_article a = article("a", "x\n");
	struct arena ar;
	const char **terms;
	size_t n = 0;
	int changed;

	fake_category(s, "overdue", "逾期还款", "b");
	a.keywords = "暴力催收, 爆通讯录";
	ck_assert_int_eq(store_article_put(s, &a, "t", &changed), 0);
	arena_init(&ar);
	ck_assert_int_eq(store_search_known(s, &ar, "遇到暴力催收", &terms, &n), 2);
	ck_assert_str_eq(terms[0], "暴力催收");
	arena_free(&ar);
	ck_assert_int_eq(n, 2); /* 暴力催收 from the keywords, 催收 from the seed list */
	store_close(s);
}
END_TEST

START_TEST(test_unknown_category)
{
	struct store *s = fake_store(":memory:");
	struct store_article a = article("a", "x\n");
	int changed;

	a.category = "nope";
	ck_assert_int_eq(store_article_put(s, &a, "t", &changed), -1);
	ck_assert_int_eq(s->depth, 0);
	store_close(s);
}
END_TEST

START_TEST(test_nested_transactions)
{
	struct store *s = fake_store(":memory:");
	struct store_article a = article("a", "x\n");
	struct seen seen = { 0 };
	int changed;

	fake_category(s, "overdue", "逾期还款", "b");
	/* an inner rollback makes the outer commit fail and undo everything */
	ck_assert_int_eq(store_begin(s), 0);
	ck_assert_int_eq(store_article_put(s, &a, "t", &changed), 0);
	ck_assert_int_eq(store_begin(s), 0);
	ck_assert_int_eq(store_rollback(s), 0);
	ck_assert_int_eq(store_commit(s), -1);
	ck_assert_int_eq(t_article_get(s, "a", STORE_ANY_STATUS, &seen), 0);
	/* inner commit + outer commit keeps it */
	ck_assert_int_eq(store_begin(s), 0);
	ck_assert_int_eq(store_article_put(s, &a, "t", &changed), 0);
	ck_assert_int_eq(store_commit(s), 0);
	ck_assert_int_eq(t_article_get(s, "a", STORE_ANY_STATUS, &seen), 1);
	store_close(s);
}
END_TEST

/* The glossary terms an article's page lists, by slug, space-separated. */
struct term_slugs {
	char got[128];
};

/* collect_term_slug: the slugs of l after those n holds. Passes rc through. */
static long collect_term_slug(long rc, const struct store_terms *l, struct term_slugs *n)
{
	for (size_t i = 0; rc > 0 && i < l->n; i++) {
		size_t len = strlen(n->got);

		snprintf(n->got + len, sizeof(n->got) - len, "%s%s", len ? " " : "", l->v[i].slug);
	}
	return rc;
}

/* article_terms: the terms saved with article id, as the page sees them,
 * checked against a scan of body (what a preview does). */
static const char *article_terms(struct store *s, long id, const char *body,
				 struct term_slugs *n)
{
	struct term_slugs scan;

	memset(n, 0, sizeof(*n));
	memset(&scan, 0, sizeof(scan));
	struct arena a;
	struct store_terms l;

	arena_init(&a);
	ck_assert_int_ge(collect_term_slug(store_glossary_of_article(s, &a, id, &l), &l, n), 0);
	ck_assert_int_ge(collect_term_slug(store_glossary_in_text(s, &a, body, &l), &l, &scan), 0);
	arena_free(&a);
	ck_assert_str_eq(n->got, scan.got);
	return n->got;
}

START_TEST(test_article_terms)
{
	struct store *s = fake_store(":memory:");
	struct store_term t1 = { 0, "limitation", "诉讼时效", "时效", "2026-11-23", "s", "三年。\n",
				 NULL, 1 };
	struct store_term t2 = { 0, "credit-dispute", "征信异议", "", "2026-11-23", "s", "异议。\n",
				 NULL, 2 };
	struct store_term t3 = { 0, "three-years", "三年", "", "2026-11-23", "s", "三年。\n",
				 NULL, 3 };
	struct store_article a = article("a", "拖过三年时效就过了吗\n"), b = article("b", "没有\n");
	struct term_slugs n;
	int changed;

	fake_category(s, "overdue", "逾期还款", "b");
	ck_assert_int_eq(store_glossary_put(s, &t1, &changed), 0);
	ck_assert_int_eq(store_glossary_put(s, &t2, &changed), 0);
	ck_assert_int_eq(store_article_put(s, &a, "t", &changed), 0);
	ck_assert_int_eq(store_article_put(s, &b, "t", &changed), 0);
	/* found when the article is saved: an alias is enough */
	ck_assert_str_eq(article_terms(s, 1, a.body_md, &n), "limitation");
	ck_assert_str_eq(article_terms(s, 2, b.body_md, &n), "");
	/* a changed body changes them */
	b.body_md = "申请征信异议，还要看时效\n";
	ck_assert_int_eq(store_article_put(s, &b, "t", &changed), 0);
	ck_assert_str_eq(article_terms(s, 2, b.body_md, &n), "limitation credit-dispute");
	/* a term that loses the alias a body used is no longer listed there */
	t1.aliases = "诉讼时效期间";
	ck_assert_int_eq(store_glossary_put(s, &t1, &changed), 0);
	ck_assert_str_eq(article_terms(s, 1, a.body_md, &n), "");
	ck_assert_str_eq(article_terms(s, 2, b.body_md, &n), "credit-dispute");
	/* a term added after the articles is found in them */
	ck_assert_int_eq(store_glossary_put(s, &t3, &changed), 0);
	ck_assert_str_eq(article_terms(s, 1, a.body_md, &n), "three-years");
	store_close(s);
}
END_TEST

/* related: the slugs of article id's related articles (keywords as the
 * page passes them), space-separated. */
static const char *related(struct store *s, long id, const char *keywords, long limit,
			   struct seen *seen, char *out, size_t outsz)
{
	memset(seen, 0, sizeof(*seen));
	ck_assert_int_ge(t_related(s, id, keywords, limit, seen), 0);
	out[0] = '\0';
	for (int i = 0; i < seen->n && i < 8; i++)
		snprintf(out + strlen(out), outsz - strlen(out), "%s%s", i ? " " : "",
			 seen->slugs[i]);
	return out;
}

START_TEST(test_related_by_keywords)
{
	struct store *s = fake_store(":memory:");
	struct store_article a = article("a", "x\n"), b = article("b", "x\n"), c = article("c", "x\n"),
		d = article("d", "x\n"), e = article("e", "x\n"), f = article("f", "x\n"),
		g = article("g", "x\n");
	struct seen seen;
	char got[128];
	int changed;

	fake_category(s, "overdue", "逾期还款", "b");
	fake_category(s, "collection", "逾期还款", "b");
	a.keywords = "诉讼时效, 征信, 分期";
	b.keywords = "分期";
	c.keywords = "诉讼时效, 征信";
	c.category = "collection";
	d.keywords = "无关";
	d.category = "collection";
	e.keywords = "诉讼时效, 征信, 分期";
	e.status = "draft";
	f.keywords = "别的";
	g.keywords = "引号\"词, 反\\斜";
	g.category = "collection";
	ck_assert_int_eq(store_article_put(s, &a, "t", &changed), 0);
	ck_assert_int_eq(store_article_put(s, &b, "t", &changed), 0);
	ck_assert_int_eq(store_article_put(s, &c, "t", &changed), 0);
	ck_assert_int_eq(store_article_put(s, &d, "t", &changed), 0);
	ck_assert_int_eq(store_article_put(s, &e, "t", &changed), 0);
	ck_assert_int_eq(store_article_put(s, &f, "t", &changed), 0);
	ck_assert_int_eq(store_article_put(s, &g, "t", &changed), 0);
	/* most shared keywords first, then the same topic, then the rest by
	 * age; never itself or a draft */
	ck_assert_str_eq(related(s, 1, a.keywords, 5, &seen, got, sizeof(got)), "c b f d g");
	ck_assert_str_eq(related(s, 1, a.keywords, 2, &seen, got, sizeof(got)), "c b");
	ck_assert_str_eq(related(s, 4, d.keywords, 3, &seen, got, sizeof(got)), "c g a");
	/* changed keywords are seen at once */
	b.keywords = "诉讼时效, 征信, 分期";
	ck_assert_int_eq(store_article_put(s, &b, "t", &changed), 0);
	ck_assert_str_eq(related(s, 1, a.keywords, 5, &seen, got, sizeof(got)), "b c f d g");
	/* a preview (id 0) uses the keywords it is given, even odd ones */
	ck_assert_str_eq(related(s, 0, "引号\"词", 2, &seen, got, sizeof(got)), "g a");
	ck_assert_str_eq(related(s, 0, "反\\斜, 分期", 3, &seen, got, sizeof(got)), "a b g");
	store_close(s);
}
END_TEST

/* The related articles saved when articles are written are exactly what
 * the live ranking gives, for every article, after batches of inserts and
 * changes (keywords, topic, status) made in transactions and outside. */
START_TEST(test_related_saved_matches_live)
{
	static const char *const words[] = { "催收", "征信", "分期", "诉讼时效", "家人", "投诉",
					     "利息", "起诉", "录音", "隐私", "白条", "协商" };
	static const char *const cats[] = { "overdue", "collection", "complaints" };
	struct store *s = fake_store(":memory:");
	unsigned long seed = 12345;
	char slugs[40][8] = { { 0 } }, kw[40][96];
	int changed;

	for (int c = 0; c < 3; c++)
		fake_category(s, cats[c], "逾期还款", "b");
	for (int round = 0; round < 6; round++) {
		int batch = round % 2 == 0;

		if (batch)
			ck_assert_int_eq(store_begin(s), 0);
		for (int i = 0; i < 12; i++) {
			struct store_article a;
			int slot = (int)((seed = seed * 6364136223846793005UL + 1442695040888963407UL) >> 33) % 40;
			int nk = (int)(seed >> 20) % 4;

			snprintf(slugs[slot], sizeof(slugs[slot]), "s%d", slot);
			kw[slot][0] = '\0';
			for (int k = 0; k < nk; k++) {
				const char *w = words[(seed >> (8 + 4 * k)) % 12];
				snprintf(kw[slot] + strlen(kw[slot]), sizeof(kw[slot]) - strlen(kw[slot]),
					 "%s%s", k ? ", " : "", w);
			}
			a = article(slugs[slot], round % 3 ? "正文\n" : "另一段正文\n");
			a.keywords = kw[slot];
			a.category = cats[(seed >> 40) % 3];
			a.status = (seed >> 45) % 5 == 0 ? "draft" : "published";
			ck_assert_int_eq(store_article_put(s, &a, "t", &changed), 0);
		}
		if (batch)
			ck_assert_int_eq(store_commit(s), 0);
		for (int slot = 0; slot < 40; slot++) {
			struct seen live, saved;
			long id = 0;

			if (!slugs[slot][0])
				continue;
			memset(&live, 0, sizeof(live));
			memset(&saved, 0, sizeof(saved));
			{
				sqlite3_stmt *st;
				ck_assert_int_eq(sqlite3_prepare_v2(s->db,
					"SELECT id, keywords FROM article WHERE slug = ?1"
					" AND status = 'published'", -1, &st, NULL), SQLITE_OK);
				sqlite3_bind_text(st, 1, slugs[slot], -1, SQLITE_STATIC);
				if (sqlite3_step(st) == SQLITE_ROW) {
					id = (long)sqlite3_column_int64(st, 0);
					ck_assert_int_ge(t_related(s, id,
						(const char *)sqlite3_column_text(st, 1), 5, &live), 0);
				}
				sqlite3_finalize(st);
			}
			if (!id)
				continue;
			ck_assert_int_ge(t_related_saved(s, id, &saved), 0);
			ck_assert_int_eq(saved.n, live.n);
			for (int k = 0; k < live.n && k < 8; k++)
				ck_assert_str_eq(saved.slugs[k], live.slugs[k]);
		}
	}
	store_close(s);
}
END_TEST

/* A database of schema version 9 (the trigram index, a draft in the
 * article table) migrates to the index of the "quanyi" tokenizer, rebuilt
 * from the published articles, kept in step afterwards. */
START_TEST(test_migrate_search_index)
{
	char path[64] = "/tmp/quanyi-check-store-XXXXXX";
	const char *const *steps;
	struct seen seen;
	struct buf err;
	struct store *s;
	sqlite3 *h;
	int n, fd = mkstemp(path);

	ck_assert_int_ge(fd, 0);
	close(fd);
	steps = store_schema_steps(&n);
	ck_assert_int_ge(n, 10);
	ck_assert_int_eq(sqlite3_open(path, &h), SQLITE_OK);
	/* no fsync for each statement of the old steps: on a busy machine they
	 * took longer than the test's time limit */
	ck_assert_int_eq(sqlite3_exec(h, "PRAGMA synchronous=OFF", NULL, NULL, NULL), SQLITE_OK);
	for (int i = 0; i < 9; i++)
		ck_assert_msg(sqlite3_exec(h, steps[i], NULL, NULL, NULL) == SQLITE_OK, "step %d: %s",
			      i + 1, sqlite3_errmsg(h));
	ck_assert_int_eq(sqlite3_exec(h,
		"INSERT INTO category(slug, title, position, summary, body_md, body_html)"
		" VALUES('overdue', '逾期还款', 1, 's', 'x', 'x');"
		"INSERT INTO article(slug, category_id, title, summary, status, reviewed, body_md,"
		" body_html, created, updated) VALUES"
		" ('a', 1, '征信有错怎么办？', 's', 'published', '2026-11-23', '异议。', '', 'c', 'u'),"
		" ('d', 1, '草稿里的征信', 's', 'draft', '2026-11-23', '草稿。', '', 'c', 'u');"
		"INSERT INTO channel(slug, name, operator, handles, contact, position, reviewed,"
		" body_md, body_html) VALUES('12363', '12363 人民银行', 'o', '征信记录', 'c', 1,"
		" '2026-11-23', 'x', 'x');"
		"PRAGMA user_version=9;", NULL, NULL, NULL), SQLITE_OK);
	sqlite3_close(h);
	buf_init(&err);
	s = store_open(path, STORE_MIGRATE, &err);
	ck_assert_msg(s != NULL, "migrate: %s", err.data ? err.data : "");
	/* two characters, from the index now; the draft is not in it */
	ck_assert_int_eq(search(s, "\"征信\"", &seen), 1);
	ck_assert_str_eq(seen.slugs[0], "a");
	ck_assert_int_eq(search(s, "\"草稿\"", &seen), 0);
	ck_assert_int_eq(store_exec(s, "UPDATE article SET status = 'published' WHERE slug = 'd'"), 0);
	ck_assert_int_eq(search(s, "\"草稿\"", &seen), 1);
	/* the channels' index is built from the channel table too */
	{
		struct arena a;
		struct store_search_channels cs;

		arena_init(&a);
		ck_assert_int_eq(store_search_channels(s, &a, "\"征信\"", &cs), 1);
		ck_assert_str_eq(cs.v[0].channel.slug, "12363");
		ck_assert_int_eq(store_search_channels(s, &a, "\"12363\"", &cs), 1);
		arena_free(&a);
	}
	store_close(s);
	buf_free(&err);
	unlink(path);
}
END_TEST

/* A database made before step 6 (its tables and triggers dropped, back at
 * version 5) gets them filled, and related articles ranked, from what it
 * holds when it is opened. */
START_TEST(test_migrate_fills_derived)
{
	struct store_term t = { 0, "limitation", "诉讼时效", "时效", "2026-11-23", "s", "三年。\n",
				NULL, 1 };
	struct store_article a = article("a", "拖过三年时效就过了吗\n"), b = article("b", "没有\n");
	char path[64] = "/tmp/quanyi-check-store-XXXXXX";
	struct term_slugs n;
	struct seen seen;
	struct buf err;
	struct store *s;
	char got[64];
	int changed, fd = mkstemp(path);

	ck_assert_int_ge(fd, 0);
	close(fd);
	s = fake_store(path);
	fake_category(s, "overdue", "逾期还款", "b");
	ck_assert_int_eq(store_glossary_put(s, &t, &changed), 0);
	a.keywords = "诉讼时效, 分期";
	b.keywords = "分期";
	ck_assert_int_eq(store_article_put(s, &a, "t", &changed), 0);
	ck_assert_int_eq(store_article_put(s, &b, "t", &changed), 0);
	ck_assert_int_eq(sqlite3_exec(s->db,
		"DROP TRIGGER article_term_ai; DROP TRIGGER article_term_au;"
		"DROP TRIGGER glossary_name_ai; DROP TRIGGER glossary_name_ad;"
		"DROP TRIGGER article_keyword_ai; DROP TRIGGER article_keyword_au;"
		"DROP TABLE article_term; DROP TABLE article_keyword; DROP TABLE article_related;"
		"DROP INDEX post_log_at;"
		"DROP TABLE law_article; DROP TABLE law_name; DROP TABLE law;"
		"DROP TABLE holiday; DROP TABLE value;"
		"ALTER TABLE article DROP COLUMN urgent; ALTER TABLE article_revision DROP COLUMN urgent;"
		"DROP TABLE plan_doc; DROP TABLE plan_saved; DROP TABLE wording_entry; DROP TABLE wording;"
		"DROP TABLE audit_log; ALTER TABLE question DROP COLUMN claimed_by;"
		"ALTER TABLE question DROP COLUMN claimed_at;"
		"DROP TABLE synonym_word; DROP TABLE synonym; DROP TABLE channel_fts; DROP TABLE glossary_fts;"
		"DROP TRIGGER channel_fts_ai; DROP TRIGGER channel_fts_ad; DROP TRIGGER channel_fts_au;"
		"DROP TRIGGER glossary_fts_ai; DROP TRIGGER glossary_fts_ad; DROP TRIGGER glossary_fts_au;"
		"PRAGMA user_version=5;",
		NULL, NULL, NULL), SQLITE_OK);
	store_close(s);
	buf_init(&err);
	s = store_open(path, STORE_MIGRATE, &err);
	ck_assert_msg(s != NULL, "reopen: %s", err.data ? err.data : "");
	/* The schema steps ran: attaching ranks the related articles again. */
	ck_assert_int_eq(store_migrated(s), 1);
	ck_assert_int_eq(store_related_attach(s), 0);
	ck_assert_str_eq(article_terms(s, 1, a.body_md, &n), "limitation");
	ck_assert_str_eq(related(s, 2, b.keywords, 1, &seen, got, sizeof(got)), "a");
	memset(&seen, 0, sizeof(seen));
	ck_assert_int_eq(t_related_saved(s, 2, &seen), 1);
	ck_assert_str_eq(seen.slugs[0], "a");
	store_close(s);
	buf_free(&err);
	unlink(path);
	strcat(path, "-wal");
	unlink(path);
	path[strlen(path) - 4] = '\0';
	strcat(path, "-shm");
	unlink(path);
}
END_TEST

/* The posting log is pruned through an index on the time, so a post does
 * not read the whole log (scripts/bench found posts slowing as it grew). */
START_TEST(test_post_log_prune_indexed)
{
	struct store *s = fake_store(":memory:");
	sqlite3_stmt *st;
	int indexed = 0;

	ck_assert_int_eq(sqlite3_prepare_v2(s->db,
		"EXPLAIN QUERY PLAN DELETE FROM post_log WHERE at < 5", -1, &st, NULL), SQLITE_OK);
	while (sqlite3_step(st) == SQLITE_ROW)
		if (strstr((const char *)sqlite3_column_text(st, 3), "USING INDEX post_log_at") ||
		    strstr((const char *)sqlite3_column_text(st, 3), "USING COVERING INDEX post_log_at"))
			indexed = 1;
	sqlite3_finalize(st);
	ck_assert_int_eq(indexed, 1);
	store_close(s);
}
END_TEST

/* A topic's featured articles come first in their listed order, then the
 * rest by age; a featured draft, one of another topic or one listed twice
 * changes nothing. */
START_TEST(test_in_category_featured)
{
	struct store *s = fake_store(":memory:");
	struct store_article arts[] = { article("a", "x\n"), article("b", "x\n"),
		article("c", "x\n"), article("d", "x\n"), article("x", "x\n") };
	struct seen seen;
	char got[64];
	int changed;

	fake_category(s, "collection", "逾期还款", "b");
	fake_category(s, "overdue", "逾期还款", "c, x, a, c, d");
	arts[3].status = "draft";
	arts[4].category = "collection";
	for (size_t i = 0; i < sizeof(arts) / sizeof(arts[0]); i++)
		ck_assert_int_eq(store_article_put(s, &arts[i], "t", &changed), 0);
	for (long limit = -1; limit <= 3; limit++) {
		static const char *const want[] = { "c a b", "", "c", "c a", "c a b" };
		memset(&seen, 0, sizeof(seen));
		ck_assert_int_ge(t_in_category(s, "overdue", limit, &seen), 0);
		got[0] = '\0';
		for (int i = 0; i < seen.n && i < 8; i++)
			snprintf(got + strlen(got), sizeof(got) - strlen(got), "%s%s", i ? " " : "",
				 seen.slugs[i]);
		ck_assert_str_eq(got, want[limit + 1]);
	}
	store_close(s);
}
END_TEST

START_TEST(test_version_check)
{
	struct buf err;
	struct store *s;

	buf_init(&err);
	/* a fresh database that is not migrated is refused */
	s = store_open(":memory:", STORE_CREATE, &err);
	ck_assert_ptr_null(s);
	ck_assert_ptr_nonnull(strstr(err.data, "schema version"));
	buf_free(&err);
}
END_TEST

/* A kept statement still being stepped is never handed out again:
 * reusing it would end the outer loop without a word. A build with
 * QUANYI_STRICT (the tests' sanitizer build) aborts; any other build
 * reports it and refuses. */
START_TEST(test_prep_busy)
{
	struct store *s = fake_store(":memory:");
	sqlite3_stmt *st;

	fake_category(s, "overdue", "逾期还款", "");
	fake_category(s, "collection", "催收权益", "");
	st = store_prep(s, SS_CATEGORY_LIST, "SELECT slug FROM category ORDER BY slug");
	ck_assert_ptr_nonnull(st);
	ck_assert_int_eq(store_step(s, st), SQLITE_ROW);
	/* still stepping: */
	ck_assert_ptr_null(store_prep(s, SS_CATEGORY_LIST, "SELECT slug FROM category ORDER BY slug"));
	store_close(s);
}
END_TEST

/* Once reset (or stepped to its end) it is handed out again. */
START_TEST(test_prep_after_reset)
{
	struct store *s = fake_store(":memory:");
	sqlite3_stmt *st;

	fake_category(s, "overdue", "逾期还款", "");
	st = store_prep(s, SS_CATEGORY_LIST, "SELECT slug FROM category ORDER BY slug");
	ck_assert_int_eq(store_step(s, st), SQLITE_ROW);
	ck_assert_int_eq(store_step(s, st), SQLITE_DONE);
	ck_assert_ptr_eq(store_prep(s, SS_CATEGORY_LIST, "SELECT slug FROM category ORDER BY slug"), st);
	store_close(s);
}
END_TEST

/* A bind that fails (here: a parameter the statement does not have)
 * reports -1, and the next step fails instead of running the statement
 * with a parameter missing; the one after that runs again. */
START_TEST(test_bind_errors)
{
	struct store *s = fake_store(":memory:");
	sqlite3_stmt *st;

	fake_category(s, "overdue", "逾期还款", "");
	st = store_prep(s, SS_CATEGORY_FIND, "SELECT id FROM category WHERE slug = :slug");
	ck_assert_int_eq(store_bind_text(s, st, ":nope", "overdue"), -1);
	ck_assert_int_eq(store_step(s, st), SQLITE_MISUSE);
	sqlite3_reset(st);
	ck_assert_int_eq(store_bind_text(s, st, ":slug", "overdue"), 0);
	ck_assert_int_eq(store_step(s, st), SQLITE_ROW);
	sqlite3_reset(st);
	ck_assert_int_eq(store_bind_int(s, st, ":missing", 1), -1);
	ck_assert_int_eq(store_done(s, st), -1);
	ck_assert_int_eq(store_category_id(s, "overdue"), 1);
	store_close(s);
}
END_TEST

static int hook_calls;
static int hook_fails;

static int count_hook(struct store *s)
{
	(void)s;
	hook_calls++;
	return hook_fails ? -1 : 0;
}

/* Before-commit hooks run once per transaction that noted their event,
 * inside it; not on a rollback, not without the event; a failing hook
 * makes the commit fail and undoes the transaction. */
START_TEST(test_commit_hooks)
{
	struct store *s = fake_store(":memory:");

	hook_calls = hook_fails = 0;
	ck_assert_int_eq(store_hook(s, STORE_EV_ARTICLES, count_hook), 0);
	ck_assert_int_eq(store_begin(s), 0);
	ck_assert_int_eq(store_commit(s), 0);
	ck_assert_int_eq(hook_calls, 0);
	ck_assert_int_eq(store_begin(s), 0);
	ck_assert_int_eq(store_begin(s), 0);
	store_changed(s, STORE_EV_ARTICLES);
	ck_assert_int_eq(store_commit(s), 0);
	ck_assert_int_eq(hook_calls, 0);   /* only the outermost commit runs them */
	ck_assert_int_eq(store_commit(s), 0);
	ck_assert_int_eq(hook_calls, 1);
	ck_assert_int_eq(store_begin(s), 0);
	store_changed(s, STORE_EV_ARTICLES);
	ck_assert_int_eq(store_rollback(s), 0);
	ck_assert_int_eq(store_begin(s), 0);
	ck_assert_int_eq(store_commit(s), 0);
	ck_assert_int_eq(hook_calls, 1);   /* the rolled-back change is forgotten */
	hook_fails = 1;
	fake_category(s, "overdue", "逾期还款", "");
	ck_assert_int_eq(store_begin(s), 0);
	ck_assert_int_eq(store_exec(s, "DELETE FROM category"), 0);
	store_changed(s, STORE_EV_ARTICLES);
	ck_assert_int_eq(store_commit(s), -1);
	ck_assert_int_eq(hook_calls, 2);
	ck_assert_int_eq(store_category_id(s, "overdue"), 1);   /* undone */
	store_close(s);
}
END_TEST

Suite *suite_store(void)
{
	Suite *s = suite_create("store");
	TCase *tc = tcase_create("memory");

	/* related-article ranking over the whole content under ASan takes
	 * seconds on a loaded machine: more than Check's default 4 */
	tcase_set_timeout(tc, 30);

	tcase_add_test(tc, test_migrate);
#ifdef QUANYI_STRICT
	tcase_add_test_raise_signal(tc, test_prep_busy, SIGABRT);
#else
	tcase_add_test(tc, test_prep_busy);
#endif
	tcase_add_test(tc, test_prep_after_reset);
	tcase_add_test(tc, test_bind_errors);
	tcase_add_test(tc, test_commit_hooks);
	tcase_add_test(tc, test_article_put_get);
	tcase_add_test(tc, test_drafts_and_lists);
	tcase_add_test(tc, test_search);
	tcase_add_test(tc, test_known_terms);
	tcase_add_test(tc, test_unknown_category);
	tcase_add_test(tc, test_nested_transactions);
	tcase_add_test(tc, test_version_check);
	tcase_add_test(tc, test_article_terms);
	tcase_add_test(tc, test_related_by_keywords);
	tcase_add_test(tc, test_migrate_fills_derived);
	tcase_add_test(tc, test_migrate_search_index);
	tcase_add_test(tc, test_related_saved_matches_live);
	tcase_add_test(tc, test_post_log_prune_indexed);
	tcase_add_test(tc, test_in_category_featured);
	suite_add_tcase(s, tc);
	return s;
}
