/* Unit tests: the worker's page cache, alone and through app_handle with a
 * real SQLite file that another connection changes. */
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "site.h"
#include "cache.h"
#include "check_fake.h"
#include "check_suites.h"
#include "store_fts.h"
#include "store_article.h"
#include "store_category.h"

/* page: a finished 200 reading page with body text. */
static void page(struct resp *rs, const char *text)
{
	resp_init(rs);
	rs->flags = RESP_ETAG;
	rs->cache_control = "no-cache";
	buf_puts(&rs->body, text);
}

static const struct store_gen gen1 = { 7, 3 };

START_TEST(test_hit_is_the_same_page)
{
	struct cache *c = cache_new(8);
	struct resp rs, got;
	struct cache_stats st;
	struct buf made, kept;

	buf_init(&made);
	buf_init(&kept);
	page(&rs, "<p>正文</p>");
	resp_header(&rs, "Link", "</static/site.css>; rel=preload");
	ck_assert_int_eq(cache_put(c, "/a/x?", &gen1, 7300, &rs), 1);
	fake_send(&rs, "GET", NULL, &made);
	resp_init(&got);
	got.flags = RESP_ETAG;
	ck_assert_int_eq(cache_get(c, "/a/x?", &gen1, 7400, &got), 1);
	ck_assert_int_eq(got.status, 200);
	ck_assert_ptr_nonnull(got.wire);
	ck_assert_uint_eq(got.wire_len - got.wire_head, strlen("<p>正文</p>"));
	ck_assert_str_eq(got.headers.data, rs.headers.data);
	ck_assert_str_eq(got.cache_control, "no-cache");
	ck_assert_str_eq(got.content_type, rs.content_type);
	ck_assert_str_eq(got.etag, resp_etag(&rs));
	ck_assert_int_eq((int)strlen(got.etag), 34);
	/* The kept answer is the made one, byte for byte; HEAD is its head. */
	fake_send(&got, "GET", NULL, &kept);
	ck_assert_uint_eq(kept.len, made.len);
	ck_assert_int_eq(memcmp(kept.data, made.data, made.len), 0);
	ck_assert_ptr_nonnull(strstr(kept.data, "Content-Length: 13\r\n"));
	fake_send(&got, "HEAD", NULL, &kept);
	ck_assert_uint_eq(kept.len, got.wire_head);
	ck_assert_ptr_null(strstr(kept.data, "正文"));
	/* Another query is another page. */
	resp_free(&got);
	resp_init(&got);
	ck_assert_int_eq(cache_get(c, "/a/x?voted=1", &gen1, 7400, &got), 0);
	cache_stats(c, &st);
	ck_assert_uint_eq(st.hits, 1);
	ck_assert_uint_eq(st.misses, 1);
	ck_assert_uint_eq(st.stores, 1);
	ck_assert_uint_gt(st.bytes, strlen("<p>正文</p>"));
	cache_clear(c);
	cache_stats(c, &st);
	ck_assert_uint_eq(st.bytes, 0);
	ck_assert_int_eq(cache_get(c, "/a/x?", &gen1, 7400, &got), 0);
	resp_free(&rs);
	resp_free(&got);
	buf_free(&made);
	buf_free(&kept);
	cache_free(c);
}
END_TEST

/* A page made from an older database, or in an hour that has ended, is
 * never served; the stale copy is dropped. */
START_TEST(test_stale_is_dropped)
{
	struct cache *c = cache_new(8);
	struct resp rs, got;
	struct store_gen other_commit = { 8, 3 }, own_change = { 7, 4 };
	struct cache_stats st;

	page(&rs, "old");
	resp_init(&got);
	ck_assert_int_eq(cache_put(c, "/", &gen1, 7300, &rs), 1);
	ck_assert_int_eq(cache_get(c, "/", &other_commit, 7300, &got), 0);
	cache_stats(c, &st);
	ck_assert_uint_eq(st.bytes, 0);
	ck_assert_int_eq(cache_put(c, "/", &gen1, 7300, &rs), 1);
	ck_assert_int_eq(cache_get(c, "/", &own_change, 7300, &got), 0);
	ck_assert_int_eq(cache_put(c, "/", &gen1, 7300, &rs), 1);
	ck_assert_int_eq(cache_get(c, "/", &gen1, 10799, &got), 1);
	ck_assert_int_eq(cache_get(c, "/", &gen1, 10800, &got), 0);
	ck_assert_int_eq(cache_get(c, "/", &gen1, 7300, &got), 0);
	resp_free(&rs);
	resp_free(&got);
	cache_free(c);
}
END_TEST

