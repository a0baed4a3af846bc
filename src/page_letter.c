/* page_letter: /tools/letter: first a choice of letter, then a form with
 * only that letter's fields, then the letter to a lender, collector or
 * credit bureau; nothing the reader types is stored. */
#include <stdio.h>
#include <string.h>

#include "letter.h"
#include "page.h"
#include "store_wording.h"

/* The fields a letter's form can show (besides the lender, the sender's
 * name and the facts, which every letter has). */
enum {
	LF_TO = 1 << 0, LF_PRODUCT = 1 << 1, LF_COLLECTOR = 1 << 2, LF_ACCOUNT = 1 << 3,
	LF_AMOUNT = 1 << 4, LF_MONTHLY = 1 << 5, LF_SINCE = 1 << 6, LF_LAST = 1 << 7,
	LF_PAIDOFF = 1 << 8, LF_BEHAVIOURS = 1 << 9, LF_DISPUTES = 1 << 10,
	LF_ALWAYS = 1 << 11
};

/* Which fields each letter asks for. */
static const unsigned page_letter_shows[LT__N] = {
	[LT_NEGOTIATE] = LF_PRODUCT | LF_ACCOUNT | LF_AMOUNT | LF_MONTHLY | LF_SINCE,
	[LT_STOP_CONTACT] = LF_TO | LF_PRODUCT | LF_COLLECTOR | LF_ACCOUNT | LF_LAST | LF_BEHAVIOURS,
	[LT_CREDIT_DISPUTE] = LF_TO | LF_PRODUCT | LF_ACCOUNT | LF_SINCE | LF_LAST | LF_PAIDOFF |
			      LF_DISPUTES,
	[LT_COMPLAINT] = LF_PRODUCT | LF_COLLECTOR | LF_ACCOUNT | LF_AMOUNT | LF_SINCE | LF_LAST |
			 LF_BEHAVIOURS,
};

/* The letter form's text and date fields, with their template keys, the
 * flag that shows each, and whether a link may fill it in (never a
 * personal number or the reader's own words). */
static const struct {
	enum field_id id;
	const char *key;
	unsigned show;
	int linkable;
} page_letter_inputs[] = {
	{ F_LT_LENDER, "LENDER", LF_ALWAYS, 1 },
	{ F_LT_PRODUCT, "PRODUCT", LF_PRODUCT, 1 },
	{ F_LT_COLLECTOR, "COLLECTOR", LF_COLLECTOR, 1 },
	{ F_LT_ACCOUNT, "ACCOUNT", LF_ACCOUNT, 0 },
	{ F_LT_AMOUNT, "AMOUNT", LF_AMOUNT, 1 },
	{ F_LT_MONTHLY, "MONTHLY", LF_MONTHLY, 1 },
	{ F_LT_SINCE, "SINCE", LF_SINCE, 1 },
	{ F_LT_LAST, "LAST", LF_LAST, 1 },
	{ F_LT_PAIDOFF, "PAIDOFF", LF_PAIDOFF, 1 },
	{ F_LT_NAME, "SENDER", LF_ALWAYS, 0 },
	{ F_LT_FACTS, "FACTS", LF_ALWAYS, 0 },
};

/* The same fields as the form engine's table. */
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

#define PAGE_LETTER_AMOUNT \
	"“{a}”没有看懂：请填写金额（单位：元），例如 5000、2万、两万、20,000 或 2,000.50。"

