/* page_timeline: /tools/timeline: when the limitation period ends and
 * when a credit record should go, from a plain form; nothing the reader
 * types is stored. */
#include <stdio.h>
#include <string.h>

#include "page.h"
#include "timeline.h"

/* The timeline form's fields, in the order it shows them. */
static const struct {
	enum field_id id;
	enum timeline_event ev;
	const char *key;
} page_timeline_fields[TL__N] = {
	{ F_TL_DUE, TL_DUE, "DUE" },
	{ F_TL_DEMAND, TL_DEMAND, "DEMAND" },
	{ F_TL_PART, TL_PART, "PART" },
	{ F_TL_PLAN, TL_PLAN, "PLAN" },
	{ F_TL_REPAID, TL_REPAID, "REPAID" },
};

/* The form as a table: the due date is required; no date may be after
 * today; a part payment or a plan cannot come after full repayment. */
static const struct page_form_field page_timeline_form_fields[] = {
	{ F_TL_DUE, "DUE", PFF_REQUIRED, "请填写“最后一期到期日”：诉讼时效从这一天开始算。" },
	{ F_TL_DEMAND, "DEMAND", 0, NULL },
	{ F_TL_PART, "PART", 0, NULL },
	{ F_TL_PLAN, "PLAN", 0, NULL },
	{ F_TL_REPAID, "REPAID", 0, NULL },
};

#define PAGE_TIMELINE_FUTURE "“{a}”不能晚于今天（{today}）：这里只填已经发生的事。"
#define PAGE_TIMELINE_ORDER \
	"“{a}”晚于“{b}”：还清以后就没有欠款可以再还一部分或再约定计划了。请检查这两个日期。"

static const struct page_form_rule page_timeline_rules[] = {
	{ PFR_NOT_FUTURE, F_TL_DUE, F__MAX, NULL, NULL, NULL, PAGE_TIMELINE_FUTURE },
	{ PFR_NOT_FUTURE, F_TL_DEMAND, F__MAX, NULL, NULL, NULL, PAGE_TIMELINE_FUTURE },
	{ PFR_NOT_FUTURE, F_TL_PART, F__MAX, NULL, NULL, NULL, PAGE_TIMELINE_FUTURE },
	{ PFR_NOT_FUTURE, F_TL_PLAN, F__MAX, NULL, NULL, NULL, PAGE_TIMELINE_FUTURE },
	{ PFR_NOT_FUTURE, F_TL_REPAID, F__MAX, NULL, NULL, NULL, PAGE_TIMELINE_FUTURE },
	{ PFR_NOT_AFTER, F_TL_PART, F_TL_REPAID, NULL, NULL, NULL, PAGE_TIMELINE_ORDER },
	{ PFR_NOT_AFTER, F_TL_PLAN, F_TL_REPAID, NULL, NULL, NULL, PAGE_TIMELINE_ORDER },
};

static const struct page_form_def page_timeline_def =
	PAGE_FORM_DEF(page_timeline_form_fields, page_timeline_rules);

/* page_timeline_dates: a deadline's two days into d: SAFE (the plain last
 * day) and, when it moved, section MOVED with LEGAL (the moved one). */
static void page_timeline_dates(struct tpl_dict *d, const struct date_deadline *dl)
{
	char zh[32], iso[11];

	date_zh(dl->safe, zh, sizeof(zh));
	date_iso(dl->safe, iso);
	tpl_set(d, "SAFE", zh);
	tpl_set(d, "SAFE_ISO", iso);
	if (dl->moved) {
		struct tpl_dict *m = tpl_section(d, "MOVED");

		date_zh(dl->legal, zh, sizeof(zh));
		date_iso(dl->legal, iso);
		tpl_set(m, "LEGAL", zh);
		tpl_set(m, "LEGAL_ISO", iso);
	}
}

