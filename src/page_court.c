/* page_court: /tools/court (法院文书期限): the reader picks the paper that
 * arrived and the day it arrived; the page shows each deadline that
 * follows, both last days, how they are counted and what to do, as a page
 * to print, a calendar file and a text file. Nothing is stored. */
#include <stdio.h>
#include <string.h>

#include "page.h"

/* The form as a table: the paper and the day it arrived are required;
 * neither that day nor the day the suit arrived may be after today; a
 * judgment cannot arrive before the suit, a hearing cannot come before
 * its notice. */
static const struct page_form_field page_court_fields[] = {
	{ F_CT_PAPER, "PAPER", PFF_REQUIRED, "请选择你收到的是哪一种文书。" },
	{ F_CT_RECEIVED, "RECEIVED", PFF_REQUIRED,
	  "请填写收到文书的日期：期限从这一天的第二天开始数。" },
	{ F_CT_HEARING, "HEARING", 0, NULL },
	{ F_CT_SUIT, "SUIT", 0, NULL },
};

static const struct page_form_rule page_court_rules[] = {
	{ PFR_NOT_FUTURE, F_CT_RECEIVED, F__MAX, NULL, NULL, NULL,
	  "“{a}”不能晚于今天（{today}）：请填已经收到的日子。" },
	{ PFR_NOT_FUTURE, F_CT_SUIT, F__MAX, NULL, NULL, NULL,
	  "“{a}”不能晚于今天（{today}）。" },
	{ PFR_NOT_BEFORE, F_CT_RECEIVED, F_CT_SUIT, NULL, NULL, NULL,
	  "“{a}”早于“{b}”：判决书、裁定书不会在起诉状之前送到。请检查这两个日期。" },
	{ PFR_NOT_BEFORE, F_CT_HEARING, F_CT_RECEIVED, NULL, NULL, NULL,
	  "“{a}”早于“{b}”：开庭不会在收到通知之前。请检查这两个日期。" },
};

static const struct page_form_def page_court_def =
	PAGE_FORM_DEF(page_court_fields, page_court_rules);

/* The notes every result shows, in this order. */
static const char *const page_court_notes[] = {
	"count.days", "count.weekends", "count.posted", "count.electronic", "check.real", NULL
};

/* page_court_date: the valid date of field id, or y == 0. */
static struct date page_court_date(struct page *p, enum field_id id)
{
	struct date d = { 0, 0, 0 };
	const char *v = req_str(p->req, id);

	if (v && *v)
		date_parse(v, &d);
	return d;
}

/* page_court_form: the form: each paper with its hint (the chosen one
 * checked), the dates as typed. */
static void page_court_form(struct page *p, struct page_form *f, const struct wording *w, int paper)
{
	static const struct { enum field_id id; const char *key; } dates[] = {
		{ F_CT_RECEIVED, "RECEIVED" }, { F_CT_HEARING, "HEARING" }, { F_CT_SUIT, "SUIT" },
	};

	for (int i = 0; i < DP__N; i++) {
		struct tpl_dict *o = tpl_section(f->d, "PAPER_OPTION");

		tpl_set(o, "SLUG", deadline_paper_slug((enum deadline_paper)i));
		tpl_set(o, "LABEL", deadline_paper_text(w, (enum deadline_paper)i, "label"));
		tpl_set(o, "HINT", deadline_paper_text(w, (enum deadline_paper)i, "hint"));
		if (i == paper)
			tpl_show(o, "CHECKED");
	}
	for (size_t i = 0; i < sizeof(dates) / sizeof(dates[0]); i++) {
		char key[32];

		snprintf(key, sizeof(key), "%s_VALUE", dates[i].key);
		page_form_keep(p, f->d, dates[i].id, key);
		snprintf(key, sizeof(key), "%s_", dates[i].key);
		page_form_date(p, f->d, dates[i].id, key);
	}
}

/* page_court_query: the query that gives this result again, with format
 * fmt: only the paper and the dates. */
static void page_court_query(struct page *p, const char *fmt, struct buf *out)
{
	static const enum field_id ids[] = { F_CT_PAPER, F_CT_RECEIVED, F_CT_HEARING, F_CT_SUIT };

	buf_puts(out, "/tools/court?");
	for (size_t i = 0; i < sizeof(ids) / sizeof(ids[0]); i++) {
		const char *v = req_str(p->req, ids[i]);

		if (v && *v)
			buf_printf(out, "%s=%s&", field_def(ids[i])->name, v);
	}
	buf_printf(out, "format=%s", fmt);
}

