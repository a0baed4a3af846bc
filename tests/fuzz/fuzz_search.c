/* fuzz_search: the search-query builder (src/search.c), the ranking
 * (src/search_rank.c), the SQL it feeds (src/store_search.c) and the
 * index's tokenizer (src/store_fts.c), on what a reader may type.
 *
 * Input: the query (first line; only a query the field table accepts
 * for q reaches search, so others are dropped), then optionally a
 * newline and a Markdown text to cut a snippet from and to tokenize.
 *
 * The store is a real one in memory (schema, seed terms, a synonym set)
 * with a few articles. Properties: the search never fails in SQLite (no
 * FTS5 syntax error or bad JSON can come from the reader's text); every
 * article listed as holding all words holds every required word (or one
 * of its synonyms) by the tokenizer's own reckoning; the list is ranked
 * best first and no longer than the total; the terms survive the JSON
 * encoding exactly; the FTS5 expression is valid and finds a text made
 * of the terms; snippets are valid UTF-8 and mark only words of the
 * query; the normalised query has single spaces and no upper-case ASCII;
 * and the tokenizer's tokens are non-empty, short, in order, inside the
 * text, valid UTF-8 (of valid text), the same bytes as the text for CJK,
 * with no lone characters colocated in a query. */
#include <stdlib.h>
#include <string.h>

#include <sodium.h>

#include "fuzz_util.h"
#include "search.h"
#include "store_article.h"
#include "store_category.h"
#include "store_fts.h"
#include "store_related.h"
#include "store_synonym.h"

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

/* LLVMFuzzerInitialize: the store with three articles and a synonym set,
 * and the harness's own database with an FTS5 table of the same
 * tokenizer. */
int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	struct store_category c;
	struct store_synonym syn = { 0, "family", "父母, 爸妈, 我妈, 家人, 家里人", "2026-01-01", "" };
	struct buf err;
	int changed;

	(void)argc;
	(void)argv;
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
	if (store_category_put(fuzz_search_store, &c, &changed) != 0 ||
	    store_synonym_put(fuzz_search_store, &syn, &changed) != 0)
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
	    store_fts_register(fuzz_search_db) != 0 ||
	    sqlite3_exec(fuzz_search_db, "CREATE VIRTUAL TABLE ft USING fts5(title, summary, keywords,"
			 " body_md, tokenize='quanyi', prefix='1')", NULL, NULL, NULL) != SQLITE_OK)
		abort();
	fuzz_search_json = fuzz_search_prepare(
		"SELECT t.key, f.key, f.value, f.type FROM json_each(?1) t, json_each(t.value) f"
		" ORDER BY t.key, f.key");
	fuzz_search_put = fuzz_search_prepare("INSERT INTO ft(rowid, title) VALUES(1, ?1)");
	fuzz_search_match = fuzz_search_prepare("SELECT count(*) FROM ft WHERE ft MATCH ?1");
	return 0;
}

/* Tokens of one text, for the reference checks. */
struct fuzz_search_toks {
	const char *text;
	int len, query, n, pos[256], colocated;
	char tok[256][STORE_FTS_MAX_WORD + 1];
	int last_end, last_start;
};

/* fuzz_search_tok: one token: check it, and keep it with its position. */
static int fuzz_search_tok(void *ctx, int colocated, const char *token, int len, int start,
			   int end)
{
	struct fuzz_search_toks *t = ctx;
	int pos = t->n ? t->pos[t->n - 1] + !colocated : 0;

	FUZZ_CHECK(len > 0 && len <= STORE_FTS_MAX_WORD, "a token is not empty and not long");
	FUZZ_CHECK(start >= 0 && start < end && end <= t->len, "a token comes from inside the text");
	FUZZ_CHECK(start >= t->last_start, "tokens come in order");
	FUZZ_CHECK(!colocated || (t->n > 0 && !t->query), "only a document's lone last characters"
		   " share a place, after a pair");
	if (fuzz_util_utf8_ok(t->text, (size_t)t->len))
		FUZZ_CHECK(fuzz_util_utf8_ok(token, (size_t)len), "tokens of valid text are valid UTF-8");
	if ((unsigned char)token[0] >= 0xe3 && fuzz_util_utf8_ok(token, (size_t)len))
		FUZZ_CHECK(end - start == len && memcmp(t->text + start, token, (size_t)len) == 0,
			   "a CJK token is the text's own bytes");
	t->last_start = start;
	if (t->n < 256) {
		memcpy(t->tok[t->n], token, (size_t)len);
		t->tok[t->n][len] = '\0';
		t->pos[t->n++] = pos;
	}
	return 0;
}

