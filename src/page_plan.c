/* page_plan: /plan, 我的行动方案: a plain question per screen, then the
 * reader's plan (今天, 本周, 之后) with the rule, the letter, the channel
 * and the dates of each step; on paper, as .txt and as .ics from the same
 * plan; saved only when the reader asks, under a code. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "code.h"
#include "page.h"
#include "plan.h"
#include "store_channel.h"
#include "store_law.h"
#include "store_plan.h"
#include "store_value.h"

/* The plan's content as a worker keeps it between requests (until the
 * database changes): the questions and steps, read and checked; the
 * holiday calendar; the channels; each step's law quotes. */
struct page_plan_content {
	struct store_plan sp;
	struct date_calendar cal;
	struct store_channels cs;
	struct store_law_quotes *quotes;   /* by step */
};

/* What every plan page works from: the content, the reader's answers
 * and today. */
struct page_plan {
	struct store_plan sp;
	struct plan_answers ans;
	struct date today;
	struct date_calendar cal;
	const struct page_plan_content *c;
};

/* page_plan_make: the content read from the store into the site's
 * derived arena. NULL when the store fails or the content is bad (said on
 * stderr: the content check refuses such content). */
static struct page_plan_content *page_plan_make(struct page *p)
{
	struct site *site = p->site;
	struct arena *a = &site->derived_arena;
	struct page_plan_content *c = arena_alloc(a, sizeof(*c));
	struct buf err;
	int ok;

	memset(c, 0, sizeof(*c));
	buf_init(&err);
	ok = store_plan_load(site->store, a, &c->sp, &err) == 0 &&
	     store_value_calendar(site->store, a, &c->cal) == 0 &&
	     store_channel_list(site->store, a, &c->cs) >= 0 && c->sp.nq > 0;
	if (ok) {
		c->quotes = arena_alloc(a, (size_t)(c->sp.nsteps ? c->sp.nsteps : 1) * sizeof(*c->quotes));
		for (int i = 0; ok && i < c->sp.nsteps; i++)
			ok = store_law_resolve(site->store, a, c->sp.step[i].sources, &c->quotes[i]) >= 0;
	}
	if (!ok && err.len)
		fprintf(stderr, "quanyi: %s\n", err.data);
	buf_free(&err);
	return ok ? c : NULL;
}

/* page_plan_load: the plan's content (kept by the worker while the
 * database is unchanged) and today. 0, or -1 (then the page has answered
 * 503). */
static int page_plan_load(struct page *p, struct page_plan *pp)
{
	const struct page_plan_content *c = site_derived(p->site);

	memset(pp, 0, sizeof(*pp));
	pp->today = date_today();
	if (!c) {
		struct page_plan_content *made = page_plan_make(p);

		if (made)
			site_derived_keep(p->site, made);
		c = made;
	}
	if (!c) {
		page_error(p, 503, "行动方案暂时无法使用，请稍后再试。");
		return -1;
	}
	pp->c = c;
	pp->sp = c->sp;
	pp->cal = c->cal;
	return 0;
}

static int page_plan_show(struct page *p, struct page_plan *pp, const char *code);

/* page_plan_value: what was sent for question qi ("" when nothing). */
static const char *page_plan_value(struct page *p, int qi)
{
	const char *v = req_str(p->req, (enum field_id)(F_PA_1 + qi));

	return v ? v : "";
}

/* page_plan_read: the answers sent for the first upto questions into
 * pp->ans. -1 when all are good, else the index of the first bad one
 * (its reason in *why). Answers past upto are kept as sent. */