/* The rules across the letter form's fields. */
static const struct page_form_rule page_letter_rules[] = {
	{ PFR_AMOUNT, F_LT_AMOUNT, F__MAX, NULL, NULL, NULL, PAGE_LETTER_AMOUNT },
	{ PFR_AMOUNT, F_LT_MONTHLY, F__MAX, NULL, NULL, NULL, PAGE_LETTER_AMOUNT },
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

/* page_letter_value: the valid value of field id, or NULL. */
static const char *page_letter_value(struct page *p, enum field_id id)
{
	const char *v = req_str(p->req, id);

	return v && *v ? v : NULL;
}

/* page_letter_choose: the first step: the four letters, each a link to
 * its own form, with when to use it. */
static void page_letter_choose(struct tpl_dict *d, const struct wording *w)
{
	struct tpl_dict *c = tpl_section(d, "CHOOSE");

	for (int i = 0; i < LT__N; i++) {
		struct tpl_dict *o = tpl_section(c, "TYPE_OPTION");

		tpl_set(o, "SLUG", letter_type_slug((enum letter_type)i));
		tpl_set(o, "TITLE", letter_type_title(w, (enum letter_type)i));
		tpl_set(o, "HELP", letter_type_help(w, (enum letter_type)i));
	}
}

/* page_letter_amount_echo: under an amount field that was understood, the
 * number the letter will use (section <key>_UNDERSTOOD). */
static void page_letter_amount_echo(struct page *p, struct tpl_dict *d, enum field_id id,
				    const char *key)
{
	const char *v = page_letter_value(p, id);
	long long fen;
	char yuan[32], section[48];

	if (!v || !field_amount_parse(v, &fen))
		return;
	field_amount_format(fen, yuan);
	snprintf(section, sizeof(section), "%s_UNDERSTOOD", key);
	tpl_set(tpl_section(d, section), "YUAN", yuan);
}

/* page_letter_form: the form of letter type t with a fresh token: only
 * the fields t asks for, its addressees and checkboxes, and what the
 * reader typed (on a POST) or what a link filled in (on a GET: never a
 * personal number or free text). */
static struct tpl_dict *page_letter_form(struct page *p, struct tpl_dict *d,
					 const struct wording *w, enum letter_type t, int to)
{
	int post = p->req->method == M_POST;
	unsigned shows = page_letter_shows[t] | LF_ALWAYS;
	struct tpl_dict *f = tpl_section(d, "FORM");

	page_form_token(p, f);
	tpl_set(f, "TYPE", letter_type_slug(t));
	tpl_set(f, "TITLE", letter_type_title(w, t));
	tpl_set(f, "HELP", letter_type_help(w, t));
	if (shows & LF_TO) {
		struct tpl_dict *s = tpl_section(f, "SHOW_TO");

		tpl_set(s, "RULE", letter_to_rule(w));
		for (int i = 0; i < LTO__N; i++) {
			struct tpl_dict *o;

			if (!letter_to_allowed(t, (enum letter_to)i))
				continue;
			o = tpl_section(s, "TO_OPTION");
			tpl_set(o, "SLUG", letter_to_slug((enum letter_to)i));
			tpl_set(o, "LABEL", letter_to_label(w, (enum letter_to)i));
			if (i == to)
				tpl_show(o, "CHECKED");
		}
	}
	for (size_t i = 0; i < sizeof(page_letter_inputs) / sizeof(page_letter_inputs[0]); i++) {
		enum field_id id = page_letter_inputs[i].id;
		const char *key = page_letter_inputs[i].key;
		char name[48];

		if (!(shows & page_letter_inputs[i].show))
			continue;
		snprintf(name, sizeof(name), "SHOW_%s", key);
		tpl_show(f, name);
		snprintf(name, sizeof(name), "%s_VALUE", key);
		if (post)
			page_form_keep(p, f, id, name);
		else if (page_letter_inputs[i].linkable && page_letter_value(p, id))
			tpl_set(f, name, page_letter_value(p, id));
		if (field_def(id)->kind == FK_DATE) {
			snprintf(name, sizeof(name), "%s_", key);
			page_form_date(p, f, id, name);
		}
	}
	if (post) {
		page_letter_amount_echo(p, f, F_LT_AMOUNT, "AMOUNT");
		page_letter_amount_echo(p, f, F_LT_MONTHLY, "MONTHLY");
	}
	if (shows & LF_BEHAVIOURS) {
		struct tpl_dict *s = tpl_section(f, "SHOW_BEHAVIOURS");

		for (int i = 0; i < LB__N; i++) {
			struct tpl_dict *o = tpl_section(s, "BEHAVIOUR");
			enum field_id id = page_letter_behaviours[i];

			tpl_set(o, "NAME", field_def(id)->name);
			tpl_set(o, "LABEL", letter_behaviour(w, (enum letter_behaviour)i).label);
			if (req_str(p->req, id))
				tpl_show(o, "CHECKED");
		}
	}
	if (shows & LF_DISPUTES) {
		struct tpl_dict *s = tpl_section(f, "SHOW_DISPUTES");

		for (int i = 0; i < LD__N; i++) {
			struct tpl_dict *o = tpl_section(s, "DISPUTE");
			enum field_id id = page_letter_disputes[i];

			tpl_set(o, "NAME", field_def(id)->name);
			tpl_set(o, "LABEL", letter_dispute(w, (enum letter_dispute)i).label);
			if (req_str(p->req, id))
				tpl_show(o, "CHECKED");
		}
	}
	return f;
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

/* page_letter_amount: the amount typed in field id, as the letter writes
 * it (NULL when none was given), in the request's arena. */
static const char *page_letter_amount(struct page *p, enum field_id id)
{
	const char *v = page_letter_value(p, id);
	long long fen;
	char yuan[32];

	if (!v || !field_amount_parse(v, &fen))
		return NULL;
	field_amount_format(fen, yuan);
	return arena_strdup(&p->req->arena, yuan);
}

/* page_letter_validate: check the posted form of letter type t, marking
 * each bad field, and fill in from the valid values (only the fields t
 * asks for). The status to answer with: 0 (all good), 400 (text that is
 * not valid UTF-8, has control characters, or a date that is not a date)
 * or 422 (anything else). */
static int page_letter_validate(struct page_form *f, const struct wording *w, enum letter_type t,
				struct letter_input *in, const char *today_iso)
{
	struct page *p = f->p;
	struct req *r = p->req;
	unsigned shows = page_letter_shows[t] | LF_ALWAYS;
	int status = 0, to = -1;
	struct date today;

	date_parse(today_iso, &today);
	memset(in, 0, sizeof(*in));
	in->w = w;
	in->today = today_iso;
	in->type = t;
	if (!(shows & LF_TO)) {
		to = -1;   /* one addressee only: whatever was sent is not asked */
	} else if (req_str(r, F_LT_TO)) {
		to = letter_to_parse(req_str(r, F_LT_TO));
		if (!letter_to_allowed(t, (enum letter_to)to)) {
			struct buf msg;

			buf_init(&msg);
			buf_printf(&msg, "“%s”不能寄给%s：%s", letter_type_title(w, t),
				   letter_to_label(w, (enum letter_to)to), letter_to_rule(w));
			page_letter_fail(f, "TO", msg.data);
			buf_free(&msg);
			status = 422;
		}
	} else if (req_err(r, F_LT_TO) != FE_OK && req_err(r, F_LT_TO) != FE_MISSING) {
		page_letter_fail(f, "TO", "请从列表中选择寄给谁。");
		status = 422;
	}
	if (to < 0)
		to = (int)letter_to_default(t);
	in->to = (enum letter_to)to;
	status = page_form_worse(status, page_form_check(f, &page_letter_def, today));
	if (status)
		return status;
	if (shows & LF_BEHAVIOURS)
		for (int i = 0; i < LB__N; i++)
			if (req_str(r, page_letter_behaviours[i]))
				in->behaviours |= 1u << i;
	if (shows & LF_DISPUTES)
		for (int i = 0; i < LD__N; i++)
			if (req_str(r, page_letter_disputes[i]))
				in->disputes |= 1u << i;
	in->facts = page_letter_value(p, F_LT_FACTS);
	in->name = page_letter_value(p, F_LT_NAME);
	in->lender = page_letter_value(p, F_LT_LENDER);
	in->product = shows & LF_PRODUCT ? page_letter_value(p, F_LT_PRODUCT) : NULL;
	in->collector = shows & LF_COLLECTOR ? page_letter_value(p, F_LT_COLLECTOR) : NULL;
	in->account = shows & LF_ACCOUNT ? page_letter_value(p, F_LT_ACCOUNT) : NULL;
	in->amount = shows & LF_AMOUNT ? page_letter_amount(p, F_LT_AMOUNT) : NULL;
	in->monthly = shows & LF_MONTHLY ? page_letter_amount(p, F_LT_MONTHLY) : NULL;
	in->since = shows & LF_SINCE ? page_letter_value(p, F_LT_SINCE) : NULL;
	in->last = shows & LF_LAST ? page_letter_value(p, F_LT_LAST) : NULL;
	in->paid_off = shows & LF_PAIDOFF ? page_letter_value(p, F_LT_PAIDOFF) : NULL;
	return 0;
}

/* page_letter_again: the letter's values as hidden fields (section
 * HIDDEN of d), so that the download button next to the letter sends the
 * same letter again without the form. */
static void page_letter_again(struct page *p, struct tpl_dict *d, enum letter_type t)
{
	unsigned shows = page_letter_shows[t] | LF_ALWAYS;
	const char *to = req_str(p->req, F_LT_TO);

	page_form_token(p, d);
	tpl_set(d, "TYPE", letter_type_slug(t));
	if (to && (shows & LF_TO)) {
		struct tpl_dict *h = tpl_section(d, "HIDDEN");

		tpl_set(h, "NAME", field_def(F_LT_TO)->name);
		tpl_set(h, "VALUE", to);
	}
	for (size_t i = 0; i < sizeof(page_letter_inputs) / sizeof(page_letter_inputs[0]); i++) {
		enum field_id id = page_letter_inputs[i].id;
		const char *v = page_letter_value(p, id);
		struct tpl_dict *h;

		if (!v || !(shows & page_letter_inputs[i].show))
			continue;
		h = tpl_section(d, "HIDDEN");
		tpl_set(h, "NAME", field_def(id)->name);
		tpl_set(h, "VALUE", v);
	}
	for (int i = 0; i < LB__N && (shows & LF_BEHAVIOURS); i++)
		if (req_str(p->req, page_letter_behaviours[i])) {
			struct tpl_dict *h = tpl_section(d, "HIDDEN");

			tpl_set(h, "NAME", field_def(page_letter_behaviours[i])->name);
			tpl_set(h, "VALUE", "1");
		}
	for (int i = 0; i < LD__N && (shows & LF_DISPUTES); i++)
		if (req_str(p->req, page_letter_disputes[i])) {
			struct tpl_dict *h = tpl_section(d, "HIDDEN");

			tpl_set(h, "NAME", field_def(page_letter_disputes[i])->name);
			tpl_set(h, "VALUE", "1");
		}
}

/* page_letter_file: answer with the letter alone as a text file named
 * for the letter and the day ("投诉信-2026-12-04.txt"). */
static void page_letter_file(struct page *p, const struct wording *w, enum letter_type t,
			     const char *today_iso, const char *letter)
{
	char ascii[64];
	struct buf name;

	snprintf(ascii, sizeof(ascii), "letter-%s-%s.txt", letter_type_slug(t), today_iso);
	buf_init(&name);
	buf_printf(&name, "%s-%s.txt", letter_type_title(w, t), today_iso);
	page_download_text(p, ascii, name.data, letter);
	buf_free(&name);
}

/* page_letter: /tools/letter: GET without a type shows the choice of
 * letter (a type that is not one gets the choice again, 400); GET with
 * ?type=… shows that letter's form, filled in from the link's other
 * values (never a name, an account number or free text); POST checks the
 * token and the fields and answers with the letter, a button next to it
 * that downloads the letter alone as a text file (format=txt does so at
 * once), and the notes on sending it. Nothing the reader typed is stored
 * or logged, and a POST keeps it out of URLs. Answers 200, 400 or 422
 * (bad fields, shown at each field with everything kept), 403 (bad
 * token, the form kept), 503 (the wording is missing). */
void page_letter(struct page *p)
{
	struct page_form f = { .p = p };
	struct date today = date_today();
	struct letter_input in;
	struct wording w;
	struct buf letter, guide;
	const struct wording_need *needs;
	size_t nneeds;
	char today_iso[11];
	int type, to, status;

	date_iso(today, today_iso);
	type = letter_type_parse(req_str(p->req, F_LT_TYPE));
	to = letter_to_parse(req_str(p->req, F_LT_TO));
	needs = letter_needs(&nneeds);
	if (store_wording_get(p->site->store, &p->req->arena, "letter", &w) < 0 ||
	    !wording_complete(&w, needs, nneeds)) {
		page_error(p, 503, "文书的文字内容暂时无法读取，请稍后再试。");
		return;
	}
	f.d = page_begin(p, "letter.tpl", wording_text(&w, "page.title"), wording_text(&w, "page.lead"));
	if (!f.d) {
		page_error(p, 503, "暂时无法显示，请稍后再试。");
		return;
	}
	if (p->req->method == M_POST)
		tpl_show(p->root, "NOINDEX");
	if (type < 0) {
		page_letter_choose(f.d, &w);
		if (p->req->method == M_POST && p->csrf != CSRF_OK) {
			tpl_set(tpl_section(f.d, "NOTICE"), "MESSAGE", csrf_message(p->csrf));
			page_finish(p, 403);
		} else if (req_raw(p->req, F_LT_TYPE) && *req_raw(p->req, F_LT_TYPE)) {
			tpl_set(tpl_section(f.d, "NOTICE"), "MESSAGE", "没有这一种文书，请从下面选一种。");
			page_finish(p, 400);
		} else if (p->req->method == M_POST) {
			tpl_set(tpl_section(f.d, "NOTICE"), "MESSAGE", "请选择要写哪一种文书。");
			page_finish(p, 422);
		} else {
			page_finish(p, 200);
		}
		return;
	}
	f.d = page_letter_form(p, f.d, &w, (enum letter_type)type, to);
	if (p->req->method != M_POST) {
		page_finish(p, 200);
		return;
	}
	if (p->csrf != CSRF_OK) {
		tpl_set(tpl_section(f.d, "NOTICE"), "MESSAGE", csrf_message(p->csrf));
		page_finish(p, 403);
		return;
	}
	status = page_letter_validate(&f, &w, (enum letter_type)type, &in, today_iso);
	if (status) {
		page_finish(p, status);
		return;
	}
	buf_init(&letter);
	buf_init(&guide);
	letter_build(&in, &letter);
	letter_guide(&in, &guide);
	if (req_str(p->req, F_FORMAT) && strcmp(req_str(p->req, F_FORMAT), "txt") == 0) {
		page_letter_file(p, &w, in.type, today_iso, letter.data);
	} else {
		struct tpl_dict *res = tpl_section(f.d, "RESULT");
		const char *title = letter_type_title(&w, in.type), *text = letter.data;
		size_t n = strlen(title);

		tpl_set(res, "TITLE", title);
		/* the letter's first line, its title, is set apart to be centred */
		if (strncmp(text, title, n) == 0 && strncmp(text + n, "\n\n", 2) == 0) {
			tpl_set(tpl_section(res, "LETTER_TITLE"), "TEXT", title);
			text += n + 2;
		}
		tpl_set(res, "LETTER", text);
		page_letter_again(p, res, in.type);
		page_lines(res, "GUIDE", "TEXT", guide.data);
		page_finish(p, 200);
	}
	buf_free(&letter);
	buf_free(&guide);
}
