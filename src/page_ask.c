/* page_ask: readers' questions: the form, the ticket page that follows a
 * question, and the public page of a published question. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <sodium.h>

#include "page.h"
#include "privacy.h"
#include "store_category.h"
#include "store_post.h"
#include "store_question.h"

enum {
	ASK_MIN_FILL = 3,        /* seconds: people need longer than this */
	ASK_LIMIT = 5,           /* questions per client … */
	ASK_WINDOW = 3600,       /* … per hour */
	TICKET_BYTES = 10        /* 80 random bits */
};

/* The form as a table: every field is required. */
static const struct page_form_field page_ask_fields[] = {
	{ F_TOPIC, "TOPIC", PFF_REQUIRED, "请选择问题类别。" },
	{ F_TITLE, "TITLE", PFF_REQUIRED, NULL },
	{ F_BODY, "BODY", PFF_REQUIRED, NULL },
	{ F_CONSENT, "CONSENT", PFF_REQUIRED, "请勾选同意：问题可能在去掉个人信息后公开。" },
};

static const struct page_form_def page_ask_def = { page_ask_fields,
	sizeof(page_ask_fields) / sizeof(page_ask_fields[0]), NULL, 0 };

/* page_ask_begin: the form page with a fresh token, the topics, and on a
 * POST everything the reader typed. NULL when the page cannot be made. */
static struct page_form *page_ask_begin(struct page *p, struct page_form *f)
{
	struct store_categories cats;
	const char *topic;

	memset(f, 0, sizeof(*f));
	f->p = p;
	f->d = page_begin(p, "ask.tpl", "提问",
			  "文章没有讲到你的情况？把问题告诉我们，编辑会回答，并在你的专属页面上显示。");
	if (!f->d)
		return NULL;
	page_form_token(p, f->d);
	topic = req_raw(p->req, F_TOPIC);
	if (store_category_list(p->site->store, &p->req->arena, &cats) < 0)
		return NULL;
	for (size_t i = 0; i < cats.n; i++) {
		struct tpl_dict *o = tpl_section(f->d, "TOPIC_OPTION");

		tpl_set(o, "SLUG", cats.v[i].slug);
		tpl_set(o, "TITLE", cats.v[i].title);
		if (topic && strcmp(topic, cats.v[i].slug) == 0)
			tpl_show(o, "SELECTED");
	}
	if (p->req->method == M_POST) {
		page_form_keep(f->p, f->d, F_TITLE, "TITLE_VALUE");
		page_form_keep(f->p, f->d, F_BODY, "BODY_VALUE");
		if (req_str(p->req, F_CONSENT))
			tpl_show(f->d, "CONSENT_CHECKED");
	}
	return f;
}

/* page_ask_validate: check every field of the posted form (page_ask_def),
 * that the topic exists and that the honeypot is empty, marking each bad
 * field. The status to answer with: 0 (all good), 400 (text that is not
 * valid UTF-8 or has control characters), 422, or 503 (the store failed). */
static int page_ask_validate(struct page_form *f)
{
	struct req *r = f->p->req;
	int status = page_form_check(f, &page_ask_def, date_today());

	if (req_str(r, F_TOPIC) && *req_str(r, F_TOPIC) && req_err(r, F_TOPIC) == FE_OK) {
		long found = store_category_id(f->p->site->store, req_str(r, F_TOPIC));

		if (found < 0)
			return 503;
		if (!found) {
			page_form_fail(f, NULL, NULL, "TOPIC", "没有这个问题类别，请从列表中选择。");
			status = page_form_worse(status, 422);
		}
	}
	if (req_err(r, F_WEBSITE) != FE_OK || (req_raw(r, F_WEBSITE) && *req_raw(r, F_WEBSITE))) {
		page_form_fail(f, NULL, NULL, "WEBSITE", "“网址”一栏请留空（它是用来识别自动程序的）。");
		tpl_show(f->d, "WEBSITE_SHOWN");
		status = page_form_worse(status, 422);
	}
	return status;
}

/* page_ask_store: mask and store the question under a new ticket, with
 * the rate limit checked in the same transaction. 0 (ticket in out), 429
 * (*retry set) or 503. */
static int page_ask_store(struct page *p, char out[2 * TICKET_BYTES + 1], long *retry)
{
	struct store *s = p->site->store;
	const char *title = req_str(p->req, F_TITLE), *body = req_str(p->req, F_BODY);
	unsigned char rnd[TICKET_BYTES];
	struct buf mt, mb;
	char client[33];
	long id;
	int rc = 503, allow;

	page_client(p, client);
	randombytes_buf(rnd, sizeof(rnd));
	sodium_bin2hex(out, 2 * TICKET_BYTES + 1, rnd, sizeof(rnd));
	buf_init(&mt);
	buf_init(&mb);
	privacy_mask(title, strlen(title), &mt);
	privacy_mask(body, strlen(body), &mb);
	if (store_begin(s) != 0)
		goto out;
	allow = store_post_allow(s, client, "ask", ASK_LIMIT, ASK_WINDOW, (long)time(NULL), retry);
	if (allow == 0) {
		store_rollback(s);
		rc = 429;
		goto out;
	}
	if (allow < 0 || store_question_add(s, out, req_str(p->req, F_TOPIC), mt.data,
					    mb.data, &id) != 0) {
		store_rollback(s);
		goto out;
	}
	rc = store_commit(s) == 0 ? 0 : 503;
out:
	buf_free(&mt);
	buf_free(&mb);
	return rc;
}

