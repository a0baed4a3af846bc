/* Unit tests: the search index's tokenizer (CJK pairs, Latin words,
 * numbers, mixed text, full-width forms, link targets, bad bytes), and
 * the index it makes in a real store: short words, phrases, one
 * character, drafts left out, quanyi_hits(). */
#include <string.h>

#include "check_fake.h"
#include "check_suites.h"
#include "store_fts.h"

/* The tokens of a text, as "token|token|…", a colocated one as "+token". */
struct toks {
	char out[1024];
	int starts[64], ends[64], n;
};

static int tok_note(void *ctx, int colocated, const char *token, int len, int start, int end)
{
	struct toks *t = ctx;

	if (t->out[0])
		strcat(t->out, "|");
	if (colocated)
		strcat(t->out, "+");
	strncat(t->out, token, (size_t)len);
	if (t->n < 64) {
		t->starts[t->n] = start;
		t->ends[t->n++] = end;
	}
	return 0;
}

static const char *toks(const char *text, int query, struct toks *t)
{
	memset(t, 0, sizeof(*t));
	ck_assert_int_eq(store_fts_tokens(text, (int)strlen(text), query, tok_note, t), 0);
	return t->out;
}

START_TEST(test_cjk_pairs)
{
	struct toks t;

	/* overlapping pairs, the last character alone at the same place */
	ck_assert_str_eq(toks("催收公司", 0, &t), "催收|收公|公司|+司");
	ck_assert_int_eq(t.starts[1], 3);
	ck_assert_int_eq(t.ends[1], 9);
	ck_assert_int_eq(t.starts[3], 9);
	/* in a query the last one is not emitted alone: a phrase of pairs */
	ck_assert_str_eq(toks("催收公司", 1, &t), "催收|收公|公司");
	ck_assert_str_eq(toks("征信", 1, &t), "征信");
	/* one character alone, in documents and queries */
	ck_assert_str_eq(toks("催", 0, &t), "催");
	ck_assert_str_eq(toks("催", 1, &t), "催");
	/* punctuation ends a run; each run is cut on its own */
	ck_assert_str_eq(toks("逾期，催收。", 0, &t), "逾期|+期|催收|+收");
	ck_assert_str_eq(toks("我，你", 0, &t), "我|你");
	/* kana and hangul are runs too */
	ck_assert_str_eq(toks("カード", 1, &t), "カー|ード");
	ck_assert_str_eq(toks("", 0, &t), "");
}
END_TEST

START_TEST(test_latin_numbers_mixed)
{
	struct toks t;

	/* Latin words and numbers whole, in lower case */
	ck_assert_str_eq(toks("White Bar overdue", 0, &t), "white|bar|overdue");
	ck_assert_str_eq(toks("ABC_def", 0, &t), "abc|def");
	ck_assert_str_eq(toks("12378 热线", 0, &t), "12378|热线|+线");
	/* mixed: a word, then a run, with no space between */
	ck_assert_str_eq(toks("App里天天弹窗", 0, &t), "app|里天|天天|天弹|弹窗|+窗");
	ck_assert_str_eq(toks("4倍LPR", 1, &t), "4|倍|lpr");
	ck_assert_str_eq(toks("年化24%，36%", 1, &t), "年化|24|36");
	ck_assert_str_eq(toks("Ünïcode café", 0, &t), "ünïcode|café");
	/* a very long word is cut at STORE_FTS_MAX_WORD bytes */
	{
		char w[200];

		memset(w, 'a', 150);
		w[150] = '\0';
		toks(w, 0, &t);
		ck_assert_uint_eq(strlen(t.out), STORE_FTS_MAX_WORD);
		ck_assert_int_eq(t.ends[0], 150);
	}
}
END_TEST

START_TEST(test_full_width_links_bad_bytes)
{
	struct toks t;

	/* full-width letters and digits are their ASCII forms; full-width
	 * punctuation and the ideographic space separate */
	ck_assert_str_eq(toks("ＡＢＣ１２３７８", 0, &t), "abc12378");
	ck_assert_str_eq(toks("借呗（Ｘ）\xe3\x80\x80花呗", 0, &t), "借呗|+呗|x|花呗|+呗");
	/* a Markdown link's target is not text */
	ck_assert_str_eq(toks("见[诉讼时效](/a/limitation-period)。", 0, &t),
			 "见|诉讼|讼时|时效|+效");
	ck_assert_str_eq(toks("[a] (b)", 0, &t), "a|b");
	/* bytes that are no UTF-8 separate, and nothing reads past the end */
	ck_assert_str_eq(toks("催\xff收\xe5\x82", 0, &t), "催|收");
	ck_assert_str_eq(toks("\xc0\xaf\xed\xa0\x80x", 0, &t), "x");
}
END_TEST

