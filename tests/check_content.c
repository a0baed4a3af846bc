/* Unit tests: the content/ format, and import/export round trips of the
 * shipped content. */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "check_fake.h"
#include "check_suites.h"
#include "content.h"
#include "wording.h"
#include "store_article.h"
#include "store_category.h"
#include "store_fts.h"
#include "store_glossary.h"
#include "store_search.h"
#include "store_synonym.h"

static const char good_article[] =
	"title: 欠款超过三年就不用还了吗？\n"
	"category: overdue\n"
	"summary: 不是。时效过了，债务仍在。\n"
	"keywords: 诉讼时效, 三年\n"
	"status: published\n"
	"reviewed: 2026-11-23\n"
	"source: 《中华人民共和国民法典》第188条（2020年）\n"
	"source: 《中华人民共和国民法典》第192条（2020年）\n"
	"\n"
	"## 法律怎么规定\n\n正文。\n";

START_TEST(test_round_trip)
{
	struct arena a;
	struct content_doc doc;
	struct buf err, out;

	arena_init(&a);
	buf_init(&err);
	buf_init(&out);
	ck_assert_msg(content_parse(CONTENT_ARTICLE, good_article, strlen(good_article), &a,
				    &doc, &err) == 0, "%s", err.data ? err.data : "");
	ck_assert_str_eq(content_get(&doc, "category"), "overdue");
	ck_assert_str_eq(content_get(&doc, "source"),
			 "《中华人民共和国民法典》第188条（2020年）\n《中华人民共和国民法典》第192条（2020年）");
	ck_assert_str_eq(doc.body, "## 法律怎么规定\n\n正文。\n");
	content_format(&doc, &out);
	ck_assert_str_eq(out.data, good_article);
	buf_free(&err);
	buf_free(&out);
	arena_free(&a);
}
END_TEST

/* parse_err: parse text as an article and return the error message. */
static char *parse_err(const char *text)
{
	struct arena a;
	struct content_doc doc;
	struct buf err;
	char *msg;

	arena_init(&a);
	buf_init(&err);
	ck_assert_int_eq(content_parse(CONTENT_ARTICLE, text, strlen(text), &a, &doc, &err), -1);
	msg = buf_steal(&err);
	arena_free(&a);
	return msg;
}

static void expect_err(const char *text, const char *want)
{
	char *msg = parse_err(text);

	ck_assert_msg(strstr(msg, want) != NULL, "got \"%s\", want \"%s\"", msg, want);
	free(msg);
}

START_TEST(test_errors)
{
	expect_err("title: x\ncategory: overdue\n\nbody\n", "missing key \"summary\"");
	expect_err("category: overdue\ntitle: x\n", "line 1: missing key \"title\"");
	expect_err("title: x\ntitle: y\n", "given twice");
	expect_err("title: x\nauthor: me\n", "unexpected key \"author\"");
	expect_err("title x\n", "line 1: expected \"key: value\"");
	expect_err("title:  x\n", "leading or trailing spaces");
	expect_err("title: x\r\n", "carriage return");
	expect_err("title: x\ncategory: Overdue\n", "not a slug");
	expect_err("title: x\ncategory: overdue\nsummary: s\nkeywords: k\nstatus: live\n",
		   "published or draft");
	expect_err("title: x\ncategory: overdue\nsummary: s\nkeywords: k\nstatus: draft\n"
		   "reviewed: 2026-02-30\n", "not a date");
	expect_err("title: x\ncategory: overdue\nsummary: s\nkeywords: k\nstatus: draft\n"
		   "reviewed: 2026-02-03\n\nbody\n", "missing key \"source\"");
	expect_err("title: x\ncategory: overdue\nsummary: s\nkeywords: k\nstatus: draft\n"
		   "reviewed: 2026-02-03\nsource: s\n\nbody\n\n", "exactly one newline");
	expect_err("title: x\ncategory: overdue\nsummary: s\nkeywords: k\nstatus: draft\n"
		   "reviewed: 2026-02-03\nsource: s\n\nbody", "exactly one newline");
	expect_err("title: x\ncategory: overdue\nsummary: s\nkeywords: k\nstatus: draft\n"
		   "reviewed: 2026-02-03\nsource: s\n\n", "body is missing");
	expect_err("title: x\ncategory: overdue\nsummary: s\nkeywords: k\nstatus: draft\n"
		   "reviewed: 2026-02-03\nsource: s\n\nbad \xff\n", "not valid UTF-8");
	expect_err("title: x\ncategory: overdue\nsummary: s\nkeywords: k\nstatus: draft\n"
		   "reviewed: 2026-02-03\nsource: s", "must end with a blank line");
}
END_TEST