static int page_plan_read(struct page *p, struct page_plan *pp, int upto, const char **why)
{
	for (int i = 0; i < pp->sp.nq; i++) {
		const char *w = NULL;

		if (req_err(p->req, (enum field_id)(F_PA_1 + i)) != FE_OK &&
		    req_err(p->req, (enum field_id)(F_PA_1 + i)) != FE_MISSING) {
			if (i < upto) {
				*why = "这个回答含有无效的字符，请重新选择。";
				return i;
			}
			continue;
		}
		if (plan_answer_parse(&pp->sp.q[i], page_plan_value(p, i), &pp->ans, i, pp->today, &w) != 0 &&
		    i < upto) {
			*why = w;
			return i;
		}
	}
	for (int i = 0; i < upto && i < pp->sp.nq; i++)
		if (pp->ans.given[i] && !plan_asked(pp->sp.q, pp->sp.nq, i, &pp->ans, pp->today)) {
			*why = "这一题和你前面的回答对不上（例如前面选了“没有收到”，这里又填了日期）。"
			       "请把这一题改成“不确定”，或者回去改前面的回答。";
			return i;
		}
	return -1;
}

/* page_plan_query: the answers as a URL query ("a1=…&a2=…"), for links
 * back to a question and for saving. */
static void page_plan_query(const struct page_plan *pp, struct buf *out)
{
	for (int i = 0; i < pp->sp.nq; i++) {
		size_t before = out->len;

		buf_printf(out, "%sa%d=", out->len ? "&" : "", i + 1);
		if (pp->ans.given[i])
			plan_answer_format(&pp->sp.q[i], &pp->ans, i, out);
		else if (pp->sp.q[i].unsure)
			buf_puts(out, "skip");
		else {
			out->len = before;
			if (out->data)
				out->data[before] = '\0';
		}
	}
}

/* page_plan_hidden: the answers other than question except as hidden
 * inputs, what the reader typed kept as typed. */
static void page_plan_hidden(struct page *p, const struct page_plan *pp, struct tpl_dict *d,
			     int except)
{
	for (int i = 0; i < pp->sp.nq; i++) {
		struct tpl_dict *h;
		char name[16];

		if (i == except || !*page_plan_value(p, i))
			continue;
		h = tpl_section(d, "HIDDEN");
		snprintf(name, sizeof(name), "a%d", i + 1);
		tpl_set(h, "NAME", name);
		tpl_set(h, "VALUE", page_plan_value(p, i));
	}
}

/* page_plan_next: the first question from index from on that is asked
 * for these answers (pp->sp.nq when none is). */
static int page_plan_next(const struct page_plan *pp, int from)
{
	for (int i = from < 0 ? 0 : from; i < pp->sp.nq; i++)
		if (plan_asked(pp->sp.q, pp->sp.nq, i, &pp->ans, pp->today))
			return i;
	return pp->sp.nq;
}

/* page_plan_question: question qi as one screen: its choices (what was
 * sent kept checked, or the date kept as typed), the others' answers
 * hidden, back and forward; why, when set, is the error at the field. */