/* Only pages that are the same for everyone are kept. */
START_TEST(test_personal_pages_are_not_kept)
{
	struct cache *c = cache_new(8);
	struct resp rs;
	struct buf big;

	page(&rs, "x");
	rs.status = 404;
	ck_assert_int_eq(cache_put(c, "/a/none?", &gen1, 1, &rs), 0);
	rs.status = 200;
	rs.cache_control = "no-store";
	ck_assert_int_eq(cache_put(c, "/ask?", &gen1, 1, &rs), 0);
	rs.cache_control = "no-cache";
	resp_header(&rs, "Set-Cookie", "__Host-quanyi_csrf=abc; Path=/; Secure");
	ck_assert_int_eq(cache_put(c, "/ask?", &gen1, 1, &rs), 0);
	resp_free(&rs);
	page(&rs, "");
	buf_init(&big);
	for (size_t i = 0; i <= CACHE_MAX_BODY; i++)
		buf_putc(&big, 'a');
	buf_append(&rs.body, big.data, big.len);
	ck_assert_int_eq(cache_put(c, "/big?", &gen1, 1, &rs), 0);
	buf_free(&big);
	resp_free(&rs);
	cache_free(c);
}
END_TEST

/* Two keys in one slot: the later one takes it. No cache: nothing kept. */
START_TEST(test_slot_taken_over)
{
	struct cache *c = cache_new(1);
	struct resp rs, got;

	page(&rs, "a");
	resp_init(&got);
	ck_assert_int_eq(cache_put(c, "/a/a?", &gen1, 1, &rs), 1);
	ck_assert_int_eq(cache_put(c, "/a/b?", &gen1, 1, &rs), 1);
	ck_assert_int_eq(cache_get(c, "/a/a?", &gen1, 1, &got), 0);
	ck_assert_int_eq(cache_get(c, "/a/b?", &gen1, 1, &got), 1);
	cache_free(c);
	ck_assert_ptr_null(cache_new(0));
	ck_assert_int_eq(cache_put(NULL, "/", &gen1, 1, &rs), 0);
	ck_assert_int_eq(cache_get(NULL, "/", &gen1, 1, &got), 0);
	resp_free(&rs);
	resp_free(&got);
}
END_TEST

/* fill: one topic, article a1 (its title changed: two revisions). */
static void fill(struct store *s)
{
	fake_seed(s);
	fake_article(s, "a1", "旧的标题");
}

/* other_writer: change the database through a connection of its own, as
 * another worker or quanyictl would (with the search index's tokenizer,
 * as store_open gives every connection). */
static void other_writer(const char *db, const char *sql)
{
	sqlite3 *h;

	ck_assert_int_eq(sqlite3_open(db, &h), SQLITE_OK);
	ck_assert_int_eq(store_fts_register(h), 0);
	sqlite3_busy_timeout(h, 2000);
	ck_assert_int_eq(sqlite3_exec(h, sql, NULL, NULL, NULL), SQLITE_OK);
	sqlite3_close(h);
}

