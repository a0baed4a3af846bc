/* page_letter: /tools/letter: a letter to the lender, collector or credit
 * bureau, from a plain form; nothing the reader types is stored. */
#include <stdio.h>
#include <string.h>

#include "letter.h"
#include "page.h"
#include "timeline.h"

/* The letter form's text and date fields, with their template keys. */
static const struct page_form_field page_letter_texts[] = {
	{ F_LT_LENDER, "LENDER", PFF_REQUIRED, NULL },
	{ F_LT_PRODUCT, "PRODUCT", 0, NULL },
	{ F_LT_COLLECTOR, "COLLECTOR", 0, NULL },
	{ F_LT_ACCOUNT, "ACCOUNT", 0, NULL },
	{ F_LT_AMOUNT, "AMOUNT", 0, NULL },
	{ F_LT_MONTHLY, "MONTHLY", 0, NULL },
	{ F_LT_SINCE, "SINCE", 0, NULL },
	{ F_LT_LAST, "LAST", 0, NULL },
	{ F_LT_PAIDOFF, "PAIDOFF", 0, NULL },
	{ F_LT_NAME, "SENDER", 0, NULL },
	{ F_LT_FACTS, "FACTS", 0, NULL },
};

/* The behaviour checkboxes, one field each, in letter.h's order. */
static const enum field_id page_letter_behaviours[LB__N] = {
	F_LB_NIGHT, F_LB_FREQUENT, F_LB_THIRD, F_LB_DISCLOSE, F_LB_EMPLOYER,
	F_LB_THREAT, F_LB_IMPERSONATE, F_LB_MISLEAD, F_LB_INSULT, F_LB_FEES,
};

/* The credit-dispute checkboxes, in letter.h's order. */
static const enum field_id page_letter_disputes[LD__N] = {
	F_LD_WRONG, F_LD_PAID, F_LD_NOTICE, F_LD_EXPIRED, F_LD_NOT_MINE,
};

/* What a complaint must name (a behaviour ticked, or the facts), and
 * what a credit dispute must (a reason, or the facts). */
static const enum field_id page_letter_complaint_any[] = {
	F_LB_NIGHT, F_LB_FREQUENT, F_LB_THIRD, F_LB_DISCLOSE, F_LB_EMPLOYER,
	F_LB_THREAT, F_LB_IMPERSONATE, F_LB_MISLEAD, F_LB_INSULT, F_LB_FEES, F_LT_FACTS, F__MAX
};
static const enum field_id page_letter_dispute_any[] = {
	F_LD_WRONG, F_LD_PAID, F_LD_NOTICE, F_LD_EXPIRED, F_LD_NOT_MINE, F_LT_FACTS, F__MAX
};

/* The rules across the letter form's fields. */
static const struct page_form_rule page_letter_rules[] = {
	{ PFR_AMOUNT, F_LT_AMOUNT, F__MAX, NULL, NULL, NULL,
	  "“{a}”请只填数字（单位：元），例如 5000 或 5000.50。" },
	{ PFR_AMOUNT, F_LT_MONTHLY, F__MAX, NULL, NULL, NULL,
	  "“{a}”请只填数字（单位：元），例如 5000 或 5000.50。" },
	{ PFR_NOT_FUTURE, F_LT_SINCE, F__MAX, NULL, NULL, NULL, "“{a}”不能晚于今天（{today}）。" },
	{ PFR_NOT_FUTURE, F_LT_LAST, F__MAX, NULL, NULL, NULL, "“{a}”不能晚于今天（{today}）。" },
	{ PFR_NOT_FUTURE, F_LT_PAIDOFF, F__MAX, NULL, NULL, NULL, "“{a}”不能晚于今天（{today}）。" },
	{ PFR_REQUIRED_IF, F_LT_COLLECTOR, F_LT_TO, "collector", NULL, NULL,
	  "寄给催收机构时，请填写催收机构的名称（通常在催收短信或来电里会说）。" },
	{ PFR_ANY_IF, F_LT_FACTS, F_LT_TYPE, "complaint", page_letter_complaint_any, "BEHAVIOURS",
	  "投诉信要写明投诉什么：请至少勾选一种催收行为，或在“事情经过”里写明发生了什么。" },
	{ PFR_ANY_IF, F_LT_FACTS, F_LT_TYPE, "credit-dispute", page_letter_dispute_any, "DISPUTES",
	  "征信异议要写明哪里有错：请至少勾选一个异议理由，或在“事情经过”里写明。" },
};

static const struct page_form_def page_letter_def =
	PAGE_FORM_DEF(page_letter_texts, page_letter_rules);

/* page_letter_form: the letter form with a fresh token: the letter
 * types, the addressees and the checkboxes, and on a POST everything the
 * reader typed or ticked. type and to are the choices to show selected
 * (-1: none). */
