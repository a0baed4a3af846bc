/* page_admin_docs: editing topics, complaint channels, glossary terms and
 * the channel guide's situations. Editors edit the whole file in the
 * content/ format (the same text `quanyictl export` writes), so the strict
 * parser checks it and names the bad line; every save is kept as a
 * revision. */
#include <stdio.h>
#include <string.h>

#include "content.h"
#include "page.h"
#include "store_content.h"
#include "store_glossary.h"

/* The kinds editors can edit here, by the path segment after /admin/d/. */
static const struct page_doc_kind {
	const char *path;
	enum content_kind kind;
	const char *label;
	const char *skeleton;
} page_doc_kinds[] = {
	{ "category", CONTENT_CATEGORY, "话题",
	  "title: \nposition: 9\nfeatured: \nsummary: \n\n介绍。\n" },
	{ "channel", CONTENT_CHANNEL, "投诉渠道",
	  "name: \noperator: \nhandles: \nnot_handles: \ncontact: \nprepare: \nnext: \n"
	  "position: 99\nreviewed: 2026-01-01\n\n什么时候用。\n" },
	{ "glossary", CONTENT_GLOSSARY, "术语",
	  "term: \nposition: 99\nreviewed: 2026-01-01\nsource: \n\n解释。\n" },
	{ "situation", CONTENT_SITUATION, "渠道指南情形",
	  "title: \nposition: 99\nchannels: lender\n\n说明。\n" },
};

/* page_doc_kind_of: the kind named in the request path, or NULL. */
static const struct page_doc_kind *page_doc_kind_of(const char *path)
{
	for (size_t i = 0; i < sizeof(page_doc_kinds) / sizeof(page_doc_kinds[0]); i++) {
		char prefix[48];
		snprintf(prefix, sizeof(prefix), "/admin/d/%s/", page_doc_kinds[i].path);
		if (strncmp(path, prefix, strlen(prefix)) == 0)
			return &page_doc_kinds[i];
	}
	return NULL;
}

struct page_docs_list {
	struct tpl_dict *d;
	const char *kind;
};

static void page_docs_item(struct page_docs_list *l, const char *slug, const char *title)
{
	struct tpl_dict *d = tpl_section(l->d, "DOC");

	tpl_set(d, "KIND", l->kind);
	tpl_set(d, "SLUG", slug);
	tpl_set(d, "TITLE", title);
}

static int page_docs_category(void *ctx, const struct store_category *c)
{
	page_docs_item(ctx, c->slug, c->title);
	return 0;
}

static int page_docs_channel(void *ctx, const struct store_channel *c)
{
	page_docs_item(ctx, c->slug, c->name);
	return 0;
}

static int page_docs_term(void *ctx, const struct store_term *t)
{
	page_docs_item(ctx, t->slug, t->term);
	return 0;
}

static int page_docs_situation(void *ctx, const struct store_situation *t)
{
	page_docs_item(ctx, t->slug, t->title);
	return 0;
}

/* page_admin_docs: /admin/docs: every topic, channel, glossary term and
 * situation with a link to edit it, and how to add one. Answers 200 or
 * 503. */
