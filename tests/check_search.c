/* Unit tests: query terms (known words, compounds, typos, pieces),
 * synonym expansion, FTS5 quoting, ranking, snippets, and the whole
 * search on a small store with synonym sets. */
#include <stdio.h>
#include <string.h>

#include "check_fake.h"
#include "check_suites.h"
#include "content.h"
#include "search.h"
#include "store_fts.h"
#include "store_synonym.h"

/* A fixed list of known terms, longest first, in place of the store. */
static const char *const known_terms[] = {
	"紧急联系人", "诉讼时效", "催收投诉", "白条", "逾期", "三年", "催收", "投诉", "爸妈",
	"征信", "征信有错", "罚息", "12378", NULL
};

static long known(void *ctx, struct arena *a, const char *chunk, const char ***out, size_t *n)
{
	const char **v = arena_alloc(a, sizeof(known_terms));

	(void)ctx;
	*n = 0;
	for (const char *const *t = known_terms; *t; t++)
		if (strstr(chunk, *t))
			v[(*n)++] = *t;
	*out = v;
	return (long)*n;
}

/* Words some article holds: the known terms and a few others. */
static int found(void *ctx, const char *word)
{
	static const char *const more[] = { "减免违约金", "天天打", NULL };

	(void)ctx;
	for (const char *const *t = known_terms; *t; t++)
		if (strcmp(*t, word) == 0)
			return 1;
	for (const char *const *t = more; *t; t++)
		if (strcmp(*t, word) == 0)
			return 1;
	return 0;
}

/* The known terms that start with the character first. */
static long similar(void *ctx, struct arena *a, const char *first, const char ***out, size_t *n)
{
	const char **v = arena_alloc(a, sizeof(known_terms));

	(void)ctx;
	*n = 0;
	for (const char *const *t = known_terms; *t; t++)
		if (strncmp(*t, first, strlen(first)) == 0)
			v[(*n)++] = *t;
	*out = v;
	return (long)*n;
}

static const struct search_lexicon lexicon = { NULL, known, found, similar };

static int parse(const char *q, struct arena *a, struct search_query *sq)
{
	return search_parse(q, a, &lexicon, sq);
}

START_TEST(test_normalize)
{
	struct arena a;

	arena_init(&a);
	ck_assert_str_eq(search_parse_normalize("  催收\xe3\x80\x80征信？ ", &a), "催收 征信");
	ck_assert_str_eq(search_parse_normalize("ABC,def", &a), "abc def");
	ck_assert_str_eq(search_parse_normalize("\"x\" OR y*", &a), "x or y");
	ck_assert_str_eq(search_parse_normalize("。。。", &a), "");
	arena_free(&a);
}
END_TEST

