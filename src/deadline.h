/* deadline: the last days a reader must not miss: after a court,
 * arbitration or enforcement paper arrives (answer, jurisdiction
 * objection, objection to a 支付令, appeal, setting aside an award,
 * reconsideration), and the days by which a complaint must be answered
 * (banks and insurers, 征信 disputes, the PBoC, 12315). Each deadline is
 * a row of the wording (content/wording/court.md, complaint.md): its
 * title, its period ("15日", "6个月", "7个工作日"), the rule, how it is
 * counted and what happens when it is missed; this file holds which rows
 * follow from which paper or channel, and counts the days with the holiday
 * calendar (民法典 第201–203条, 民事诉讼法 第85条). Pure: no store, no
 * pages, no clock; /tools/court, /tools/complaint and /plan call it. */
#ifndef QUANYI_DEADLINE_H
#define QUANYI_DEADLINE_H

#include "buf.h"
#include "date.h"
#include "wording.h"

/* The papers a reader can hold (the form's order). */
enum deadline_paper {
	DP_COMPLAINT,        /* 起诉状副本 with 应诉通知书 */
	DP_SUMMONS,          /* 传票 */
	DP_PAYMENT_ORDER,    /* 支付令 */
	DP_JUDGMENT,         /* 一审判决书 */
	DP_RULING,           /* 一审裁定书 */
	DP_ARBITRATION,      /* 仲裁申请书副本, 仲裁通知 */
	DP_AWARD,            /* 仲裁裁决书 */
	DP_ENFORCEMENT,      /* 执行通知书, 报告财产令 */
	DP_FROZEN,           /* a frozen account, a wage deduction */
	DP_OBJECTION_RULING, /* the ruling on an enforcement objection */
	DP__N
};

/* Where a reader complained (the form's order). */
enum deadline_channel {
	DC_BANK,      /* a bank or insurer (信用卡 included) */
	DC_LENDER,    /* another lender or platform */
	DC_12378,     /* 国家金融监督管理总局 */
	DC_CREDIT,    /* a 征信 dispute, with the bureau or the lender */
	DC_PBOC,      /* a complaint to a PBoC branch (条例第26条), 12363 */
	DC_12315,     /* 市场监管 */
	DC_12345,     /* the local government line */
	DC_OTHER,     /* anything else (黑猫投诉 …) */
	DC__N
};

/* How long a period is. */
enum deadline_unit { DU_DAYS, DU_WORKDAYS, DU_MONTHS };

struct deadline_period {
	int n;
	enum deadline_unit unit;
};

/* One deadline that follows: its row's texts (from the wording) and,
 * when the law or the paper fixes one, its last day both ways. */
struct deadline_item {
	const char *row;        /* the row's name: entries rule.<row>.* or reply.<row>.* */
	const char *title;      /* what must be done, or what must happen */
	const char *period;     /* "15日" (NULL: no period the law fixes) */
	const char *cite;       /* the rule */
	const char *how;        /* how it is counted, or where the date is written */
	const char *missed;     /* what happens when it is missed, or what to do then */
	int dated;              /* 1: due holds the last day */
	struct date_deadline due;
	int passed;             /* after deadline_status: the legal last day is past */
	long days_left;         /* after deadline_status: days to the legal last day */
};

enum { DEADLINE_MAX = 6 };

struct deadline_result {
	int n;
	struct deadline_item v[DEADLINE_MAX];
	int uncovered_year;     /* the first year of a last day the holiday table lacks */
};

int deadline_period_parse(const char *text, struct deadline_period *out);
const char *deadline_paper_slug(enum deadline_paper p);
int deadline_paper_parse(const char *s);
int deadline_paper_has_hearing(enum deadline_paper p);
int deadline_paper_has_suit(enum deadline_paper p);
const char *deadline_channel_slug(enum deadline_channel c);
int deadline_channel_parse(const char *s);
const char *deadline_paper_text(const struct wording *w, enum deadline_paper p, const char *part);
const char *deadline_channel_text(const struct wording *w, enum deadline_channel c,
				  const char *part);
int deadline_court(const struct wording *w, enum deadline_paper paper, struct date received,
		   struct date hearing, const struct date_calendar *cal, struct deadline_result *out);
int deadline_complaint(const struct wording *w, enum deadline_channel ch, struct date filed,
		       const struct date_calendar *cal, struct deadline_result *out);
void deadline_status(struct deadline_result *r, struct date today);
const struct wording_need *deadline_court_needs(size_t *n);
const struct wording_need *deadline_complaint_needs(size_t *n);
long deadline_check(const struct wording *court, const struct wording *complaint,
		    struct buf *report);

#endif
