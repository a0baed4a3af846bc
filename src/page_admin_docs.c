/* page_admin_docs: editing topics, complaint channels, glossary terms and
 * the channel guide's situations. Editors edit the whole file in the
 * content/ format (the same text `quanyictl export` writes), so the strict
 * parser checks it and names the bad line; every save is kept as a
 * revision. */
#include <stdio.h>
#include <string.h>

#include "content.h"
#include "diff.h"
#include "page.h"
#include "store_category.h"
#include "store_channel.h"
#include "store_doc.h"
#include "store_glossary.h"
#include "store_situation.h"

/* The kinds editors can edit here, by the path segment after /admin/d/
 * (and /admin/dh/ for the history): where readers see one, and which
 * public template the preview renders. */
static const struct page_doc_kind {
	const char *path;
	enum content_kind kind;
	const char *label;
	const char *skeleton;
	const char *public_prefix;   /* the public address is this + slug */
	const char *tpl;             /* the public page's template */
} page_doc_kinds[] = {
	{ "category", CONTENT_CATEGORY, "话题",
	  "title: \nposition: 9\nfeatured: \nsummary: \n\n介绍。\n", "/c/", "category.tpl" },
	{ "channel", CONTENT_CHANNEL, "投诉渠道",
	  "name: \noperator: \nhandles: \nnot_handles: \ncontact: \nprepare: \nnext: \n"
	  "position: 99\nreviewed: 2026-01-01\n\n什么时候用。\n", "/channels#", "channels.tpl" },
	{ "glossary", CONTENT_GLOSSARY, "术语",
	  "term: \nposition: 99\nreviewed: 2026-01-01\nsource: \n\n解释。\n", "/glossary#",
	  "glossary.tpl" },
	{ "situation", CONTENT_SITUATION, "渠道指南情形",
	  "title: \nposition: 99\nchannels: lender\n\n说明。\n", "/channels#s-", "channels.tpl" },
};

/* page_doc_kind_of: the kind named in the request path after prefix
 * ("/admin/d/" or "/admin/dh/"), or NULL. */
static const struct page_doc_kind *page_doc_kind_of(const char *path, const char *prefix)
{
	size_t n = strlen(prefix);

	if (strncmp(path, prefix, n) != 0)
		return NULL;
	for (size_t i = 0; i < sizeof(page_doc_kinds) / sizeof(page_doc_kinds[0]); i++) {
		size_t k = strlen(page_doc_kinds[i].path);
		if (strncmp(path + n, page_doc_kinds[i].path, k) == 0 && path[n + k] == '/')
			return &page_doc_kinds[i];
	}
	return NULL;
}

struct page_docs_list {
	struct tpl_dict *d;
	const char *kind;
};

/* page_docs_item: one document of a kind's list, linked to its editor. */
static void page_docs_item(struct page_docs_list *l, const char *slug, const char *title)
{
	struct tpl_dict *d = tpl_section(l->d, "DOC");

	tpl_set(d, "KIND", l->kind);
	tpl_set(d, "SLUG", slug);
	tpl_set(d, "TITLE", title);
}

/* page_docs_group: one kind's section of the list, with its form for a
 * new one (keeping the address typed, if it was for this kind). */
static struct page_docs_list page_docs_group(struct page *p, struct tpl_dict *d,
					     const char *kind, const char *label)
{
	struct page_docs_list l = { tpl_section(d, "GROUP"), kind };
	const char *typed = req_str(p->req, F_KIND);

	tpl_set(l.d, "LABEL", label);
	tpl_set(l.d, "KIND", kind);
	if (typed && strcmp(typed, kind) == 0) {
		tpl_set(l.d, "TYPED", page_form_value(p, F_SLUG));
		tpl_show(l.d, "INVALID");
	}
	return l;
}

/* page_admin_docs: /admin/docs: every topic, channel, glossary term and
 * situation with a link to edit it and its history, and a form per kind
 * to start a new one (kind and slug given: 303 to its edit page).
 * Answers 200, 303, 422 (the new address is not valid; what was typed is
 * kept) or 503. */