/* fuzz_search_tokens: the tokens of text in *t (at most 256), checked. */
static void fuzz_search_tokens(const char *text, int query, struct fuzz_search_toks *t)
{
	memset(t, 0, sizeof(*t));
	t->text = text;
	t->len = (int)strlen(text);
	t->query = query;
	FUZZ_CHECK(store_fts_tokens(text, t->len, query, fuzz_search_tok, t) == 0,
		   "the tokenizer does not stop by itself");
}

/* fuzz_search_phrase: whether the tokens of word w follow each other in
 * doc, the last one as a prefix (what "w"* finds; "w" finds less). */
static int fuzz_search_phrase(const struct fuzz_search_toks *doc, const char *w)
{
	static struct fuzz_search_toks q;

	fuzz_search_tokens(w, 1, &q);
	if (q.n == 0 || q.n >= 256 || doc->n >= 256)
		return 0;
	for (int s = 0; s < doc->n; s++) {
		int at = s, ok = 1;

		for (int i = 0; i < q.n && ok; i++) {
			int want = doc->pos[s] + i, hit = 0;

			for (int k = at; k < doc->n && doc->pos[k] <= want && !hit; k++)
				hit = doc->pos[k] == want &&
				      (i + 1 < q.n ? strcmp(doc->tok[k], q.tok[i]) == 0
						   : strncmp(doc->tok[k], q.tok[i], strlen(q.tok[i])) == 0);
			ok = hit;
		}
		if (ok)
			return 1;
	}
	return 0;
}

/* fuzz_search_holds: whether text holds word w as the index would find
 * it (by the tokens of each). */
static int fuzz_search_holds(const char *text, const char *w)
{
	static struct fuzz_search_toks doc;

	fuzz_search_tokens(text, 0, &doc);
	return fuzz_search_phrase(&doc, w);
}

/* fuzz_search_word_of: whether the piece (len bytes) is a word of sq. */
static int fuzz_search_word_of(const struct search_query *sq, const char *text, size_t len)
{
	for (int k = 0; k < sq->nterms; k++)
		for (int j = -1; j < sq->nalts[k]; j++) {
			const char *w = j < 0 ? sq->terms[k] : sq->alts[k][j];

			if (strlen(w) == len && memcmp(w, text, len) == 0)
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
		if (segs[i].hit)
			FUZZ_CHECK(fuzz_search_word_of(sq, segs[i].text, segs[i].len),
				   "only words of the query are marked");
		buf_append(&all, segs[i].text, segs[i].len);
	}
	FUZZ_CHECK(fuzz_util_utf8_ok(all.data ? all.data : "", all.len),
		   "a snippet is cut on character boundaries");
	buf_free(&all);
}

/* fuzz_search_row: an article listed: when the results are not partial,
 * it holds every required word (or a synonym), as the index would find
 * it; its snippet is sound. */
static void fuzz_search_row(const struct search_result *res, const struct store_article *art,
			    struct arena *a)
{
	const struct search_query *sq = &res->sq;

	for (int i = 0; i < sq->nterms && !res->partial && !sq->question; i++) {
		int found = 0;

		if (sq->optional & (1u << i))
			continue;
		for (int j = -1; j < sq->nalts[i] && !found; j++) {
			const char *w = j < 0 ? sq->terms[i] : sq->alts[i][j];

			found = fuzz_search_holds(art->title, w) || fuzz_search_holds(art->summary, w) ||
				fuzz_search_holds(art->keywords, w) || fuzz_search_holds(art->body_md, w);
		}
		FUZZ_CHECK(found, "an article listed for all words holds every word");
	}
	fuzz_search_check_snippet(art->body_md, sq, a);
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

		FUZZ_CHECK(t >= 0 && t < sq->nterms && f >= 0 && f <= sq->nalts[t],
			   "the JSON has one group per term, with its synonyms");
		FUZZ_CHECK(type && strcmp(type, "text") == 0 && v &&
			   strcmp(v, f == 0 ? sq->terms[t] : sq->alts[t][f - 1]) == 0,
			   "a word comes back out of the JSON unchanged");
		rows++;
	}
	FUZZ_CHECK(sqlite3_reset(fuzz_search_json) == SQLITE_OK, "the JSON of the terms is valid");
	for (int i = 0; i < sq->nterms; i++)
		rows -= 1 + sq->nalts[i];
	FUZZ_CHECK(rows == 0, "every word is in the JSON");
	buf_free(&json);
}

/* fuzz_search_check_fts: the FTS5 expression is valid, and finds a row
 * holding every word. */