START_TEST(test_category_featured)
{
	static const char ok[] = "title: t\nposition: 1\nfeatured: a, b-c, d\nsummary: s\n\nx\n";
	static const char bad[] = "title: t\nposition: 1\nfeatured: a,b\nsummary: s\n\nx\n";
	static const char badpos[] = "title: t\nposition: 01\nfeatured: a\nsummary: s\n\nx\n";
	struct arena a;
	struct content_doc doc;
	struct buf err;

	arena_init(&a);
	buf_init(&err);
	ck_assert_int_eq(content_parse(CONTENT_CATEGORY, ok, strlen(ok), &a, &doc, &err), 0);
	ck_assert_int_eq(content_parse(CONTENT_CATEGORY, bad, strlen(bad), &a, &doc, &err), -1);
	ck_assert_int_eq(content_parse(CONTENT_CATEGORY, badpos, strlen(badpos), &a, &doc, &err), -1);
	buf_free(&err);
	arena_free(&a);
}
END_TEST

/* round_trip: parse text as kind, format it again, and check the bytes
 * are the same. */
static void round_trip(enum content_kind kind, const char *text)
{
	struct arena a;
	struct content_doc doc;
	struct buf err, out;

	arena_init(&a);
	buf_init(&err);
	buf_init(&out);
	ck_assert_msg(content_parse(kind, text, strlen(text), &a, &doc, &err) == 0, "%s",
		      err.data ? err.data : "");
	content_format(&doc, &out);
	ck_assert_str_eq(out.data, text);
	buf_free(&err);
	buf_free(&out);
	arena_free(&a);
}

static const char term_with_aliases[] =
	"term: 诉讼时效\naliases: 时效, 诉讼时效期间\nposition: 1\nreviewed: 2026-11-23\n"
	"source: 《中华人民共和国民法典》第188条\nsource: 第195条\n\n三年。\n";
static const char term_plain[] =
	"term: 征信异议\nposition: 2\nreviewed: 2026-11-23\nsource: 《征信业管理条例》第25条\n\n"
	"对报告提出异议。见[诉讼时效](/glossary#limitation)。\n";

START_TEST(test_glossary_format)
{
	static const char *const bad[] = {
		/* aliases not separated by ", " */
		"term: t\naliases: a,b\nposition: 1\nreviewed: 2026-11-23\nsource: s\n\nx\n",
		/* an empty alias */
		"term: t\naliases: a, , b\nposition: 1\nreviewed: 2026-11-23\nsource: s\n\nx\n",
		/* no source */
		"term: t\nposition: 1\nreviewed: 2026-11-23\n\nx\n",
		/* aliases after position */
		"term: t\nposition: 1\naliases: a\nreviewed: 2026-11-23\nsource: s\n\nx\n",
	};
	struct arena a;
	struct content_doc doc;
	struct buf err;

	round_trip(CONTENT_GLOSSARY, term_with_aliases);
	round_trip(CONTENT_GLOSSARY, term_plain);
	round_trip(CONTENT_SITUATION, "title: 催收打给家人\nposition: 1\nchannels: lender, 12378\n\n先找机构。\n");
	arena_init(&a);
	buf_init(&err);
	ck_assert_int_eq(content_parse(CONTENT_GLOSSARY, term_plain, strlen(term_plain), &a,
				       &doc, &err), 0);
	ck_assert_ptr_null(content_get(&doc, "aliases"));
	for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		buf_reset(&err);
		ck_assert_msg(content_parse(CONTENT_GLOSSARY, bad[i], strlen(bad[i]), &a, &doc,
					    &err) == -1, "accepted bad file %zu", i);
		ck_assert_ptr_nonnull(err.data);
	}
	buf_free(&err);
	arena_free(&a);
}
END_TEST

