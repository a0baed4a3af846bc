/* page_admin_questions: the editors' question queue and the answer form. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "markdown.h"
#include "date.h"
#include "page.h"
#include "page_admin_history.h"
#include "store_admin.h"
#include "store_article.h"

static const char *page_admin_status_label(const char *status)
{
	if (strcmp(status, "new") == 0)
		return "待回答";
	if (strcmp(status, "answered") == 0)
		return "已回答（不公开）";
	if (strcmp(status, "published") == 0)
		return "已公开";
	return "已拒绝";
}

/* page_admin_queue_item: one question of the queue into section d. */
static void page_admin_queue_item(struct tpl_dict *d, const struct store_question *q)
{
	char date[32];

	tpl_set_int(d, "ID", q->id);
	tpl_set(d, "TITLE", q->title);
	tpl_set(d, "CATEGORY_TITLE", q->category_title);
	tpl_set(d, "STATUS", page_admin_status_label(q->status));
	date_zh_iso(q->created, date, sizeof(date));
	tpl_set(d, "CREATED", date);
	if (strcmp(q->status, "new") == 0)
		tpl_show(d, "IS_NEW");
}

/* page_admin_questions: /admin/questions: new questions first (oldest
 * first), then the answered ones. Answers 200 or 503. */
void page_admin_questions(struct page *p)
{
	struct tpl_dict *d = page_admin_begin(p, "admin_questions.tpl", "读者提问");
	struct store_questions qs;

	if (!d || store_admin_questions(p->site->store, &p->req->arena, &qs) < 0) {
		page_error(p, 503, "暂时无法读取，请稍后再试。");
		return;
	}
	for (size_t i = 0; i < qs.n; i++)
		page_admin_queue_item(tpl_section(d, "QUESTION"), &qs.v[i]);
	if (req_int(p->req, F_SAVED, 0) > 0)
		tpl_set_int(tpl_section(d, "DONE"), "ID", req_int(p->req, F_SAVED, 0));
	page_finish(p, 200);
}

/* page_admin_claim_show: who is answering question id (a live claim):
 * the editor themself, another (who, since when), or nobody (the button
 * to claim). 0 or -1. */
static int page_admin_claim_show(struct page *p, struct tpl_dict *d, long id)
{
	struct store_admin_claim c;
	int n = store_admin_claim_get(p->site->store, &p->req->arena, id, &c);

	if (n < 0)
		return -1;
	if (n == 0) {
		tpl_show(d, "CLAIM_FREE");
		return 0;
	}
	d = tpl_section(d, strcmp(c.editor, p->req->remote_user) == 0 ? "CLAIM_MINE" : "CLAIM_OTHER");
	tpl_set(d, "EDITOR", c.editor);
	page_admin_history_when(d, "SINCE", c.since);
	tpl_set_int(d, "MINUTES", STORE_CLAIM_MINUTES);
	return 0;
}

/* page_admin_find: the published articles matching the search words
 * typed on the answer page (?q=), with their addresses to paste. 0 or
 * -1. */
static int page_admin_find(struct page *p, struct tpl_dict *d)
{
	const char *q = req_str(p->req, F_Q);
	struct store_admin_dues found;
	struct tpl_dict *f;

	if (!q || !*q)
		return 0;
	if (store_admin_find(p->site->store, &p->req->arena, q, &found) < 0)
		return -1;
	f = tpl_section(d, "FOUND");
	tpl_set(d, "Q_VALUE", q);
	if (found.n == 0)
		tpl_show(f, "NONE");
	for (size_t i = 0; i < found.n; i++) {
		struct tpl_dict *it = tpl_section(f, "ITEM");
		tpl_set(it, "SLUG", found.v[i].slug);
		tpl_set(it, "TITLE", found.v[i].title);
	}
	return 0;
}

/* page_admin_claim_refused: another editor holds the claim: say who and
 * since when. 409. */
static int page_admin_claim_refused(struct page *p, struct tpl_dict *d,
				    const struct store_admin_claim *held)
{
	char since[64], msg[256];

	date_zh_time(held->since, since, sizeof(since));
	snprintf(msg, sizeof(msg), "%s 从 %s（北京时间）起正在回答这个问题。为免重复，请等对方处理完，"
		 "或在认领 %d 分钟后失效时再认领。你写的内容还在下面。", held->editor, since,
		 STORE_CLAIM_MINUTES);
	tpl_set(tpl_section(d, "NOTICE"), "MESSAGE", msg);
	(void)p;
	return 409;
}

/* page_admin_question: /admin/q/<id>: the masked question, who is
 * answering it, the article search (?q=) and the answer form; POST
 * action=claim claims it (for STORE_CLAIM_MINUTES), preview shows the
 * answer, save answers and publishes, keeps private or rejects with a
 * reason (refused while another editor holds the claim). Answers 200,
 * 303, 403 (bad token, text kept), 404, 409 (another editor is
 * answering: who and since when, text kept), 422 (a choice that needs an
 * answer or a reason, text kept) or 503 (the database refused the save:
 * Retry-After, text kept). */
