/* page_admin: the editors' pages: the article list, editing with preview,
 * conflict detection, history with diffs and restore. nginx puts /admin/
 * behind basic auth; the router refuses any /admin/ request that arrives
 * without REMOTE_USER as well. The question queue is in
 * page_admin_questions.c. */
#include <stdio.h>
#include <string.h>

#include "content_refs.h"
#include "field.h"
#include "markdown.h"
#include "date.h"
#include "page.h"
#include "page_admin_history.h"
#include "page_admin_kinds.h"
#include "store_admin.h"
#include "store_audit.h"
#include "store_category.h"

/* page_admin_begin: an editors' page: never cached, never indexed. */
struct tpl_dict *page_admin_begin(struct page *p, const char *tpl, const char *title)
{
	struct tpl_dict *d;

	p->no_store = 1;
	d = page_begin(p, tpl, title, NULL);
	if (!d)
		return NULL;
	tpl_show(p->root, "NOINDEX");
	tpl_set(tpl_section(p->root, "EDITOR"), "NAME", p->req->remote_user);
	return d;
}

/* page_admin_topics: one TOPIC_OPTION per topic in d, current selected.
 * 0 or -1. */
static int page_admin_topics(struct page *p, struct tpl_dict *d, const char *current)
{
	struct store_categories cats;

	if (store_category_list(p->site->store, &p->req->arena, &cats) < 0)
		return -1;
	for (size_t i = 0; i < cats.n; i++) {
		struct tpl_dict *o = tpl_section(d, "TOPIC_OPTION");

		tpl_set(o, "SLUG", cats.v[i].slug);
		tpl_set(o, "TITLE", cats.v[i].title);
		if (current && strcmp(current, cats.v[i].slug) == 0)
			tpl_show(o, "SELECTED");
	}
	return 0;
}

/* page_admin_ago: how long ago the UTC time utc was, in words. */
static void page_admin_ago(const char *utc, char *out, size_t n)
{
	struct date then, today = date_today();
	char day[11] = "";
	long days;

	if (utc)
		snprintf(day, sizeof(day), "%.10s", utc);
	if (!date_parse(day, &then)) {
		snprintf(out, n, "一段时间");
		return;
	}
	days = date_day_number(today) - date_day_number(then);
	if (days <= 0)
		snprintf(out, n, "不到一天");
	else
		snprintf(out, n, "%ld 天", days);
}

/* page_admin_dues: one line of what needs doing: how many of a kind are
 * due, each linked to where it is fixed (href + slug). */
static void page_admin_dues(struct tpl_dict *d, const char *name, const struct store_admin_dues *v,
			    const char *href)
{
	struct tpl_dict *l = tpl_section(d, name);
	char date[32];
	struct tpl_dict *some = v->n ? tpl_section(l, "SOME") : NULL;

	tpl_set_int(l, "N", (long)v->n);
	if (v->n == 0)
		tpl_show(l, "NONE");
	for (size_t i = 0; i < v->n; i++) {
		struct tpl_dict *it = tpl_section(some, "ITEM");

		tpl_set(it, "HREF", href);
		tpl_set(it, "SLUG", v->v[i].slug);
		tpl_set(it, "TITLE", v->v[i].title);
		date_zh_iso(v->v[i].date, date, sizeof(date));
		tpl_set(it, "DATE", date);
	}
}

/* page_admin_refs: the content check's problems, each line linked to the
 * editor of the document it names ("articles/<slug>: …"). How many, or
 * -1. */