START_TEST(test_terms)
{
	struct arena a;
	struct search_query sq;

	arena_init(&a);
	/* a natural question is split on known terms; what is left between
	 * them, and no article holds, gives its pairs of characters, optional */
	ck_assert_int_eq(parse("催收打电话给我爸妈怎么办", &a, &sq), 5);
	ck_assert_str_eq(sq.terms[0], "催收");
	ck_assert_str_eq(sq.terms[1], "爸妈");
	ck_assert_str_eq(sq.terms[3], "电话");
	ck_assert_uint_eq(sq.optional, 0x1c);
	ck_assert_int_eq(sq.nalts[1], 0);
	ck_assert_int_eq(sq.question, 0);
	/* longest known term wins over the terms inside it */
	ck_assert_int_eq(parse("白条逾期三年", &a, &sq), 3);
	ck_assert_int_eq(parse("诉讼时效", &a, &sq), 1);
	ck_assert_str_eq(sq.terms[0], "诉讼时效");
	/* a keyword made of known words is searched as those words */
	ck_assert_int_eq(parse("微粒贷催收投诉", &a, &sq), 4);
	ck_assert_str_eq(sq.terms[0], "催收");
	ck_assert_str_eq(sq.terms[1], "投诉");
	ck_assert_uint_eq(sq.optional, 0xc);
	/* words separated by spaces */
	ck_assert_int_eq(parse("征信 罚息", &a, &sq), 2);
	ck_assert_str_eq(sq.terms[1], "罚息");
	/* no known term: pieces between function words, required */
	ck_assert_int_eq(parse("能不能减免违约金吗", &a, &sq), 1);
	ck_assert_str_eq(sq.terms[0], "减免违约金");
	ck_assert_uint_eq(sq.optional, 0);
	/* beside known terms, a piece some article holds is optional, and one
	 * none holds gives only its pairs of characters, optional */
	ck_assert_int_eq(parse("催收天天打", &a, &sq), 2);
	ck_assert_str_eq(sq.terms[1], "天天打");
	ck_assert_uint_eq(sq.optional, 2);
	ck_assert_int_eq(parse("催收火星飞船", &a, &sq), 4);
	ck_assert_str_eq(sq.terms[1], "火星");
	ck_assert_str_eq(sq.terms[3], "飞船");
	ck_assert_uint_eq(sq.optional, 0xe);
	/* one character is a term too; numbers */
	ck_assert_int_eq(parse("催", &a, &sq), 1);
	ck_assert_int_eq(parse("12378", &a, &sq), 1);
	ck_assert_int_eq(parse("   ", &a, &sq), 0);
	/* symbols the index does not keep are no term */
	ck_assert_int_eq(parse("\xe2\x98\x85 催收", &a, &sq), 1);
	/* duplicates collapse, at most SEARCH_MAX_TERMS */
	ck_assert_int_eq(parse("催收 催收 催收", &a, &sq), 1);
	ck_assert_int_eq(parse("aa bb cc dd ee ff gg hh ii jj", &a, &sq), SEARCH_MAX_TERMS);
	/* 15 characters or more: a whole question */
	ck_assert_int_eq(parse("催收天天打电话给我爸妈说要上门，这样合法吗", &a, &sq) > 0, 1);
	ck_assert_int_eq(sq.question, 1);
	arena_free(&a);
}
END_TEST

/* Typed with one character wrong: the known word is searched for, unless
 * the wrong character is a function word or the word stands in a longer
 * question with two characters only. */
START_TEST(test_typos)
{
	struct arena a;
	struct search_query sq;

	arena_init(&a);
	ck_assert_int_eq(parse("诉讼时笑过了", &a, &sq), 1);
	ck_assert_str_eq(sq.terms[0], "诉讼时效");
	ck_assert_int_eq(parse("征心有错怎么改", &a, &sq), 1);
	ck_assert_str_eq(sq.terms[0], "征信有错");
	ck_assert_int_eq(parse("罚习", &a, &sq), 1);
	ck_assert_str_eq(sq.terms[0], "罚息");
	/* 征了 is not 征信 (了 is a function word) */
	ck_assert_int_eq(parse("征了", &a, &sq), 1);
	ck_assert_str_eq(sq.terms[0], "征了");
	/* inside a question, two characters are not corrected */
	ck_assert_int_eq(parse("催收罚习", &a, &sq), 1);
	ck_assert_str_eq(sq.terms[0], "催收");
	arena_free(&a);
}
END_TEST

/* A known word far into a long chunk (the field allows 100 characters,
 * 300 bytes of Chinese) is found, and taking it writes only inside the
 * chunk's own map (fuzz_search found a query that wrote past a fixed
 * 256-byte map and crashed the worker). */
START_TEST(test_terms_long_chunk)
{
	struct arena a;
	struct search_query sq;
	char q[512] = "";

	arena_init(&a);
	for (int i = 0; i < 90; i++)
		strcat(q, "啊");
	strcat(q, "催收");
	ck_assert_int_ge(parse(q, &a, &sq), 1);
	ck_assert_str_eq(sq.terms[0], "催收");
	q[0] = '\0';
	for (int i = 0; i < 40; i++)
		strcat(q, "催收");
	strcat(q, "征信逾期");
	ck_assert_int_eq(parse(q, &a, &sq), 3);
	ck_assert_str_eq(sq.terms[0], "逾期");
	arena_free(&a);
}
END_TEST

