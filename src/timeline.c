/* timeline: limitation-period and credit-record dates, step by step.
 * Every rule the steps cite is in the wording, as FACTS.md records it;
 * where a step rests on this site's reading of a rule (weekends as rest
 * days, when a repaid debt's "bad behaviour" ends), the step says so. */
#include "timeline.h"

#include <stdio.h>
#include <string.h>

static const struct wording_need timeline_words[TW__N] = {
#define TIMELINE_WORD_NEED(id, name, vars) [id] = { name, vars },
	TIMELINE_WORDS(TIMELINE_WORD_NEED)
#undef TIMELINE_WORD_NEED
};

/* What each event is called in a step, and its hint in the form. */
static const enum timeline_word timeline_whats[TL__N] = {
	TW_WHAT_DUE, TW_WHAT_DEMAND, TW_WHAT_PART, TW_WHAT_PLAN, TW_WHAT_REPAID,
};
static const enum timeline_word timeline_hints[TL__N] = {
	TW_HINT_DUE, TW_HINT_DEMAND, TW_HINT_PART, TW_HINT_PLAN, TW_HINT_REPAID,
};

/* timeline_needs: every wording entry the timeline uses (for the content
 * check); *n gets how many. */
const struct wording_need *timeline_needs(size_t *n)
{
	*n = TW__N;
	return timeline_words;
}

/* timeline_word: the text of entry id of wording w. */
const char *timeline_word(const struct wording *w, enum timeline_word id)
{
	return wording_text(w, timeline_words[id].name);
}

/* timeline_hint: what the form says under the date of event ev. */
const char *timeline_hint(const struct wording *w, enum timeline_event ev)
{
	return timeline_word(w, timeline_hints[ev]);
}

/* timeline_fill: entry id filled with vars onto b. */
static void timeline_fill(struct buf *b, const struct wording *w, enum timeline_word id,
			  const struct wording_var *vars, size_t n)
{
	wording_fill(w, timeline_words[id].name, vars, n, b);
}

/* timeline_uncovered: the warning that the holidays of year are not
 * entered, onto out. */
void timeline_uncovered(const struct wording *w, int year, struct buf *out)
{
	char y[16];
	struct wording_var v = { "year", y };

	snprintf(y, sizeof(y), "%d", year);
	timeline_fill(out, w, TW_CALENDAR_UNCOVERED, &v, 1);
}

/* timeline_given: 1 if the reader entered date d. */
static int timeline_given(struct date d)
{
	return d.y != 0;
}

/* timeline_step_add: append a step to r; NULL when the list is full. */
static struct timeline_step *timeline_step_add(struct timeline_result *r,
					       enum timeline_step_kind kind,
					       enum timeline_event ev,
					       struct date date,
					       const char *title, const char *rule,
					       int reading)
{
	struct timeline_step *s;

	if (r->nsteps >= TIMELINE_STEPS_MAX)
		return NULL;
	s = &r->step[r->nsteps++];
	s->kind = kind;
	s->event = ev;
	s->date = date;
	s->title = title;
	s->rule = rule;
	s->reading = reading;
	buf_init(&s->text);
	buf_puts(&s->text, "");
	return s;
}

/* timeline_moved: when deadline dl's last day moved (第203条), the
 * sentence id saying so, with {safe} and {legal}, onto b. */
static void timeline_moved(struct buf *b, const struct wording *w, enum timeline_word id,
			   const struct date_deadline *dl)
{
	char safe[32], legal[32];
	struct wording_var v[] = { { "safe", safe }, { "legal", legal } };

	if (!dl->moved)
		return;
	date_zh(dl->safe, safe, sizeof(safe));
	date_zh(dl->legal, legal, sizeof(legal));
	timeline_fill(b, w, id, v, 2);
}

/* timeline_days: "还有 N 天" or "就是今天" onto b. */
static void timeline_days(struct buf *b, const struct wording *w, long days)
{
	char n[24];
	struct wording_var v = { "days", n };

	snprintf(n, sizeof(n), "%ld", days);
	timeline_fill(b, w, days == 0 ? TW_DAYS_TODAY : TW_DAYS_LEFT, &v, 1);
}

/* timeline_years: the years the holiday table covers, as the method says
 * them ("2026年", "2026年至2027年"), onto b. */
static void timeline_years(struct buf *b, const struct wording *w, const struct date_calendar *cal)
{
	if (!cal || cal->first > cal->last)
		buf_puts(b, timeline_word(w, TW_CALENDAR_NONE));
	else if (cal->first == cal->last)
		buf_printf(b, "%d年", cal->first);
	else
		buf_printf(b, "%d年至%d年", cal->first, cal->last);
}

/* timeline_note_uncovered: remember the first year of a shown deadline
 * the table lacks, and say so under the step. */
static void timeline_note_uncovered(struct timeline_result *r, struct timeline_step *s,
				    const struct wording *w, const struct date_deadline *dl)
{
	if (dl->covered)
		return;
	if (!r->uncovered_year)
		r->uncovered_year = dl->uncovered_year;
	buf_putc(&s->text, '\n');
	timeline_uncovered(w, dl->uncovered_year, &s->text);
}