void page_admin_docs(struct page *p)
{
	struct tpl_dict *d = page_admin_begin(p, "admin_docs.tpl", "话题、渠道和术语");
	struct page_docs_list l;
	struct store *s = p->site->store;
	struct arena *a = &p->req->arena;
	struct store_categories cats;
	struct store_channels chans;
	struct store_terms terms;
	struct store_situations sits;
	const char *kind = req_str(p->req, F_KIND);
	int status = 200;

	if (!d)
		goto fail;
	if (kind && req_err(p->req, F_SLUG) == FE_OK) {
		char loc[160];
		snprintf(loc, sizeof(loc), "/admin/d/%s/%s", kind, req_str(p->req, F_SLUG));
		page_redirect(p, loc);
		return;
	}
	if (kind || req_raw(p->req, F_SLUG)) {
		tpl_set(tpl_section(d, "NOTICE"), "MESSAGE", kind ?
			"新内容的地址只能用小写字母、数字和连字符，例如 new-term。" :
			"请选择要新建的内容种类。");
		status = 422;
	}
	if (store_category_list(s, a, &cats) < 0 || store_channel_list(s, a, &chans) < 0 ||
	    store_glossary_list(s, a, &terms) < 0 || store_situation_list(s, a, &sits) < 0)
		goto fail;
	l = page_docs_group(p, d, "category", "话题");
	for (size_t i = 0; i < cats.n; i++)
		page_docs_item(&l, cats.v[i].slug, cats.v[i].title);
	l = page_docs_group(p, d, "channel", "投诉渠道");
	for (size_t i = 0; i < chans.n; i++)
		page_docs_item(&l, chans.v[i].slug, chans.v[i].name);
	l = page_docs_group(p, d, "glossary", "术语");
	for (size_t i = 0; i < terms.n; i++)
		page_docs_item(&l, terms.v[i].slug, terms.v[i].term);
	l = page_docs_group(p, d, "situation", "渠道指南情形");
	for (size_t i = 0; i < sits.n; i++)
		page_docs_item(&l, sits.v[i].slug, sits.v[i].title);
	page_finish(p, status);
	return;
fail:
	page_error(p, 503, "暂时无法读取，请稍后再试。");
}

/* page_doc_posted: the posted file text (as page_form_value gives it)
 * with exactly one newline at the end, as the file format wants. */
static char *page_doc_posted(struct page *p)
{
	const char *v = page_form_value(p, F_DOC);
	size_t n = strlen(v);
	char *out;

	while (n > 0 && v[n - 1] == '\n')
		n--;
	out = arena_strndup(&p->req->arena, v, n + 1);
	out[n] = '\n';
	return out;
}

struct page_doc_preview {
	struct page *p;
	const struct page_doc_kind *k;
	struct tpl_dict *d;
	const char *slug;
};

/* page_doc_preview_fill: the public page the document appears on, filled
 * by the same function as that page, from the store as the posted text
 * would leave it. 0 or -1. */
static int page_doc_preview_fill(void *ctx)
{
	struct page_doc_preview *v = ctx;
	struct tpl_dict *d = tpl_include(tpl_section(v->d, "PREVIEW"), "PAGE", v->k->tpl);
	struct store_category c;

	switch (v->k->kind) {
	case CONTENT_CATEGORY:
		return store_category_get(v->p->site->store, &v->p->req->arena, v->slug, &c) == 1 ?
			page_category_fill(v->p, d, &c) : -1;
	case CONTENT_GLOSSARY:
		return page_glossary_fill(v->p, d);
	default:
		return page_channels_fill(v->p, d);
	}
}

/* page_doc_form: the edit form's values: the text shown, the revision it
 * starts from, and where the document lives. */