/* A stand-in for the synonym sets: 爸妈 is in {父母, 爸妈, 家人}. */
static long expand(void *ctx, struct arena *a, const char *json, struct store_synonym_alts *out)
{
	(void)ctx;
	out->v = arena_alloc(a, 2 * sizeof(*out->v));
	out->n = 0;
	if (strcmp(json, "[\"催收\",\"爸妈\"]") == 0) {
		out->v[out->n++] = (struct store_synonym_alt){ 1, "父母" };
		out->v[out->n++] = (struct store_synonym_alt){ 1, "催收" };   /* already a term */
	}
	return (long)out->n;
}

START_TEST(test_expand_and_quote)
{
	struct arena a;
	struct search_query sq;
	struct buf b;

	arena_init(&a);
	buf_init(&b);
	ck_assert_int_eq(parse("催收打给我爸妈", &a, &sq), 2);
	ck_assert_int_eq(search_expand(&sq, &a, expand, NULL), 0);
	ck_assert_int_eq(sq.nalts[0], 0);
	ck_assert_int_eq(sq.nalts[1], 1);
	ck_assert_str_eq(sq.alts[1][0], "父母");
	search_terms_json(&sq, &b);
	ck_assert_str_eq(b.data, "[[\"催收\"],[\"爸妈\",\"父母\"]]");
	buf_reset(&b);
	ck_assert_int_eq(search_fts_match(&sq, &b), 3);
	ck_assert_str_eq(b.data, "\"催收\" OR \"爸妈\" OR \"父母\"");
	/* quotes doubled; a word ending in one CJK character alone is a prefix */
	memset(&sq, 0, sizeof(sq));
	sq.terms[0] = "a\"b OR c*";
	sq.terms[1] = "催";
	sq.terms[2] = "x催";
	sq.nterms = 3;
	buf_reset(&b);
	ck_assert_int_eq(search_fts_match(&sq, &b), 3);
	ck_assert_str_eq(b.data, "\"a\"\"b OR c*\" OR \"催\"* OR \"x催\"*");
	buf_reset(&b);
	search_terms_json(&sq, &b);
	ck_assert_str_eq(b.data, "[[\"a\\\"b OR c*\"],[\"催\"],[\"x催\"]]");
	sq.nterms = 0;
	ck_assert_int_eq(search_fts_match(&sq, &b), -1);
	buf_free(&b);
	arena_free(&a);
}
END_TEST

/* hit: a quanyi_hits() blob for an index of rows articles, with counts
 * (title, summary, keywords, body) for each of n phrases. */
static struct store_search_hit hit(struct arena *a, long id, int rows, int n, const int *counts)
{
	unsigned char *b = arena_alloc(a, (size_t)(STORE_FTS_HIT_HEAD + n * STORE_FTS_COLUMNS));

	memset(b, 0, STORE_FTS_HIT_HEAD);
	b[3] = (unsigned char)rows;
	for (int i = 0; i < n * STORE_FTS_COLUMNS; i++)
		b[STORE_FTS_HIT_HEAD + i] = (unsigned char)counts[i];
	return (struct store_search_hit){ id, b, (size_t)(STORE_FTS_HIT_HEAD + n * STORE_FTS_COLUMNS) };
}

