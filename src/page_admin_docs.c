/* page_admin_docs: editing every kind of content but the articles (the
 * kinds of page_admin_kinds.c: topics, complaint channels, glossary terms,
 * situations, law texts, dated values, the plan's questions and steps).
 * Editors edit the whole file in the content/ format (the same text
 * `quanyictl export` writes), so the strict parser checks it and names the
 * bad line; every save is kept as a revision and written to the audit
 * log. */
#include <stdio.h>
#include <string.h>

#include "content.h"
#include "page.h"
#include "markdown.h"
#include "page_admin_history.h"
#include "page_admin_kinds.h"
#include "store_doc.h"

/* page_doc_kind_of: the kind named in the request path after prefix
 * ("/admin/d/" or "/admin/dh/"), or NULL. */
static const struct page_admin_kind *page_doc_kind_of(const char *path, const char *prefix)
{
	size_t n = strlen(prefix);
	const char *sl;

	if (strncmp(path, prefix, n) != 0 || !(sl = strchr(path + n, '/')))
		return NULL;
	return page_admin_kind_by_path(path + n, (size_t)(sl - path - n));
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

/* page_admin_docs: /admin/docs: every document of every kind with a
 * link to edit it and its history, and a form per kind to start a new
 * one (kind and slug given: 303 to its edit page). Answers 200, 303, 422
 * (the new address is not valid, or no such kind; what was typed is
 * kept) or 503. */
void page_admin_docs(struct page *p)
{
	struct tpl_dict *d = page_admin_begin(p, "admin_docs.tpl", "话题、渠道、法律和数值");
	const char *kind = req_str(p->req, F_KIND);
	const struct page_admin_kind *kinds, *want = kind ? page_admin_kind_by_path(kind, strlen(kind))
						  : NULL;
	size_t nk;
	int status = 200;

	if (!d)
		goto fail;
	if (want && req_err(p->req, F_SLUG) == FE_OK) {
		char loc[160];
		snprintf(loc, sizeof(loc), "/admin/d/%s/%s", want->path, req_str(p->req, F_SLUG));
		page_redirect(p, loc);
		return;
	}
	if (kind || req_raw(p->req, F_SLUG) || req_raw(p->req, F_KIND)) {
		tpl_set(tpl_section(d, "NOTICE"), "MESSAGE", want ?
			"新内容的地址只能用小写字母、数字和连字符，例如 new-term。" :
			"请选择要新建的内容种类。");
		status = 422;
	}
	kinds = page_admin_kinds(&nk);
	for (size_t i = 0; i < nk; i++) {
		struct content_doc_names names;
		struct page_docs_list l = page_docs_group(p, d, kinds[i].path, kinds[i].label);

		if (content_doc_list(p->site->store, kinds[i].kind, &p->req->arena, &names) < 0)
			goto fail;
		for (size_t j = 0; j < names.n; j++)
			page_docs_item(&l, names.v[j].slug, names.v[j].title);
	}
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
	const struct page_admin_kind *k;
	struct tpl_dict *d;
	const char *slug, *text;
};

/* page_doc_generic: the preview of a kind without a public page of its
 * own: each header line as a name and value, then the body rendered.
 * 0 or -1. */
static int page_doc_generic(struct page *p, struct tpl_dict *d, const char *text)
{
	const char *line = text, *body;
	struct buf html;
	int rc;

	while (*line && *line != '\n') {
		const char *nl = strchr(line, '\n'), *colon = strchr(line, ':');
		size_t len = nl ? (size_t)(nl - line) : strlen(line);

		if (colon && colon < line + len) {
			struct tpl_dict *k = tpl_section(d, "KEY");
			const char *v = colon + 1;

			while (*v == ' ')
				v++;
			tpl_setn(k, "NAME", line, (size_t)(colon - line));
			tpl_setn(k, "VALUE", v, (size_t)(line + len - v));
		}
		line += len + (nl ? 1 : 0);
	}
	body = *line == '\n' ? line + 1 : line;
	buf_init(&html);
	rc = markdown_render(body, strlen(body), &html);
	if (rc == 0)
		tpl_set_cmark(d, "BODY", html.data ? html.data : "");
	buf_free(&html);
	return rc;
}

/* page_doc_preview_fill: the public page the document appears on, filled
 * by the same function as that page, from the store as the posted text
 * would leave it (or the generic preview). 0 or -1. */
static int page_doc_preview_fill(void *ctx)
{
	struct page_doc_preview *v = ctx;
	struct tpl_dict *pv = tpl_section(v->d, "PREVIEW");

	tpl_set(pv, "SLUG", v->slug);
	if (v->k->public_prefix)
		tpl_set(tpl_section(pv, "ADDRESS"), "PREFIX", v->k->public_prefix);
	if (!v->k->fill)
		return page_doc_generic(v->p, tpl_include(pv, "PAGE", "admin_doc_preview.tpl"),
					v->text);
	return v->k->fill(v->p, tpl_include(pv, "PAGE", v->k->tpl), v->slug);
}

/* page_doc_form: the edit form's values: the text shown, the revision it
 * starts from, and where the document lives. */
static void page_doc_form(struct page *p, struct tpl_dict *d, const struct page_admin_kind *k,
			  const char *shown, long base, int found)
{
	tpl_set(d, "KIND", k->path);
	tpl_set(d, "LABEL", k->label);
	tpl_set(d, "SLUG", p->arg);
	tpl_set(d, "DOC_VALUE", shown);
	tpl_set_int(d, "BASE", base);
	if (found) {
		struct tpl_dict *e = tpl_section(d, "EXISTING");
		if (k->public_prefix)
			tpl_set(tpl_section(e, "PUBLIC"), "PUBLIC_PREFIX", k->public_prefix);
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
static int page_admin_doc_post(struct page *p, struct tpl_dict *d, const struct page_admin_kind *k,
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
		struct page_doc_preview v = { p, k, d, p->arg, posted };
		res = content_doc_preview(p->site->store, k->kind, p->arg, posted,
					  p->req->remote_user, page_doc_preview_fill, &v, &err);
	} else {
		res = content_doc_save(p->site->store, k->kind, p->arg, posted,
				       p->req->remote_user, "save", *base, &rev, &err);
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
	const struct page_admin_kind *k = page_doc_kind_of(p->req->path, "/admin/d/");
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
		tpl_set(item, "EDITOR", page_admin_history_who(r->editor));
		page_admin_history_when(item, "CREATED", r->created);
		tpl_set_int(item, "BYTES", r->bytes);
		if (r->revision > 1)
			tpl_set_int(tpl_section(item, "HAS_PREV"), "PREV", r->revision - 1);
		if (r->revision != latest)
			tpl_show(item, "CAN_RESTORE");
	}
}

/* page_doc_restore_note: with rev (and no saved), the confirmation that
 * says what restoring rev will do; with saved too, the message that it
 * was done. 0, or -1 when rev is not among revs. */
static int page_doc_restore_note(struct tpl_dict *d, const struct store_doc_revs *revs, long rev,
				 long saved)
{
	long latest = revs->n ? revs->v[0].revision : 0;

	if (!rev)
		return 0;
	if (saved > 0) {
		page_admin_history_restore(d, rev, saved, latest, NULL, NULL);
		return 0;
	}
	for (size_t i = 0; i < revs->n; i++)
		if (revs->v[i].revision == rev) {
			page_admin_history_restore(d, rev, 0, latest, revs->v[i].editor,
						   revs->v[i].created);
			return 0;
		}
	return -1;
}

/* page_doc_compare: the lines that changed between revisions ra and rb.
 * 1, 0 (no such revision) or -1. */
static int page_doc_compare(struct page *p, const struct page_admin_kind *k, struct tpl_dict *d,
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
			page_admin_history_diff(c, a.data ? a.data : "", b.data ? b.data : "");
		}
	}
	buf_free(&a);
	buf_free(&b);
	return rc;
}

/* page_doc_restore: POST rev=N base=M: save revision N's text again as
 * the newest revision. The status of the page to show, or 0 when it
 * redirected. */
static int page_doc_restore(struct page *p, const struct page_admin_kind *k, struct tpl_dict *d)
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
				 "restore", base, &rev, &err)) {
	case CONTENT_SAVE_OK:
	case CONTENT_SAVE_UNCHANGED: {
		char loc[160];
		snprintf(loc, sizeof(loc), "/admin/dh/%s/%s?saved=%ld&rev=%ld", k->path, p->arg,
			 rev, want);
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
	const struct page_admin_kind *k = page_doc_kind_of(p->req->path, "/admin/dh/");
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
	if (p->req->method != M_POST && page_doc_restore_note(hd, &revs, req_int(p->req, F_REV, 0),
							      req_int(p->req, F_SAVED, 0)) != 0) {
		page_error(p, 404, "没有这个版本。");
		return;
	}
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