struct names {
	char got[256];
};

/* collect_term: the slugs of the terms a loader returned, after those n
 * holds; passes rc through. */
static long collect_term(long rc, const struct store_terms *l, struct names *n)
{
	for (size_t i = 0; rc > 0 && i < l->n; i++) {
		size_t len = strlen(n->got);

		snprintf(n->got + len, sizeof(n->got) - len, "%s%s", len ? " " : "", l->v[i].slug);
	}
	return rc;
}

#define TERMS(call, n) \
	({ struct arena a_; struct store_terms l_; long r_; arena_init(&a_); \
	   r_ = collect_term(call, &l_, n); arena_free(&a_); r_; })

START_TEST(test_glossary_store)
{
	struct store_term t1 = { 0, "limitation", "诉讼时效", "时效, 诉讼时效期间", "2026-11-23",
				 "s", "三年。\n", NULL, 1 };
	struct store_term t2 = { 0, "credit-dispute", "征信异议", "", "2026-11-23", "s",
				 "异议。\n", NULL, 2 };
	struct store *s = fake_store(":memory:");
	struct names n;
	int changed;

	ck_assert_int_eq(store_glossary_put(s, &t1, &changed), 0);
	ck_assert_int_eq(changed, 1);
	ck_assert_int_eq(store_glossary_put(s, &t2, &changed), 0);
	ck_assert_int_eq(store_glossary_put(s, &t1, &changed), 0);
	ck_assert_int_eq(changed, 0);
	/* an alias in the text is enough; a term not used is not listed */
	memset(&n, 0, sizeof(n));
	ck_assert_int_eq(TERMS(store_glossary_in_text(s, &a_, "拖过三年时效就过了吗", &l_), &n), 1);
	ck_assert_str_eq(n.got, "limitation");
	memset(&n, 0, sizeof(n));
	ck_assert_int_eq(TERMS(store_glossary_in_text(s, &a_, "催收打给家人", &l_), &n), 0);
	/* search: a word inside a name finds the term, from the glossary's
	 * own index, with each phrase's counts in the term and its aliases */
	{
		struct arena a;
		struct store_search_terms st;

		arena_init(&a);
		ck_assert_int_eq(store_search_glossary(s, &a, "\"异议\" OR \"时效\"", &st), 2);
		ck_assert_str_eq(st.v[0].term.slug, "limitation");
		ck_assert_str_eq(st.v[1].term.slug, "credit-dispute");
		ck_assert_uint_eq(st.v[1].len, STORE_FTS_HIT_HEAD + 2 * STORE_FTS_COLUMNS);
		ck_assert_int_eq(st.v[1].counts[STORE_FTS_HIT_HEAD + 0], 1);   /* 异议 in the term */
		ck_assert_int_eq(st.v[0].counts[STORE_FTS_HIT_HEAD + 4 + 1], 2);   /* 时效 in the aliases */
		ck_assert_int_eq(store_search_glossary(s, &a, "\"%\"", &st), 0);
		arena_free(&a);
	}
	/* renaming drops the old alias */
	t1.aliases = "诉讼时效期间";
	ck_assert_int_eq(store_glossary_put(s, &t1, &changed), 0);
	ck_assert_int_eq(changed, 1);
	memset(&n, 0, sizeof(n));
	ck_assert_int_eq(TERMS(store_glossary_in_text(s, &a_, "时效过了", &l_), &n), 0);
	store_close(s);
}
END_TEST

