/* Unit tests: the ctemplate bridge, auto-escaping, and whole pages
 * rendered through app_handle from a real SQLite file. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "site.h"
#include "check_fake.h"
#include "check_suites.h"
#include "store_article.h"
#include "store_category.h"

static void write_file(const char *dir, const char *name, const char *text)
{
	char path[4200];
	FILE *f;

	snprintf(path, sizeof(path), "%s/%s", dir, name);
	f = fopen(path, "w");
	ck_assert_ptr_nonnull(f);
	fputs(text, f);
	fclose(f);
}

START_TEST(test_escape_contexts)
{
	char *dir = fake_tmpdir();
	struct tpl_cache *ts;
	struct tpl_dict *d;
	struct buf out, err;

	write_file(dir, "t.tpl",
		   "{{%AUTOESCAPE context=\"HTML\"}}<p title=\"{{X}}\">{{X}}</p>"
		   "<a href=\"{{U}}\">l</a>{{#S}}[{{V}}]{{/S}}");
	buf_init(&out);
	buf_init(&err);
	ts = tpl_open(dir, &err);
	ck_assert_msg(ts != NULL, "%s", err.data ? err.data : "");
	d = tpl_dict_new();
	tpl_set(d, "X", "<script>\"'&");
	tpl_set(d, "U", "javascript:alert(1)");
	tpl_set(tpl_section(d, "S"), "V", "1");
	tpl_set(tpl_section(d, "S"), "V", "<b>");
	ck_assert_int_eq(tpl_expand(ts, "t.tpl", d, &out), 0);
	ck_assert_ptr_null(strstr(out.data, "<script>"));
	ck_assert_ptr_nonnull(strstr(out.data, "&lt;script&gt;&quot;&#39;&amp;"));
	ck_assert_ptr_null(strstr(out.data, "javascript:"));
	ck_assert_ptr_nonnull(strstr(out.data, "[1][&lt;b&gt;]"));
	/* a missing template fails cleanly */
	buf_reset(&out);
	ck_assert_int_eq(tpl_expand(ts, "missing.tpl", d, &out), -1);
	ck_assert_uint_eq(out.len, 0);
	tpl_dict_free(d);
	tpl_close(ts);
	buf_free(&out);
	buf_free(&err);
	fake_rmtree(dir);
	free(dir);
}
END_TEST

/* Only a value set with tpl_set_cmark passes :x-cmark unescaped; user
 * text in the same slot (or a forged copy of the tag) is escaped. */
START_TEST(test_cmark_modifier)
{
	char *dir = fake_tmpdir();
	struct tpl_cache *ts;
	struct tpl_dict *d;
	struct buf out, err;

	write_file(dir, "t.tpl",
		   "{{%AUTOESCAPE context=\"HTML\"}}[{{A:x-cmark}}][{{B:x-cmark}}][{{C:x-cmark}}]");
	buf_init(&out);
	buf_init(&err);
	ts = tpl_open(dir, &err);
	ck_assert_msg(ts != NULL, "%s", err.data ? err.data : "");
	d = tpl_dict_new();
	tpl_set_cmark(d, "A", "<p>from <em>cmark</em></p>");
	tpl_set(d, "B", "<script>alert(1)</script>");
	tpl_set(d, "C", "\x01cmark:00000000000000000000000000000000\x01<img src=x>");
	ck_assert_int_eq(tpl_expand(ts, "t.tpl", d, &out), 0);
	ck_assert_ptr_nonnull(strstr(out.data, "[<p>from <em>cmark</em></p>]"));
	ck_assert_ptr_nonnull(strstr(out.data, "[&lt;script&gt;alert(1)&lt;/script&gt;]"));
	ck_assert_ptr_null(strstr(out.data, "<script"));
	ck_assert_ptr_null(strstr(out.data, "<img"));
	tpl_dict_free(d);
	tpl_close(ts);
	buf_free(&out);
	buf_free(&err);
	fake_rmtree(dir);
	free(dir);
}
END_TEST

