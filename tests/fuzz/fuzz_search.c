/* fuzz_search: the search-query builder (src/search.c) and the SQL it
 * feeds (src/store_search.c), on what a reader may type.
 *
 * Input: the query (first line; only a query the field table accepts
 * for q reaches search, so others are dropped), then optionally a
 * newline and a Markdown text to cut a snippet from.
 *
 * The store is a real one in memory (schema, seed terms) with a few
 * articles. Properties: the search never fails in SQLite (no FTS5 syntax
 * error or bad JSON can come from the reader's text); every article
 * found for all words contains every word (or its other form); the
 * terms survive the JSON encoding exactly; the FTS5 expression finds a
 * text made of the terms; snippets are valid UTF-8 and mark only terms;
 * the normalised query has single spaces and no upper-case ASCII. */
#include <stdlib.h>
#include <string.h>

#include <sodium.h>

#include "fuzz_util.h"
#include "search.h"
#include "store_article.h"
#include "store_category.h"
#include "store_related.h"

static struct store *fuzz_search_store;
static sqlite3 *fuzz_search_db;        /* the harness's own checks */
static sqlite3_stmt *fuzz_search_json; /* the terms back out of the JSON */
static sqlite3_stmt *fuzz_search_put;  /* one row of text for FTS5 */
static sqlite3_stmt *fuzz_search_match;

/* fuzz_search_article: one article of the test store. */
static void fuzz_search_article(const char *slug, const char *title, const char *kw,
				const char *md)
{
	struct store_article a;
	int changed;

	memset(&a, 0, sizeof(a));
	a.slug = slug;
	a.category = "overdue";
	a.title = title;
	a.summary = "一句话的回答，说清楚结论。";
	a.keywords = kw;
	a.status = "published";
	a.reviewed = "2026-01-01";
	a.sources = "《中华人民共和国民法典》第188条";
	a.body_md = md;
	if (store_article_put(fuzz_search_store, &a, "fuzz", &changed) != 0)
		abort();
}

/* fuzz_search_prepare: a statement on the harness database, or abort. */
static sqlite3_stmt *fuzz_search_prepare(const char *sql)
{
	sqlite3_stmt *st;

	if (sqlite3_prepare_v2(fuzz_search_db, sql, -1, &st, NULL) != SQLITE_OK)
		abort();
	return st;
}

/* LLVMFuzzerInitialize: the store with three articles, and the
 * harness's own database with an FTS5 trigram table. */
int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	struct store_category c;
	struct buf err;
	int changed;

	if (sodium_init() < 0)
		abort();
	buf_init(&err);
	fuzz_search_store = store_open(":memory:", STORE_CREATE | STORE_MIGRATE, &err);
	if (!fuzz_search_store)
		abort();
	buf_free(&err);
	memset(&c, 0, sizeof(c));
	c.slug = "overdue";
	c.title = "逾期还款";
	c.featured = "";
	c.summary = "逾期以后会怎样。";
	c.body_md = "逾期以后会怎样。\n";
	c.position = 1;
	if (store_category_put(fuzz_search_store, &c, &changed) != 0)
		abort();
	fuzz_search_article("collector-calls-family", "催收打电话给家人合法吗？",
			    "催收, 紧急联系人, 爆通讯录, 家人",
			    "催收人员**不得**向你的家人、同事透露欠款。\n\n"
			    "- 《个人信息保护法》第13条\n- 拨打 12378 投诉\n\n"
			    "[银保监会](https://www.cbirc.gov.cn/) 的规定 ABC_def。\n");
	fuzz_search_article("limitation-period-three-years", "欠款三年没还，还能起诉我吗？",
			    "诉讼时效, 三年, 逾期, 白条",
			    "## 诉讼时效\n\n民法典规定诉讼时效为三年，催收会让时效重新计算。\n"
			    "征信记录保留5年。White Bar 逾期 overdue.\n");
	fuzz_search_article("credit-report-dispute", "征信报告有错怎么办？",
			    "征信, 异议, 人民银行",
			    "向人民银行征信中心提出异议，20天内答复。`代码` > 引用 \"quoted\" '单引号'\n");
	if (sqlite3_open(":memory:", &fuzz_search_db) != SQLITE_OK ||
	    sqlite3_exec(fuzz_search_db, "CREATE VIRTUAL TABLE ft USING fts5(t, tokenize='trigram')",
			 NULL, NULL, NULL) != SQLITE_OK)
		abort();
	fuzz_search_json = fuzz_search_prepare(
		"SELECT t.key, f.key, f.value, f.type FROM json_each(?1) t, json_each(t.value) f"
		" ORDER BY t.key, f.key");
	fuzz_search_put = fuzz_search_prepare("INSERT INTO ft(rowid, t) VALUES(1, ?1)");
	fuzz_search_match = fuzz_search_prepare("SELECT count(*) FROM ft WHERE ft MATCH ?1");
	return 0;
}

