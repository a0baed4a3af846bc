/* timeline: the date arithmetic behind /tools/timeline: when the 3-year
 * limitation period (诉讼时效) started, which later events restarted it,
 * when it would end, and when a repaid debt's negative credit record
 * should be deleted, every last day counted with the holiday calendar
 * (民法典 第201–203条). The sentences are the wording's
 * (content/wording/timeline.md); this file decides which ones apply, in
 * which order, with which dates. Pure: no I/O, no clock (the caller
 * passes today). */
#ifndef QUANYI_TIMELINE_H
#define QUANYI_TIMELINE_H

#include "buf.h"
#include "date.h"
#include "wording.h"

/* Every wording entry the timeline uses: (id, name, placeholders). */
#define TIMELINE_WORDS(X) \
	X(TW_PAGE_TITLE, "page.title", "") \
	X(TW_PAGE_LEAD, "page.lead", "") \
	X(TW_HINT_DUE, "hint.due", "") \
	X(TW_HINT_DEMAND, "hint.demand", "") \
	X(TW_HINT_PART, "hint.part", "") \
	X(TW_HINT_PLAN, "hint.plan", "") \
	X(TW_HINT_REPAID, "hint.repaid", "") \
	X(TW_WHAT_DUE, "what.due", "") \
	X(TW_WHAT_DEMAND, "what.demand", "") \
	X(TW_WHAT_PART, "what.part", "") \
	X(TW_WHAT_PLAN, "what.plan", "") \
	X(TW_WHAT_REPAID, "what.repaid", "") \
	X(TW_READING_RULE, "reading.rule", "") \
	X(TW_START_TITLE, "start.title", "") \
	X(TW_START_RULE, "start.rule", "") \
	X(TW_START_TEXT, "start.text", "start") \
	X(TW_BEFORE_TITLE, "before.title", "") \
	X(TW_BEFORE_TEXT_EARLIER, "before.text.earlier", "day start what") \
	X(TW_BEFORE_TEXT_SAME, "before.text.same", "day start what") \
	X(TW_INTERRUPT_TITLE_DEMAND, "interrupt.title.demand", "") \
	X(TW_INTERRUPT_TITLE, "interrupt.title", "") \
	X(TW_INTERRUPT_RULE_DEMAND, "interrupt.rule.demand", "") \
	X(TW_INTERRUPT_RULE_AGREE, "interrupt.rule.agree", "") \
	X(TW_INTERRUPT_TEXT_DEMAND, "interrupt.text.demand", "day") \
	X(TW_INTERRUPT_TEXT_PART, "interrupt.text.part", "day") \
	X(TW_INTERRUPT_TEXT_PLAN, "interrupt.text.plan", "day") \
	X(TW_INTERRUPT_RESTART, "interrupt.restart", "end") \
	X(TW_MOVED, "moved", "legal safe") \
	X(TW_EXPIRED_DEMAND_TITLE, "expired-demand.title", "") \
	X(TW_EXPIRED_DEMAND_TEXT, "expired-demand.text", "day end") \
	X(TW_EXPIRED_DEMAND_TEXT_WAIVED, "expired-demand.text.waived", "day") \
	X(TW_EXPIRED_AGREE_TITLE, "expired-agree.title", "") \
	X(TW_EXPIRED_AGREE_RULE, "expired-agree.rule", "") \
	X(TW_EXPIRED_AGREE_TEXT, "expired-agree.text", "day end what") \
	X(TW_EXPIRED_AGREE_TEXT_WAIVED, "expired-agree.text.waived", "day what") \
	X(TW_AFTER_REPAID_TITLE, "after-repaid.title", "") \
	X(TW_AFTER_REPAID_TEXT, "after-repaid.text", "day what") \
	X(TW_REPAID_TITLE, "repaid.title", "") \
	X(TW_REPAID_RULE_AFTER_END, "repaid.rule.after-end", "") \
	X(TW_REPAID_TEXT, "repaid.text", "day") \
	X(TW_REPAID_TEXT_AFTER_END, "repaid.text.after-end", "day end") \
	X(TW_END_TITLE, "end.title", "") \
	X(TW_END_RULE, "end.rule", "") \
	X(TW_END_TEXT, "end.text", "end start") \
	X(TW_END_MOVED, "end.moved", "legal safe") \
	X(TW_END_EXPIRED, "end.expired", "") \
	X(TW_END_RUNNING, "end.running", "") \
	X(TW_END_METHOD, "end.method", "start years") \
	X(TW_DAYS_TODAY, "days.today", "") \
	X(TW_DAYS_LEFT, "days.left", "days") \
	X(TW_CALENDAR_UNCOVERED, "calendar.uncovered", "year") \
	X(TW_CALENDAR_NONE, "calendar.none", "") \
	X(TW_CREDIT_TITLE, "credit.title", "") \
	X(TW_CREDIT_RULE, "credit.rule", "") \
	X(TW_CREDIT_TEXT, "credit.text", "day safe") \
	X(TW_CREDIT_MOVED, "credit.moved", "legal safe") \
	X(TW_CREDIT_PASSED, "credit.passed", "") \
	X(TW_CREDIT_STATEMENT, "credit.statement", "") \
	X(TW_CREDIT_NO_RECORD, "credit.no-record", "") \
	X(TW_SUMMARY_END, "summary.end", "") \
	X(TW_SUMMARY_END_EXPIRED, "summary.end.expired", "") \
	X(TW_SUMMARY_WAIVED, "summary.waived", "") \
	X(TW_SUMMARY_CREDIT, "summary.credit", "") \
	X(TW_SUMMARY_CREDIT_PASSED, "summary.credit.passed", "") \
	X(TW_NOTES, "notes", "")