START_TEST(test_app_sees_every_change)
{
	struct site a;
	struct buf first, out;
	struct cache_stats st;
	char etag[64] = "";
	char *dir = fake_site(&a, fill);
	const char *e;

	buf_init(&first);
	buf_init(&out);
	fake_handle(&a, "GET", "/a/a1", "", NULL, &first);
	ck_assert_msg(strncmp(first.data, "Status: 200", 11) == 0, "%.200s", first.data);
	ck_assert_ptr_nonnull(strstr(first.data, "旧的标题"));
	fake_handle(&a, "GET", "/a/a1", "", NULL, &out);
	ck_assert_str_eq(out.data, first.data);
	cache_stats(a.cache, &st);
	ck_assert_uint_eq(st.hits, 1);
	ck_assert_uint_eq(st.stores, 1);

	/* HEAD and a matching If-None-Match are answered from it too. */
	fake_handle(&a, "HEAD", "/a/a1", "", NULL, &out);
	ck_assert(strncmp(out.data, "Status: 200", 11) == 0);
	ck_assert_ptr_null(strstr(out.data, "旧的标题"));
	e = strstr(first.data, "ETag: ");
	ck_assert_ptr_nonnull(e);
	sscanf(e + 6, "%63s", etag);
	fake_handle(&a, "GET", "/a/a1", "", etag, &out);
	ck_assert_msg(strncmp(out.data, "Status: 304", 11) == 0, "%.200s", out.data);
	cache_stats(a.cache, &st);
	ck_assert_uint_eq(st.hits, 3);

	/* Another connection's commit shows at once. */
	other_writer(a.db_path, "UPDATE article SET title = '别人改的标题' WHERE slug = 'a1'");
	fake_handle(&a, "GET", "/a/a1", "", NULL, &out);
	ck_assert_ptr_nonnull(strstr(out.data, "别人改的标题"));
	ck_assert_ptr_null(strstr(out.data, "旧的标题"));
	fake_handle(&a, "GET", "/a/a1", "", etag, &out);
	ck_assert(strncmp(out.data, "Status: 200", 11) == 0);

	/* So does a change this worker's own connection makes. */
	ck_assert_int_eq(store_exec(a.store, "UPDATE article SET title = '自己改的标题'"
				    " WHERE slug = 'a1'"), 0);
	fake_handle(&a, "GET", "/a/a1", "", NULL, &out);
	ck_assert_ptr_nonnull(strstr(out.data, "自己改的标题"));

	/* Search pages are kept per query; a published article joins the
	 * results at once. */
	fake_handle(&a, "GET", "/search", "q=%E6%96%B0%E6%96%87%E7%AB%A0", NULL, &out);
	ck_assert_ptr_null(strstr(out.data, "href=\"/a/a2\""));
	fake_handle(&a, "GET", "/search", "q=%E6%96%B0%E6%96%87%E7%AB%A0", NULL, &out);
	fake_article(a.store, "a2", "一篇新文章");
	fake_handle(&a, "GET", "/search", "q=%E6%96%B0%E6%96%87%E7%AB%A0", NULL, &out);
	ck_assert_ptr_nonnull(strstr(out.data, "href=\"/a/a2\""));

	/* A page not found is not kept; nor are forms with a cookie. */
	cache_stats(a.cache, &st);
	fake_handle(&a, "GET", "/a/none", "", NULL, &out);
	fake_handle(&a, "GET", "/ask", "", NULL, &out);
	{
		struct cache_stats st2;
		cache_stats(a.cache, &st2);
		ck_assert_uint_eq(st2.stores, st.stores);
	}

	/* A template reload forgets everything; -C 0 keeps nothing. */
	buf_reset(&first);
	ck_assert_int_eq(site_reload(&a, &first), 0);
	cache_stats(a.cache, &st);
	ck_assert_uint_eq(st.bytes, 0);
	site_cache_slots(&a, 0);
	ck_assert_ptr_null(a.cache);
	fake_handle(&a, "GET", "/a/a1", "", NULL, &out);
	ck_assert_ptr_nonnull(strstr(out.data, "自己改的标题"));

	buf_free(&first);
	buf_free(&out);
	fake_site_close(&a, dir);
}
END_TEST

Suite *suite_cache(void)
{
	Suite *s = suite_create("cache");
	TCase *tc = tcase_create("core");

	tcase_add_test(tc, test_hit_is_the_same_page);
	tcase_add_test(tc, test_stale_is_dropped);
	tcase_add_test(tc, test_personal_pages_are_not_kept);
	tcase_add_test(tc, test_slot_taken_over);
	tcase_add_test(tc, test_app_sees_every_change);
	suite_add_tcase(s, tc);
	return s;
}
