/* letter: the text of the letters /tools/letter builds (协商还款申请,
 * 要求停止联系第三人, 征信异议申请, 投诉信) from validated values, and the
 * notes on how to send each one. Every sentence comes from the letter's
 * wording (content/wording/letter.md); this file holds only the logic:
 * which entries a letter uses, in which order, with which facts filled
 * in. Pure: it fills buffers with plain text; escaping is the template's
 * job. */
#ifndef QUANYI_LETTER_H
#define QUANYI_LETTER_H

#include "buf.h"
#include "wording.h"

enum letter_type {
	LT_NEGOTIATE,       /* 协商还款申请, to the lender */
	LT_STOP_CONTACT,    /* 要求停止联系第三人, to the lender or its collector */
	LT_CREDIT_DISPUTE,  /* 征信异议申请, to the credit bureau or the lender */
	LT_COMPLAINT,       /* 投诉信, to the lender first, then 12378 */
	LT__N
};

enum letter_to {
	LTO_LENDER,     /* the lender or platform */
	LTO_COLLECTOR,  /* the collection agency acting for it */
	LTO_BUREAU,     /* 中国人民银行征信中心 */
	LTO__N
};

/* Collection behaviours the reader can report, each with the rules it
 * breaks (the wording's b.<slug>.rules). */
enum letter_behaviour {
	LB_NIGHT,        /* calls or visits at night */
	LB_FREQUENT,     /* many calls a day */
	LB_THIRD,        /* calls to family, colleagues, emergency contacts */
	LB_DISCLOSE,     /* telling others about the debt, 爆通讯录 */
	LB_EMPLOYER,     /* contacting the employer or workplace */
	LB_THREAT,       /* threats of violence or of home visits */
	LB_IMPERSONATE,  /* posing as a court, the police, a lawyer */
	LB_MISLEAD,      /* invented consequences: "已立案", "黑名单" */
	LB_INSULT,       /* insulting or threatening messages */
	LB_FEES,         /* undisclosed fees, fees in the name of collection */
	LB__N
};

/* Reasons for a credit-report dispute. */
enum letter_dispute {
	LD_WRONG,     /* amount, date or status is wrong */
	LD_PAID,      /* repaid, but the account still shows overdue */
	LD_NOTICE,    /* not told before the negative record was reported */
	LD_EXPIRED,   /* more than 5 years since the bad behaviour ended */
	LD_NOT_MINE,  /* a loan the reader never took out */
	LD__N
};

/* What the reader ticked, as the wording states it: the form's label,
 * the letter's sentence, and the rules (one a line, each starting with
 * its kind: 【法律】, 【行业自律】 …). */
struct letter_item {
	const char *label;
	const char *line;
	const char *rules;
};

struct letter_input {
	const struct wording *w; /* the letter wording */
	enum letter_type type;
	enum letter_to to;
	const char *today;       /* YYYY-MM-DD */
	const char *name;        /* may be NULL or "": left blank to fill by hand */
	const char *lender;      /* required */
	const char *product;     /* optional, e.g. 京东白条 */
	const char *collector;   /* required when writing to a collector */
	const char *account;     /* optional: contract number or account tail */
	const char *amount;      /* optional, yuan as field_amount_format writes it */
	const char *monthly;     /* optional, yuan a month the reader can pay */
	const char *since;       /* optional YYYY-MM-DD: overdue since */
	const char *last;        /* optional YYYY-MM-DD: the latest event */
	const char *paid_off;    /* optional YYYY-MM-DD: repaid in full */
	const char *facts;       /* optional free text, may span lines */
	unsigned behaviours;     /* 1u << enum letter_behaviour */
	unsigned disputes;       /* 1u << enum letter_dispute */
};

const char *letter_type_slug(enum letter_type t);
const char *letter_type_title(const struct wording *w, enum letter_type t);
const char *letter_type_help(const struct wording *w, enum letter_type t);
int letter_type_parse(const char *s);
const char *letter_to_slug(enum letter_to to);
const char *letter_to_label(const struct wording *w, enum letter_to to);
const char *letter_to_rule(const struct wording *w);
int letter_to_parse(const char *s);
int letter_to_allowed(enum letter_type t, enum letter_to to);
enum letter_to letter_to_default(enum letter_type t);
struct letter_item letter_behaviour(const struct wording *w, enum letter_behaviour b);
struct letter_item letter_dispute(const struct wording *w, enum letter_dispute d);
int letter_uses_behaviours(enum letter_type t);
void letter_build(const struct letter_input *in, struct buf *out);
void letter_guide(const struct letter_input *in, struct buf *out);
const struct wording_need *letter_needs(size_t *n);

#endif