/* timeline_order: the events other than the due date that were given, in
 * date order (on the same day, in form order), into order; how many. */
static int timeline_order(const struct timeline_input *in, enum timeline_event order[TL__N])
{
	int n = 0;

	for (int i = TL_DEMAND; i < TL__N; i++)
		if (timeline_given(in->date[i]))
			order[n++] = (enum timeline_event)i;
	for (int i = 1; i < n; i++)
		for (int j = i; j > 0 && date_cmp(in->date[order[j - 1]], in->date[order[j]]) > 0; j--) {
			enum timeline_event t = order[j];

			order[j] = order[j - 1];
			order[j - 1] = t;
		}
	return n;
}

/* timeline_end_step: the step for the day the period would end. */
static void timeline_end_step(const struct timeline_input *in, struct timeline_result *out)
{
	const struct wording *w = in->w;
	char sday[32], eday[32];
	struct wording_var v[] = { { "start", sday }, { "end", eday }, { "years", NULL } };
	struct timeline_step *s;
	struct buf years;
	long left = date_day_number(out->end.legal) - date_day_number(in->today);

	out->expired = left < 0;
	out->days_left = left < 0 ? 0 : left;
	date_zh(out->start, sday, sizeof(sday));
	date_zh(out->end.safe, eday, sizeof(eday));
	s = timeline_step_add(out, TLS_END, TL_DUE, out->end.legal, timeline_word(w, TW_END_TITLE),
			      timeline_word(w, TW_END_RULE), 1);
	if (!s)
		return;
	timeline_fill(&s->text, w, TW_END_TEXT, v, 2);
	if (out->end.moved) {
		buf_putc(&s->text, '\n');
		timeline_moved(&s->text, w, TW_END_MOVED, &out->end);
	}
	buf_putc(&s->text, '\n');
	if (out->expired) {
		timeline_fill(&s->text, w, TW_END_EXPIRED, NULL, 0);
	} else {
		timeline_days(&s->text, w, left);
		timeline_fill(&s->text, w, TW_END_RUNNING, NULL, 0);
	}
	buf_init(&years);
	timeline_years(&years, w, in->cal);
	v[2].value = years.data;
	buf_putc(&s->text, '\n');
	timeline_fill(&s->text, w, TW_END_METHOD, v, 3);
	buf_free(&years);
	timeline_note_uncovered(out, s, w, &out->end);
}

/* timeline_credit_step: the step for the day a repaid debt's negative
 * record should go: 5 years from repayment (the site's reading of 条例
 * 第16条), moved like any period's last day. */
static void timeline_credit_step(const struct timeline_input *in, struct timeline_result *out,
				 struct date repaid_on)
{
	const struct wording *w = in->w;
	char day[32], safe[32];
	struct wording_var v[] = { { "day", day }, { "safe", safe } };
	struct timeline_step *s;
	long left;

	out->credit = date_deadline_months(in->cal, repaid_on, TIMELINE_CREDIT_MONTHS);
	left = date_day_number(out->credit.legal) - date_day_number(in->today);
	out->credit_passed = left <= 0;
	date_zh(repaid_on, day, sizeof(day));
	date_zh(out->credit.safe, safe, sizeof(safe));
	s = timeline_step_add(out, TLS_CREDIT, TL_REPAID, out->credit.safe,
			      timeline_word(w, TW_CREDIT_TITLE), timeline_word(w, TW_CREDIT_RULE), 1);
	if (!s)
		return;
	timeline_fill(&s->text, w, TW_CREDIT_TEXT, v, 2);
	timeline_moved(&s->text, w, TW_CREDIT_MOVED, &out->credit);
	buf_putc(&s->text, '\n');
	if (out->credit_passed) {
		timeline_fill(&s->text, w, TW_CREDIT_PASSED, NULL, 0);
	} else {
		timeline_days(&s->text, w, left);
		timeline_fill(&s->text, w, TW_CREDIT_STATEMENT, NULL, 0);
	}
	buf_putc(&s->text, '\n');
	timeline_fill(&s->text, w, TW_CREDIT_NO_RECORD, NULL, 0);
	timeline_note_uncovered(out, s, w, &out->credit);
}

/* timeline_compute: the steps for in (dates the form has checked): the
 * start, each later event in date order with its effect, and either the
 * day the period would end or, if the debt was repaid, the day the
 * negative record should be deleted. Every last day is counted with
 * in->cal (民法典 第201–203条). Free with timeline_free. */