static long page_admin_refs(struct page *p, struct tpl_dict *d)
{
	struct buf report;
	struct tpl_dict *l = tpl_section(d, "REFS"), *some = NULL;
	long bad;
	const char *line;

	buf_init(&report);
	bad = content_refs_check(p->site->store, &report);
	if (bad > 0)
		some = tpl_section(l, "SOME");
	tpl_set_int(l, "N", bad < 0 ? 0 : bad);
	if (bad == 0)
		tpl_show(l, "NONE");
	for (line = report.data ? report.data : ""; bad > 0 && *line;) {
		const char *nl = strchr(line, '\n'), *sl = strchr(line, '/'), *colon = strchr(line, ':');
		size_t len = nl ? (size_t)(nl - line) : strlen(line);
		struct tpl_dict *it = tpl_section(some, "ITEM");
		const struct page_admin_kind *k;

		tpl_setn(it, "TEXT", line, len);
		if (sl && colon && sl < colon && colon < line + len) {
			char href[200];
			int dirlen = (int)(sl - line), slen = (int)(colon - sl - 1);

			k = page_admin_kind_by_dir(line, (size_t)dirlen);
			if (strncmp(line, "articles/", 9) == 0)
				snprintf(href, sizeof(href), "/admin/a/%.*s", slen, sl + 1);
			else if (k)
				snprintf(href, sizeof(href), "/admin/d/%s/%.*s", k->path, slen, sl + 1);
			else
				href[0] = 0;
			if (href[0])
				tpl_set(tpl_section(it, "LINK"), "HREF", href);
		}
		line += len + (nl ? 1 : 0);
	}
	buf_free(&report);
	return bad;
}

/* page_admin_audit: the newest entries of the audit log into LOG. 0 or
 * -1. */
static int page_admin_audit(struct page *p, struct tpl_dict *d, long limit)
{
	struct store_audits log;

	if (store_audit_list(p->site->store, &p->req->arena, limit, &log) < 0)
		return -1;
	if (log.n == 0)
		tpl_show(d, "LOG_EMPTY");
	for (size_t i = 0; i < log.n; i++) {
		struct tpl_dict *e = tpl_section(d, "LOG");

		page_admin_history_when(e, "AT", log.v[i].at);
		tpl_set(e, "EDITOR", log.v[i].editor);
		tpl_set(e, "ACTION", page_admin_history_action(log.v[i].action));
		tpl_set(e, "KIND", log.v[i].kind);
		tpl_set(e, "SLUG", log.v[i].slug);
		tpl_set(e, "DETAIL", log.v[i].detail);
	}
	return 0;
}

/* page_admin_work: what needs doing, for the top of the home: questions
 * waiting (how many, the oldest's age), articles not reviewed for age
 * days, channels not reviewed for 90, dated values past their check
 * date, and the content check's problems. 0 or -1. */
static int page_admin_work(struct page *p, struct tpl_dict *d, long age)
{
	struct store_admin_work w;
	const char *oldest;
	char art_before[11], chan_before[11], today[11], ago[32], date[32];
	long nq = store_admin_work_questions(p->site->store, &p->req->arena, &oldest);
	struct tpl_dict *q = tpl_section(d, "WAITING");

	if (nq < 0)
		return -1;
	tpl_set_int(q, "N", nq);
	if (nq > 0) {
		struct tpl_dict *o = tpl_section(q, "OLDEST");
		page_admin_ago(oldest, ago, sizeof(ago));
		date_zh_iso(oldest, date, sizeof(date));
		tpl_set(o, "AGO", ago);
		tpl_set(o, "DATE", date);
	} else {
		tpl_show(q, "NONE");
	}
	date_iso(date_add_days(date_today(), -age), art_before);
	date_iso(date_add_days(date_today(), -90), chan_before);
	date_iso(date_today(), today);
	if (store_admin_due(p->site->store, &p->req->arena, art_before, chan_before, today, &w) != 0)
		return -1;
	tpl_set_int(d, "AGE", age);
	page_admin_dues(d, "STALE_ARTICLES", &w.articles, "/admin/a/");
	page_admin_dues(d, "STALE_CHANNELS", &w.channels, "/admin/d/channel/");
	page_admin_dues(d, "DUE_VALUES", &w.values, "/admin/d/value/");
	return page_admin_refs(p, d) < 0 ? -1 : 0;
}

/* page_admin_home: /admin/: first what needs doing (page_admin_work; the
 * review age from ?age=, 180 days by default), then every article with
 * its topic, status, reviewed date, revision and votes, filtered by topic
 * and status, then the newest entries of the audit log. Answers 200 or
 * 503. */
