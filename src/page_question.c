/* page_question: a published reader question with the editors' answer. */
#include <stdlib.h>
#include <string.h>

#include "date.h"
#include "page.h"
#include "store_article.h"
#include "store_question.h"

/* page_question_fill: the question and, if there is one, its answer (the
 * published page and the reader's ticket page share this). */
void page_question_fill(struct tpl_dict *d, const struct store_question *q)
{
	char date[32];

	tpl_set(d, "TITLE", q->title);
	tpl_set(d, "CATEGORY", q->category);
	tpl_set(d, "CATEGORY_TITLE", q->category_title);
	page_lines(d, "PARA", "TEXT", q->body);
	date_zh_iso(q->created, date, sizeof(date));
	tpl_set(d, "CREATED", date);
	if (q->answer_html[0] && (strcmp(q->status, "answered") == 0 ||
				  strcmp(q->status, "published") == 0)) {
		struct tpl_dict *a = tpl_section(d, "ANSWER");
		tpl_set_cmark(a, "BODY", q->answer_html);
		date_zh_iso(q->updated, date, sizeof(date));
		tpl_set(a, "DATE", date);
	}
}

/* page_question: /q/<id>: a published reader question with the editors'
 * answer. Answers 200 (304 through the ETag), 404 or 503. */
void page_question(struct page *p)
{
	struct store_question q;
	struct tpl_dict *d;
	char *end;
	long id = strtol(p->arg, &end, 10);
	int found;

	if (*end || id <= 0 || p->arg[0] == '0') {
		page_error(p, 404, "没有找到这个问题。");
		return;
	}
	found = store_question_get(p->site->store, &p->req->arena, id, STORE_PUBLISHED, &q);
	if (found < 0) {
		page_error(p, 503, "暂时无法读取，请稍后再试。");
		return;
	}
	if (!found) {
		page_error(p, 404, "没有找到这个问题。它可能还没有公开，或者已经下线。");
		return;
	}
	p->topic = q.category;
	d = page_begin(p, "question.tpl", q.title,
		       "一位读者的问题和编辑的回答，写明依据。");
	if (!d) {
		page_error(p, 503, "暂时无法读取，请稍后再试。");
		return;
	}
	page_question_fill(d, &q);
	page_share_card(p, "article");
	page_share_notes(p, q.answer_html);
	page_finish(p, 200);
}