static void page_doc_form(struct page *p, struct tpl_dict *d, const struct page_doc_kind *k,
			  const char *shown, long base, int found)
{
	tpl_set(d, "KIND", k->path);
	tpl_set(d, "LABEL", k->label);
	tpl_set(d, "SLUG", p->arg);
	tpl_set(d, "DOC_VALUE", shown);
	tpl_set_int(d, "BASE", base);
	if (found) {
		struct tpl_dict *e = tpl_section(d, "EXISTING");
		tpl_set(e, "PUBLIC_PREFIX", k->public_prefix);
		tpl_set(e, "KIND", k->path);
		tpl_set(e, "SLUG", p->arg);
	} else {
		tpl_show(d, "NEW");
	}
	page_form_token(p, d);
}

/* page_admin_doc_post: an editor's posted text: preview it as the public
 * page, or save it as a new revision. The status of the page to show, or
 * 0 when the save redirected. */
static int page_admin_doc_post(struct page *p, struct tpl_dict *d, const struct page_doc_kind *k,
			       const char *posted, int found, const struct buf *current,
			       long *base)
{
	const char *action = req_str(p->req, F_ACTION);
	struct buf err;
	enum content_save res;
	long rev = 0;
	int status;

	if (p->csrf != CSRF_OK) {
		tpl_set(tpl_section(d, "NOTICE"), "MESSAGE", csrf_message(p->csrf));
		return 403;
	}
	buf_init(&err);
	if (action && strcmp(action, "preview") == 0) {
		struct page_doc_preview v = { p, k, d, p->arg };
		res = content_doc_preview(p->site->store, k->kind, p->arg, posted,
					  p->req->remote_user, page_doc_preview_fill, &v, &err);
	} else {
		res = content_doc_save(p->site->store, k->kind, p->arg, posted,
				       p->req->remote_user, *base, &rev, &err);
	}
	switch (res) {
	case CONTENT_SAVE_OK:
	case CONTENT_SAVE_UNCHANGED:
		if (action && strcmp(action, "preview") == 0) {
			tpl_show(d, "PREVIEWED");
			status = 200;
		} else {
			char loc[160];
			snprintf(loc, sizeof(loc), "/admin/d/%s/%s?saved=%ld", k->path, p->arg, rev);
			page_redirect(p, loc);
			status = 0;
		}
		break;
	case CONTENT_SAVE_INVALID:
		tpl_set(tpl_section(d, "NOTICE"), "MESSAGE", err.data ? err.data : "文件格式有误。");
		status = 422;
		break;
	case CONTENT_SAVE_CONFLICT: {
		struct tpl_dict *c = tpl_section(d, "CONFLICT");
		tpl_set_int(c, "THEIR_REVISION", rev);
		tpl_set(c, "THEIR_TEXT", found ? current->data : "");
		*base = rev;
		status = 409;
		break;
	}
	default:
		status = page_unavailable_form(p, d);
		break;
	}
	buf_free(&err);
	return status;
}

/* page_admin_doc: /admin/d/<kind>/<slug>: GET the file text (a skeleton
 * for a new one); POST previews it as the public page (action=preview)
 * or saves it as a new revision. Answers 200, 303, 403 (bad token, text
 * kept), 404 (no such kind), 409 (someone saved meanwhile: both texts
 * shown, the editor's kept), 422 (the text does not parse: the line and
 * the reason, text kept) or 503 (text kept). */
