/* plan: the guided check behind /plan: a reader's answers to the
 * questions of content/plan, the named conditions the steps' rules are
 * written in (one fixed table here: editors cannot write code), and the
 * plan built from them with its dates, as the page, the paper, the .txt
 * and the .ics all show it. Pure: no store, no pages, no clock (the
 * caller passes today and the holiday calendar). */
#ifndef QUANYI_PLAN_H
#define QUANYI_PLAN_H

#include <stddef.h>

#include "arena.h"
#include "buf.h"
#include "date.h"

enum { PLAN_QUESTIONS_MAX = 16, PLAN_CHOICES_MAX = 16, PLAN_STEPS_MAX = 128 };

/* Steps of 今天 with an order below this (calling 110, 12356) are shown
 * even when an exit page replaces the plan. */
enum { PLAN_SAFETY_ORDER = 10 };

enum plan_kind { PLAN_ONE, PLAN_MANY, PLAN_DATE };
enum plan_bucket { PLAN_TODAY, PLAN_WEEK, PLAN_LATER, PLAN_EXIT, PLAN__BUCKETS };

struct plan_choice {
	const char *slug, *label;
	const char *letter_field;   /* the /tools/letter field it ticks, or NULL */
};

struct plan_question {
	const char *slug, *text, *help, *body_html;
	const char *ask_when;       /* rule on earlier answers: ask only then ("" always) */
	int position;
	enum plan_kind kind;
	int unsure;                 /* 不确定 offered */
	int nchoices;
	struct plan_choice choice[PLAN_CHOICES_MAX];
};

struct plan_step {
	const char *slug, *title, *body_md, *body_html, *whens, *article, *letter, *channel;
	const char *deadline, *deadline_title, *sources;
	enum plan_bucket bucket;
	long order;
};

/* The reader's answers, by question index: a choice set (bit i: choice
 * i), a date, or skipped (no answer or 不确定). */
struct plan_answers {
	unsigned chosen[PLAN_QUESTIONS_MAX];
	struct date date[PLAN_QUESTIONS_MAX];
	int given[PLAN_QUESTIONS_MAX];      /* 1: answered (not skipped) */
};

/* One step of a built plan, with its deadline computed. */
struct plan_item {
	const struct plan_step *step;
	int has_deadline;
	struct date_deadline deadline;
	const char *letter_query;           /* "type=…&b_night=1…" or NULL */
};

struct plan {
	int exit;                           /* an exit step was picked */
	const struct plan_item *exit_item;
	size_t n[PLAN__BUCKETS];
	struct plan_item *items[PLAN__BUCKETS];
	int uncovered_year;                 /* a deadline ran into a year without holidays */
	struct date today;
};

int plan_parse_kind(const char *s, enum plan_kind *out);
int plan_parse_bucket(const char *s, enum plan_bucket *out);
const char *plan_bucket_label(enum plan_bucket b);
int plan_parse_choices(const char *choices, const char *letter_fields, struct arena *a,
		       struct plan_question *q, struct buf *err);
int plan_check_rules(const char *whens, const struct plan_question *qs, int nq, struct buf *err);
int plan_check_deadline(const char *deadline, const struct plan_question *qs, int nq,
			struct buf *err);
int plan_question_index(const struct plan_question *qs, int nq, const char *slug);
int plan_check_ask(const struct plan_question *qs, int nq, int qi, struct buf *err);
int plan_asked(const struct plan_question *qs, int nq, int qi, const struct plan_answers *ans,
	       struct date today);
int plan_answer_parse(const struct plan_question *q, const char *value, struct plan_answers *ans,
		      int qi, struct date today, const char **why);
void plan_answer_format(const struct plan_question *q, const struct plan_answers *ans, int qi,
			struct buf *out);
int plan_build(const struct plan_question *qs, int nq, const struct plan_step *steps, int ns,
	       const struct plan_answers *ans, struct date today, const struct date_calendar *cal,
	       struct arena *a, struct plan *out);
void plan_txt(const struct plan *p, const struct plan_question *qs, int nq,
	      const struct plan_answers *ans, const char *site_url, struct buf *out);
void plan_ics(const struct plan *p, const char *site_url, const char *uid_seed, struct buf *out);

#endif