void page_admin_home(struct page *p)
{
	const char *cat = req_str(p->req, F_CATEGORY), *status = req_str(p->req, F_STATUS);
	struct store_admin_rows rows;
	struct tpl_dict *d = page_admin_begin(p, "admin_home.tpl", "编辑后台");

	if (!d || page_admin_work(p, d, req_int(p->req, F_AGE, 180)) != 0 ||
	    page_admin_audit(p, d, 30) != 0)
		goto fail;
	if (status)
		tpl_show(d, strcmp(status, "draft") == 0 ? "DRAFT_SELECTED" : "PUBLISHED_SELECTED");
	if (page_admin_topics(p, d, cat) != 0 ||
	    store_admin_articles(p->site->store, &p->req->arena, cat, status, &rows) < 0)
		goto fail;
	for (size_t i = 0; i < rows.n; i++) {
		const struct store_admin_row *r = &rows.v[i];
		struct tpl_dict *row = tpl_section(d, "ROW");
		char date[32];

		tpl_set(row, "SLUG", r->slug);
		tpl_set(row, "TITLE", r->title);
		tpl_set(row, "CATEGORY", r->category_title);
		tpl_set(row, "STATUS", strcmp(r->status, "published") == 0 ? "已发布" : "草稿");
		date_zh_iso(r->reviewed, date, sizeof(date));
		tpl_set(row, "REVIEWED", date);
		tpl_set_int(row, "REVISION", r->revision);
		tpl_set_int(row, "YES", r->yes);
		tpl_set_int(row, "NO", r->no);
	}
	page_finish(p, 200);
	return;
fail:
	page_error(p, 503, "暂时无法读取，请稍后再试。");
}

/* The form's values: from the database, a revision, or what was posted. */
struct page_admin_form {
	const char *slug, *title, *category, *summary, *keywords, *status, *reviewed;
	const char *sources, *md;
	long base;
	int is_new;
	int urgent;
};

/* page_admin_copy: an article (or revision) into form values. */
static void page_admin_copy(struct page_admin_form *f, const struct store_article *a)
{
	f->slug = a->slug;
	f->title = a->title;
	f->category = a->category;
	f->summary = a->summary;
	f->keywords = a->keywords;
	f->status = a->status;
	f->reviewed = a->reviewed;
	f->sources = a->sources;
	f->md = a->body_md;
	f->base = a->revision;
	f->urgent = a->urgent;
}

/* page_admin_load: article slug (any status), or its revision rev when rev
 * is not 0, into form values. 1, 0 (none) or -1. */
static int page_admin_load(struct page *p, const char *slug, long rev, struct page_admin_form *f)
{
	struct store_article a;
	int n = rev ? store_admin_revision_get(p->site->store, &p->req->arena, slug, rev, &a)
		    : store_article_get(p->site->store, &p->req->arena, slug, STORE_ANY_STATUS, &a);

	if (n > 0)
		page_admin_copy(f, &a);
	return n;
}

/* page_admin_article_of: the article the form's values describe. */
static void page_admin_article_of(const struct page_admin_form *f, struct store_article *a)
{
	memset(a, 0, sizeof(*a));
	a->slug = f->slug;
	a->category = f->category;
	a->title = f->title;
	a->summary = f->summary;
	a->keywords = f->keywords;
	a->status = f->status;
	a->reviewed = f->reviewed;
	a->sources = f->sources;
	a->body_md = f->md;
}

/* page_admin_form_from_post: the form as the editor sent it. */
static void page_admin_form_from_post(struct page *p, struct page_admin_form *f)
{
	f->title = page_form_value(p, F_TITLE);
	f->category = page_form_value(p, F_CATEGORY);
	f->summary = page_form_value(p, F_SUMMARY);
	f->keywords = page_form_value(p, F_KEYWORDS);
	f->status = page_form_value(p, F_STATUS);
	f->reviewed = page_form_value(p, F_REVIEWED);
	f->sources = page_form_value(p, F_SOURCES);
	f->md = page_form_value(p, F_MD);
	f->base = req_int(p->req, F_BASE, 0);
	f->urgent = req_str(p->req, F_URGENT) != NULL;
	if (f->is_new)
		f->slug = page_form_value(p, F_SLUG);
}

