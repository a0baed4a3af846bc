/* route: map a path and method to a page handler. */
#include "route.h"

#include <string.h>
#include <time.h>

#include "site.h"
#include "cache.h"
#include "field.h"

/* Every page the program serves: path, whether a slug follows, methods
 * (GET routes answer HEAD too), the token a POST must carry (none, the
 * form token bound to the browser's cookie, or the vote token bound to
 * the article), handler, flags. */
static const struct route route_table[] = {
	{ "/", 0, M_GET | M_HEAD, RC_NONE, page_home, RF_ETAG | RF_CACHE },
	{ "/c/", 1, M_GET | M_HEAD, RC_NONE, page_category, RF_ETAG | RF_CACHE },
	{ "/a/", 1, M_GET | M_HEAD, RC_NONE, page_article, RF_ETAG | RF_CACHE },
	{ "/channels", 0, M_GET | M_HEAD, RC_NONE, page_channels, RF_ETAG | RF_CACHE },
	{ "/glossary", 0, M_GET | M_HEAD, RC_NONE, page_glossary, RF_ETAG | RF_CACHE },
	{ "/search", 0, M_GET | M_HEAD, RC_NONE, page_search, RF_CACHE },
	{ "/ask", 0, M_GET | M_HEAD | M_POST, RC_FORM, page_ask, RF_FORM },
	{ "/ask/", 1, M_GET | M_HEAD, RC_NONE, page_ticket, 0 },
	{ "/q/", 1, M_GET | M_HEAD, RC_NONE, page_question, RF_ETAG | RF_CACHE },
	{ "/vote/", 1, M_POST, RC_VOTE, page_vote, RF_FORM },
	{ "/admin/", 0, M_GET | M_HEAD, RC_NONE, page_admin_home, RF_ADMIN | RF_FORM },
	{ "/admin/new", 0, M_GET | M_HEAD | M_POST, RC_FORM, page_admin_new, RF_ADMIN | RF_FORM },
	{ "/admin/a/", 1, M_GET | M_HEAD | M_POST, RC_FORM, page_admin_article,
	  RF_ADMIN | RF_FORM },
	{ "/admin/h/", 1, M_GET | M_HEAD, RC_NONE, page_admin_history, RF_ADMIN },
	{ "/admin/restore/", 1, M_POST, RC_FORM, page_admin_restore, RF_ADMIN | RF_FORM },
	{ "/admin/questions", 0, M_GET | M_HEAD, RC_NONE, page_admin_questions, RF_ADMIN },
	{ "/admin/docs", 0, M_GET | M_HEAD, RC_NONE, page_admin_docs, RF_ADMIN | RF_FORM },
	{ "/admin/d/", 2, M_GET | M_HEAD | M_POST, RC_FORM, page_admin_doc, RF_ADMIN | RF_FORM },
	{ "/admin/dh/", 2, M_GET | M_HEAD | M_POST, RC_FORM, page_admin_doc_history,
	  RF_ADMIN | RF_FORM },
	{ "/admin/q/", 1, M_GET | M_HEAD | M_POST, RC_FORM, page_admin_question,
	  RF_ADMIN | RF_FORM },
	{ "/plan", 0, M_GET | M_HEAD, RC_NONE, page_plan, RF_FORM },
	{ "/plan/result", 0, M_GET | M_HEAD, RC_NONE, page_plan_result, RF_FORM },
	{ "/plan/save", 0, M_POST, RC_FORM, page_plan_save, RF_FORM },
	{ "/plan/open", 0, M_POST, RC_FORM, page_plan_open, RF_FORM },
	{ "/plan/p/", 1, M_GET | M_HEAD | M_POST, RC_FORM, page_plan_saved, RF_FORM },
	{ "/tools/timeline", 0, M_GET | M_HEAD, RC_NONE, page_timeline, RF_FORM },
	{ "/tools/letter", 0, M_GET | M_HEAD | M_POST, RC_FORM, page_letter, RF_FORM },
	{ "/tools/court", 0, M_GET | M_HEAD, RC_NONE, page_court, RF_FORM },
	{ "/tools/complaint", 0, M_GET | M_HEAD | M_POST, RC_FORM, page_complaint, RF_FORM },
	{ "/feed.xml", 0, M_GET | M_HEAD, RC_NONE, page_feed_atom, RF_ETAG },
	{ "/sitemap.xml", 0, M_GET | M_HEAD, RC_NONE, page_feed_sitemap, RF_ETAG },
};

/* route_match: the route for path, or NULL. *slug gets the slug (copied
 * into a) for slug routes. */