/* page_court_result: the deadlines of r for paper, received on received,
 * into section RESULT of d. */
static void page_court_result(struct page *p, struct tpl_dict *d, const struct wording *w,
			      enum deadline_paper paper, struct date received,
			      const struct deadline_result *r)
{
	struct tpl_dict *res = tpl_section(d, "RESULT");
	char zh[32], iso[11];
	struct buf q;

	tpl_set(res, "PAPER", deadline_paper_text(w, paper, "label"));
	date_zh(received, zh, sizeof(zh));
	date_iso(received, iso);
	tpl_set(res, "RECEIVED", zh);
	tpl_set(res, "RECEIVED_ISO", iso);
	page_deadline_fill(res, w, r);
	page_lines(res, "PREPARE", "TEXT", deadline_paper_text(w, paper, "prepare"));
	for (const char *const *n = page_court_notes; *n; n++)
		tpl_set(tpl_section(res, "NOTE"), "TEXT", wording_text(w, *n));
	buf_init(&q);
	page_court_query(p, "ics", &q);
	tpl_set(res, "ICS", q.data);
	buf_reset(&q);
	page_court_query(p, "txt", &q);
	tpl_set(res, "TXT", q.data);
	buf_free(&q);
}

/* page_court_file: answer with the deadlines as a calendar (ics) or a
 * text file, named for the tool, the paper and the day it arrived. */
static void page_court_file(struct page *p, const struct wording *w, enum deadline_paper paper,
			    struct date received, const struct deadline_result *r, int ics)
{
	char zh[32];
	struct wording_var v[] = { { "paper", deadline_paper_text(w, paper, "label") },
				   { "date", zh } };
	struct buf head;

	date_zh(received, zh, sizeof(zh));
	buf_init(&head);
	wording_fill(w, "txt.head", v, 2, &head);
	page_deadline_file(p, w, r, "court", deadline_paper_slug(paper), "法院文书期限", received,
			   head.data, page_court_notes, NULL, ics);
	buf_free(&head);
}

/* page_court: /tools/court: the form (GET without a date; ?paper=…
 * preselects a paper, as the articles link it), or the deadlines that
 * follow from the paper and the dates in the query (which holds only
 * those): as a page, or with format=ics a calendar, with format=txt a
 * text file. Answers 200, 400 (a date that is not a date) or 422 (a
 * missing or impossible date, no paper), the last two with the form, a
 * message at each field and everything typed kept; 503 when the wording
 * or the holidays cannot be read. */
void page_court(struct page *p)
{
	struct page_form f = { .p = p };
	struct date_calendar cal;
	struct deadline_result r;
	struct wording w;
	const struct wording_need *needs;
	size_t nneeds;
	int paper, status;
	const char *fmt = req_str(p->req, F_FORMAT);
	struct date today = date_today(), received;

	needs = deadline_court_needs(&nneeds);
	if (page_deadline_load(p, "court", needs, nneeds, &w, &cal) < 0)
		return;
	f.d = page_begin(p, "court.tpl", wording_text(&w, "page.title"), wording_text(&w, "page.lead"));
	if (!f.d) {
		page_error(p, 503, "暂时无法显示，请稍后再试。");
		return;
	}
	paper = deadline_paper_parse(req_str(p->req, F_CT_PAPER));
	page_court_form(p, &f, &w, paper);
	if (!req_raw(p->req, F_CT_RECEIVED) && !req_raw(p->req, F_CT_HEARING) &&
	    !req_raw(p->req, F_CT_SUIT) && (paper >= 0 || !req_raw(p->req, F_CT_PAPER))) {
		page_finish(p, 200);
		return;
	}
	p->no_store = 1;
	tpl_show(p->root, "NOINDEX");
	status = page_form_check(&f, &page_court_def, today);
	if (status) {
		page_finish(p, status);
		return;
	}
	received = page_court_date(p, F_CT_RECEIVED);
	if (deadline_court(&w, (enum deadline_paper)paper, received, page_court_date(p, F_CT_HEARING),
			   &cal, &r) < 0) {
		page_error(p, 503, "期限的内容暂时无法读取，请稍后再试。");
		return;
	}
	deadline_status(&r, today);
	if (fmt && (strcmp(fmt, "ics") == 0 || strcmp(fmt, "txt") == 0)) {
		page_court_file(p, &w, (enum deadline_paper)paper, received, &r, fmt[0] == 'i');
		return;
	}
	page_court_result(p, f.d, &w, (enum deadline_paper)paper, received, &r);
	page_finish(p, 200);
}