/* page_admin_fill_form: the edit form's values and the topic list. */
static int page_admin_fill_form(struct page *p, struct tpl_dict *d,
				const struct page_admin_form *f)
{
	tpl_set(d, "SLUG", f->slug ? f->slug : "");
	if (f->is_new)
		tpl_show(d, "NEW");
	else
		tpl_set(tpl_section(d, "EXISTING"), "SLUG", f->slug);
	tpl_set(d, "TITLE_VALUE", f->title);
	tpl_set(d, "SUMMARY_VALUE", f->summary);
	tpl_set(d, "KEYWORDS_VALUE", f->keywords);
	tpl_set(d, "REVIEWED_VALUE", f->reviewed);
	tpl_set(d, "SOURCES_VALUE", f->sources);
	tpl_set(d, "MD_VALUE", f->md);
	tpl_set_int(d, "BASE", f->base);
	if (f->urgent)
		tpl_show(d, "URGENT_CHECKED");
	tpl_show(d, strcmp(f->status, "published") == 0 ? "PUBLISHED_SELECTED" : "DRAFT_SELECTED");
	page_form_token(p, d);
	return page_admin_topics(p, d, f->category);
}

/* The article form as a table (the address only for a new article). */
static const struct page_form_field page_admin_fields_new[] = {
	{ F_SLUG, "SLUG", PFF_REQUIRED, NULL },
	{ F_TITLE, "TITLE", PFF_REQUIRED, NULL },
	{ F_CATEGORY, "CATEGORY", PFF_REQUIRED, NULL },
	{ F_SUMMARY, "SUMMARY", PFF_REQUIRED, NULL },
	{ F_KEYWORDS, "KEYWORDS", 0, NULL },
	{ F_STATUS, "STATUS", PFF_REQUIRED, NULL },
	{ F_REVIEWED, "REVIEWED", PFF_REQUIRED, NULL },
	{ F_SOURCES, "SOURCES", PFF_REQUIRED, NULL },
	{ F_MD, "MD", PFF_REQUIRED, NULL },
};

static const struct page_form_def page_admin_def_new = { page_admin_fields_new,
	sizeof(page_admin_fields_new) / sizeof(page_admin_fields_new[0]), NULL, 0 };
static const struct page_form_def page_admin_def_edit = { page_admin_fields_new + 1,
	sizeof(page_admin_fields_new) / sizeof(page_admin_fields_new[0]) - 1, NULL, 0 };

/* page_admin_validate: check the posted article (the form's table), and
 * that its topic exists (into *topic), marking each bad field. 0 when all
 * is well, else the status to answer (400, 422, or 503 when the store
 * fails). */
static int page_admin_validate(struct page *p, struct tpl_dict *d, int is_new,
			       struct store_category *topic)
{
	struct page_form f = { .p = p, .d = d };
	int status = page_form_check(&f, is_new ? &page_admin_def_new : &page_admin_def_edit,
				     date_today());

	if (req_str(p->req, F_CATEGORY)) {
		int found = store_category_get(p->site->store, &p->req->arena,
					       req_str(p->req, F_CATEGORY), topic);

		if (found < 0)
			return 503;
		if (!found) {
			page_form_fail(&f, NULL, NULL, "CATEGORY", "没有这个话题。");
			status = page_form_worse(status, 422);
		}
	}
	return status;
}

/* page_admin_preview: the article as the public page will show it, from
 * the posted values, inside the edit page. */