enum timeline_word {
#define TIMELINE_WORD_ID(id, name, vars) id,
	TIMELINE_WORDS(TIMELINE_WORD_ID)
#undef TIMELINE_WORD_ID
	TW__N
};

/* The events a reader can enter, in the order the form shows them. */
enum timeline_event {
	TL_DUE,     /* the last instalment's due date: the period starts */
	TL_DEMAND,  /* the last collection demand that reached the reader */
	TL_PART,    /* the last part payment */
	TL_PLAN,    /* the day a repayment plan was agreed */
	TL_REPAID,  /* the day the debt was fully repaid */
	TL__N
};

enum timeline_step_kind {
	TLS_START,          /* the period starts (第188条, 第189条) */
	TLS_BEFORE_START,   /* an event on or before the start: no effect */
	TLS_INTERRUPT,      /* the period restarts (第195条; 规定第8条, 第14条) */
	TLS_EXPIRED_DEMAND, /* a demand after the period ended */
	TLS_EXPIRED_AGREE,  /* a payment or plan after the period ended (第192条) */
	TLS_AFTER_REPAID,   /* a demand after full repayment */
	TLS_END,            /* the day the period would end */
	TLS_REPAID,         /* the debt was repaid */
	TLS_CREDIT          /* the day the negative record should go (条例第16条) */
};

struct timeline_step {
	enum timeline_step_kind kind;
	enum timeline_event event;   /* the input behind the step */
	struct date date;
	const char *title;           /* a short heading */
	const char *rule;            /* the rule cited, as the reader sees it */
	int reading;                 /* 1: this step rests on the site's reading */
	struct buf text;             /* what the step means, in plain Chinese;
	                                one paragraph a line */
};

enum { TIMELINE_STEPS_MAX = 12, TIMELINE_MONTHS = 36, TIMELINE_CREDIT_MONTHS = 60 };

struct timeline_input {
	const struct wording *w;            /* the timeline wording */
	const struct date_calendar *cal;    /* the holidays (store_value_calendar) */
	struct date date[TL__N];
	struct date today;
};

struct timeline_result {
	int nsteps;
	struct timeline_step step[TIMELINE_STEPS_MAX];
	struct date start;               /* when the period last started running */
	struct date_deadline end;        /* its last day (end.legal.y == 0: not computed) */
	int expired;                     /* the legal last day is before today */
	long days_left;                  /* today to the legal last day, when not expired */
	int waived;                      /* agreed to pay after it ended (第192条) */
	int repaid;
	struct date_deadline credit;     /* credit.legal.y == 0 unless repaid */
	int credit_passed;               /* the credit date is today or earlier */
	int uncovered_year;              /* the first year of a date shown that the
	                                    holiday table lacks (0: none) */
};

const char *timeline_word(const struct wording *w, enum timeline_word id);
const char *timeline_hint(const struct wording *w, enum timeline_event ev);
void timeline_uncovered(const struct wording *w, int year, struct buf *out);
void timeline_compute(const struct timeline_input *in, struct timeline_result *out);
void timeline_free(struct timeline_result *r);
const struct wording_need *timeline_needs(size_t *n);

#endif