/* page_ask: GET shows the form; POST checks the token, the fields, the
 * honeypot, the fill time and the rate limit, then stores the question
 * (masked) and redirects to its ticket page. Answers 200, 303, 400 or 422
 * (bad fields, shown at each field), 403 (bad token), 429 (too many) or
 * 503 (cannot store); every one of them shows the form again with what
 * the reader typed. */
void page_ask(struct page *p)
{
	struct page_form f;
	char ticket[2 * TICKET_BYTES + 1];
	long retry = 0;
	int status;

	if (!page_ask_begin(p, &f))
		goto fail;
	if (p->req->method != M_POST) {
		page_finish(p, 200);
		return;
	}
	if (p->csrf != CSRF_OK) {
		tpl_set(tpl_section(f.d, "NOTICE"), "MESSAGE", csrf_message(p->csrf));
		page_finish(p, 403);
		return;
	}
	status = page_ask_validate(&f);
	if (status == 503)
		goto fail;
	if (status) {
		page_finish(p, status);
		return;
	}
	if ((long)time(NULL) - p->form_issued < ASK_MIN_FILL) {
		tpl_set(tpl_section(f.d, "NOTICE"), "MESSAGE",
			"提交得太快了。请再检查一遍内容，然后重新提交。");
		page_finish(p, 422);
		return;
	}
	status = page_ask_store(p, ticket, &retry);
	if (status == 429) {
		struct tpl_dict *n = tpl_section(f.d, "TOO_MANY");
		page_too_many(p, retry, n);
		page_finish(p, 429);
		return;
	}
	if (status != 0) {
		page_finish(p, page_unavailable_form(p, f.d));
		return;
	}
	{
		char loc[8 + 2 * TICKET_BYTES];
		snprintf(loc, sizeof(loc), "/ask/%s", ticket);
		page_redirect(p, loc);
	}
	return;
fail:
	page_error(p, 503, "暂时无法提问，请稍后再试。");
}

/* The status words a reader sees, with what each means. */
static const struct {
	const char *status, *label, *help;
} page_ticket_states[] = {
	{ "new", "等待回答", "编辑会按提交顺序阅读问题。回答后会显示在这个页面上。" },
	{ "answered", "已回答", "编辑已经回答，回答只显示在这个页面上。" },
	{ "published", "已回答并公开", "回答已经公开（不含个人信息），其他读者也能看到。" },
	{ "rejected", "未能回答", "编辑没有回答这个问题，原因见下。" },
};

/* page_ticket: /ask/<ticket>: the reader's own page for a question: the
 * question as stored (masked), its status, the answer or the reason it
 * was not answered. Never cached and never indexed. Answers 200 or 404
 * (no such ticket) or 503. */
void page_ticket(struct page *p)
{
	struct store_question q;
	struct tpl_dict *d;
	int found;

	p->no_store = 1;
	found = store_question_by_ticket(p->site->store, &p->req->arena, p->arg, &q);
	if (found < 0) {
		page_error(p, 503, "暂时无法读取，请稍后再试。");
		return;
	}
	if (!found) {
		page_error(p, 404, "没有找到这个问题。请检查地址是否完整（提问后页面地址里的那串字母和数字）。");
		return;
	}
	d = page_begin(p, "ticket.tpl", "我的提问", NULL);
	if (!d) {
		page_error(p, 503, "暂时无法读取，请稍后再试。");
		return;
	}
	tpl_show(p->root, "NOINDEX");
	page_question_fill(d, &q);
	tpl_set(d, "TICKET", q.ticket);
	for (size_t i = 0; i < sizeof(page_ticket_states) / sizeof(page_ticket_states[0]); i++) {
		if (strcmp(page_ticket_states[i].status, q.status) == 0) {
			tpl_set(d, "STATUS", q.status);
			tpl_set(d, "STATUS_LABEL", page_ticket_states[i].label);
			tpl_set(d, "STATUS_HELP", page_ticket_states[i].help);
		}
	}
	if (strcmp(q.status, "rejected") == 0)
		tpl_set(tpl_section(d, "REJECTED"), "REASON", q.reason);
	if (strcmp(q.status, "published") == 0)
		tpl_set_int(tpl_section(d, "PUBLISHED"), "ID", q.id);
	page_finish(p, 200);
}
