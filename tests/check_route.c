/* Unit tests: the route table. */
#include <string.h>

#include "check_suites.h"
#include "route.h"

static const struct route *match(const char *path, const char **slug, struct arena *a)
{
	int known;

	return route_match(path, slug, a, &known);
}

START_TEST(test_routes)
{
	struct arena a;
	const char *slug;
	const struct route *rt;

	arena_init(&a);
	rt = match("/", &slug, &a);
	ck_assert_ptr_nonnull(rt);
	ck_assert(rt->fn == page_home);
	ck_assert_ptr_null(slug);

	rt = match("/a/limitation-period-three-years", &slug, &a);
	ck_assert_ptr_nonnull(rt);
	ck_assert(rt->fn == page_article);
	ck_assert_str_eq(slug, "limitation-period-three-years");
	ck_assert(rt->flags & RF_ETAG);

	rt = match("/c/overdue", &slug, &a);
	ck_assert(rt && rt->fn == page_category);
	rt = match("/channels", &slug, &a);
	ck_assert(rt && rt->fn == page_channels);
	rt = match("/search", &slug, &a);
	ck_assert(rt && rt->fn == page_search);
	ck_assert_int_eq(rt->methods & M_POST, 0);
	ck_assert(rt->methods & M_HEAD);
	arena_free(&a);
}
END_TEST

START_TEST(test_no_route)
{
	static const char *const bad[] = {
		"/a/", "/a", "/a/Upper", "/a/x/y", "/a/../etc/passwd", "/a/x%2fy", "/c/overdue/",
		"/channels/", "/nope", "//", "/a/-x", "/search/", "/static/site.css", ""
	};
	struct arena a;
	const char *slug;

	arena_init(&a);
	for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++)
		ck_assert_msg(match(bad[i], &slug, &a) == NULL, "matched %s", bad[i]);
	arena_free(&a);
}
END_TEST

Suite *suite_route(void)
{
	Suite *s = suite_create("route");
	TCase *tc = tcase_create("table");

	tcase_add_test(tc, test_routes);
	tcase_add_test(tc, test_no_route);
	suite_add_tcase(s, tc);
	return s;
}