static void page_plan_question(struct page *p, const struct page_plan *pp, struct tpl_dict *d,
			       int qi, const char *why)
{
	const struct plan_question *q = &pp->sp.q[qi];
	struct tpl_dict *s = tpl_section(d, "QUESTION");
	const char *sent = page_plan_value(p, qi);
	char name[16];

	snprintf(name, sizeof(name), "a%d", qi + 1);
	tpl_set(s, "NAME", name);
	tpl_set(s, "TEXT", q->text);
	tpl_set_int(s, "N", qi + 1);
	tpl_set_int(s, "OF", pp->sp.nq);
	tpl_set_int(s, "NEXT", qi + 2);
	tpl_set(s, "ACTION", qi + 1 < pp->sp.nq ? "/plan" : "/plan/result");
	if (q->help && *q->help)
		tpl_set(tpl_section(s, "HELP"), "TEXT", q->help);
	if (q->body_html && *q->body_html)
		tpl_set_cmark(s, "BODY", q->body_html);
	if (q->kind == PLAN_DATE) {
		struct tpl_dict *dt = tpl_section(s, "DATE");
		char max[11];

		date_iso(pp->today, max);
		tpl_set(dt, "VALUE", strcmp(sent, "skip") == 0 ? "" : sent);
		tpl_set(dt, "MAX", max);
	} else {
		struct tpl_dict *cs = tpl_section(s, q->kind == PLAN_MANY ? "MANY" : "ONE");

		for (int c = 0; c < q->nchoices; c++) {
			struct tpl_dict *o = tpl_section(cs, "CHOICE");

			tpl_set(o, "SLUG", q->choice[c].slug);
			tpl_set(o, "LABEL", q->choice[c].label);
			if (pp->ans.chosen[qi] & (1u << c))
				tpl_show(o, "CHECKED");
		}
	}
	if (q->unsure) {
		struct tpl_dict *u = tpl_section(s, "UNSURE");

		/* beside checkboxes, 不确定 is one more box; beside radios, one more radio */
		tpl_set(u, "INPUT", q->kind == PLAN_MANY ? "checkbox" : "radio");
		if (strcmp(sent, "skip") == 0)
			tpl_show(u, "CHECKED");
	}
	if (why)
		tpl_set(tpl_section(s, "ERROR"), "MESSAGE", why);
	for (int b = qi - 1; b >= 0; b--) {
		struct buf back;

		if (!plan_asked(pp->sp.q, pp->sp.nq, b, &pp->ans, pp->today))
			continue;
		buf_init(&back);
		page_plan_query(pp, &back);
		buf_printf(&back, "&at=%d", b + 1);
		tpl_set(tpl_section(s, "BACK"), "QUERY", back.data);
		buf_free(&back);
		break;
	}
	page_plan_hidden(p, pp, s, qi);
}

/* page_plan: GET /plan: the start (what the plan is, what is kept, the
 * box to open a saved plan) or, with at=N, question N, the answers so far
 * checked (a bad one is shown again with a message). Answers 200, 422 (an
 * earlier answer cannot be right: that question again, answers kept) or
 * 503. */
void page_plan(struct page *p)
{
	struct page_plan pp;
	struct tpl_dict *d;
	long at = req_int(p->req, F_PLAN_AT, 0);
	const char *why = NULL;
	int bad;

	if (page_plan_load(p, &pp) != 0)
		return;
	d = page_begin(p, "plan.tpl", "我的行动方案",
		       "回答几个简单的问题，生成按日期排好的行动方案：今天做什么、本周做什么、之后做什么，每一步都写明依据。");
	if (!d) {
		page_error(p, 503, "行动方案暂时无法使用，请稍后再试。");
		return;
	}
	p->no_store = 1;
	tpl_show(p->root, "NOINDEX");
	if (at <= 0) {
		struct tpl_dict *intro = tpl_section(d, "INTRO");

		tpl_set_int(intro, "QUESTIONS", pp.sp.nq);
		tpl_set_int(intro, "DAYS", STORE_PLAN_DAYS);
		if (req_str(p->req, F_PLAN_DELETE))
			tpl_show(intro, "DELETED");
		page_form_token(p, intro);
		page_finish(p, 200);
		return;
	}
	if (at > pp.sp.nq + 1)
		at = pp.sp.nq + 1;
	bad = page_plan_read(p, &pp, (int)at - 1, &why);
	if (bad < 0) {
		int next = page_plan_next(&pp, (int)at - 1);

		if (next >= pp.sp.nq) {
			/* the questions left are not asked for these answers */
			int status = page_plan_show(p, &pp, NULL);

			if (status)
				page_error(p, status, "行动方案暂时无法生成，请稍后再试。");
			return;
		}
		page_plan_question(p, &pp, d, next, NULL);
		page_finish(p, 200);
		return;
	}
	page_plan_question(p, &pp, d, bad, why);
	page_finish(p, 422);
}

/* page_plan_channel_name: the name of channel slug, or the slug. */
static const char *page_plan_channel_name(const struct store_channels *cs, const char *slug)
{
	for (size_t i = 0; i < cs->n; i++)
		if (strcmp(cs->v[i].slug, slug) == 0)
			return cs->v[i].name;
	return slug;
}