void page_admin_doc(struct page *p)
{
	const struct page_doc_kind *k = page_doc_kind_of(p->req->path, "/admin/d/");
	struct tpl_dict *d;
	struct buf text;
	const char *shown;
	long base;
	int found, status = 200;

	if (!k) {
		page_error(p, 404, "没有这种内容。");
		return;
	}
	buf_init(&text);
	found = content_doc_text(p->site->store, k->kind, p->arg, &text);
	base = store_doc_revision(p->site->store, content_dir(k->kind), p->arg);
	d = found < 0 || base < 0 ? NULL : page_admin_begin(p, "admin_doc.tpl", k->label);
	if (!d) {
		buf_free(&text);
		page_error(p, 503, "暂时无法读取，请稍后再试。");
		return;
	}
	shown = found ? text.data : k->skeleton;
	if (p->req->method == M_POST) {
		shown = page_doc_posted(p);
		base = req_int(p->req, F_BASE, 0);
		status = page_admin_doc_post(p, d, k, shown, found, &text, &base);
	} else if (req_int(p->req, F_SAVED, -1) >= 0) {
		tpl_set_int(tpl_section(d, "SAVED"), "REVISION", req_int(p->req, F_SAVED, 0));
	}
	if (status != 0) {
		page_doc_form(p, d, k, shown, base, found);
		page_finish(p, status);
	}
	buf_free(&text);
}

/* page_doc_history_list: the saved revisions into REVISION sections of
 * d, newest first; the newest cannot be restored. */
static void page_doc_history_list(struct tpl_dict *d, const struct store_doc_revs *revs)
{
	long latest = revs->n ? revs->v[0].revision : 0;

	for (size_t i = 0; i < revs->n; i++) {
		const struct store_doc_rev *r = &revs->v[i];
		struct tpl_dict *item = tpl_section(d, "REVISION");

		tpl_set_int(item, "N", r->revision);
		tpl_set(item, "EDITOR", strcmp(r->editor, "import") == 0 ? "导入（content/ 文件）"
									  : r->editor);
		tpl_set(item, "CREATED", r->created);
		tpl_set_int(item, "BYTES", r->bytes);
		if (r->revision > 1)
			tpl_set_int(tpl_section(item, "HAS_PREV"), "PREV", r->revision - 1);
		if (r->revision != latest)
			tpl_show(item, "CAN_RESTORE");
	}
}

/* page_doc_diff_line: one line of a comparison. */
static void page_doc_diff_line(void *ctx, enum diff_kind kind, const char *line, size_t len)
{
	struct tpl_dict *d = tpl_section(ctx, "LINE");

	tpl_setn(tpl_section(d, kind == DIFF_ADD ? "ADD" : kind == DIFF_DEL ? "DEL" : "SAME"),
		 "TEXT", line, len);
}

/* page_doc_compare: the lines that changed between revisions ra and rb.
 * 1, 0 (no such revision) or -1. */
static int page_doc_compare(struct page *p, const struct page_doc_kind *k, struct tpl_dict *d,
			    long ra, long rb)
{
	struct buf a, b;
	int fa, fb, rc = -1;

	buf_init(&a);
	buf_init(&b);
	fa = store_doc_revision_text(p->site->store, content_dir(k->kind), p->arg, ra, &a);
	fb = store_doc_revision_text(p->site->store, content_dir(k->kind), p->arg, rb, &b);
	if (fa >= 0 && fb >= 0) {
		rc = fa && fb;
		if (rc) {
			struct tpl_dict *c = tpl_section(d, "COMPARE");
			tpl_set_int(c, "RA", ra);
			tpl_set_int(c, "RB", rb);
			if (diff_lines(a.data ? a.data : "", b.data ? b.data : "",
				       page_doc_diff_line, c) != 0)
				tpl_show(c, "TOO_LONG");
		}
	}
	buf_free(&a);
	buf_free(&b);
	return rc;
}

/* page_doc_restore: POST rev=N base=M: save revision N's text again as
 * the newest revision. The status of the page to show, or 0 when it
 * redirected. */