START_TEST(test_rank)
{
	struct arena a;
	struct search_rank_query q;
	struct search_ranking r;
	struct store_search_hit h[5];

	arena_init(&a);
	/* two groups: 催收 (common) and 父母 with its synonym 家人 (rare) */
	memset(&q, 0, sizeof(q));
	q.ngroups = 2;
	q.nphrases = 3;
	q.group[0] = 0;
	q.group[1] = 1;
	q.group[2] = 1;
	q.synonym[2] = 1;
	{
		const int c1[] = { 1, 0, 0, 3,   0, 0, 0, 0,   0, 0, 0, 0 };   /* 催收 only, in the title */
		const int c2[] = { 0, 0, 0, 1,   0, 0, 0, 1,   0, 0, 0, 0 };   /* both, in the body */
		const int c3[] = { 0, 0, 0, 1,   0, 0, 0, 0,   0, 0, 0, 1 };   /* 催收, and 家人 */
		const int c4[] = { 0, 0, 0, 1,   0, 0, 0, 0,   0, 0, 0, 0 };
		const int c5[] = { 0, 0, 0, 2,   0, 0, 0, 0,   0, 0, 0, 0 };

		h[0] = hit(&a, 1, 6, 3, c1);
		h[1] = hit(&a, 2, 6, 3, c2);
		h[2] = hit(&a, 3, 6, 3, c3);
		h[3] = hit(&a, 4, 6, 3, c4);
		h[4] = hit(&a, 5, 6, 3, c5);
	}
	/* the rare group weighs more; only articles with both are listed,
	 * the word typed before its synonym */
	ck_assert_int_eq(search_rank(&q, h, 5, 0, &a, &r), 2);
	ck_assert_double_gt(r.weight[1], 1.5 * r.weight[0]);
	ck_assert_int_eq(r.v[0].id, 2);
	ck_assert_int_eq(r.v[1].id, 3);
	ck_assert_uint_eq(r.v[0].groups, 3);
	ck_assert_int_eq(r.partial, 0);
	/* a whole question: ranked by how much is answered, and cut at half
	 * the best: the rare word in the body beats the common one in the
	 * title, and the weakest are left out */
	q.question = 1;
	ck_assert_int_eq(search_rank(&q, h, 5, 0, &a, &r), 3);
	ck_assert_int_eq(r.v[0].id, 2);
	ck_assert_int_eq(r.v[1].id, 3);
	ck_assert_int_eq(r.v[2].id, 1);
	q.question = 0;
	/* nobody has both: partial, the best first, down to half the best */
	ck_assert_int_eq(search_rank(&q, h, 1, 0, &a, &r), 1);
	ck_assert_int_eq(r.partial, 1);
	/* a title hit beats a mention in the body */
	q.ngroups = 1;
	q.nphrases = 1;
	ck_assert_int_eq(search_rank(&q, h, 5, 0, &a, &r), 5);
	ck_assert_int_eq(r.v[0].id, 1);
	ck_assert_int_eq(r.v[4].id, 4);
	/* truncated: the words weigh their IDF among the articles read */
	ck_assert_int_eq(search_rank(&q, h, 5, 1, &a, &r), 5);
	ck_assert_double_lt(r.weight[0], 0.2);
	/* an optional group adds to the score but is not needed for "all",
	 * and is left out of the share of the weight */
	q.ngroups = 2;
	q.nphrases = 2;
	q.optional = 2;
	ck_assert_int_eq(search_rank(&q, h, 5, 0, &a, &r), 5);
	ck_assert_int_eq(r.v[0].id, 1);
	ck_assert_int_eq(search_rank_share(&r, 1, 0.99), 1);
	ck_assert_int_eq(search_rank_share(&r, 2, 0.01), 0);
	arena_free(&a);
}
END_TEST

START_TEST(test_snippet)
{
	struct arena a;
	struct search_query sq;
	struct search_seg segs[SEARCH_MAX_SEGS];
	char joined[1024] = "";
	int n, marks = 0;

	arena_init(&a);
	memset(&sq, 0, sizeof(sq));
	sq.terms[0] = "催收";
	sq.terms[1] = "家人";
	sq.alts[1][0] = "父母";
	sq.nalts[1] = 1;
	sq.nterms = 2;
	n = search_snippet("## 法律怎么规定\n\n- [民法典](/a/x)规定，**催收**不得骚扰家人。\n"
			   "1. 催收可以找你本人，不能找`父母`。\n\n---\n\n| a | b |\n|---|---|\n",
			   &sq, &a, segs, SEARCH_MAX_SEGS);
	ck_assert_int_gt(n, 2);
	for (int i = 0; i < n; i++) {
		strncat(joined, segs[i].text, segs[i].len);
		if (segs[i].hit) {
			marks++;
			ck_assert(segs[i].len == strlen("催收") || segs[i].len == strlen("家人"));
		}
	}
	ck_assert_int_eq(marks, 4);
	for (const char *bad = "*#[]()`|-"; *bad; bad++)
		ck_assert_msg(!strchr(joined, *bad), "“%s” has %c", joined, *bad);
	ck_assert_ptr_null(strstr(joined, "/a/x"));
	ck_assert_ptr_null(strstr(joined, "1."));
	ck_assert_ptr_nonnull(strstr(joined, "民法典规定，催收不得骚扰家人。 催收可以找你本人，不能找父母。"));
	/* the window is where most of the words are, not the first of them */
	{
		char text[4000] = "催收";

		for (int i = 0; i < 60; i++)
			strcat(text, "无关内容");
		strcat(text, "催收找家人。\n");
		n = search_snippet(text, &sq, &a, segs, SEARCH_MAX_SEGS);
		ck_assert_str_eq(segs[0].text, "…");
		ck_assert_int_eq(((unsigned char)segs[1].text[0] & 0xc0) != 0x80, 1);
		marks = 0;
		for (int i = 0; i < n; i++)
			marks += segs[i].hit;
		ck_assert_int_eq(marks, 2);
	}
	ck_assert_int_eq(search_snippet("", &sq, &a, segs, SEARCH_MAX_SEGS), 0);
	arena_free(&a);
}
END_TEST