/* same_tree: 1 when every file of kind folder sub in a is byte-identical
 * in b, and b has no others. */
static int read_all(const char *path, struct buf *out)
{
	FILE *f = fopen(path, "rb");
	char chunk[4096];
	size_t n;

	if (!f)
		return -1;
	while ((n = fread(chunk, 1, sizeof(chunk), f)) > 0)
		buf_append(out, chunk, n);
	fclose(f);
	return 0;
}

static int count_and_compare(const char *a, const char *b, const char *sub)
{
	char pa[4200], pb[4200];
	DIR *d;
	struct dirent *e;
	int n = 0;

	snprintf(pa, sizeof(pa), "%s/%s", a, sub);
	d = opendir(pa);
	if (!d)
		return 0;
	while ((e = readdir(d)) != NULL) {
		struct buf x, y;
		if (e->d_name[0] == '.')
			continue;
		snprintf(pa, sizeof(pa), "%s/%s/%s", a, sub, e->d_name);
		snprintf(pb, sizeof(pb), "%s/%s/%s", b, sub, e->d_name);
		buf_init(&x);
		buf_init(&y);
		ck_assert_int_eq(read_all(pa, &x), 0);
		ck_assert_msg(read_all(pb, &y) == 0, "export lacks %s", pb);
		ck_assert_msg(x.len == y.len && memcmp(x.data, y.data, x.len) == 0,
			      "%s differs after the round trip", pa);
		buf_free(&x);
		buf_free(&y);
		n++;
	}
	closedir(d);
	return n;
}

/* A wording file: named entries, each "### name" and its text; notes
 * before the first; the strict parser names the bad line. */
START_TEST(test_wording_format)
{
	static const char head[] =
		"title: t\ntool: /tools/x\nreviewed: 2026-12-04\nsource: 《中华人民共和国民法典》第203条\n\n";
	static const struct { const char *body; const char *why; } bad[] = {
		{ "### a b\ntext\n", "body line 1" },
		{ "### a\ntext\n### a\nmore\n", "given twice" },
		{ "### a\n\n### b\ntext\n", "has no text" },
		{ "### Upper\ntext\n", "body line 1" },
		{ "notes\n### last\n", "has no text" },
	};
	struct arena a;
	struct content_doc doc;
	struct wording_entry *v;
	struct wording w;
	struct buf err, text, out;
	size_t n;

	arena_init(&a);
	buf_init(&err);
	buf_init(&text);
	buf_init(&out);
	buf_puts(&text, head);
	buf_puts(&text, "notes for editors\n\n### a.one\nfirst {x} line\nsecond\n\n### b-two\n{y}\n");
	ck_assert_msg(content_parse(CONTENT_WORDING, text.data, text.len, &a, &doc, &err) == 0, "%s",
		      err.data ? err.data : "");
	ck_assert_int_eq(wording_parse(doc.body, &a, &v, &n, &err), 2);
	ck_assert_str_eq(v[0].name, "a.one");
	ck_assert_str_eq(v[0].text, "first {x} line\nsecond");
	ck_assert_str_eq(v[1].text, "{y}");
	content_format(&doc, &out);
	ck_assert_str_eq(out.data, text.data);
	w.slug = "x";
	w.v = v;
	w.n = n;
	{
		struct wording_var vars[] = { { "x", "<1>" } };
		struct wording_need needs[] = { { "a.one", "x" }, { "b-two", "" }, { "c", "" } };
		struct buf f, report;

		buf_init(&f);
		buf_init(&report);
		wording_fill(&w, "a.one", vars, 1, &f);
		ck_assert_str_eq(f.data, "first <1> line\nsecond");
		buf_reset(&f);
		wording_fill(&w, "b-two", vars, 1, &f);
		ck_assert_str_eq(f.data, "{y}");   /* a placeholder without a value shows */
		/* b-two uses {y}, which the tool does not fill; c is missing */
		ck_assert_int_eq(wording_check(&w, needs, 3, &report), 2);
		ck_assert_ptr_nonnull(strstr(report.data, "{y}"));
		ck_assert_ptr_nonnull(strstr(report.data, "no entry \"c\""));
		buf_free(&f);
		buf_free(&report);
	}
	for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		buf_reset(&text);
		buf_reset(&err);
		buf_puts(&text, head);
		buf_puts(&text, bad[i].body);
		ck_assert_msg(content_parse(CONTENT_WORDING, text.data, text.len, &a, &doc, &err) != 0,
			      "accepted %s", bad[i].body);
		ck_assert_msg(strstr(err.data, bad[i].why) != NULL, "%s: %s", bad[i].body, err.data);
	}
	buf_free(&err);
	buf_free(&text);
	buf_free(&out);
	arena_free(&a);
}
END_TEST