/* count: the rows of "SELECT count(*) … MATCH m" on the store's index. */
static int count(struct store *s, const char *m)
{
	sqlite3_stmt *st;
	int n = -1;

	ck_assert_int_eq(sqlite3_prepare_v2(s->db,
		"SELECT count(*) FROM article_fts WHERE article_fts MATCH ?1", -1, &st, NULL),
		SQLITE_OK);
	sqlite3_bind_text(st, 1, m, -1, SQLITE_STATIC);
	if (sqlite3_step(st) == SQLITE_ROW)
		n = sqlite3_column_int(st, 0);
	sqlite3_finalize(st);
	return n;
}

START_TEST(test_index)
{
	struct store *s = fake_store(":memory:");
	struct store_article a;
	sqlite3_stmt *st;
	const unsigned char *blob;

	fake_category(s, "overdue", "逾期还款", "");
	a = fake_article_of("a1", "催收公司打电话给我父母合法吗？");
	a.body_md = "催收公司不得骚扰你的父母。见[时效](/a/limitation)。\n";
	fake_put(s, &a);
	a = fake_article_of("a2", "征信报告有错怎么办？");
	a.keywords = "征信, 异议, 12363";
	a.body_md = "向人民银行征信中心提出异议。\n";
	fake_put(s, &a);
	a = fake_article_of("d1", "草稿：坐牢吗？");
	a.status = "draft";
	fake_put(s, &a);
	/* two-character words, phrases across pairs, numbers */
	ck_assert_int_eq(count(s, "\"征信\""), 1);
	ck_assert_int_eq(count(s, "\"收公司\""), 1);
	ck_assert_int_eq(count(s, "\"催收公司打\""), 1);
	ck_assert_int_eq(count(s, "\"公司催收\""), 0);
	ck_assert_int_eq(count(s, "\"12363\""), 1);
	/* one character: the end of a run, or (a prefix) inside one */
	ck_assert_int_eq(count(s, "\"母\""), 1);
	ck_assert_int_eq(count(s, "\"催\"*"), 1);
	ck_assert_int_eq(count(s, "\"征\"*"), 1);
	/* a link target is not indexed; drafts are not in the index */
	ck_assert_int_eq(count(s, "\"limitation\""), 0);
	ck_assert_int_eq(count(s, "\"坐牢\""), 0);
	/* publishing and unpublishing keep it in step */
	a.status = "published";
	fake_put(s, &a);
	ck_assert_int_eq(count(s, "\"坐牢\""), 1);
	a.status = "draft";
	fake_put(s, &a);
	ck_assert_int_eq(count(s, "\"坐牢\""), 0);
	/* quanyi_hits: the row count, then each phrase's counts per column */
	ck_assert_int_eq(sqlite3_prepare_v2(s->db,
		"SELECT quanyi_hits(article_fts) FROM article_fts"
		" WHERE article_fts MATCH '\"父母\" OR \"征信\"' ORDER BY rowid", -1, &st, NULL),
		SQLITE_OK);
	ck_assert_int_eq(sqlite3_step(st), SQLITE_ROW);
	ck_assert_int_eq(sqlite3_column_bytes(st, 0), STORE_FTS_HIT_HEAD + 2 * STORE_FTS_COLUMNS);
	blob = sqlite3_column_blob(st, 0);
	ck_assert_int_eq(blob[3], 2);           /* two published articles */
	ck_assert_int_eq(blob[4 + 0], 1);       /* 父母: once in the title */
	ck_assert_int_eq(blob[4 + 3], 1);       /* and once in the body */
	ck_assert_int_eq(blob[8 + 0] + blob[8 + 3], 0);   /* no 征信 in a1 */
	ck_assert_int_eq(sqlite3_step(st), SQLITE_ROW);
	blob = sqlite3_column_blob(st, 0);
	ck_assert_int_eq(blob[8 + 0], 1);       /* 征信 in a2's title */
	ck_assert_int_eq(blob[8 + 2], 1);       /* keywords */
	ck_assert_int_eq(blob[8 + 3], 1);       /* body */
	sqlite3_finalize(st);
	store_close(s);
}
END_TEST

Suite *suite_store_fts(void)
{
	Suite *s = suite_create("store_fts");
	TCase *tc = tcase_create("tokenizer");

	tcase_add_test(tc, test_cjk_pairs);
	tcase_add_test(tc, test_latin_numbers_mixed);
	tcase_add_test(tc, test_full_width_links_bad_bytes);
	tcase_add_test(tc, test_index);
	suite_add_tcase(s, tc);
	return s;
}