/* fuzz_search_has: hay contains needle, ignoring ASCII case (as LIKE
 * does). */
static int fuzz_search_has(const char *hay, const char *needle)
{
	size_t hl = strlen(hay), nl = strlen(needle);

	for (size_t i = 0; i + nl <= hl; i++) {
		size_t k = 0;
		while (k < nl) {
			char a = hay[i + k], b = needle[k];
			if (a >= 'A' && a <= 'Z')
				a = (char)(a - 'A' + 'a');
			if (b >= 'A' && b <= 'Z')
				b = (char)(b - 'A' + 'a');
			if (a != b)
				break;
			k++;
		}
		if (k == nl)
			return 1;
	}
	return 0;
}

/* fuzz_search_check_snippet: the pieces cut from md for sq. */
static void fuzz_search_check_snippet(const char *md, const struct search_query *sq,
				      struct arena *a)
{
	struct search_seg segs[SEARCH_MAX_SEGS];
	struct buf all;
	int n = search_snippet(md, sq, a, segs, SEARCH_MAX_SEGS);

	FUZZ_CHECK(n >= 0 && n <= SEARCH_MAX_SEGS, "a snippet fits its pieces");
	buf_init(&all);
	for (int i = 0; i < n; i++) {
		FUZZ_CHECK(segs[i].len > 0, "no empty piece");
		if (segs[i].hit) {
			int term = 0;
			for (int k = 0; k < sq->nterms; k++) {
				const char *w[2] = { sq->terms[k], sq->alt[k] };
				for (int j = 0; j < 2; j++)
					if (w[j] && strlen(w[j]) == segs[i].len &&
					    memcmp(w[j], segs[i].text, segs[i].len) == 0)
						term = 1;
			}
			FUZZ_CHECK(term, "only terms are marked");
		}
		buf_append(&all, segs[i].text, segs[i].len);
	}
	FUZZ_CHECK(fuzz_util_utf8_ok(all.data ? all.data : "", all.len),
		   "a snippet is cut on character boundaries");
	buf_free(&all);
}

/* What a search callback needs. */
struct fuzz_search_ctx {
	struct search_result *res;
	struct arena *a;
	int rows;
};

/* fuzz_search_row: each article found: it has every term (unless the
 * results are partial), and its snippet is sound. */
static void fuzz_search_row(struct fuzz_search_ctx *c, const struct store_article *art)
{
	const struct search_query *sq = &c->res->sq;

	c->rows++;
	for (int i = 0; i < sq->nterms && !c->res->partial; i++) {
		int found = 0;
		const char *w[2] = { sq->terms[i], sq->alt[i] };
		for (int j = 0; j < 2; j++)
			if (w[j] && (fuzz_search_has(art->title, w[j]) || fuzz_search_has(art->summary, w[j]) ||
				     fuzz_search_has(art->keywords, w[j]) || fuzz_search_has(art->body_md, w[j])))
				found = 1;
		FUZZ_CHECK(found, "an article found for all words contains every word");
	}
	fuzz_search_check_snippet(art->body_md, sq, c->a);
}

/* fuzz_search_check_json: the JSON of the terms gives them back. */
static void fuzz_search_check_json(const struct search_query *sq)
{
	struct buf json;
	int rows = 0;

	buf_init(&json);
	search_terms_json(sq, &json);
	sqlite3_bind_text(fuzz_search_json, 1, json.data, (int)json.len, SQLITE_STATIC);
	while (sqlite3_step(fuzz_search_json) == SQLITE_ROW) {
		int t = sqlite3_column_int(fuzz_search_json, 0);
		int f = sqlite3_column_int(fuzz_search_json, 1);
		const char *v = (const char *)sqlite3_column_text(fuzz_search_json, 2);
		const char *type = (const char *)sqlite3_column_text(fuzz_search_json, 3);

		FUZZ_CHECK(t >= 0 && t < sq->nterms && (f == 0 || (f == 1 && sq->alt[t])),
			   "the JSON has one group per term, with its other form");
		FUZZ_CHECK(type && strcmp(type, "text") == 0 && v &&
			   strcmp(v, f == 0 ? sq->terms[t] : sq->alt[t]) == 0,
			   "a term comes back out of the JSON unchanged");
		rows++;
	}
	FUZZ_CHECK(sqlite3_reset(fuzz_search_json) == SQLITE_OK, "the JSON of the terms is valid");
	for (int i = 0; i < sq->nterms; i++)
		rows -= 1 + (sq->alt[i] != NULL);
	FUZZ_CHECK(rows == 0, "every term is in the JSON");
	buf_free(&json);
}