static void page_letter_form(struct page *p, struct tpl_dict *d, int type, int to)
{
	int post = p->req->method == M_POST;

	page_form_token(p, d);
	for (int i = 0; i < LT__N; i++) {
		struct tpl_dict *o = tpl_section(d, "TYPE_OPTION");

		tpl_set(o, "SLUG", letter_type_slug((enum letter_type)i));
		tpl_set(o, "TITLE", letter_type_title((enum letter_type)i));
		tpl_set(o, "HELP", letter_type_help((enum letter_type)i));
		if (i == type)
			tpl_show(o, "CHECKED");
	}
	for (int i = 0; i < LTO__N; i++) {
		struct tpl_dict *o = tpl_section(d, "TO_OPTION");

		tpl_set(o, "SLUG", letter_to_slug((enum letter_to)i));
		tpl_set(o, "LABEL", letter_to_label((enum letter_to)i));
		if (post && i == to)
			tpl_show(o, "CHECKED");
	}
	for (int i = 0; i < LB__N; i++) {
		struct tpl_dict *o = tpl_section(d, "BEHAVIOUR");
		enum field_id id = page_letter_behaviours[i];

		tpl_set(o, "NAME", field_def(id)->name);
		tpl_set(o, "LABEL", letter_behaviour((enum letter_behaviour)i)->label);
		if (post && req_str(p->req, id))
			tpl_show(o, "CHECKED");
	}
	for (int i = 0; i < LD__N; i++) {
		struct tpl_dict *o = tpl_section(d, "DISPUTE");
		enum field_id id = page_letter_disputes[i];

		tpl_set(o, "NAME", field_def(id)->name);
		tpl_set(o, "LABEL", letter_dispute((enum letter_dispute)i)->label);
		if (post && req_str(p->req, id))
			tpl_show(o, "CHECKED");
	}
	if (!post)
		return;
	for (size_t i = 0; i < sizeof(page_letter_texts) / sizeof(page_letter_texts[0]); i++) {
		struct buf key;

		buf_init(&key);
		buf_printf(&key, "%s_VALUE", page_letter_texts[i].key);
		page_form_keep(p, d, page_letter_texts[i].id, key.data);
		buf_free(&key);
	}
}

/* page_letter_fail: mark the field with key as wrong (section
 * <key>_ERROR) with msg. */
static void page_letter_fail(struct page_form *f, const char *key, const char *msg)
{
	struct buf section;

	buf_init(&section);
	buf_printf(&section, "%s_ERROR", key);
	page_form_fail(f, f->d, section.data, key, msg);
	buf_free(&section);
}

/* page_letter_validate: check the posted letter form, marking each bad
 * field, and fill in from the valid values. The status to answer with: 0
 * (all good), 400 (text that is not valid UTF-8, has control characters,
 * or a date that is not a date) or 422 (anything else). */
static int page_letter_validate(struct page_form *f, struct letter_input *in,
				  const char *today_iso)
{
	struct req *r = f->p->req;
	int status = 0, type, to = -1;
	struct date today;

	date_parse(today_iso, &today);
	memset(in, 0, sizeof(*in));
	in->today = today_iso;
	type = letter_type_parse(req_str(r, F_LT_TYPE));
	if (type < 0) {
		page_letter_fail(f, "TYPE", "请选择要写哪一种文书。");
		status = 422;
	}
	if (req_str(r, F_LT_TO)) {
		to = letter_to_parse(req_str(r, F_LT_TO));
		if (type >= 0 && !letter_to_allowed((enum letter_type)type, (enum letter_to)to)) {
			struct buf msg;

			buf_init(&msg);
			buf_printf(&msg, "“%s”不能寄给%s：协商和投诉寄给贷款机构；要求停止联系第三人寄给贷款"
				   "机构或催收机构；征信异议寄给征信中心或贷款机构。",
				   letter_type_title((enum letter_type)type),
				   letter_to_label((enum letter_to)to));
			page_letter_fail(f, "TO", msg.data);
			buf_free(&msg);
			status = page_form_worse(status, 422);
		}
	} else if (req_err(r, F_LT_TO) != FE_OK && req_err(r, F_LT_TO) != FE_MISSING) {
		page_letter_fail(f, "TO", "请从列表中选择寄给谁。");
		status = page_form_worse(status, 422);
	}
	if (to < 0 && type >= 0)
		to = (int)letter_to_default((enum letter_type)type);

	status = page_form_worse(status, page_form_check(f, &page_letter_def, today));
	for (int i = 0; i < LB__N; i++)
		if (req_str(r, page_letter_behaviours[i]))
			in->behaviours |= 1u << i;
	for (int i = 0; i < LD__N; i++)
		if (req_str(r, page_letter_disputes[i]))
			in->disputes |= 1u << i;
	in->facts = req_str(r, F_LT_FACTS);
	if (status)
		return status;
	in->type = (enum letter_type)type;
	in->to = (enum letter_to)to;
	in->name = req_str(r, F_LT_NAME);
	in->lender = req_str(r, F_LT_LENDER);
	in->product = req_str(r, F_LT_PRODUCT);
	in->collector = req_str(r, F_LT_COLLECTOR);
	in->account = req_str(r, F_LT_ACCOUNT);
	in->amount = req_str(r, F_LT_AMOUNT);
	in->monthly = req_str(r, F_LT_MONTHLY);
	in->since = req_str(r, F_LT_SINCE);
	in->last = req_str(r, F_LT_LAST);
	in->paid_off = req_str(r, F_LT_PAIDOFF);
	return 0;
}

