/* page_vote: "这篇文章有帮助吗？": the buttons under each article and the
 * POST they send. */
#include <string.h>
#include <time.h>

#include "page.h"
#include "store_post.h"
#include "store_vote.h"

enum {
	VOTE_LIMIT = 30,       /* votes per client … */
	VOTE_WINDOW = 3600     /* … per hour */
};

/* page_vote_form: the yes/no form for article slug into d. The token is
 * bound to the article and the hour (not to a cookie) so that the article
 * page stays the same for every reader and can be cached. */
void page_vote_form(struct page *p, struct tpl_dict *d, const char *slug)
{
	char tok[CSRF_TOKEN_HEX + 1];
	struct buf b;
	long now = (long)time(NULL);

	buf_init(&b);
	page_csrf_vote_binding(slug, &b);
	csrf_token(p->site->csrf_key, b.data, now - now % 3600, tok);
	buf_free(&b);
	tpl_set(d, "VOTE_CSRF", tok);
}

/* page_vote: POST /vote/<slug>: count a helpful or not-helpful vote and
 * go back to the article with a thank-you note. Answers 303, 400 (no
 * choice), 403 (bad token or another site), 404 (no such article), 429
 * (too many votes) or 503. */
void page_vote(struct page *p)
{
	const char *helpful = req_str(p->req, F_HELPFUL);
	struct buf loc;
	char client[33];
	long retry = 0;
	int rc;

	/* The route checked the vote token (RC_VOTE); a refused one is ours
	 * to explain. */
	if (p->csrf != CSRF_OK) {
		page_error(p, 403, "投票没有通过安全校验，可能是页面打开太久或不是从本站提交的。请回到文章页面重新投票。");
		return;
	}
	if (!helpful) {
		page_error(p, 400, "请选择“有帮助”或“没有帮助”。");
		return;
	}
	page_client(p, client);
	if (store_begin(p->site->store) != 0)
		goto fail;
	rc = store_post_allow(p->site->store, client, "vote", VOTE_LIMIT, VOTE_WINDOW,
			      (long)time(NULL), &retry);
	if (rc == 1)
		rc = store_vote(p->site->store, p->arg, strcmp(helpful, "yes") == 0);
	else
		rc = rc == 0 ? 2 : -1;
	if (rc != 0) {
		store_rollback(p->site->store);
		if (rc == 1) {
			page_error(p, 404, "没有找到这篇文章。");
		} else if (rc == 2) {
			page_too_many(p, retry, NULL);
			page_error(p, 429, "投票太频繁了，请过一会儿再试。");
		} else {
			goto fail;
		}
		return;
	}
	if (store_commit(p->site->store) != 0)
		goto fail;
	buf_init(&loc);
	buf_printf(&loc, "/a/%s?voted=%s#feedback", p->arg, helpful);
	page_redirect(p, loc.data);
	buf_free(&loc);
	return;
fail:
	page_unavailable(p);
}
