/* Unit tests: query terms, FTS5 quoting, snippets. */
#include <string.h>

#include "check_suites.h"
#include "search.h"

/* A fixed list of known terms, longest first, in place of the store. */
static long known(void *ctx, struct arena *a, const char *chunk, const char ***out, size_t *n)
{
	static const char *const terms[] = {
		"紧急联系人", "诉讼时效", "白条", "逾期", "三年", "催收", "爸妈", "征信", "12378", NULL
	};
	const char **v = arena_alloc(a, sizeof(terms));

	*n = 0;
	for (const char *const *t = terms; *t; t++)
		if (strstr(chunk, *t))
			v[(*n)++] = *t;
	*out = v;
	return (long)*n;
}

static int parse(const char *q, struct arena *a, struct search_query *sq)
{
	return search_parse(q, a, known, NULL, sq);
}

START_TEST(test_normalize)
{
	struct arena a;

	arena_init(&a);
	ck_assert_str_eq(search_normalize("  催收\xe3\x80\x80征信？ ", &a), "催收 征信");
	ck_assert_str_eq(search_normalize("ABC,def", &a), "abc def");
	ck_assert_str_eq(search_normalize("\"x\" OR y*", &a), "x or y");
	ck_assert_str_eq(search_normalize("。。。", &a), "");
	arena_free(&a);
}
END_TEST

START_TEST(test_terms)
{
	struct arena a;
	struct search_query sq;

	arena_init(&a);
	/* a natural question is split on known terms */
	ck_assert_int_eq(parse("催收打电话给我爸妈怎么办", &a, &sq), 2);
	ck_assert_str_eq(sq.terms[0], "催收");
	ck_assert_str_eq(sq.terms[1], "爸妈");
	ck_assert_str_eq(sq.alt[1], "父母");
	ck_assert_ptr_null(sq.alt[0]);
	ck_assert_int_eq(sq.all_long, 0);
	/* longest known term wins over the terms inside it */
	ck_assert_int_eq(parse("白条逾期三年", &a, &sq), 3);
	ck_assert_int_eq(parse("诉讼时效", &a, &sq), 1);
	ck_assert_str_eq(sq.terms[0], "诉讼时效");
	ck_assert_int_eq(sq.all_long, 1);
	/* words separated by spaces */
	ck_assert_int_eq(parse("征信 异议", &a, &sq), 2);
	ck_assert_str_eq(sq.terms[1], "异议");
	/* no known term: pieces between function words */
	ck_assert_int_eq(parse("能不能减免违约金吗", &a, &sq), 1);
	ck_assert_str_eq(sq.terms[0], "减免违约金");
	/* one character is a term too */
	ck_assert_int_eq(parse("催", &a, &sq), 1);
	ck_assert_int_eq(parse("12378", &a, &sq), 1);
	ck_assert_int_eq(parse("   ", &a, &sq), 0);
	/* duplicates collapse, at most 8 terms */
	ck_assert_int_eq(parse("催收 催收 催收", &a, &sq), 1);
	ck_assert_int_eq(parse("aa bb cc dd ee ff gg hh ii jj", &a, &sq), SEARCH_MAX_TERMS);
	arena_free(&a);
}
END_TEST

/* A known term far into a long chunk (the field allows 100 characters,
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
	ck_assert_int_eq(parse(q, &a, &sq), 1);
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

START_TEST(test_fts_quoting)
{
	struct arena a;
	struct search_query sq;
	struct buf b;

	arena_init(&a);
	buf_init(&b);
	memset(&sq, 0, sizeof(sq));
	sq.terms[0] = "诉讼时效";
	sq.terms[1] = "a\"b OR c*";
	sq.nterms = 2;
	sq.all_long = 1;
	ck_assert_int_eq(search_fts_match(&sq, &b), 0);
	ck_assert_str_eq(b.data, "\"诉讼时效\" OR \"a\"\"b OR c*\"");
	buf_reset(&b);
	search_terms_json(&sq, &b);
	ck_assert_str_eq(b.data, "[[\"诉讼时效\"],[\"a\\\"b OR c*\"]]");
	sq.all_long = 0;
	ck_assert_int_eq(search_fts_match(&sq, &b), -1);
	buf_free(&b);
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
	sq.nterms = 2;
	n = search_snippet("## 法律怎么规定\n\n[民法典](/a/x)规定，**催收**不得骚扰家人。催收可以找你本人。\n",
			   &sq, &a, segs, SEARCH_MAX_SEGS);
	ck_assert_int_gt(n, 2);
	for (int i = 0; i < n; i++) {
		strncat(joined, segs[i].text, segs[i].len);
		if (segs[i].hit) {
			marks++;
			ck_assert(segs[i].len == strlen("催收") || segs[i].len == strlen("家人"));
		}
	}
	ck_assert_int_eq(marks, 3);
	ck_assert_ptr_null(strstr(joined, "**"));
	ck_assert_ptr_null(strstr(joined, "/a/x"));
	ck_assert_ptr_null(strstr(joined, "#"));
	ck_assert_ptr_nonnull(strstr(joined, "催收不得骚扰家人"));
	/* a long text is cut to a window, never in the middle of a character */
	{
		char longtext[4000] = "";
		for (int i = 0; i < 100; i++)
			strcat(longtext, "无关内容");
		strcat(longtext, "催收");
		n = search_snippet(longtext, &sq, &a, segs, SEARCH_MAX_SEGS);
		ck_assert_str_eq(segs[0].text, "…");
		ck_assert_int_eq(((unsigned char)segs[1].text[0] & 0xc0) != 0x80, 1);
	}
	ck_assert_int_eq(search_snippet("", &sq, &a, segs, SEARCH_MAX_SEGS), 0);
	arena_free(&a);
}
END_TEST

Suite *suite_search(void)
{
	Suite *s = suite_create("search");
	TCase *tc = tcase_create("terms");

	tcase_add_test(tc, test_normalize);
	tcase_add_test(tc, test_terms);
	tcase_add_test(tc, test_terms_long_chunk);
	tcase_add_test(tc, test_fts_quoting);
	tcase_add_test(tc, test_snippet);
	suite_add_tcase(s, tc);
	return s;
}