/* page_plan_deadline: a step's dates into section d: the safest day,
 * the legal last day when a holiday or weekend moves it, and the warning
 * when the holiday table lacks the year. */
static void page_plan_deadline(struct tpl_dict *d, const struct plan_item *it)
{
	char zh[32], iso[11];

	tpl_set(d, "TITLE", it->step->deadline_title && *it->step->deadline_title
		? it->step->deadline_title : "期限");
	date_zh(it->deadline.safe, zh, sizeof(zh));
	date_iso(it->deadline.safe, iso);
	tpl_set(d, "SAFE", zh);
	tpl_set(d, "SAFE_ISO", iso);
	if (it->deadline.moved) {
		struct tpl_dict *m = tpl_section(d, "MOVED");

		date_zh(it->deadline.legal, zh, sizeof(zh));
		date_iso(it->deadline.legal, iso);
		tpl_set(m, "LEGAL", zh);
		tpl_set(m, "LEGAL_ISO", iso);
	}
	if (!it->deadline.covered)
		tpl_set_int(tpl_section(d, "UNCOVERED"), "YEAR", it->deadline.uncovered_year);
}

/* page_plan_item: one step into section it: what to do, why (its
 * article and its rules with the quoted law), its letter, channel and
 * dates. */
static void page_plan_item(struct tpl_dict *it, const struct plan_item *item,
			   const struct store_channels *cs, const struct store_law_quotes *qs)
{
	const char *s = item->step->sources;
	int line = 0;

	tpl_set(it, "SLUG", item->step->slug);
	tpl_set(it, "TITLE", item->step->title);
	tpl_set_cmark(it, "BODY", item->step->body_html);
	if (item->has_deadline)
		page_plan_deadline(tpl_section(it, "DEADLINE"), item);
	if (item->step->article && *item->step->article)
		tpl_set(tpl_section(it, "ARTICLE"), "SLUG", item->step->article);
	if (item->letter_query)
		tpl_set(tpl_section(it, "LETTER"), "QUERY", item->letter_query);
	if (item->step->channel && *item->step->channel) {
		struct tpl_dict *c = tpl_section(it, "CHANNEL");

		tpl_set(c, "SLUG", item->step->channel);
		tpl_set(c, "NAME", page_plan_channel_name(cs, item->step->channel));
	}
	while (s && *s) {
		const char *nl = strchr(s, '\n');
		size_t n = nl ? (size_t)(nl - s) : strlen(s);
		struct tpl_dict *src = tpl_section(it, "SOURCE");

		tpl_setn(src, "TEXT", s, n);
		for (size_t k = 0; k < qs->n; k++)
			if (qs->v[k].line == line && qs->v[k].has_num &&
			    strcmp(qs->v[k].status, "current") == 0)
				page_law_quote(tpl_section(src, "QUOTE"), &qs->v[k]);
		line++;
		s = nl ? nl + 1 : NULL;
	}
}

/* page_plan_fill: the plan into d: the reader's answers (each with a
 * link back to change it), then 今天 / 本周 / 之后, or the exit page;
 * the links of the steps' text become p's printed notes. 0 or -1. */
static int page_plan_fill(struct page *p, const struct page_plan *pp, const struct plan *pl,
			  struct tpl_dict *d, struct tpl_dict **result)
{
	struct tpl_dict *r = tpl_section(d, pl->exit ? "EXIT" : "RESULT");
	struct tpl_dict *answers = tpl_section(d, "ANSWERS");
	char zh[32];