static int page_doc_restore(struct page *p, const struct page_doc_kind *k, struct tpl_dict *d)
{
	long want = req_int(p->req, F_REV, 0), base = req_int(p->req, F_BASE, 0), rev = 0;
	struct buf text, err;
	int found, status = 0;

	if (p->csrf != CSRF_OK) {
		tpl_set(tpl_section(d, "NOTICE"), "MESSAGE", csrf_message(p->csrf));
		return 403;
	}
	if (!want) {
		tpl_set(tpl_section(d, "NOTICE"), "MESSAGE", "请选择要恢复的版本。");
		return 400;
	}
	buf_init(&text);
	buf_init(&err);
	found = store_doc_revision_text(p->site->store, content_dir(k->kind), p->arg, want, &text);
	if (found <= 0) {
		tpl_set(tpl_section(d, "NOTICE"), "MESSAGE",
			found < 0 ? "暂时无法读取，请稍后再试。" : "没有这个版本。");
		status = found < 0 ? 503 : 404;
		goto out;
	}
	switch (content_doc_save(p->site->store, k->kind, p->arg, text.data, p->req->remote_user,
				 base, &rev, &err)) {
	case CONTENT_SAVE_OK:
	case CONTENT_SAVE_UNCHANGED: {
		char loc[160];
		snprintf(loc, sizeof(loc), "/admin/dh/%s/%s", k->path, p->arg);
		page_redirect(p, loc);
		break;
	}
	case CONTENT_SAVE_CONFLICT:
		tpl_set(tpl_section(d, "NOTICE"), "MESSAGE",
			"在你查看历史期间，别人又保存了一个版本。请看下面最新的列表，再决定是否恢复。");
		status = 409;
		break;
	case CONTENT_SAVE_INVALID:
		tpl_set(tpl_section(d, "NOTICE"), "MESSAGE", err.data ? err.data :
			"这个版本已不符合现在的文件格式，不能直接恢复；请在编辑页手工修改。");
		status = 422;
		break;
	default:
		status = page_unavailable_form(p, d);
		break;
	}
out:
	buf_free(&text);
	buf_free(&err);
	return status;
}

/* page_admin_doc_history: /admin/dh/<kind>/<slug>: every saved revision
 * with its editor and time; with ra and rb, the lines that changed; POST
 * rev restores one as a new revision. Answers 200, 303, 400, 403, 404 (no
 * such kind, document or revision), 409 (saved meanwhile), 422 (the old
 * text no longer parses) or 503. */
void page_admin_doc_history(struct page *p)
{
	const struct page_doc_kind *k = page_doc_kind_of(p->req->path, "/admin/dh/");
	struct store_doc_revs revs;
	struct tpl_dict *hd;
	struct buf cur;
	long ra = req_int(p->req, F_RA, 0), rb = req_int(p->req, F_RB, 0);
	int found, n, status = 200;

	if (!k) {
		page_error(p, 404, "没有这种内容。");
		return;
	}
	buf_init(&cur);
	found = content_doc_text(p->site->store, k->kind, p->arg, &cur);
	buf_free(&cur);
	hd = found < 0 ? NULL : page_admin_begin(p, "admin_doc_history.tpl", "修改历史");
	if (!hd)
		goto fail;
	if (p->req->method == M_POST) {
		status = page_doc_restore(p, k, hd);
		if (status == 0)
			return;
	}
	if (store_doc_revisions(p->site->store, &p->req->arena, content_dir(k->kind), p->arg,
				&revs) < 0)
		goto fail;
	n = (long)revs.n;
	page_doc_history_list(hd, &revs);
	if (n == 0 && !found) {
		page_error(p, 404, "没有这项内容。");
		return;
	}
	if (ra && rb) {
		int c = page_doc_compare(p, k, hd, ra, rb);
		if (c < 0)
			goto fail;
		if (c == 0) {
			page_error(p, 404, "没有这个版本。");
			return;
		}
	}
	tpl_set(hd, "KIND", k->path);
	tpl_set(hd, "LABEL", k->label);
	tpl_set(hd, "SLUG", p->arg);
	tpl_set_int(hd, "LATEST", revs.n ? revs.v[0].revision : 0);
	if (n == 0)
		tpl_show(hd, "NEVER_SAVED");
	page_form_token(p, hd);
	page_finish(p, status);
	return;
fail:
	page_error(p, 503, "暂时无法读取，请稍后再试。");
}