/* fuzz_search_check_fts: the FTS5 expression is valid and finds a row
 * holding every term. */
static void fuzz_search_check_fts(const struct search_query *sq)
{
	struct buf match, text;
	int rc;

	buf_init(&match);
	buf_init(&text);
	rc = search_fts_match(sq, &match);
	FUZZ_CHECK((rc == 0) == (sq->all_long != 0), "an FTS5 expression exactly when every term is long");
	if (rc == 0) {
		for (int i = 0; i < sq->nterms; i++) {
			buf_puts(&text, sq->terms[i]);
			buf_puts(&text, " | ");
		}
		sqlite3_exec(fuzz_search_db, "DELETE FROM ft", NULL, NULL, NULL);
		sqlite3_bind_text(fuzz_search_put, 1, text.data, (int)text.len, SQLITE_STATIC);
		FUZZ_CHECK(sqlite3_step(fuzz_search_put) == SQLITE_DONE, "the row is stored");
		sqlite3_reset(fuzz_search_put);
		sqlite3_bind_text(fuzz_search_match, 1, match.data, (int)match.len, SQLITE_STATIC);
		FUZZ_CHECK(sqlite3_step(fuzz_search_match) == SQLITE_ROW,
			   "the FTS5 expression is valid");
		FUZZ_CHECK(sqlite3_column_int(fuzz_search_match, 0) == 1,
			   "the FTS5 expression finds the terms");
		sqlite3_reset(fuzz_search_match);
	}
	buf_free(&match);
	buf_free(&text);
}

/* fuzz_search_check_normal: the normalised query is tidy. */
static void fuzz_search_check_normal(const char *q, struct arena *a)
{
	const char *n = search_normalize(q, a);
	size_t len = strlen(n);

	FUZZ_CHECK(len == 0 || (n[0] != ' ' && n[len - 1] != ' '), "no space at either end");
	FUZZ_CHECK(!strstr(n, "  "), "single spaces");
	for (size_t i = 0; i < len; i++)
		FUZZ_CHECK(!(n[i] >= 'A' && n[i] <= 'Z'), "no upper-case ASCII");
	FUZZ_CHECK(fuzz_util_utf8_ok(n, len), "the normalised query is valid UTF-8");
	FUZZ_CHECK((long)search_chars(n) == fuzz_util_utf8_decode((const unsigned char *)n, len, NULL, 0),
		   "search_chars counts characters");
}

/* LLVMFuzzerTestOneInput: one search, and the checks on its parts. */
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	size_t e = fuzz_util_split(data, size, 0);
	char *q = fuzz_util_strndup(data, e), *md = NULL;
	struct search_result res;
	struct fuzz_search_ctx ctx;
	struct arena a;
	long n;

	if (field_validate(field_def(F_Q), q, e, NULL) != FE_OK) {
		free(q);
		return -1;
	}
	arena_init(&a);
	fuzz_search_check_normal(q, &a);
	memset(&ctx, 0, sizeof(ctx));
	ctx.res = &res;
	ctx.a = &a;
	n = search_run(fuzz_search_store, q, &a, 1, 10, &res);
	FUZZ_CHECK(n >= 0, "the search never fails in SQLite");
	for (size_t i = 0; n > 0 && i < res.articles.n; i++)
		fuzz_search_row(&ctx, &res.articles.v[i]);
	FUZZ_CHECK(n == ctx.rows && res.total >= n, "the rows and the total agree");
	FUZZ_CHECK(res.sq.nterms >= 0 && res.sq.nterms <= SEARCH_MAX_TERMS, "at most the terms there is room for");
	for (int i = 0; i < res.sq.nterms; i++)
		FUZZ_CHECK(*res.sq.terms[i] && !strchr(res.sq.terms[i], ' ') &&
			   fuzz_util_utf8_ok(res.sq.terms[i], strlen(res.sq.terms[i])),
			   "a term is a non-empty word of valid UTF-8");
	fuzz_search_check_json(&res.sq);
	fuzz_search_check_fts(&res.sq);
	if (e < size) {
		md = fuzz_util_strndup(data + e + 1, size - e - 1);
		if (fuzz_util_text_err(md, size - e - 1, 1, NULL) == FE_OK)
			fuzz_search_check_snippet(md, &res.sq, &a);
	}
	arena_free(&a);
	free(q);
	free(md);
	return 0;
}
