/* page_complaint: /tools/complaint (投诉进度): where and when the reader
 * complained, and optionally the ticket number; the page shows the reply
 * periods that apply, whether each has passed, and the next step (who to
 * escalate to, with which letter). The form is posted, so that the ticket
 * number never goes into an address; nothing is stored. */
#include <stdio.h>
#include <string.h>

#include "page.h"

static const struct page_form_field page_complaint_fields[] = {
	{ F_CP_CHANNEL, "CHANNEL", PFF_REQUIRED, "请选择你是向哪里投诉的。" },
	{ F_CP_FILED, "FILED", PFF_REQUIRED,
	  "请填写对方收到投诉的日期：答复期限从这一天的第二天开始数。" },
	{ F_CP_TICKET, "TICKET", 0, NULL },
};

static const struct page_form_rule page_complaint_rules[] = {
	{ PFR_NOT_FUTURE, F_CP_FILED, F__MAX, NULL, NULL, NULL,
	  "“{a}”不能晚于今天（{today}）：请填已经投诉的日子。" },
};

static const struct page_form_def page_complaint_def =
	PAGE_FORM_DEF(page_complaint_fields, page_complaint_rules);

/* The notes every result shows. */
static const char *const page_complaint_notes[] = { "count.days", "count.weekends", NULL };

/* page_complaint_letter: the letter that goes with the next step after
 * channel c ("" for none). */
static const char *page_complaint_letter(enum deadline_channel c)
{
	switch (c) {
	case DC_CREDIT:
	case DC_PBOC:
		return "credit-dispute";
	case DC_BANK:
	case DC_LENDER:
	case DC_12378:
		return "complaint";
	default:
		return "";
	}
}

/* page_complaint_form: the form with a fresh token: each channel with its
 * hint (the chosen one checked), and on a POST the date and ticket as
 * typed (a link may choose the channel, never fill in the rest). */
static void page_complaint_form(struct page *p, struct page_form *f, const struct wording *w,
				int channel)
{
	page_form_token(p, f->d);
	for (int i = 0; i < DC__N; i++) {
		struct tpl_dict *o = tpl_section(f->d, "CHANNEL_OPTION");

		tpl_set(o, "SLUG", deadline_channel_slug((enum deadline_channel)i));
		tpl_set(o, "LABEL", deadline_channel_text(w, (enum deadline_channel)i, "label"));
		tpl_set(o, "HINT", deadline_channel_text(w, (enum deadline_channel)i, "hint"));
		if (i == channel)
			tpl_show(o, "CHECKED");
	}
	if (p->req->method == M_POST) {
		page_form_keep(p, f->d, F_CP_FILED, "FILED_VALUE");
		page_form_keep(p, f->d, F_CP_TICKET, "TICKET_VALUE");
	}
	page_form_date(p, f->d, F_CP_FILED, "FILED_");
}

/* page_complaint_result: the reply periods of r into section RESULT of d,
 * with the next step for those that passed, and the form that downloads
 * them again (the same values as hidden fields). */
static void page_complaint_result(struct page *p, struct tpl_dict *d, const struct wording *w,
				  enum deadline_channel c, struct date filed,
				  const struct deadline_result *r)
{
	struct tpl_dict *res = tpl_section(d, "RESULT");
	const char *ticket = req_str(p->req, F_CP_TICKET), *letter = page_complaint_letter(c);
	char zh[32], iso[11];
	int passed = 0, dated = 0;

	tpl_set(res, "CHANNEL", deadline_channel_text(w, c, "label"));
	tpl_set(res, "CHANNEL_SLUG", deadline_channel_slug(c));
	date_zh(filed, zh, sizeof(zh));
	date_iso(filed, iso);
	tpl_set(res, "FILED", zh);
	tpl_set(res, "FILED_ISO", iso);
	if (ticket && *ticket)
		tpl_set(tpl_section(res, "TICKET"), "VALUE", ticket);
	page_deadline_fill(res, w, r);
	for (int i = 0; i < r->n; i++) {
		dated |= r->v[i].dated;
		passed |= r->v[i].dated && r->v[i].passed;
	}
	/* the next step: when a period is past, or when none is known */
	if (passed || !dated) {
		struct tpl_dict *n = tpl_section(res, "NEXT");

		page_lines(n, "LINE", "TEXT", deadline_channel_text(w, c, "next"));
		if (*letter)
			tpl_set(tpl_section(n, "LETTER"), "TYPE", letter);
	} else {
		page_lines(tpl_section(res, "LATER"), "LINE", "TEXT", deadline_channel_text(w, c, "next"));
	}
	for (const char *const *n = page_complaint_notes; *n; n++)
		tpl_set(tpl_section(res, "NOTE"), "TEXT", wording_text(w, *n));
	page_form_token(p, res);
}

