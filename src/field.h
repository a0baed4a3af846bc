/* field: the one table of input fields and their validators.
 * Every query or form value a handler can see is named here; the request
 * parser validates it before any handler runs (the kcgi way). */
#ifndef QUANYI_FIELD_H
#define QUANYI_FIELD_H

#include <stddef.h>

#include "buf.h"

enum field_id {
	F_Q,     /* search words */
	F_PAGE,  /* result or list page number */
	F_CSRF,  /* the form token (csrf.h) */
	F_TOPIC,    /* ask: the topic (a category slug) */
	F_TITLE,    /* ask: a short title */
	F_BODY,     /* ask: the question */
	F_CONSENT,  /* ask: may be published without personal details */
	F_URGENT,   /* editor: the article shows the safety box */
	F_WEBSITE,  /* ask: the honeypot, left empty by people */
	F_HELPFUL,  /* vote: yes | no */
	F_VOTED,    /* article: the vote just counted, for the thank-you note */
	F_SLUG,     /* admin: a new article's address */
	F_CATEGORY, /* admin: an article's topic, or the list filter */
	F_SUMMARY,  /* admin: the two-sentence answer */
	F_KEYWORDS, /* admin: search words, comma-separated */
	F_STATUS,   /* admin: published | draft, or the list filter */
	F_REVIEWED, /* admin: the date the article was last checked */
	F_SOURCES,  /* admin: one source per line */
	F_MD,       /* admin: the Markdown body */
	F_BASE,     /* admin: the revision the editor started from */
	F_ACTION,   /* admin: preview | save */
	F_REV,      /* admin: a revision to restore */
	F_RA,       /* admin: the older revision of a comparison */
	F_RB,       /* admin: the newer revision of a comparison */
	F_SAVED,    /* admin: the revision just saved, for the note */
	F_ANSWER,   /* admin: an answer to a reader's question */
	F_DECISION, /* admin: publish | private | reject */
	F_REASON,   /* admin: why a question is not answered */
	F_DOC,      /* admin: a whole content file (topic, channel, term …) */
	F_KIND,     /* admin: which kind of content file a new one is */
	F_AGE,      /* admin: after how many days an article is due for review */
	F_TL_DUE,      /* timeline: the last instalment's due date */
	F_TL_DEMAND,   /* timeline: the last collection demand that reached the reader */
	F_TL_PART,     /* timeline: the last part payment */
	F_TL_PLAN,     /* timeline: the day a repayment plan was agreed */
	F_TL_REPAID,   /* timeline: the day the debt was fully repaid */
	F_LT_TYPE,     /* letter: which letter (letter.h) */
	F_LT_TO,       /* letter: the addressee */
	F_LT_LENDER,   /* letter: the lender or platform */
	F_LT_PRODUCT,  /* letter: the loan product */
	F_LT_COLLECTOR, /* letter: the collection agency */
	F_LT_ACCOUNT,  /* letter: contract number or account tail */
	F_LT_AMOUNT,   /* letter: amount owed, yuan */
	F_LT_MONTHLY,  /* letter: what the reader can pay a month, yuan */
	F_LT_SINCE,    /* letter: overdue since */
	F_LT_LAST,     /* letter: the latest event */
	F_LT_PAIDOFF,  /* letter: repaid in full on */
	F_LT_NAME,     /* letter: the sender's name (optional) */
	F_LT_FACTS,    /* letter: what happened, in the reader's words */
	F_FORMAT,      /* tools: html (show) | txt (download) | ics (calendar) */
	F_LB_NIGHT,    /* letter: behaviour checkboxes, one field each */
	F_LB_FREQUENT,
	F_LB_THIRD,
	F_LB_DISCLOSE,
	F_LB_EMPLOYER,
	F_LB_THREAT,
	F_LB_IMPERSONATE,
	F_LB_MISLEAD,
	F_LB_INSULT,
	F_LB_FEES,
	F_LD_WRONG,    /* letter: credit-dispute reasons, one field each */
	F_LD_PAID,
	F_LD_NOTICE,
	F_LD_EXPIRED,
	F_LD_NOT_MINE,
	F_PA_1,        /* plan: the answers to questions 1..16, by position */
	F_PA_2, F_PA_3, F_PA_4, F_PA_5, F_PA_6, F_PA_7, F_PA_8, F_PA_9, F_PA_10, F_PA_11,
	F_PA_12, F_PA_13, F_PA_14, F_PA_15, F_PA_16,
	F_PLAN_AT,     /* plan: the question to show (1..), or past the last: the plan */
	F_PLAN_AS,     /* plan: print | txt | ics */
	F_PLAN_CODE,   /* plan: a saved plan's code, as typed */
	F_PLAN_DELETE, /* plan: yes, delete the saved plan */
	F_CT_PAPER,    /* court: which paper arrived (deadline.h) */
	F_CT_RECEIVED, /* court: the day it reached the reader */
	F_CT_HEARING,  /* court: the hearing date the paper names */
	F_CT_SUIT,     /* court: the day the suit papers reached the reader */
	F_CP_CHANNEL,  /* complaint: where the reader complained (deadline.h) */
	F_CP_FILED,    /* complaint: the day the complaint reached them */
	F_CP_TICKET,   /* complaint: the ticket number, if any */
	F__MAX
};

enum field_kind {
	FK_LINE,  /* one line of UTF-8 text, no control characters */
	FK_TEXT,  /* UTF-8 text that may contain newlines and tabs */
	FK_SLUG,  /* a-z 0-9 and inner '-' */
	FK_INT,   /* decimal integer in [min, max] */
	FK_DATE,  /* YYYY-MM-DD, a real calendar date */
	FK_ENUM   /* one of a fixed list of words */
};

enum field_err {
	FE_OK = 0,
	FE_MISSING,
	FE_UTF8,
	FE_CONTROL,
	FE_TOO_SHORT,
	FE_TOO_LONG,
	FE_SLUG,
	FE_INT,
	FE_RANGE,
	FE_DATE,
	FE_CHOICE
};

struct field_def {
	const char *name;   /* the key in the query or form */
	const char *label;  /* what the reader calls it, in Chinese */
	enum field_kind kind;
	long min, max;      /* characters for text, value for integers */
	const char *const *choices; /* FK_ENUM: NULL-terminated */
};

struct field_value {
	int present;
	enum field_err err;
	const char *str;    /* NUL-terminated copy of the raw value */
	size_t len;         /* bytes */
	long num;           /* FK_INT */
};

const struct field_def *field_def(enum field_id id);
int field_lookup(const char *name, size_t len);
enum field_err field_validate(const struct field_def *def, const char *s,
			      size_t len, long *num);
void field_err_message(const struct field_def *def, enum field_err err,
		       struct buf *out);

enum field_err field_utf8_check(const char *s, size_t len, int multiline,
				size_t *chars);
int field_slug_ok(const char *s, size_t len);
int field_date_ok(const char *s, size_t len);
int field_amount_ok(const char *s);
int field_amount_parse(const char *s, long long *fen);
void field_amount_format(long long fen, char out[32]);
int field_int_parse(const char *s, size_t len, long *out);
void field_utf8_repair(const char *s, size_t len, int multiline, struct buf *out);

#endif