static int page_admin_preview(struct page *p, struct tpl_dict *d, const struct page_admin_form *f,
			      const char *category_title)
{
	struct store_article v;
	struct tpl_dict *pv;
	struct buf html;
	int rc;

	buf_init(&html);
	if (markdown_render(f->md, strlen(f->md), &html) != 0) {
		buf_free(&html);
		return -1;
	}
	pv = tpl_include(tpl_section(d, "PREVIEW"), "ARTICLE", "article.tpl");
	page_admin_article_of(f, &v);
	v.slug = f->slug ? f->slug : "";
	v.category_title = category_title;
	v.body_html = html.data ? html.data : "";
	rc = page_article_fill(p, pv, &v);
	buf_free(&html);
	return rc;
}

/* page_admin_edit_get: the edit form for an existing article (or an empty
 * one for a new article). */
static void page_admin_edit_get(struct page *p, int is_new)
{
	struct page_admin_form f;
	struct tpl_dict *d;

	memset(&f, 0, sizeof(f));
	f.is_new = is_new;
	if (is_new) {
		f.title = f.category = f.summary = f.keywords = f.sources = f.md = "";
		f.status = "draft";
		f.reviewed = "";
	} else {
		int n = page_admin_load(p, p->arg, 0, &f);

		if (n < 0)
			goto fail;
		if (n == 0) {
			page_error(p, 404, "没有这篇文章。");
			return;
		}
	}
	d = page_admin_begin(p, "admin_edit.tpl", is_new ? "新建文章" : "编辑文章");
	if (!d || page_admin_fill_form(p, d, &f) != 0)
		goto fail;
	if (req_int(p->req, F_SAVED, 0) > 0)
		tpl_set_int(tpl_section(d, "SAVED"), "REVISION", req_int(p->req, F_SAVED, 0));
	page_finish(p, 200);
	return;
fail:
	page_error(p, 503, "暂时无法读取，请稍后再试。");
}

/* page_admin_conflict: someone saved a newer revision since the editor
 * started: show theirs beside the editor's text (kept in the form, now
 * based on the newer revision so that saving again is a choice). */
static int page_admin_conflict(struct page *p, struct tpl_dict *d, struct page_admin_form *f,
			       long current)
{
	struct page_admin_form theirs;
	struct tpl_dict *c;

	memset(&theirs, 0, sizeof(theirs));
	if (page_admin_load(p, f->slug, 0, &theirs) <= 0)
		return -1;
	c = tpl_section(d, "CONFLICT");
	tpl_set_int(c, "THEIR_REVISION", current);
	tpl_set_int(c, "YOUR_BASE", f->base);
	tpl_set(c, "THEIR_TITLE", theirs.title);
	tpl_set(c, "THEIR_MD", theirs.md);
	tpl_set(c, "THEIR_SOURCES", theirs.sources);
	f->base = current;
	return 0;
}

/* page_admin_edit_post: preview or save the posted article. */
static void page_admin_edit_post(struct page *p, int is_new)
{
	struct page_admin_form f;
	struct store_category topic = { .title = "" };
	struct tpl_dict *d;
	const char *action = req_str(p->req, F_ACTION);
	int status;

	memset(&f, 0, sizeof(f));
	f.is_new = is_new;
	if (!is_new)
		f.slug = p->arg;
	page_admin_form_from_post(p, &f);
	d = page_admin_begin(p, "admin_edit.tpl", is_new ? "新建文章" : "编辑文章");
	if (!d)
		goto fail;
	if (p->csrf != CSRF_OK) {
		if (page_admin_fill_form(p, d, &f) != 0)
			goto fail;
		tpl_set(tpl_section(d, "NOTICE"), "MESSAGE", csrf_message(p->csrf));
		page_finish(p, 403);
		return;
	}
	status = page_admin_validate(p, d, is_new, &topic);
	if (status == 503)
		goto fail;
	if (status == 0 && action && strcmp(action, "preview") == 0) {
		if (page_admin_fill_form(p, d, &f) != 0 || page_admin_preview(p, d, &f, topic.title) != 0)
			goto fail;
		page_finish(p, 200);
		return;
	}
	if (status == 0) {
		struct store_article a;
		long rev = 0;
		enum store_save_result r;

		page_admin_article_of(&f, &a);
		r = store_admin_save(p->site->store, &a, p->req->remote_user, "save",
				     is_new ? 0 : f.base, &rev);
		if (r == STORE_SAVED || r == STORE_UNCHANGED) {
			char loc[160];
			snprintf(loc, sizeof(loc), "/admin/a/%s?saved=%ld", f.slug, rev);
			page_redirect(p, loc);
			return;
		}
		if (r == STORE_CONFLICT) {
			if (page_admin_conflict(p, d, &f, rev) != 0)
				goto fail;
			status = 409;
		} else if (r == STORE_EXISTS) {
			struct tpl_dict *errors = NULL;
			page_form_error(d, &errors, NULL, NULL, "SLUG", "这个地址已经有文章了，请换一个。");
			status = 409;
		} else {
			status = page_unavailable_form(p, d);
		}
	}
	if (page_admin_fill_form(p, d, &f) != 0)
		goto fail;
	page_finish(p, status);
	return;
fail:
	page_error(p, 503, "暂时无法保存，请稍后再试。");
}