void page_admin_question(struct page *p)
{
	struct store_question q;
	struct tpl_dict *d;
	const char *answer, *reason, *decision = req_str(p->req, F_DECISION);
	char *end;
	long id = strtol(p->arg, &end, 10);
	int n, status = 200;

	if (*end || id <= 0) {
		page_error(p, 404, "没有这个问题。");
		return;
	}
	n = store_question_get(p->site->store, &p->req->arena, id, STORE_ANY_STATUS, &q);
	if (n < 0)
		goto fail;
	if (n == 0) {
		page_error(p, 404, "没有这个问题。");
		return;
	}
	answer = p->req->method == M_POST ? page_form_value(p, F_ANSWER) : q.answer_md;
	reason = p->req->method == M_POST ? page_form_value(p, F_REASON) : q.reason;
	d = page_admin_begin(p, "admin_question.tpl", "回答读者提问");
	if (!d)
		goto fail;
	if (p->req->method == M_POST) {
		const char *action = req_str(p->req, F_ACTION);
		struct tpl_dict *notice = NULL;

		if (p->csrf != CSRF_OK) {
			notice = tpl_section(d, "NOTICE");
			tpl_set(notice, "MESSAGE", csrf_message(p->csrf));
			status = 403;
		} else if (action && strcmp(action, "claim") == 0) {
			struct store_admin_claim held;
			enum store_save_result r = store_admin_claim_set(p->site->store, &p->req->arena,
									 id, p->req->remote_user, &held);
			if (r == STORE_SAVED) {
				char loc[64];
				snprintf(loc, sizeof(loc), "/admin/q/%ld", id);
				page_redirect(p, loc);
				return;
			}
			if (r != STORE_CONFLICT)
				goto fail;
			status = page_admin_claim_refused(p, d, &held);
		} else if (req_err(p->req, F_ANSWER) != FE_OK || req_err(p->req, F_REASON) != FE_OK ||
			   !decision) {
			tpl_set(tpl_section(d, "NOTICE"), "MESSAGE",
				"回答或原因含有无效字符，或没有选择处理方式。");
			status = req_err(p->req, F_ANSWER) == FE_UTF8 ||
				 req_err(p->req, F_ANSWER) == FE_CONTROL ? 400 : 422;
		} else if (strcmp(decision, "reject") == 0 ? !*reason : !*answer) {
			tpl_set(tpl_section(d, "NOTICE"), "MESSAGE",
				strcmp(decision, "reject") == 0 ? "拒绝时请写明原因，读者会在提问页面看到。"
							       : "请先写好回答。");
			status = 422;
		} else if (action && strcmp(action, "preview") == 0) {
			struct buf html;
			buf_init(&html);
			if (markdown_render(answer, strlen(answer), &html) != 0) {
				buf_free(&html);
				goto fail;
			}
			tpl_set_cmark(tpl_section(d, "PREVIEW"), "BODY", html.data ? html.data : "");
			buf_free(&html);
		} else {
			const char *st = strcmp(decision, "publish") == 0 ? "published"
				       : strcmp(decision, "private") == 0 ? "answered" : "rejected";
			char loc[64];

			struct store_admin_claim held;
			enum store_save_result r = store_admin_answer(p->site->store, &p->req->arena, id,
								      st, answer, reason,
								      p->req->remote_user, &held);
			if (r == STORE_SAVED) {
				snprintf(loc, sizeof(loc), "/admin/questions?saved=%ld", id);
				page_redirect(p, loc);
				return;
			}
			if (r == STORE_NO_CATEGORY) {
				page_error(p, 404, "没有这个问题。");
				return;
			}
			status = r == STORE_CONFLICT ? page_admin_claim_refused(p, d, &held)
						     : page_unavailable_form(p, d);
		}
	}
	tpl_set_int(d, "ID", q.id);
	tpl_set(d, "TITLE", q.title);
	tpl_set(d, "CATEGORY_TITLE", q.category_title);
	tpl_set(d, "STATUS", page_admin_status_label(q.status));
	tpl_set(d, "TICKET", q.ticket);
	page_lines(d, "PARA", "TEXT", q.body);
	tpl_set(d, "ANSWER_VALUE", answer);
	tpl_set(d, "REASON_VALUE", reason);
	if (decision)
		tpl_show(d, strcmp(decision, "publish") == 0 ? "PUBLISH_SELECTED"
			  : strcmp(decision, "private") == 0 ? "PRIVATE_SELECTED" : "REJECT_SELECTED");
	if (page_admin_claim_show(p, d, id) != 0 || page_admin_find(p, d) != 0)
		goto fail;
	page_form_token(p, d);
	page_finish(p, status);
	return;
fail:
	page_error(p, 503, "暂时无法保存，请稍后再试。");
}