/* page_timeline_result: the steps and the summary of a computed timeline. */
static void page_timeline_result(struct tpl_dict *d, const struct wording *w,
				 const struct timeline_result *r)
{
	struct tpl_dict *res = tpl_section(d, "RESULT");
	char zh[32], iso[11];

	if (r->uncovered_year) {
		struct buf warn;

		buf_init(&warn);
		timeline_uncovered(w, r->uncovered_year, &warn);
		tpl_set(tpl_section(res, "UNCOVERED"), "TEXT", warn.data);
		buf_free(&warn);
	}
	for (int i = 0; i < r->nsteps; i++) {
		const struct timeline_step *s = &r->step[i];
		struct tpl_dict *st = tpl_section(res, "STEP");

		date_zh(s->date, zh, sizeof(zh));
		date_iso(s->date, iso);
		tpl_set(st, "DATE", zh);
		tpl_set(st, "DATE_ISO", iso);
		tpl_set(st, "TITLE", s->title);
		page_lines(st, "PARA", "TEXT", s->text.data);
		tpl_set(st, "RULE", s->rule);
		if (s->reading)
			tpl_show(st, "READING");
	}
	if (r->end.legal.y) {
		struct tpl_dict *e = tpl_section(res, "SUMMARY_END");

		tpl_set(e, "TEXT", timeline_word(w, TW_SUMMARY_END));
		page_timeline_dates(e, &r->end);
		if (r->expired)
			tpl_set(tpl_section(e, "EXPIRED"), "TEXT", timeline_word(w, TW_SUMMARY_END_EXPIRED));
		else
			tpl_set_int(tpl_section(e, "LEFT"), "DAYS", r->days_left);
	}
	if (r->waived && !r->repaid)
		tpl_set(tpl_section(res, "SUMMARY_WAIVED"), "TEXT", timeline_word(w, TW_SUMMARY_WAIVED));
	if (r->repaid) {
		struct tpl_dict *c = tpl_section(res, "SUMMARY_CREDIT");

		tpl_set(c, "TEXT", timeline_word(w, TW_SUMMARY_CREDIT));
		page_timeline_dates(c, &r->credit);
		if (r->credit_passed)
			tpl_set(tpl_section(c, "PASSED"), "TEXT",
				timeline_word(w, TW_SUMMARY_CREDIT_PASSED));
	}
	page_lines(res, "NOTE", "TEXT", timeline_word(w, TW_NOTES));
}

/* page_timeline: /tools/timeline: the form (GET with no dates), or
 * the timeline computed from the dates in the query: when the limitation
 * period started, what restarted it, when it would end, and when a repaid
 * debt's record should be deleted, each step with its rule, every last
 * day counted with the holiday tables (a year without one is named). The
 * query holds only dates. Answers 200, 400 (a date that is not a real
 * date) or 422 (a date in the future, or in an impossible order), the
 * last two with the form, a message at each field and everything typed
 * kept; 503 when the wording or the holidays cannot be read. */
void page_timeline(struct page *p)
{
	struct page_form f = { .p = p };
	struct timeline_input in;
	struct timeline_result r;
	struct date_calendar cal;
	struct wording w;
	const struct wording_need *needs;
	size_t nneeds;
	int submitted = 0, status;

	memset(&in, 0, sizeof(in));
	in.today = date_today();
	needs = timeline_needs(&nneeds);
	if (page_deadline_load(p, "timeline", needs, nneeds, &w, &cal) < 0)
		return;
	f.d = page_begin(p, "timeline.tpl", wording_text(&w, "page.title"),
			 wording_text(&w, "page.lead"));
	if (!f.d) {
		page_error(p, 503, "暂时无法显示，请稍后再试。");
		return;
	}
	in.w = &w;
	in.cal = &cal;
	for (int i = 0; i < TL__N; i++) {
		enum field_id id = page_timeline_fields[i].id;
		struct tpl_dict *fd = tpl_section(f.d, "FIELD");

		tpl_set(fd, "KEY", page_timeline_fields[i].key);
		tpl_set(fd, "NAME", field_def(id)->name);
		tpl_set(fd, "LABEL", field_def(id)->label);
		tpl_set(fd, "HINT", timeline_hint(&w, page_timeline_fields[i].ev));
		if (i == TL_DUE)
			tpl_show(fd, "REQUIRED");
		if (req_raw(p->req, id))
			submitted = 1;
		page_form_keep(p, fd, id, "VALUE");
		page_form_date(p, fd, id, "");
		page_form_at(&f, id, fd);
	}
	if (!submitted) {
		page_finish(p, 200);
		return;
	}
	/* Results depend on today and on the reader's own dates: keep them
	 * out of caches and search engines. */
	p->no_store = 1;
	tpl_show(p->root, "NOINDEX");
	status = page_form_check(&f, &page_timeline_def, in.today);
	if (status) {
		page_finish(p, status);
		return;
	}
	for (int i = 0; i < TL__N; i++) {
		const char *v = req_str(p->req, page_timeline_fields[i].id);

		if (v && *v)
			date_parse(v, &in.date[page_timeline_fields[i].ev]);
	}
	timeline_compute(&in, &r);
	page_timeline_result(f.d, &w, &r);
	timeline_free(&r);
	page_finish(p, 200);
}