const struct route *route_match(const char *path, const char **slug,
				struct arena *a, int *path_known)
{
	*slug = NULL;
	*path_known = 0;
	for (size_t i = 0; i < sizeof(route_table) / sizeof(route_table[0]); i++) {
		const struct route *rt = &route_table[i];
		size_t n = strlen(rt->path);

		if (!rt->slug) {
			if (strcmp(path, rt->path) == 0) {
				*path_known = 1;
				return rt;
			}
			continue;
		}
		if (rt->slug == 2 && strncmp(path, rt->path, n) == 0) {
			/* <kind>/<slug>: the handler reads the kind from the path */
			const char *sl = strchr(path + n, '/');

			if (sl && field_slug_ok(path + n, (size_t)(sl - path - n)) &&
			    field_slug_ok(sl + 1, strlen(sl + 1))) {
				*slug = arena_strdup(a, sl + 1);
				*path_known = 1;
				return rt;
			}
			continue;
		}
		if (strncmp(path, rt->path, n) == 0 &&
		    field_slug_ok(path + n, strlen(path + n))) {
			*slug = arena_strdup(a, path + n);
			*path_known = 1;
			return rt;
		}
	}
	return NULL;
}

/* route_allow: the Allow header value for a route's methods. */
static const char *route_allow(int methods)
{
	if ((methods & M_POST) && (methods & M_GET))
		return "GET, HEAD, POST";
	if (methods & M_POST)
		return "POST";
	return "GET, HEAD";
}

/* route_cached: answer a reading page from the worker's page cache when
 * it holds the page for this path and query, made from the database as
 * it is now; otherwise make it with the route's handler and keep it (the
 * cache keeps only what is the same for every reader). */
static void route_cached(struct page *p, const struct route *rt)
{
	struct store_gen g;
	long now = (long)time(NULL);
	size_t plen = strlen(p->req->path), qlen = strlen(p->req->query);
	char *key;

	if (store_generation(p->site->store, &g) != 0) {
		rt->fn(p);
		return;
	}
	key = arena_alloc(&p->req->arena, plen + qlen + 2);
	memcpy(key, p->req->path, plen);
	key[plen] = '?';
	memcpy(key + plen + 1, p->req->query, qlen + 1);
	if (cache_get(p->site->cache, key, &g, now, p->resp))
		return;
	rt->fn(p);
	cache_put(p->site->cache, key, &g, now, p->resp);
}

/* route_dispatch: run the handler for p's request. Answers 404 (no route),
 * 405 (method not allowed), 403 (/admin without a user, or a POST
 * without a good form token) and
 * 400 (a field failed validation) itself, except that RF_FORM handlers
 * answer the last two in their own form. */
void route_dispatch(struct page *p)
{
	const struct route *rt;
	int known;

	rt = route_match(p->req->path, &p->arg, &p->req->arena, &known);
	/* Defence in depth: nginx asks editors for a password; should it be
	 * misconfigured, nothing under /admin answers without a user. */
	if ((strncmp(p->req->path, "/admin", 6) == 0 || (rt && (rt->flags & RF_ADMIN))) &&
	    (!p->req->remote_user || !*p->req->remote_user)) {
		page_error(p, 403, "编辑后台需要登录。请通过网站的编辑入口登录后再试。");
		return;
	}
	if (!rt) {
		page_error(p, 404, "没有找到这个页面。它可能已经移动，或者地址输入有误。");
		return;
	}
	if (!(rt->methods & p->req->method)) {
		resp_header(p->resp, "Allow", route_allow(rt->methods));
		page_error(p, 405, "这个页面不支持这种请求方式。");
		return;
	}
	if (rt->csrf != RC_NONE && p->req->method == M_POST) {
		p->csrf = page_csrf_check_level(p, rt->csrf);
		if (p->csrf != CSRF_OK && !(rt->flags & RF_FORM)) {
			page_error(p, 403, csrf_message(p->csrf));
			return;
		}
	}
	if (p->req->nerrors && !(rt->flags & RF_FORM)) {
		struct buf msg;
		buf_init(&msg);
		req_errors(p->req, &msg);
		page_error(p, 400, msg.data);
		buf_free(&msg);
		return;
	}
	if (rt->flags & RF_ETAG)
		p->resp->flags |= RESP_ETAG;
	if ((rt->flags & RF_CACHE) && p->site->cache && (p->req->method & (M_GET | M_HEAD)))
		route_cached(p, rt);
	else
		rt->fn(p);
}