/* The whole search on a store: synonyms from content/synonyms as the
 * import loads them, a short list for a whole question, and what the
 * boxes are shown for. */
START_TEST(test_search_store)
{
	struct store *s = fake_store(":memory:");
	struct store_synonym syn = { 0, "family", "父母, 爸妈, 我妈, 家人", "2026-12-04", "" };
	struct store_article art;
	struct search_result res;
	struct arena a;
	int changed;

	fake_category(s, "overdue", "逾期还款", "");
	ck_assert_int_eq(store_synonym_put(s, &syn, &changed), 0);
	ck_assert_int_eq(changed, 1);
	art = fake_article_of("family", "催收打电话给我父母合法吗？");
	art.body_md = "催收不能骚扰你的父母。\n";
	fake_put(s, &art);
	art = fake_article_of("jail", "欠钱还不上会坐牢吗？");
	art.body_md = "一般不会坐牢。催收说要抓你，多是吓唬。\n";
	fake_put(s, &art);
	for (int i = 0; i < 12; i++) {
		char slug[32];

		snprintf(slug, sizeof(slug), "other-%d", i);
		art = fake_article_of(slug, "催收的规则是什么？");
		art.body_md = "催收要守规矩。\n";
		fake_put(s, &art);
	}
	arena_init(&a);
	/* 我妈 is a word of the set: the article about 父母 is found */
	ck_assert_int_eq(search_run(s, "催收打给我妈", &a, 1, 10, &res), 1);
	ck_assert_str_eq(res.articles.v[0].slug, "family");
	ck_assert_int_eq(res.sq.nalts[1], 3);
	/* the rare word of a whole question weighs more than 催收 */
	ck_assert_int_gt(search_run(s, "我被催收天天打电话，催收说要让我坐牢，这是真的吗", &a, 1,
				    10, &res), 0);
	ck_assert_str_eq(res.articles.v[0].slug, "jail");
	ck_assert_int_lt(res.total, 10);
	ck_assert_int_eq(search_about(&res, 1u << 0), 0);
	/* a single word names its box */
	ck_assert_int_eq(search_run(s, "坐牢", &a, 1, 10, &res), 1);
	ck_assert_int_eq(search_about(&res, 1), 1);
	/* a synonym set comes back out of the store as it went in */
	{
		struct store_synonyms l;

		ck_assert_int_eq(store_synonym_list(s, &a, &l), 1);
		ck_assert_str_eq(l.v[0].words, "父母, 爸妈, 我妈, 家人");
		syn.words = "父母, 家 人";
		ck_assert_int_eq(store_synonym_put(s, &syn, &changed), -1);
	}
	arena_free(&a);
	store_close(s);
}
END_TEST

Suite *suite_search(void)
{
	Suite *s = suite_create("search");
	TCase *tc = tcase_create("terms");

	tcase_add_test(tc, test_normalize);
	tcase_add_test(tc, test_terms);
	tcase_add_test(tc, test_typos);
	tcase_add_test(tc, test_terms_long_chunk);
	tcase_add_test(tc, test_expand_and_quote);
	tcase_add_test(tc, test_rank);
	tcase_add_test(tc, test_snippet);
	tcase_add_test(tc, test_search_store);
	suite_add_tcase(s, tc);
	return s;
}