/* page_letter_download: answer with the letter and its notes as a
 * plain-text file to save (UTF-8 with a byte-order mark and CR LF line
 * ends, so that Notepad on a Chinese Windows opens it right). */
static void page_letter_download(struct page *p, const char *letter, const char *guide)
{
	struct resp *rs = p->resp;
	struct buf txt;
	const char *parts[2] = { letter, guide };

	buf_init(&txt);
	buf_puts(&txt, "\xef\xbb\xbf");
	for (int k = 0; k < 2; k++) {
		if (k == 1)
			buf_puts(&txt, "\r\n\r\n————————————————————\r\n"
				 "寄出前请读（这一部分是给你自己看的，不要寄出）\r\n\r\n");
		for (const char *s = parts[k]; *s; s++) {
			if (*s == '\n')
				buf_putc(&txt, '\r');
			buf_putc(&txt, *s);
		}
	}
	if (p->root)
		tpl_dict_free(p->root);
	p->root = p->body = NULL;
	rs->status = 200;
	rs->content_type = "text/plain; charset=utf-8";
	rs->cache_control = "no-store";
	rs->flags &= ~RESP_ETAG;
	resp_header(rs, "Content-Disposition", "attachment; filename=\"letter.txt\"");
	buf_reset(&rs->body);
	buf_append(&rs->body, txt.data, txt.len);
	buf_free(&txt);
}

/* page_letter: /tools/letter: GET shows the form (with ?type=…
 * choosing a letter); POST checks the token and the fields and answers
 * with the complete letter, the rules each chosen behaviour breaks, and
 * how to send it: as a page (format=html) or as a text file to save
 * (format=txt). Nothing the reader typed is stored or logged, and a POST
 * keeps it out of URLs; there is no redirect after the POST because
 * nothing was saved that a GET could show. Answers 200, 400 or 422 (bad
 * fields, shown at each field), 403 (bad token), all but the download
 * with the form and everything the reader typed. */
void page_letter(struct page *p)
{
	struct page_form f = { .p = p };
	struct date today = date_today();
	struct letter_input in;
	struct buf letter, guide;
	char today_iso[11];
	int type, to, status;

	date_iso(today, today_iso);
	type = letter_type_parse(req_str(p->req, F_LT_TYPE));
	to = letter_to_parse(req_str(p->req, F_LT_TO));
	f.d = page_begin(p, "letter.tpl", "文书生成：协商、停止联系第三人、征信异议、投诉",
			 "选一种文书，填几项事实，生成一封写明法律依据的信：协商还款申请、要求停止联系第三人、"
			 "征信异议申请、投诉信。可以打印，也可以下载为文本文件。");
	if (!f.d) {
		page_error(p, 503, "暂时无法显示，请稍后再试。");
		return;
	}
	page_letter_form(p, f.d, type, to);
	if (p->req->method != M_POST) {
		page_finish(p, 200);
		return;
	}
	tpl_show(p->root, "NOINDEX");
	if (p->csrf != CSRF_OK) {
		tpl_set(tpl_section(f.d, "NOTICE"), "MESSAGE", csrf_message(p->csrf));
		page_finish(p, 403);
		return;
	}
	status = page_letter_validate(&f, &in, today_iso);
	if (status) {
		page_finish(p, status);
		return;
	}
	buf_init(&letter);
	buf_init(&guide);
	letter_build(&in, &letter);
	letter_guide(&in, &guide);
	if (req_str(p->req, F_LT_FORMAT) && strcmp(req_str(p->req, F_LT_FORMAT), "txt") == 0) {
		page_letter_download(p, letter.data, guide.data);
	} else {
		struct tpl_dict *res = tpl_section(f.d, "RESULT");
		const char *title = letter_type_title(in.type), *text = letter.data;
		size_t n = strlen(title);

		tpl_set(res, "TITLE", title);
		/* the letter's first line, its title, is set apart to be centred */
		if (strncmp(text, title, n) == 0 && strncmp(text + n, "\n\n", 2) == 0) {
			tpl_set(tpl_section(res, "LETTER_TITLE"), "TEXT", title);
			text += n + 2;
		}
		tpl_set(res, "LETTER", text);
		page_lines(res, "GUIDE", "TEXT", guide.data);
		page_finish(p, 200);
	}
	buf_free(&letter);
	buf_free(&guide);
}