/* page_admin_article: /admin/a/<slug>: GET the edit form; POST preview or
 * save. Answers 200, 303 (saved), 400/422 (bad fields, at each field, text
 * kept), 403 (bad token, text kept), 404, 409 (someone else saved
 * meanwhile: both texts shown, the editor's kept) or 503. */
void page_admin_article(struct page *p)
{
	if (p->req->method == M_POST)
		page_admin_edit_post(p, 0);
	else
		page_admin_edit_get(p, 0);
}

/* page_admin_new: /admin/new: the same for a new article; 409 when the
 * address is taken. */
void page_admin_new(struct page *p)
{
	if (p->req->method == M_POST)
		page_admin_edit_post(p, 1);
	else
		page_admin_edit_get(p, 1);
}

/* page_admin_revision_text: a revision as one text (header and body), so
 * a comparison shows changes to the title, sources and status too. */
static int page_admin_revision_text(struct page *p, const char *slug, long rev, const char **out)
{
	struct page_admin_form f;
	struct buf b;
	int n;

	memset(&f, 0, sizeof(f));
	n = page_admin_load(p, slug, rev, &f);
	if (n <= 0)
		return n;
	buf_init(&b);
	buf_printf(&b, "标题：%s\n话题：%s\n状态：%s\n核实日期：%s\n简短回答：%s\n关键词：%s\n",
		   f.title, f.category, f.status, f.reviewed, f.summary, f.keywords);
	buf_printf(&b, "法律依据：\n%s\n\n%s", f.sources, f.md);
	*out = arena_strdup(&p->req->arena, b.data);
	buf_free(&b);
	return 1;
}

/* page_admin_restore_note: with rev (and no saved), the confirmation that
 * says what restoring revision rev will do; with saved too, the message
 * that it was done. 0, or -1 when rev is not among revs. */
static int page_admin_restore_note(struct tpl_dict *d, const struct store_revisions *revs,
				   long rev, long saved)
{
	long latest = revs->n ? revs->v[0].revision : 0;

	if (!rev)
		return 0;
	if (saved > 0) {
		page_admin_history_restore(d, rev, saved, latest, NULL, NULL);
		return 0;
	}
	for (size_t i = 0; i < revs->n; i++) {
		const struct store_revision *r = &revs->v[i];
		struct tpl_dict *c;

		if (r->revision != rev)
			continue;
		c = page_admin_history_restore(d, rev, 0, latest, r->editor, r->created);
		tpl_set(c, "TITLE", r->title);
		tpl_set(c, "STATUS", strcmp(r->status, "published") == 0 ? "已发布" : "草稿");
		return 0;
	}
	return -1;
}

/* page_admin_history: /admin/h/<slug>: every revision with its editor and
 * time in China; with ra and rb, the lines that changed between them
 * (with a little context, the changed words marked); with rev, the
 * confirmation of restoring it; with rev and saved, the message that it
 * was restored. Answers 200, 404 (no such article or revision) or 503. */