	*result = r;
	date_zh(pp->today, zh, sizeof(zh));
	tpl_set(r, "TODAY", zh);
	for (int i = 0; i < pp->sp.nq; i++) {
		const struct plan_question *q = &pp->sp.q[i];
		struct tpl_dict *a1 = tpl_section(answers, "ANSWER");
		struct buf v, back;

		buf_init(&v);
		buf_init(&back);
		tpl_set(a1, "QUESTION", q->text);
		if (!pp->ans.given[i])
			buf_puts(&v, "不确定");
		else if (q->kind == PLAN_DATE)
			date_zh(pp->ans.date[i], zh, sizeof(zh)), buf_puts(&v, zh);
		else
			for (int c = 0, n = 0; c < q->nchoices; c++)
				if (pp->ans.chosen[i] & (1u << c))
					buf_printf(&v, "%s%s", n++ ? "、" : "", q->choice[c].label);
		tpl_set(a1, "VALUE", v.data);
		page_plan_query(pp, &back);
		buf_printf(&back, "&at=%d", i + 1);
		tpl_set(a1, "CHANGE", back.data);
		buf_free(&v);
		buf_free(&back);
	}
	if (pl->uncovered_year)
		tpl_set_int(tpl_section(r, "UNCOVERED"), "YEAR", pl->uncovered_year);
	for (int b = 0; b < PLAN__BUCKETS; b++) {
		struct tpl_dict *bd = NULL;

		for (size_t i = 0; i < pl->n[b]; i++) {
			const struct plan_item *item = &pl->items[b][i];

			/* An exit page keeps the safety steps (today, order below
			 * PLAN_SAFETY_ORDER: 110, 12356) above it. */
			if ((b == PLAN_EXIT) != (pl->exit != 0) &&
			    !(pl->exit && b == PLAN_TODAY && item->step->order < PLAN_SAFETY_ORDER))
				continue;
			if (!bd) {
				bd = tpl_section(r, "BUCKET");
				tpl_set(bd, "LABEL", plan_bucket_label((enum plan_bucket)b));
			}
			page_plan_item(tpl_section(bd, "ITEM"), item, &pp->c->cs,
				       &pp->c->quotes[item->step - pp->c->sp.step]);
			page_share_notes(p, item->step->body_html);
		}
	}
	return 0;
}

/* page_plan_answer: the plan as a file: the .txt or the .ics (RFC 5545)
 * from the same plan the page shows. */
static void page_plan_file(struct page *p, const struct page_plan *pp, const struct plan *pl,
			   const char *as, const char *seed)
{
	struct resp *rs = p->resp;
	char iso[11], disp[160];
	int ics = strcmp(as, "ics") == 0;

	buf_reset(&rs->body);
	if (ics)
		plan_ics(pl, p->site->base_url, seed, &rs->body);
	else
		plan_txt(pl, pp->sp.q, pp->sp.nq, &pp->ans, p->site->base_url, &rs->body);
	date_iso(pp->today, iso);
	/* 我的行动方案-YYYY-MM-DD, percent-encoded (RFC 5987), and an ASCII name */
	snprintf(disp, sizeof(disp), "attachment; filename=\"plan-%s.%s\"; filename*=UTF-8''"
		 "%%E6%%88%%91%%E7%%9A%%84%%E8%%A1%%8C%%E5%%8A%%A8%%E6%%96%%B9%%E6%%A1%%88-%s.%s",
		 iso, ics ? "ics" : "txt", iso, ics ? "ics" : "txt");
	rs->status = 200;
	rs->content_type = ics ? "text/calendar; charset=utf-8" : "text/plain; charset=utf-8";
	rs->cache_control = "no-store";
	rs->flags &= ~RESP_ETAG;
	resp_header(rs, "Content-Disposition", disp);
}

/* page_plan_show: the plan for pp's answers as asked (the page, the
 * paper view, the .txt or the .ics); code is the saved plan's, or NULL.
 * The status, or 0 when the answer is already made. */
