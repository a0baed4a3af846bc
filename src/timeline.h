/* timeline: the date arithmetic behind /tools/timeline: when the 3-year
 * limitation period (诉讼时效) started, which later events restarted it,
 * when it would end, and when a repaid debt's negative credit record
 * should be deleted. Pure: no I/O, no clock (the caller passes today). */
#ifndef QUANYI_TIMELINE_H
#define QUANYI_TIMELINE_H

#include "buf.h"
#include "date.h"



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

enum { TIMELINE_STEPS_MAX = 12, TIMELINE_YEARS = 3, TIMELINE_CREDIT_YEARS = 5 };

struct timeline_input {
	struct date date[TL__N];
	struct date today;
};

struct timeline_result {
	int nsteps;
	struct timeline_step step[TIMELINE_STEPS_MAX];
	struct date start;      /* when the period last started running */
	struct date end;        /* its last day (y == 0: not computed) */
	int expired;                     /* end is before today */
	long days_left;                  /* today to end, when not expired */
	int waived;                      /* agreed to pay after it ended (第192条) */
	int repaid;
	struct date credit_end; /* y == 0 unless repaid */
	int credit_passed;               /* credit_end is today or earlier */
};

void timeline_compute(const struct timeline_input *in, struct timeline_result *out);
void timeline_free(struct timeline_result *r);

#endif