/* page_complaint_file: answer with the reply periods as a calendar or a
 * text file (with the ticket number and the next step), named for the
 * tool, the channel and the day. */
static void page_complaint_file(struct page *p, const struct wording *w, enum deadline_channel c,
				struct date filed, const struct deadline_result *r, int ics)
{
	char zh[32];
	const char *ticket = req_str(p->req, F_CP_TICKET);
	struct wording_var v[] = { { "channel", deadline_channel_text(w, c, "label") },
				   { "date", zh } };
	struct buf head;

	date_zh(filed, zh, sizeof(zh));
	buf_init(&head);
	wording_fill(w, "txt.head", v, 2, &head);
	if (ticket && *ticket)
		buf_printf(&head, "\n%s：%s", field_def(F_CP_TICKET)->label, ticket);
	page_deadline_file(p, w, r, "complaint", deadline_channel_slug(c), "投诉进度", filed, head.data,
			   page_complaint_notes, deadline_channel_text(w, c, "next"), ics);
	buf_free(&head);
}

/* page_complaint: /tools/complaint: GET shows the form (?channel=…
 * preselects a channel, as the articles link it); POST checks the token
 * and the fields and answers with the reply periods (format=ics: a
 * calendar, format=txt: a text file). Answers 200, 400 or 422 (bad
 * fields, shown at each field with everything kept), 403 (bad token, the
 * form kept), 503 (the wording or the holidays cannot be read). */
void page_complaint(struct page *p)
{
	struct page_form f = { .p = p };
	struct date_calendar cal;
	struct deadline_result r;
	struct wording w;
	const struct wording_need *needs;
	size_t nneeds;
	int channel, status;
	const char *fmt = req_str(p->req, F_FORMAT);
	struct date today = date_today(), filed = { 0, 0, 0 };

	needs = deadline_complaint_needs(&nneeds);
	if (page_deadline_load(p, "complaint", needs, nneeds, &w, &cal) < 0)
		return;
	f.d = page_begin(p, "complaint.tpl", wording_text(&w, "page.title"),
			 wording_text(&w, "page.lead"));
	if (!f.d) {
		page_error(p, 503, "暂时无法显示，请稍后再试。");
		return;
	}
	channel = deadline_channel_parse(req_str(p->req, F_CP_CHANNEL));
	page_complaint_form(p, &f, &w, channel);
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
	status = page_form_check(&f, &page_complaint_def, today);
	if (status) {
		page_finish(p, status);
		return;
	}
	date_parse(req_str(p->req, F_CP_FILED), &filed);
	if (deadline_complaint(&w, (enum deadline_channel)channel, filed, &cal, &r) < 0) {
		page_error(p, 503, "期限的内容暂时无法读取，请稍后再试。");
		return;
	}
	deadline_status(&r, today);
	if (fmt && (strcmp(fmt, "ics") == 0 || strcmp(fmt, "txt") == 0)) {
		page_complaint_file(p, &w, (enum deadline_channel)channel, filed, &r, fmt[0] == 'i');
		return;
	}
	page_complaint_result(p, f.d, &w, (enum deadline_channel)channel, filed, &r);
	page_finish(p, 200);
}