static int page_plan_show(struct page *p, struct page_plan *pp, const char *code)
{
	struct plan pl;
	struct tpl_dict *d, *r;
	const char *as = req_str(p->req, F_PLAN_AS);

	p->no_store = 1;
	if (plan_build(pp->sp.q, pp->sp.nq, pp->sp.step, pp->sp.nsteps, &pp->ans, pp->today, &pp->cal,
		       &p->req->arena, &pl) != 0)
		return 503;
	if (as && strcmp(as, "print") != 0) {
		page_plan_file(p, pp, &pl, as, code ? code : "plan");
		return 0;
	}
	d = page_begin(p, "plan.tpl", "我的行动方案", NULL);
	if (!d)
		return 503;
	tpl_show(p->root, "NOINDEX");
	if (as)
		tpl_show(p->root, "PRINT_VIEW");
	if (page_plan_fill(p, pp, &pl, d, &r) != 0)
		return 503;
	{
		struct buf q;

		buf_init(&q);
		if (code) {
			char shown[CODE_SHOWN + 1];
			struct tpl_dict *s = tpl_section(r, "SAVED");

			code_show(code, shown);
			tpl_set(s, "CODE", shown);
			tpl_set(s, "RAW", code);
			tpl_set_int(s, "DAYS", STORE_PLAN_DAYS);
			page_form_token(p, s);
			buf_printf(&q, "/plan/p/%s?", code);
		} else {
			struct tpl_dict *s = tpl_section(r, "UNSAVED");

			page_plan_hidden(p, pp, s, -1);
			page_form_token(p, s);
			buf_puts(&q, "/plan/result?");
			page_plan_query(pp, &q);
			buf_putc(&q, '&');
		}
		tpl_set(r, "SELF", q.data);
		buf_free(&q);
	}
	page_finish(p, 200);
	return 0;
}

/* page_plan_result: GET /plan/result: the plan for the answers in the
 * query (choices and dates only); as=print, txt or ics for paper, a text
 * file or the calendar. Answers 200, 422 (an answer cannot be right: its
 * question again, everything kept) or 503. */
void page_plan_result(struct page *p)
{
	struct page_plan pp;
	const char *why = NULL;
	int bad, status;

	if (page_plan_load(p, &pp) != 0)
		return;
	bad = page_plan_read(p, &pp, pp.sp.nq, &why);
	if (bad >= 0) {
		struct tpl_dict *d = page_begin(p, "plan.tpl", "我的行动方案", NULL);

		if (!d) {
			page_error(p, 503, "行动方案暂时无法使用，请稍后再试。");
			return;
		}
		p->no_store = 1;
		tpl_show(p->root, "NOINDEX");
		page_plan_question(p, &pp, d, bad, why);
		page_finish(p, 422);
		return;
	}
	status = page_plan_show(p, &pp, NULL);
	if (status)
		page_error(p, status, "行动方案暂时无法生成，请稍后再试。");
}

/* page_plan_save: POST /plan/save: keep the answers (choices and dates,
 * nothing typed) under a new code for 180 days and go to the saved plan.
 * Answers 303, 403 (bad token), 422 (an answer cannot be right) or 503. */
void page_plan_save(struct page *p)
{
	struct page_plan pp;
	struct buf q, loc;
	const char *why = NULL;
	char code[CODE_CHARS + 1];

	if (p->csrf != CSRF_OK) {
		page_error(p, 403, csrf_message(p->csrf));
		return;
	}
	if (page_plan_load(p, &pp) != 0)
		return;
	if (page_plan_read(p, &pp, pp.sp.nq, &why) >= 0) {
		page_error(p, 422, why ? why : "方案里有回答不对，请回到问题重新选择。");
		return;
	}
	buf_init(&q);
	page_plan_query(&pp, &q);
	code_new(code);
	if (store_plan_save(p->site->store, code, q.data ? q.data : "") != 0) {
		buf_free(&q);
		page_unavailable(p);
		return;
	}
	buf_free(&q);
	buf_init(&loc);
	buf_printf(&loc, "/plan/p/%s", code);
	page_redirect(p, loc.data);
	buf_free(&loc);
}

/* page_plan_open: POST /plan/open: a saved plan's code as typed (spaces,
 * dashes, lower case and O/0, I/1 forgiven) → 303 to it. Answers 303, 403
 * (bad token), 404 (no such plan, the code kept in the form) or 503. */