void timeline_compute(const struct timeline_input *in, struct timeline_result *out)
{
	const struct date *d = in->date;
	const struct wording *w = in->w;
	enum timeline_event order[TL__N];
	struct date start, repaid_on = { 0, 0, 0 };
	struct date_deadline end;
	char sday[32], eday[32], day[32];
	struct wording_var v[] = { { "start", sday }, { "end", eday }, { "day", day },
				   { "what", NULL } };
	struct timeline_step *s;
	int n, repaid = 0, waived = 0;

	memset(out, 0, sizeof(*out));
	if (!timeline_given(d[TL_DUE]))
		return;
	start = d[TL_DUE];
	end = date_deadline_months(in->cal, start, TIMELINE_MONTHS);
	date_zh(start, sday, sizeof(sday));
	s = timeline_step_add(out, TLS_START, TL_DUE, start, timeline_word(w, TW_START_TITLE),
			      timeline_word(w, TW_START_RULE), 0);
	timeline_fill(&s->text, w, TW_START_TEXT, v, 1);

	n = timeline_order(in, order);
	for (int i = 0; i < n; i++) {
		enum timeline_event ev = order[i];
		struct date at = d[ev];

		date_zh(at, day, sizeof(day));
		date_zh(end.legal, eday, sizeof(eday));
		v[3].value = timeline_word(w, timeline_whats[ev]);
		if (ev == TL_REPAID) {
			int after_end = !waived && date_cmp(at, end.legal) > 0;

			repaid = 1;
			repaid_on = at;
			s = timeline_step_add(out, TLS_REPAID, ev, at, timeline_word(w, TW_REPAID_TITLE),
					      timeline_word(w, after_end ? TW_REPAID_RULE_AFTER_END
							    : TW_READING_RULE), !after_end);
			if (!s)
				break;
			timeline_fill(&s->text, w, after_end ? TW_REPAID_TEXT_AFTER_END : TW_REPAID_TEXT,
				      v, 4);
			continue;
		}
		if (repaid) {
			s = timeline_step_add(out, TLS_AFTER_REPAID, ev, at,
					      timeline_word(w, TW_AFTER_REPAID_TITLE),
					      timeline_word(w, TW_READING_RULE), 1);
			if (!s)
				break;
			timeline_fill(&s->text, w, TW_AFTER_REPAID_TEXT, v, 4);
			continue;
		}
		if (date_cmp(at, d[TL_DUE]) <= 0) {
			s = timeline_step_add(out, TLS_BEFORE_START, ev, at,
					      timeline_word(w, TW_BEFORE_TITLE),
					      timeline_word(w, TW_READING_RULE), 1);
			if (!s)
				break;
			timeline_fill(&s->text, w, date_cmp(at, d[TL_DUE]) == 0 ? TW_BEFORE_TEXT_SAME
				      : TW_BEFORE_TEXT_EARLIER, v, 4);
			continue;
		}
		if (waived || date_cmp(at, end.legal) > 0) {
			if (ev == TL_DEMAND) {
				s = timeline_step_add(out, TLS_EXPIRED_DEMAND, ev, at,
						      timeline_word(w, TW_EXPIRED_DEMAND_TITLE),
						      timeline_word(w, TW_READING_RULE), 1);
				if (!s)
					break;
				timeline_fill(&s->text, w, waived ? TW_EXPIRED_DEMAND_TEXT_WAIVED
					      : TW_EXPIRED_DEMAND_TEXT, v, 4);
			} else {
				s = timeline_step_add(out, TLS_EXPIRED_AGREE, ev, at,
						      timeline_word(w, TW_EXPIRED_AGREE_TITLE),
						      timeline_word(w, TW_EXPIRED_AGREE_RULE), 1);
				if (!s)
					break;
				timeline_fill(&s->text, w, waived ? TW_EXPIRED_AGREE_TEXT_WAIVED
					      : TW_EXPIRED_AGREE_TEXT, v, 4);
				waived = 1;
			}
			continue;
		}
		start = at;
		end = date_deadline_months(in->cal, start, TIMELINE_MONTHS);
		date_zh(end.safe, eday, sizeof(eday));
		s = timeline_step_add(out, TLS_INTERRUPT, ev, at,
				      timeline_word(w, ev == TL_DEMAND ? TW_INTERRUPT_TITLE_DEMAND
						    : TW_INTERRUPT_TITLE),
				      timeline_word(w, ev == TL_DEMAND ? TW_INTERRUPT_RULE_DEMAND
						    : TW_INTERRUPT_RULE_AGREE), 0);
		if (!s)
			break;
		timeline_fill(&s->text, w, ev == TL_DEMAND ? TW_INTERRUPT_TEXT_DEMAND
			      : ev == TL_PART ? TW_INTERRUPT_TEXT_PART : TW_INTERRUPT_TEXT_PLAN, v, 4);
		timeline_fill(&s->text, w, TW_INTERRUPT_RESTART, v, 4);
		timeline_moved(&s->text, w, TW_MOVED, &end);
		date_zh(start, sday, sizeof(sday));
	}

	out->start = start;
	out->waived = waived;
	out->repaid = repaid;
	if (!repaid && !waived) {
		out->end = end;
		timeline_end_step(in, out);
	}
	if (repaid)
		timeline_credit_step(in, out, repaid_on);
}

/* timeline_free: release the steps' texts. */
void timeline_free(struct timeline_result *r)
{
	for (int i = 0; i < r->nsteps; i++)
		buf_free(&r->step[i].text);
	r->nsteps = 0;
}
