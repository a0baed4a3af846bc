/* Unit tests: law citations read from source lines, the articles of a
 * law file, and resolving citations against stored law versions. */
#include <string.h>

#include "check_fake.h"
#include "check_suites.h"
#include "law_cite.h"
#include "content_refs.h"
#include "store_law.h"
#include "store_wording.h"

/* cites: the citations of sources as "name#num|" pieces, for comparing. */
static const char *cites(const char *sources, struct arena *a)
{
	struct law_cite c[LAW_CITE_MAX];
	int n = law_cite_parse(sources, a, c, LAW_CITE_MAX);
	struct buf b;
	char *out;

	buf_init(&b);
	for (int i = 0; i < n; i++)
		buf_printf(&b, "%d:%s#%s|", c[i].line, c[i].name, c[i].num);
	out = arena_strdup(a, b.data ? b.data : "");
	buf_free(&b);
	return out;
}

START_TEST(test_cite_forms)
{
	struct arena a;

	arena_init(&a);
	ck_assert_str_eq(cites("《中华人民共和国民法典》第188条（2020年通过）", &a),
			 "0:中华人民共和国民法典#188|");
	/* several articles, ranges, a suffix, 款 and 项 skipped */
	ck_assert_str_eq(cites("《民法典》第1159条、第1161条", &a), "0:民法典#1159|0:民法典#1161|");
	ck_assert_str_eq(cites("《民法典》第201–203条", &a), "0:民法典#201|0:民法典#202|0:民法典#203|");
	ck_assert_str_eq(cites("《民法典》第1159、1161条", &a), "0:民法典#1159|0:民法典#1161|");
	ck_assert_str_eq(cites("《刑法》第293条之一（2021年3月1日起施行）", &a), "0:刑法#293之一|");
	ck_assert_str_eq(cites("《民法典》第1033条第（二）项、第1032条", &a),
			 "0:民法典#1033|0:民法典#1032|");
	ck_assert_str_eq(cites("《民法典》第585条第2款", &a), "0:民法典#585|");
	/* a nested title in 〈〉 is read as 《》; the issuer before the title
	 * is not part of it */
	ck_assert_str_eq(cites("最高人民法院《关于适用〈中华人民共和国民事诉讼法〉的解释》第106条", &a),
			 "0:关于适用《中华人民共和国民事诉讼法》的解释#106|");
	/* a law named without an article; a title in a parenthetical remark
	 * is an annotation; lines are counted */
	ck_assert_str_eq(cites("x\n《深圳经济特区个人破产条例》（据《深圳特区报》报道）", &a),
			 "1:深圳经济特区个人破产条例#|");
	ck_assert_str_eq(cites("12348公共法律服务热线", &a), "");
	ck_assert_str_eq(cites("《A》第1条，第2条；《B》第3条", &a), "0:A#1|0:A#2|0:B#3|");
	/* an absurd range is not expanded */
	ck_assert_str_eq(cites("《A》第1–900条", &a), "0:A#|");
	arena_free(&a);
}
END_TEST

START_TEST(test_law_text)
{
	struct arena a;
	struct law_text *t;
	struct buf err;
	size_t n;

	arena_init(&a);
	buf_init(&err);
	ck_assert_int_eq(law_text_parse("### 第1条\n\n一。\n\n二。\n\n### 第293条之一\n\n三。\n", &a, &t, &n,
					&err), 2);
	ck_assert_str_eq(t[0].num, "1");
	ck_assert_str_eq(t[0].text, "一。\n\n二。");
	ck_assert_str_eq(t[1].num, "293之一");
	ck_assert_int_eq(t[1].ord, 29301);
	/* headings without text (no official text here) */
	ck_assert_int_eq(law_text_parse("### 第68条\n\n### 第69条\n", &a, &t, &n, &err), 2);
	ck_assert_str_eq(t[0].text, "");
	ck_assert_int_eq(law_text_parse("", &a, &t, &n, &err), 0);
	/* out of order, twice, text before the first heading, a bad heading */
	ck_assert_int_eq(law_text_parse("### 第2条\n\nx\n\n### 第1条\n\ny\n", &a, &t, &n, &err), -1);
	ck_assert_int_eq(law_text_parse("### 第2条\n\nx\n\n### 第2条\n\ny\n", &a, &t, &n, &err), -1);
	ck_assert_int_eq(law_text_parse("前言\n\n### 第1条\n\nx\n", &a, &t, &n, &err), -1);
	buf_reset(&err);
	ck_assert_int_eq(law_text_parse("### 第一条\n\nx\n", &a, &t, &n, &err), -1);
	ck_assert_ptr_nonnull(strstr(err.data, "line 1"));
	buf_free(&err);
	arena_free(&a);
}
END_TEST