void page_admin_docs(struct page *p)
{
	struct tpl_dict *d = page_admin_begin(p, "admin_docs.tpl", "话题、渠道和术语");
	struct page_docs_list l;
	struct store *s = p->app->store;

	if (!d)
		goto fail;
	l = (struct page_docs_list){ tpl_section(d, "GROUP"), "category" };
	tpl_set(l.d, "LABEL", "话题");
	tpl_set(l.d, "KIND", "category");
	if (store_category_each(s, page_docs_category, &l) < 0)
		goto fail;
	l = (struct page_docs_list){ tpl_section(d, "GROUP"), "channel" };
	tpl_set(l.d, "LABEL", "投诉渠道");
	tpl_set(l.d, "KIND", "channel");
	if (store_channel_each(s, page_docs_channel, &l) < 0)
		goto fail;
	l = (struct page_docs_list){ tpl_section(d, "GROUP"), "glossary" };
	tpl_set(l.d, "LABEL", "术语");
	tpl_set(l.d, "KIND", "glossary");
	if (store_glossary_each(s, page_docs_term, &l) < 0)
		goto fail;
	l = (struct page_docs_list){ tpl_section(d, "GROUP"), "situation" };
	tpl_set(l.d, "LABEL", "渠道指南情形");
	tpl_set(l.d, "KIND", "situation");
	if (store_situation_each(s, page_docs_situation, &l) < 0)
		goto fail;
	page_finish(p, 200);
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

/* page_admin_doc: /admin/d/<kind>/<slug>: GET the file text (a skeleton
 * for a new one); POST saves it as a new revision. Answers 200, 303, 403
 * (bad token, text kept), 404 (no such kind), 409 (someone saved
 * meanwhile: both texts shown, the editor's kept), 422 (the text does not
 * parse: the line and the reason, text kept) or 503. */
void page_admin_doc(struct page *p)
{
	const struct page_doc_kind *k = page_doc_kind_of(p->req->path);
	struct tpl_dict *d;
	struct buf text, err;
	const char *shown;
	long base, rev = 0;
	int found, status = 200;

	if (!k) {
		page_error(p, 404, "没有这种内容。");
		return;
	}
	buf_init(&text);
	buf_init(&err);
	found = content_doc_text(p->app->store, k->kind, p->arg, &text);
	base = store_doc_revision(p->app->store, content_dir(k->kind), p->arg);
	if (found < 0 || base < 0)
		goto fail;
	d = page_admin_begin(p, "admin_doc.tpl", k->label);
	if (!d)
		goto fail;
	shown = found ? text.data : k->skeleton;
	if (p->req->method == M_POST) {
		char *posted = page_doc_posted(p);

		shown = posted;
		base = req_int(p->req, F_BASE, 0);
		if (p->csrf != CSRF_OK) {
			tpl_set(tpl_section(d, "NOTICE"), "MESSAGE", csrf_message(p->csrf));
			status = 403;
		} else {
			switch (content_doc_save(p->app->store, k->kind, p->arg, posted,
						 p->req->remote_user, base, &rev, &err)) {
			case CONTENT_SAVE_OK:
			case CONTENT_SAVE_UNCHANGED: {
				char loc[160];
				snprintf(loc, sizeof(loc), "/admin/d/%s/%s?saved=%ld", k->path, p->arg, rev);
				page_redirect(p, loc);
				buf_free(&text);
				buf_free(&err);
				return;
			}
			case CONTENT_SAVE_INVALID:
				tpl_set(tpl_section(d, "NOTICE"), "MESSAGE",
					err.data ? err.data : "文件格式有误。");
				status = 422;
				break;
			case CONTENT_SAVE_CONFLICT: {
				struct tpl_dict *c = tpl_section(d, "CONFLICT");
				tpl_set_int(c, "THEIR_REVISION", rev);
				tpl_set(c, "THEIR_TEXT", found ? text.data : "");
				base = rev;
				status = 409;
				break;
			}
			case CONTENT_SAVE_FAILED:
				goto fail_page;
			}
		}
	} else if (req_int(p->req, F_SAVED, -1) >= 0) {
		tpl_show(d, "SAVED");
	}
	tpl_set(d, "KIND", k->path);
	tpl_set(d, "LABEL", k->label);
	tpl_set(d, "SLUG", p->arg);
	tpl_set(d, "DOC_VALUE", shown);
	tpl_set_int(d, "BASE", base);
	if (!found)
		tpl_show(d, "NEW");
	page_form_token(p, d);
	page_finish(p, status);
	buf_free(&text);
	buf_free(&err);
	return;
fail_page:
	tpl_set(tpl_section(d, "NOTICE"), "MESSAGE", "暂时无法保存，请稍后再试。你的文本还在下面。");
	tpl_set(d, "KIND", k->path);
	tpl_set(d, "LABEL", k->label);
	tpl_set(d, "SLUG", p->arg);
	tpl_set(d, "DOC_VALUE", shown);
	tpl_set_int(d, "BASE", base);
	page_form_token(p, d);
	page_finish(p, 503);
	buf_free(&text);
	buf_free(&err);
	return;
fail:
	buf_free(&text);
	buf_free(&err);
	page_error(p, 503, "暂时无法读取，请稍后再试。");
}