START_TEST(test_import_export_shipped)
{
	const char *content = fake_dir("content");
	char *dir = fake_tmpdir(), db[4200], out[4200];
	struct buf err, report;
	struct store *s;
	long revs;

	snprintf(db, sizeof(db), "%s/t.db", dir);
	snprintf(out, sizeof(out), "%s/export", dir);
	buf_init(&err);
	buf_init(&report);
	s = fake_store(db);
	ck_assert_msg(content_import(s, content, "import", &report, &err) == 0, "%s",
		      err.data ? err.data : "");
	revs = store_article_revisions(s, "overdue-collection-never-stops");
	/* idempotent: a second import changes nothing */
	buf_reset(&report);
	ck_assert_int_eq(content_import(s, content, "import", &report, &err), 0);
	ck_assert_msg(strstr(report.data, "articles:") && !strstr(report.data, "s, 1") &&
		      strstr(report.data, "categories: 4 files, 0 changed") &&
		      strstr(report.data, "law: ") && strstr(report.data, " files, 0 changed") &&
		      strstr(report.data, "synonyms: "),
		      "%s", report.data);
	ck_assert_int_eq(store_article_revisions(s, "overdue-collection-never-stops"), revs);
	/* export gives back the same bytes */
	ck_assert_int_eq(content_export(s, out, &report, &err), 0);
	ck_assert_int_eq(count_and_compare(content, out, "categories"), 4);
	ck_assert_int_eq(count_and_compare(out, content, "categories"), 4);
	count_and_compare(content, out, "articles");
	count_and_compare(out, content, "articles");
	ck_assert_int_ge(count_and_compare(content, out, "channels"), 10);
	count_and_compare(out, content, "channels");
	ck_assert_int_ge(count_and_compare(content, out, "glossary"), 10);
	count_and_compare(out, content, "glossary");
	ck_assert_int_ge(count_and_compare(content, out, "situations"), 5);
	count_and_compare(out, content, "situations");
	ck_assert_int_ge(count_and_compare(content, out, "articles"), 77);
	/* the law texts too, those without a body (scope none) included */
	ck_assert_int_ge(count_and_compare(content, out, "law"), 40);
	ck_assert_int_ge(count_and_compare(out, content, "law"), 40);
	/* the holidays and the tools' wording */
	ck_assert_int_ge(count_and_compare(content, out, "values"), 1);
	ck_assert_int_ge(count_and_compare(out, content, "values"), 1);
	ck_assert_int_ge(count_and_compare(content, out, "wording"), 2);
	ck_assert_int_ge(count_and_compare(out, content, "wording"), 2);
	/* and the synonym sets */
	ck_assert_int_ge(count_and_compare(content, out, "synonyms"), 10);
	ck_assert_int_ge(count_and_compare(out, content, "synonyms"), 10);
	store_close(s);
	buf_free(&err);
	buf_free(&report);
	fake_rmtree(dir);
	free(dir);
}
END_TEST

/* A synonym set is a document like the others: an editor's save is
 * parsed, kept as a revision and searched at once; a bad one is refused
 * with the line named. */