void page_plan_open(struct page *p)
{
	const char *typed = page_form_value(p, F_PLAN_CODE), *answers, *created;
	char code[CODE_CHARS + 1];
	int found = 0;

	if (p->csrf != CSRF_OK) {
		page_error(p, 403, csrf_message(p->csrf));
		return;
	}
	if (code_read(typed, code)) {
		found = store_plan_open(p->site->store, &p->req->arena, code, &answers, &created);
		if (found < 0) {
			page_unavailable(p);
			return;
		}
	}
	if (found) {
		char loc[16 + CODE_CHARS];

		snprintf(loc, sizeof(loc), "/plan/p/%s", code);
		page_redirect(p, loc);
		return;
	}
	{
		struct tpl_dict *d = page_begin(p, "plan.tpl", "打开保存的方案", NULL);
		struct tpl_dict *intro;

		if (!d) {
			page_error(p, 503, "行动方案暂时无法使用，请稍后再试。");
			return;
		}
		p->no_store = 1;
		tpl_show(p->root, "NOINDEX");
		intro = tpl_section(d, "INTRO");
		tpl_set(intro, "CODE_VALUE", typed);
		tpl_set(tpl_section(intro, "CODE_ERROR"), "MESSAGE",
			"没有找到这个代码的方案。请核对代码（16位，字母和数字，不分大小写）；方案保存180天后会自动删除。");
		page_form_token(p, intro);
		page_finish(p, 404);
	}
}

/* page_plan_saved_answers: the saved query into the request's answers. */
static void page_plan_saved_answers(struct page *p, struct page_plan *pp, const char *query)
{
	const char *s = query;

	while (s && *s) {
		const char *amp = strchr(s, '&'), *eq;
		size_t n = amp ? (size_t)(amp - s) : strlen(s);
		long qi;

		eq = memchr(s, '=', n);
		if (eq && s[0] == 'a' && (qi = strtol(s + 1, NULL, 10)) >= 1 && qi <= pp->sp.nq) {
			const char *why = NULL;
			char *v = arena_strndup(&p->req->arena, eq + 1, (size_t)(s + n - eq - 1));

			plan_answer_parse(&pp->sp.q[qi - 1], v, &pp->ans, (int)qi - 1, pp->today, &why);
		}
		s = amp ? amp + 1 : NULL;
	}
}

/* page_plan_saved: /plan/p/<code>: GET the saved plan (today's dates;
 * as=print, txt or ics); POST with delete=yes deletes it for good and
 * goes to /plan. Answers 200, 303, 403 (bad token), 404 (no such plan,
 * or it expired) or 503. */
void page_plan_saved(struct page *p)
{
	struct page_plan pp;
	const char *answers = NULL, *created = NULL;
	int found, status;

	p->no_store = 1;
	if (p->req->method == M_POST) {
		if (p->csrf != CSRF_OK) {
			page_error(p, 403, csrf_message(p->csrf));
			return;
		}
		if (!req_str(p->req, F_PLAN_DELETE)) {
			page_error(p, 400, "要删除方案，请勾选“确认删除”再提交。");
			return;
		}
		found = store_plan_delete(p->site->store, p->arg);
		if (found < 0) {
			page_unavailable(p);
			return;
		}
		page_redirect(p, "/plan?delete=yes");
		return;
	}
	if (page_plan_load(p, &pp) != 0)
		return;
	found = store_plan_open(p->site->store, &p->req->arena, p->arg, &answers, &created);
	if (found < 0) {
		page_error(p, 503, "暂时无法读取方案，请稍后再试。");
		return;
	}
	if (!found) {
		page_error(p, 404, "没有找到这个方案：代码不对，或者方案已经删除、超过180天自动删除了。");
		return;
	}
	page_plan_saved_answers(p, &pp, answers);
	status = page_plan_show(p, &pp, p->arg);
	if (status)
		page_error(p, status, "行动方案暂时无法生成，请稍后再试。");
}