START_TEST(test_reload)
{
	char *dir = fake_tmpdir();
	struct tpl_cache *ts;
	struct tpl_dict *d;
	struct buf out, err;

	write_file(dir, "t.tpl", "{{%AUTOESCAPE context=\"HTML\"}}one");
	buf_init(&out);
	buf_init(&err);
	ts = tpl_open(dir, &err);
	ck_assert_ptr_nonnull(ts);
	d = tpl_dict_new();
	ck_assert_int_eq(tpl_expand(ts, "t.tpl", d, &out), 0);
	ck_assert_str_eq(out.data, "one");
	/* a later mtime so the change is seen */
	write_file(dir, "t.tpl", "{{%AUTOESCAPE context=\"HTML\"}}two");
	{
		char cmd[4300];
		snprintf(cmd, sizeof(cmd), "touch -d '+2 seconds' '%s/t.tpl'", dir);
		ck_assert_int_eq(system(cmd), 0);
	}
	ck_assert_int_eq(tpl_reload(ts, &err), 0);
	buf_reset(&out);
	ck_assert_int_eq(tpl_expand(ts, "t.tpl", d, &out), 0);
	ck_assert_str_eq(out.data, "two");
	tpl_dict_free(d);
	tpl_close(ts);
	buf_free(&out);
	buf_free(&err);
	fake_rmtree(dir);
	free(dir);
}
END_TEST

START_TEST(test_site_templates_load)
{
	struct buf err;
	struct tpl_cache *ts;

	buf_init(&err);
	ts = tpl_open(fake_dir("templates"), &err);
	ck_assert_msg(ts != NULL, "%s", err.data ? err.data : "");
	tpl_close(ts);
	buf_free(&err);
}
END_TEST

/* site_fill: one topic and one article whose title and body carry
 * markup. */
static void site_fill(struct store *s)
{
	struct store_article art = fake_article_of("x", "<script>alert(1)</script>标题");

	fake_category(s, "overdue", "逾期还款", "x");
	art.summary = "摘要\"引号\"";
	art.keywords = "k";
	art.sources = "《民法典》第188条";
	art.body_md = "正文 <img src=x onerror=alert(1)>\n";
	fake_put(s, &art);
}

START_TEST(test_pages_escape)
{
	struct site a;
	struct buf out;
	char *dir = fake_site(&a, site_fill);

	buf_init(&out);
	fake_handle(&a, "GET", "/a/x", "", NULL, &out);
	ck_assert_msg(strncmp(out.data, "Status: 200", 11) == 0, "%.200s", out.data);
	ck_assert_ptr_null(strstr(out.data, "<script>"));
	ck_assert_ptr_null(strstr(out.data, "<img"));
	ck_assert_ptr_nonnull(strstr(out.data, "&lt;script&gt;alert(1)&lt;/script&gt;标题"));
	ck_assert_ptr_nonnull(strstr(out.data, "ETag: \""));
	ck_assert_ptr_nonnull(strstr(out.data, "Content-Security-Policy: default-src 'none'"));
	ck_assert_ptr_nonnull(strstr(out.data, "《民法典》第188条"));
	ck_assert_ptr_nonnull(strstr(out.data, "2026年11月23日"));

	fake_handle(&a, "GET", "/search?q=%3Cscript%3E%22", "q=%3Cscript%3E%22", NULL, &out);
	ck_assert_msg(strncmp(out.data, "Status: 200", 11) == 0, "%.200s", out.data);
	ck_assert_ptr_null(strstr(out.data, "<script>"));
	ck_assert_ptr_nonnull(strstr(out.data, "&lt;script&gt;&quot;"));

	fake_handle(&a, "GET", "/", "", NULL, &out);
	ck_assert_ptr_nonnull(strstr(out.data, "href=\"/a/x\""));
	fake_handle(&a, "GET", "/c/overdue", "", NULL, &out);
	ck_assert_ptr_nonnull(strstr(out.data, "aria-current=\"page\""));
	fake_handle(&a, "GET", "/c/none", "", NULL, &out);
	ck_assert(strncmp(out.data, "Status: 404", 11) == 0);
	fake_handle(&a, "GET", "/a/none", "", NULL, &out);
	ck_assert(strncmp(out.data, "Status: 404", 11) == 0);
	ck_assert_ptr_nonnull(strstr(out.data, "lang=\"zh-CN\""));
	ck_assert_ptr_nonnull(strstr(out.data, "Cache-Control: no-store"));

	buf_free(&out);
	fake_site_close(&a, dir);
}
END_TEST

Suite *suite_tpl(void)
{
	Suite *s = suite_create("tpl");
	TCase *tc = tcase_create("render");

	tcase_set_timeout(tc, 20);
	tcase_add_test(tc, test_escape_contexts);
	tcase_add_test(tc, test_cmark_modifier);
	tcase_add_test(tc, test_reload);
	tcase_add_test(tc, test_site_templates_load);
	tcase_add_test(tc, test_pages_escape);
	suite_add_tcase(s, tc);
	return s;
}