START_TEST(test_synonym_doc_save)
{
	struct store *s = fake_store(":memory:");
	struct store_synonym t = { 0, "family", "父母, 爸妈", "2026-12-04", "" };
	struct store_synonym_alts alts;
	struct arena a;
	struct buf err, text;
	long rev;
	int changed;

	buf_init(&err);
	buf_init(&text);
	ck_assert_int_eq(store_synonym_put(s, &t, &changed), 0);
	ck_assert_int_eq(content_doc_text(s, CONTENT_SYNONYM, "family", &text), 1);
	ck_assert_str_eq(text.data, "words: 父母, 爸妈\nreviewed: 2026-12-04\n");
	ck_assert_int_eq(content_doc_save(s, CONTENT_SYNONYM, "family",
		"words: 父母, 爸妈, 我妈\nreviewed: 2026-12-04\n\n读者说我妈。\n", "ed", "save", 0, &rev, &err),
		CONTENT_SAVE_OK);
	ck_assert_int_eq(rev, 2);
	arena_init(&a);
	ck_assert_int_eq(store_synonym_expand(s, &a, "[\"我妈\"]", &alts), 2);
	ck_assert_str_eq(alts.v[0].word, "父母");
	arena_free(&a);
	ck_assert_int_eq(content_doc_save(s, CONTENT_SYNONYM, "family",
		"words: 父母,爸妈\nreviewed: 2026-12-04\n", "ed", "save", 2, &rev, &err),
		CONTENT_SAVE_INVALID);
	ck_assert_msg(strstr(err.data, "line 1: words") != NULL, "%s", err.data);
	buf_free(&err);
	buf_free(&text);
	store_close(s);
}
END_TEST

START_TEST(test_import_is_atomic)
{
	char *dir = fake_tmpdir(), path[4300];
	struct buf err, report;
	struct store *s;
	FILE *f;

	mkdir(dir, 0755);
	snprintf(path, sizeof(path), "%s/categories", dir);
	mkdir(path, 0755);
	snprintf(path, sizeof(path), "%s/articles", dir);
	mkdir(path, 0755);
	snprintf(path, sizeof(path), "%s/categories/overdue.txt", dir);
	f = fopen(path, "w");
	fputs("title: t\nposition: 1\nfeatured: a\nsummary: s\n\nx\n", f);
	fclose(f);
	snprintf(path, sizeof(path), "%s/articles/a.md", dir);
	f = fopen(path, "w");
	fputs(good_article, f);
	fclose(f);
	snprintf(path, sizeof(path), "%s/articles/b.md", dir);
	f = fopen(path, "w");
	fputs("title: broken\n", f);
	fclose(f);

	buf_init(&err);
	buf_init(&report);
	s = fake_store(":memory:");
	ck_assert_int_eq(content_import(s, dir, "import", &report, &err), -1);
	ck_assert_msg(strstr(err.data, "articles/b.md") != NULL, "%s", err.data);
	/* nothing from the failed import is kept */
	ck_assert_int_eq(store_article_revisions(s, "a"), 0);
	store_close(s);
	buf_free(&err);
	buf_free(&report);
	fake_rmtree(dir);
	free(dir);
}
END_TEST

Suite *suite_content(void)
{
	Suite *s = suite_create("content");
	TCase *tc = tcase_create("format");

	tcase_set_timeout(tc, 30);
	tcase_add_test(tc, test_round_trip);
	tcase_add_test(tc, test_errors);
	tcase_add_test(tc, test_category_featured);
	tcase_add_test(tc, test_glossary_format);
	tcase_add_test(tc, test_glossary_store);
	tcase_add_test(tc, test_wording_format);
	tcase_add_test(tc, test_import_export_shipped);
	tcase_add_test(tc, test_import_is_atomic);
	tcase_add_test(tc, test_synonym_doc_save);
	suite_add_tcase(s, tc);
	return s;
}