static void fuzz_search_check_fts(const struct search_query *sq)
{
	struct buf match, text;
	int words = 0;

	buf_init(&text);
	for (int i = 0; i < sq->nterms; i++)
		for (int j = -1; j < sq->nalts[i]; j++) {
			buf_puts(&text, j < 0 ? sq->terms[i] : sq->alts[i][j]);
			buf_puts(&text, " | ");
			words++;
		}
	sqlite3_exec(fuzz_search_db, "DELETE FROM ft", NULL, NULL, NULL);
	if (sq->nterms) {
		sqlite3_bind_text(fuzz_search_put, 1, text.data, (int)text.len, SQLITE_STATIC);
		FUZZ_CHECK(sqlite3_step(fuzz_search_put) == SQLITE_DONE, "the row is stored");
		sqlite3_reset(fuzz_search_put);
	}
	{
		int rc;

		buf_init(&match);
		rc = search_fts_match(sq, &match);
		FUZZ_CHECK(rc == (sq->nterms ? words : -1), "an expression of every word, when there are words");
		if (rc > 0) {
			sqlite3_bind_text(fuzz_search_match, 1, match.data, (int)match.len, SQLITE_STATIC);
			FUZZ_CHECK(sqlite3_step(fuzz_search_match) == SQLITE_ROW,
				   "the FTS5 expression is valid");
			FUZZ_CHECK(sqlite3_column_int(fuzz_search_match, 0) == 1,
				   "the FTS5 expression finds the words");
			sqlite3_reset(fuzz_search_match);
		}
		buf_free(&match);
	}
	buf_free(&text);
}

/* fuzz_search_check_normal: the normalised query is tidy. */
static void fuzz_search_check_normal(const char *q, struct arena *a)
{
	const char *n = search_parse_normalize(q, a);
	size_t len = strlen(n);

	FUZZ_CHECK(len == 0 || (n[0] != ' ' && n[len - 1] != ' '), "no space at either end");
	FUZZ_CHECK(!strstr(n, "  "), "single spaces");
	for (size_t i = 0; i < len; i++)
		FUZZ_CHECK(!(n[i] >= 'A' && n[i] <= 'Z'), "no upper-case ASCII");
	FUZZ_CHECK(fuzz_util_utf8_ok(n, len), "the normalised query is valid UTF-8");
	FUZZ_CHECK((long)search_parse_chars(n) == fuzz_util_utf8_decode((const unsigned char *)n, len, NULL, 0),
		   "search_parse_chars counts characters");
}

/* fuzz_search_check_rank: the ranking is best first, the page is its
 * head, the weights are positive. */
static void fuzz_search_check_rank(const struct search_result *res)
{
	FUZZ_CHECK(res->total == (long)res->rank.n && (size_t)res->total >= res->articles.n,
		   "the page is part of the ranking");
	for (size_t i = 1; i < res->rank.n; i++)
		FUZZ_CHECK(res->rank.v[i - 1].score >= res->rank.v[i].score, "best first");
	for (size_t i = 0; i < res->articles.n; i++)
		FUZZ_CHECK(res->articles.v[i].id == res->rank.v[i].id, "the page in the ranking's order");
	for (int g = 0; g < res->sq.nterms; g++)
		FUZZ_CHECK(res->rank.n == 0 || res->rank.weight[g] > 0, "every group weighs something");
}

/* LLVMFuzzerTestOneInput: one search, and the checks on its parts. */
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	size_t e = fuzz_util_split(data, size, 0);
	char *q = fuzz_util_strndup(data, e), *md = NULL;
	struct search_result res;
	struct fuzz_search_toks toks;
	struct arena a;
	long n;

	fuzz_search_tokens(q, 0, &toks);
	fuzz_search_tokens(q, 1, &toks);
	if (field_validate(field_def(F_Q), q, e, NULL) != FE_OK) {
		free(q);
		return -1;
	}
	arena_init(&a);
	fuzz_search_check_normal(q, &a);
	n = search_run(fuzz_search_store, q, &a, 1, 10, &res);
	FUZZ_CHECK(n >= 0, "the search never fails in SQLite");
	FUZZ_CHECK(n == (long)res.articles.n, "the rows and the page agree");
	FUZZ_CHECK(res.sq.nterms >= 0 && res.sq.nterms <= SEARCH_MAX_TERMS, "at most the terms there is room for");
	for (int i = 0; i < res.sq.nterms; i++)
		FUZZ_CHECK(*res.sq.terms[i] && !strchr(res.sq.terms[i], ' ') &&
			   fuzz_util_utf8_ok(res.sq.terms[i], strlen(res.sq.terms[i])),
			   "a term is a non-empty word of valid UTF-8");
	fuzz_search_check_rank(&res);
	for (size_t i = 0; i < res.articles.n; i++)
		fuzz_search_row(&res, &res.articles.v[i], &a);
	fuzz_search_check_json(&res.sq);
	fuzz_search_check_fts(&res.sq);
	if (e < size) {
		md = fuzz_util_strndup(data + e + 1, size - e - 1);
		fuzz_search_tokens(md, 0, &toks);
		if (fuzz_util_text_err(md, size - e - 1, 1, NULL) == FE_OK)
			fuzz_search_check_snippet(md, &res.sq, &a);
	}
	arena_free(&a);
	free(q);
	free(md);
	return 0;
}