/* put: one law version with the articles of body. */
static void put(struct store *s, const char *slug, const char *title, const char *aliases,
		const char *version, const char *status, const char *scope, const char *body)
{
	struct store_law l = { 0 };
	struct law_text *t;
	size_t n;
	struct arena a;
	struct buf err;
	int changed;

	arena_init(&a);
	buf_init(&err);
	l.slug = slug;
	l.title = title;
	l.aliases = aliases;
	l.version = version;
	l.in_force = "2026-01-01";
	l.status = status;
	l.scope = scope;
	l.official = "-";
	l.reviewed = "2026-12-04";
	l.sources = "s";
	l.body_md = body;
	ck_assert_int_ge(law_text_parse(body, &a, &t, &n, &err), 0);
	ck_assert_int_eq(store_law_put(s, &l, t, n, &changed), 0);
	buf_free(&err);
	arena_free(&a);
}

START_TEST(test_resolve)
{
	struct store *s = fake_store(":memory:");
	struct store_law_quotes q;
	struct arena a;

	put(s, "psl-2025", "中华人民共和国治安管理处罚法", "治安管理处罚法", "2025年修订", "current",
	    "excerpt", "### 第50条\n\n多次发送信息\n");
	put(s, "psl-2012", "中华人民共和国治安管理处罚法", "治安管理处罚法", "2012年修正", "superseded",
	    "full", "### 第42条\n\n旧文\n");
	put(s, "spc-x", "最高人民法院关于审理民间借贷案件适用法律若干问题的规定", "", "2020年第二次修正",
	    "current", "full", "### 第25条\n\n四倍\n");
	arena_init(&a);
	ck_assert_int_eq(store_law_resolve(s, &a,
		"《治安管理处罚法》第50条（2025年修订）\n"
		"《中华人民共和国治安管理处罚法》第42条（2012年修正）\n"
		"《治安管理处罚法》第42条\n"
		"最高人民法院《关于审理民间借贷案件适用法律若干问题的规定》第25条（2020年修正）\n"
		"《不存在的法》第1条", &q), 5);
	/* the current version, its text */
	ck_assert_str_eq(q.v[0].law_slug, "psl-2025");
	ck_assert_int_eq(q.v[0].has_num, 1);
	ck_assert_str_eq(q.v[0].text, "多次发送信息");
	/* the year in the line picks the superseded version */
	ck_assert_str_eq(q.v[1].law_slug, "psl-2012");
	ck_assert_str_eq(q.v[1].status, "superseded");
	/* no year: the current version, which lacks the old number */
	ck_assert_str_eq(q.v[2].law_slug, "psl-2025");
	ck_assert_int_eq(q.v[2].has_num, 0);
	/* the title without its issuer finds the law */
	ck_assert_str_eq(q.v[3].law_slug, "spc-x");
	ck_assert_str_eq(q.v[3].text, "四倍");
	/* an unknown law */
	ck_assert_str_eq(q.v[4].law_slug, "");
	ck_assert_int_eq(q.v[4].line, 4);
	arena_free(&a);
	store_close(s);
}
END_TEST

/* The tools' wording is checked like the articles' sources: every
 * citation in an entry, those in parentheses included, must name a law
 * of content/law, in its current version, by an article it has. */
START_TEST(test_wording_cites)
{
	struct store *s = fake_store(":memory:");
	struct store_wording w = { 0, "tool", "t", "/tools/x", "2026-12-04",
				   "《治安管理处罚法》第50条（2025年修订）", NULL };
	struct wording_entry e[] = {
		{ "good", "【法律】《治安管理处罚法》第50条（2025年修订）：……" },
		{ "in-parens", "催收到达你，时效中断（《治安管理处罚法》第42条）。" },
		{ "missing", "见《治安管理处罚法》第99条。" },
		{ "unknown", "（据《不存在的法》第1条）" },
	};
	struct buf report;
	int changed;

	put(s, "psl-2025", "中华人民共和国治安管理处罚法", "治安管理处罚法", "2025年修订", "current",
	    "excerpt", "### 第50条\n\n多次发送信息\n");
	w.body_md = "### good\n…\n";
	ck_assert_int_eq(store_wording_put(s, &w, e, 4, &changed), 0);
	ck_assert_int_eq(changed, 1);
	buf_init(&report);
	/* three wording problems, and the plan this store lacks */
	ck_assert_int_eq(content_refs_check(s, &report), 4);
	ck_assert_ptr_nonnull(strstr(report.data, "plan: no questions"));
	ck_assert_ptr_nonnull(strstr(report.data, "wording/tool entry in-parens: 《治安管理处罚法》第42条"));
	ck_assert_ptr_nonnull(strstr(report.data, "wording/tool entry missing: 《治安管理处罚法》第99条"));
	ck_assert_ptr_nonnull(strstr(report.data, "wording/tool entry unknown: 《不存在的法》"));
	ck_assert_ptr_null(strstr(report.data, "entry good"));
	buf_free(&report);
	store_close(s);
}
END_TEST

Suite *suite_law(void)
{
	Suite *s = suite_create("law");
	TCase *tc = tcase_create("core");

	tcase_add_test(tc, test_cite_forms);
	tcase_add_test(tc, test_law_text);
	tcase_add_test(tc, test_resolve);
	tcase_add_test(tc, test_wording_cites);
	suite_add_tcase(s, tc);
	return s;
}