void page_admin_history(struct page *p)
{
	struct store_revisions revs;
	struct tpl_dict *d = page_admin_begin(p, "admin_history.tpl", "修改历史");
	long ra, rb;

	if (!d)
		goto fail;
	tpl_set(d, "SLUG", p->arg);
	if (store_admin_revisions(p->site->store, &p->req->arena, p->arg, &revs) < 0)
		goto fail;
	if (revs.n == 0) {
		page_error(p, 404, "没有这篇文章。");
		return;
	}
	for (size_t i = 0; i < revs.n; i++) {
		const struct store_revision *r = &revs.v[i];
		struct tpl_dict *item = tpl_section(d, "REVISION");

		tpl_set_int(item, "N", r->revision);
		tpl_set(item, "EDITOR", page_admin_history_who(r->editor));
		page_admin_history_when(item, "CREATED", r->created);
		tpl_set(item, "TITLE", r->title);
		tpl_set(item, "STATUS", strcmp(r->status, "published") == 0 ? "已发布" : "草稿");
		if (r->revision > 1)
			tpl_set_int(tpl_section(item, "HAS_PREV"), "PREV", r->revision - 1);
		if (i > 0)
			tpl_show(item, "CAN_RESTORE");
	}
	if (page_admin_restore_note(d, &revs, req_int(p->req, F_REV, 0),
				    req_int(p->req, F_SAVED, 0)) != 0) {
		page_error(p, 404, "没有这个版本。");
		return;
	}
	ra = req_int(p->req, F_RA, 0);
	rb = req_int(p->req, F_RB, 0);
	if (ra && rb) {
		const char *ta = NULL, *tb = NULL;
		struct tpl_dict *c;

		if (page_admin_revision_text(p, p->arg, ra, &ta) < 0 ||
		    page_admin_revision_text(p, p->arg, rb, &tb) < 0)
			goto fail;
		if (!ta || !tb) {
			page_error(p, 404, "没有这个版本。");
			return;
		}
		c = tpl_section(d, "COMPARE");
		tpl_set_int(c, "RA", ra);
		tpl_set_int(c, "RB", rb);
		page_admin_history_diff(c, ta, tb);
	}
	page_form_token(p, d);
	page_finish(p, 200);
	return;
fail:
	page_error(p, 503, "暂时无法读取，请稍后再试。");
}

/* page_admin_restore: POST /admin/restore/<slug> rev=N: save revision N
 * again as the newest revision (nothing is ever overwritten). Answers 303,
 * 400 (no revision given), 403 (bad token), 404, 409 (saved meanwhile) or
 * 503. */
void page_admin_restore(struct page *p)
{
	struct page_admin_form f;
	struct store_article a;
	long rev = req_int(p->req, F_REV, 0), cur = 0, now = 0;
	char loc[160];
	int n;

	if (p->csrf != CSRF_OK) {
		page_error(p, 403, csrf_message(p->csrf));
		return;
	}
	if (!rev) {
		page_error(p, 400, "请选择要恢复的版本。");
		return;
	}
	memset(&f, 0, sizeof(f));
	n = page_admin_load(p, p->arg, 0, &f);
	if (n <= 0)
		goto missing;
	cur = f.base;
	n = page_admin_load(p, p->arg, rev, &f);
	if (n <= 0)
		goto missing;
	page_admin_article_of(&f, &a);
	switch (store_admin_save(p->site->store, &a, p->req->remote_user, "restore", cur, &now)) {
	case STORE_SAVED:
	case STORE_UNCHANGED:
		snprintf(loc, sizeof(loc), "/admin/h/%s?saved=%ld&rev=%ld", p->arg, now, rev);
		page_redirect(p, loc);
		return;
	case STORE_CONFLICT:
		page_error(p, 409, "文章刚刚被别人修改过。请重新打开修改历史，再决定是否恢复。");
		return;
	default:
		page_unavailable(p);
		return;
	}
missing:
	if (n < 0)
		page_error(p, 503, "暂时无法读取，请稍后再试。");
	else
		page_error(p, 404, "没有这篇文章或这个版本。");
}
