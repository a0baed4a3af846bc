/* plan: the named conditions, the answers, and the plan built from them. */
#include "plan.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ics.h"

static const char *const plan_bucket_names[PLAN__BUCKETS] = { "today", "week", "later", "exit" };
static const char *const plan_bucket_labels[PLAN__BUCKETS] = { "今天", "本周", "之后", "另找帮助" };

/* The named conditions a step's rule may use, and what each takes: a
 * question (Q), a choice of it (C), a number of days (N). Nothing else
 * can be written. */
enum plan_cond { PC_ALWAYS, PC_IS, PC_NOT, PC_SKIPPED, PC_ANSWERED, PC_WITHIN, PC_SINCE, PC__N };

static const struct {
	const char *name;
	int args;          /* 0, 1 (Q), 2 (Q C or Q N) */
	int date;          /* Q must be a date question; the second argument is N */
} plan_conds[PC__N] = {
	[PC_ALWAYS] = { "always", 0, 0 },
	[PC_IS] = { "is", 2, 0 },
	[PC_NOT] = { "not", 2, 0 },
	[PC_SKIPPED] = { "skipped", 1, 0 },
	[PC_ANSWERED] = { "answered", 1, 0 },
	[PC_WITHIN] = { "within", 2, 1 },
	[PC_SINCE] = { "since", 2, 1 },
};

/* plan_parse_kind: "one", "many" or "date" into *out. 1, or 0. */
int plan_parse_kind(const char *s, enum plan_kind *out)
{
	static const char *const names[] = { "one", "many", "date" };

	for (int i = 0; i < 3; i++)
		if (s && strcmp(s, names[i]) == 0) {
			*out = (enum plan_kind)i;
			return 1;
		}
	return 0;
}

/* plan_parse_bucket: "today", "week", "later" or "exit" into *out. 1, or 0. */
int plan_parse_bucket(const char *s, enum plan_bucket *out)
{
	for (int i = 0; i < PLAN__BUCKETS; i++)
		if (s && strcmp(s, plan_bucket_names[i]) == 0) {
			*out = (enum plan_bucket)i;
			return 1;
		}
	return 0;
}

/* plan_bucket_label: 今天, 本周, 之后 or 另找帮助. */
const char *plan_bucket_label(enum plan_bucket b)
{
	return plan_bucket_labels[b];
}

/* plan_slug_ok: 1 if s (n bytes) is a-z 0-9 - and not empty. */
static int plan_slug_ok(const char *s, size_t n)
{
	if (n == 0 || n > 40)
		return 0;
	for (size_t i = 0; i < n; i++)
		if (!((s[i] >= 'a' && s[i] <= 'z') || (s[i] >= '0' && s[i] <= '9') || s[i] == '-'))
			return 0;
	return 1;
}

/* plan_parse_choices: a question's "slug=label | slug=label" choices and
 * its "choice=field, …" letter fields into q. 0, or -1 with err. */
int plan_parse_choices(const char *choices, const char *letter_fields, struct arena *a,
		       struct plan_question *q, struct buf *err)
{
	const char *p = choices;

	q->nchoices = 0;
	if (q->kind == PLAN_DATE) {
		if (choices && strcmp(choices, "-") != 0) {
			buf_puts(err, "a date question has no choices (write \"choices: -\")");
			return -1;
		}
		return 0;
	}
	while (p && *p) {
		const char *e = strstr(p, " | "), *eq;
		size_t n = e ? (size_t)(e - p) : strlen(p);
		struct plan_choice *c;

		eq = memchr(p, '=', n);
		if (!eq || !plan_slug_ok(p, (size_t)(eq - p)) || eq + 1 >= p + n) {
			buf_printf(err, "choice \"%.*s\" is not slug=label", (int)n, p);
			return -1;
		}
		if (q->nchoices >= PLAN_CHOICES_MAX) {
			buf_printf(err, "more than %d choices", PLAN_CHOICES_MAX);
			return -1;
		}
		c = &q->choice[q->nchoices];
		c->slug = arena_strndup(a, p, (size_t)(eq - p));
		c->label = arena_strndup(a, eq + 1, (size_t)(p + n - eq - 1));
		c->letter_field = NULL;
		for (int i = 0; i < q->nchoices; i++)
			if (strcmp(q->choice[i].slug, c->slug) == 0) {
				buf_printf(err, "choice %s given twice", c->slug);
				return -1;
			}
		q->nchoices++;
		p = e ? e + 3 : NULL;
	}
	if (q->nchoices < 2) {
		buf_puts(err, "a question needs at least two choices");
		return -1;
	}
	p = letter_fields;
	while (p && *p) {
		const char *e = strstr(p, ", "), *eq;
		size_t n = e ? (size_t)(e - p) : strlen(p);
		int found = 0;

		eq = memchr(p, '=', n);
		if (!eq || q->kind != PLAN_MANY) {
			buf_printf(err, "letter field \"%.*s\" is not choice=field of a many question", (int)n, p);
			return -1;
		}
		for (int i = 0; i < q->nchoices; i++)
			if (strlen(q->choice[i].slug) == (size_t)(eq - p) &&
			    memcmp(q->choice[i].slug, p, (size_t)(eq - p)) == 0) {
				q->choice[i].letter_field = arena_strndup(a, eq + 1, (size_t)(p + n - eq - 1));
				found = 1;
			}
		if (!found) {
			buf_printf(err, "letter field for an unknown choice \"%.*s\"", (int)(eq - p), p);
			return -1;
		}
		p = e ? e + 2 : NULL;
	}
	return 0;
}

/* plan_question_index: the index of question slug in qs, or -1. */
int plan_question_index(const struct plan_question *qs, int nq, const char *slug)
{
	for (int i = 0; i < nq; i++)
		if (strcmp(qs[i].slug, slug) == 0)
			return i;
	return -1;
}

/* plan_choice_index: the index of choice slug of q, or -1. */
static int plan_choice_index(const struct plan_question *q, const char *slug)
{
	for (int i = 0; i < q->nchoices; i++)
		if (strcmp(q->choice[i].slug, slug) == 0)
			return i;
	return -1;
}

/* One condition read from a rule: its kind, question, choice or days. */
struct plan_term {
	enum plan_cond cond;
	int q, c;
	long n;
};

/* plan_term_read: read condition text (len bytes) into *t against qs.
 * 0, or -1 with err saying what is wrong. */
static int plan_term_read(const char *text, size_t len, const struct plan_question *qs, int nq,
			  struct plan_term *t, struct buf *err)
{
	char word[3][48];
	int nw = 0;
	size_t i = 0;

	memset(t, 0, sizeof(*t));
	while (i < len && nw < 4) {
		size_t s = i;

		while (i < len && text[i] != ' ')
			i++;
		if (i - s == 0 || i - s >= sizeof(word[0]) || nw == 3) {
			buf_printf(err, "\"%.*s\" is not a condition", (int)len, text);
			return -1;
		}
		memcpy(word[nw], text + s, i - s);
		word[nw][i - s] = '\0';
		nw++;
		while (i < len && text[i] == ' ')
			i++;
	}
	for (int k = 0; k < PC__N; k++) {
		if (nw < 1 || strcmp(word[0], plan_conds[k].name) != 0)
			continue;
		if (nw - 1 != plan_conds[k].args) {
			buf_printf(err, "\"%s\" takes %d argument%s", word[0], plan_conds[k].args,
				   plan_conds[k].args == 1 ? "" : "s");
			return -1;
		}
		t->cond = (enum plan_cond)k;
		if (plan_conds[k].args >= 1) {
			t->q = plan_question_index(qs, nq, word[1]);
			if (t->q < 0) {
				buf_printf(err, "no question \"%s\"", word[1]);
				return -1;
			}
			if (plan_conds[k].date != (qs[t->q].kind == PLAN_DATE) &&
			    (plan_conds[k].date || (k != PC_SKIPPED && k != PC_ANSWERED))) {
				buf_printf(err, "\"%s\" needs %s question, and %s is not", word[0],
					   plan_conds[k].date ? "a date" : "a choice", word[1]);
				return -1;
			}
		}
		if (plan_conds[k].args == 2 && plan_conds[k].date) {
			char *end;

			t->n = strtol(word[2], &end, 10);
			if (*end || t->n < 0 || t->n > 100000) {
				buf_printf(err, "\"%s\" is not a number of days", word[2]);
				return -1;
			}
		} else if (plan_conds[k].args == 2) {
			t->c = plan_choice_index(&qs[t->q], word[2]);
			if (t->c < 0) {
				buf_printf(err, "question %s has no choice \"%s\"", word[1], word[2]);
				return -1;
			}
		}
		return 0;
	}
	buf_printf(err, "no condition \"%s\" (always, is, not, skipped, answered, within, since)",
		   nw ? word[0] : "");
	return -1;
}

/* plan_term_holds: whether condition t holds for the answers today. */
static int plan_term_holds(const struct plan_term *t, const struct plan_answers *ans,
			   struct date today)
{
	long days;

	switch (t->cond) {
	case PC_ALWAYS:
		return 1;
	case PC_IS:
		return ans->given[t->q] && (ans->chosen[t->q] & (1u << t->c));
	case PC_NOT:
		return !(ans->given[t->q] && (ans->chosen[t->q] & (1u << t->c)));
	case PC_SKIPPED:
		return !ans->given[t->q];
	case PC_ANSWERED:
		return ans->given[t->q];
	case PC_WITHIN:
	case PC_SINCE:
		if (!ans->given[t->q])
			return 0;
		days = date_day_number(today) - date_day_number(ans->date[t->q]);
		return t->cond == PC_WITHIN ? days >= 0 && days <= t->n : days > t->n;
	case PC__N:
		break;
	}
	return 0;
}

/* plan_rules: check (ans NULL) or evaluate the step's rule lines whens:
 * each line holds when all its ", "-separated conditions hold; the rule
 * holds when a line does. 1 (holds), 0 (does not), -1 (bad, with err). */
static int plan_rules(const char *whens, const struct plan_question *qs, int nq,
		      const struct plan_answers *ans, struct date today, struct buf *err)
{
	const char *line = whens;
	int any = 0, lines = 0;

	while (line && *line) {
		const char *eol = strchr(line, '\n');
		size_t len = eol ? (size_t)(eol - line) : strlen(line);
		const char *p = line, *end = line + len;
		int all = 1;

		lines++;
		while (p < end) {
			const char *c = strstr(p, ", ");
			size_t n = c && c < end ? (size_t)(c - p) : (size_t)(end - p);
			struct plan_term t;

			if (plan_term_read(p, n, qs, nq, &t, err) != 0)
				return -1;
			if (ans && !plan_term_holds(&t, ans, today))
				all = 0;
			p += n;
			if (p < end)
				p += 2;
		}
		any |= all;
		line = eol ? eol + 1 : NULL;
	}
	if (lines == 0) {
		buf_puts(err, "a step needs a \"when\" rule (\"when: always\" for every plan)");
		return -1;
	}
	return any;
}

/* plan_check_ask: 0 when question qi's ask_when rule (if any) names only
 * conditions of the table and questions asked before it; -1 with err. */
int plan_check_ask(const struct plan_question *qs, int nq, int qi, struct buf *err)
{
	if (!qs[qi].ask_when || !*qs[qi].ask_when)
		return 0;
	/* only the questions before it can decide whether it is asked */
	return plan_rules(qs[qi].ask_when, qs, qi, NULL, (struct date){ 0, 0, 0 }, err) < 0 ? -1 : 0;
}

/* plan_asked: 1 when question qi is asked for these answers (it has no
 * ask_when rule, or the rule holds on the answers before it). */
int plan_asked(const struct plan_question *qs, int nq, int qi, const struct plan_answers *ans,
	       struct date today)
{
	struct buf err;
	int r;

	(void)nq;
	if (!qs[qi].ask_when || !*qs[qi].ask_when)
		return 1;
	buf_init(&err);
	r = plan_rules(qs[qi].ask_when, qs, qi, ans, today, &err);
	buf_free(&err);
	return r > 0;
}

/* plan_check_rules: 0 when every condition of whens names a condition of
 * the table, with questions and choices that exist; -1 with err. */
int plan_check_rules(const char *whens, const struct plan_question *qs, int nq, struct buf *err)
{
	return plan_rules(whens, qs, nq, NULL, (struct date){ 0, 0, 0 }, err) < 0 ? -1 : 0;
}

/* plan_deadline_read: "question+15d" (d days, m months, y years) into
 * the question's index, the count and the unit. 0, or -1 with err. */
static int plan_deadline_read(const char *deadline, const struct plan_question *qs, int nq,
			      int *q, long *count, char *unit, struct buf *err)
{
	const char *plus = strchr(deadline, '+');
	char slug[48], *end;

	if (!plus || (size_t)(plus - deadline) >= sizeof(slug)) {
		buf_printf(err, "deadline \"%s\" is not question+Nd", deadline);
		return -1;
	}
	memcpy(slug, deadline, (size_t)(plus - deadline));
	slug[plus - deadline] = '\0';
	*q = plan_question_index(qs, nq, slug);
	if (*q < 0 || qs[*q].kind != PLAN_DATE) {
		buf_printf(err, "deadline: %s is not a date question", slug);
		return -1;
	}
	*count = strtol(plus + 1, &end, 10);
	*unit = *end;
	if (*count < 1 || *count > 3650 || !(*end == 'd' || *end == 'm' || *end == 'y') || end[1]) {
		buf_printf(err, "deadline \"%s\": the period must be N followed by d, m or y", deadline);
		return -1;
	}
	return 0;
}

/* plan_check_deadline: 0 when deadline is question+N(d|m|y) of a date
 * question; -1 with err. */
int plan_check_deadline(const char *deadline, const struct plan_question *qs, int nq,
			struct buf *err)
{
	int q;
	long n;
	char unit;

	return plan_deadline_read(deadline, qs, nq, &q, &n, &unit, err);
}

/* plan_answer_parse: the value sent for question q (index qi) into ans:
 * a choice slug, slugs separated by commas (many), a date, or "skip".
 * 0 (ans set; an empty value is skipped when the question offers
 * 不确定, else refused), or -1 with *why for the reader. */
int plan_answer_parse(const struct plan_question *q, const char *value, struct plan_answers *ans,
		      int qi, struct date today, const char **why)
{
	const char *p = value;

	ans->given[qi] = 0;
	ans->chosen[qi] = 0;
	memset(&ans->date[qi], 0, sizeof(ans->date[qi]));
	if (!value || !*value || strcmp(value, "skip") == 0) {
		if (!q->unsure) {
			*why = value && *value ? "这个问题没有“不确定”这一项，请选择一项。"
					       : "请先回答这个问题（选一项），再点“下一步”。";
			return -1;
		}
		return 0;
	}
	if (q->kind == PLAN_DATE) {
		if (!date_parse(value, &ans->date[qi]) || ans->date[qi].y < 1990) {
			*why = "请用日期选择器选一个日期（年-月-日），例如 2026-11-27。";
			return -1;
		}
		if (date_cmp(ans->date[qi], today) > 0) {
			*why = "这个日期晚于今天。请填已经发生的日期：文书送到你手里、或你收到短信通知的那一天。";
			return -1;
		}
		ans->given[qi] = 1;
		return 0;
	}
	while (*p) {
		const char *e = strchr(p, ',');
		size_t n = e ? (size_t)(e - p) : strlen(p);
		int found = -1;

		for (int i = 0; i < q->nchoices; i++)
			if (strlen(q->choice[i].slug) == n && memcmp(q->choice[i].slug, p, n) == 0)
				found = i;
		if (found < 0) {
			*why = "这不是这个问题的选项，请从列表中选择。";
			return -1;
		}
		ans->chosen[qi] |= 1u << found;
		p = e ? e + 1 : p + n;
	}
	if (q->kind == PLAN_ONE && (ans->chosen[qi] & (ans->chosen[qi] - 1))) {
		*why = "这个问题只能选一项。";
		return -1;
	}
	ans->given[qi] = ans->chosen[qi] != 0;
	return 0;
}

/* plan_answer_format: question qi's answer as the value plan_answer_parse
 * reads back ("" when skipped). */
void plan_answer_format(const struct plan_question *q, const struct plan_answers *ans, int qi,
			struct buf *out)
{
	char iso[11];
	int first = 1;

	if (!ans->given[qi])
		return;
	if (q->kind == PLAN_DATE) {
		date_iso(ans->date[qi], iso);
		buf_puts(out, iso);
		return;
	}
	for (int i = 0; i < q->nchoices; i++)
		if (ans->chosen[qi] & (1u << i)) {
			buf_printf(out, "%s%s", first ? "" : ",", q->choice[i].slug);
			first = 0;
		}
}

/* plan_letter_query: the /tools/letter query for a step's letter: its
 * type and every collector behaviour the reader ticked that the letter
 * form has a box for. */
static const char *plan_letter_query(const struct plan_step *st, const struct plan_question *qs,
				     int nq, const struct plan_answers *ans, struct arena *a)
{
	struct buf b;
	char *out;

	if (!st->letter || !*st->letter)
		return NULL;
	buf_init(&b);
	buf_printf(&b, "type=%s", st->letter);
	for (int i = 0; i < nq; i++)
		for (int k = 0; k < qs[i].nchoices; k++)
			if (ans->given[i] && (ans->chosen[i] & (1u << k)) && qs[i].choice[k].letter_field)
				buf_printf(&b, "&%s=1", qs[i].choice[k].letter_field);
	out = arena_strdup(a, b.data);
	buf_free(&b);
	return out;
}

/* plan_item_cmp: qsort order inside a bucket: by order, then slug. */
static int plan_item_cmp(const void *x, const void *y)
{
	const struct plan_item *a = x, *b = y;

	if (a->step->order != b->step->order)
		return a->step->order < b->step->order ? -1 : 1;
	return strcmp(a->step->slug, b->step->slug);
}

/* plan_build: the plan for the answers today: every step whose rule
 * holds, by bucket and order, with its deadline counted from the
 * reader's date by the holiday calendar and its letter link; an exit
 * step picked makes the plan an exit. 0, or -1 when a step's rule or
 * deadline is bad (the content check refuses such content). */
int plan_build(const struct plan_question *qs, int nq, const struct plan_step *steps, int ns,
	       const struct plan_answers *ans, struct date today, const struct date_calendar *cal,
	       struct arena *a, struct plan *out)
{
	struct buf err;
	int rc = 0;

	memset(out, 0, sizeof(*out));
	out->today = today;
	buf_init(&err);
	for (int b = 0; b < PLAN__BUCKETS; b++)
		out->items[b] = arena_alloc(a, (size_t)(ns ? ns : 1) * sizeof(struct plan_item));
	for (int i = 0; i < ns && rc == 0; i++) {
		const struct plan_step *st = &steps[i];
		struct plan_item *it;
		int holds = plan_rules(st->whens, qs, nq, ans, today, &err);

		if (holds < 0) {
			rc = -1;
			break;
		}
		if (!holds)
			continue;
		it = &out->items[st->bucket][out->n[st->bucket]++];
		memset(it, 0, sizeof(*it));
		it->step = st;
		it->letter_query = plan_letter_query(st, qs, nq, ans, a);
		if (st->deadline && *st->deadline) {
			int q;
			long n;
			char unit;

			if (plan_deadline_read(st->deadline, qs, nq, &q, &n, &unit, &err) != 0) {
				rc = -1;
				break;
			}
			if (ans->given[q]) {
				it->has_deadline = 1;
				it->deadline = unit == 'd' ? date_deadline_days(cal, ans->date[q], n)
					       : date_deadline_months(cal, ans->date[q],
								      (int)(unit == 'y' ? n * 12 : n));
				if (!it->deadline.covered && !out->uncovered_year)
					out->uncovered_year = it->deadline.uncovered_year;
			}
		}
	}
	for (int b = 0; b < PLAN__BUCKETS; b++)
		qsort(out->items[b], out->n[b], sizeof(struct plan_item), plan_item_cmp);
	if (out->n[PLAN_EXIT]) {
		out->exit = 1;
		out->exit_item = &out->items[PLAN_EXIT][0];
	}
	buf_free(&err);
	return rc;
}

/* plan_plain: Markdown text md as plain lines for paper: emphasis
 * marks dropped, "[text](/path)" written "text（site/path）". */
static void plan_plain(const char *md, const char *site_url, struct buf *out)
{
	for (const char *p = md ? md : ""; *p; p++) {
		if (*p == '*' || *p == '`')
			continue;
		if (*p == '[') {
			const char *close = strstr(p, "](");
			const char *end = close ? strchr(close, ')') : NULL;

			if (close && end && !memchr(p, '\n', (size_t)(end - p))) {
				buf_append(out, p + 1, (size_t)(close - p - 1));
				buf_puts(out, "（");
				if (close[2] == '/')
					buf_puts(out, site_url);
				buf_append(out, close + 2, (size_t)(end - close - 2));
				buf_puts(out, "）");
				p = end;
				continue;
			}
		}
		buf_putc(out, *p);
	}
}

/* plan_deadline_text: "最稳妥：X 之前；遇节假日可顺延至 Y" and the warning. */
static void plan_deadline_text(const struct plan_item *it, struct buf *out)
{
	char safe[32], legal[32];

	date_zh(it->deadline.safe, safe, sizeof(safe));
	date_zh(it->deadline.legal, legal, sizeof(legal));
	if (it->deadline.moved)
		buf_printf(out, "最稳妥：%s之前办好；遇节假日可顺延至%s（周末顺延是本站的理解，以文书写明的为准）",
			   safe, legal);
	else
		buf_printf(out, "最后一天：%s", safe);
	if (!it->deadline.covered)
		buf_printf(out, "（尚未录入%d年节假日安排，请自行核对）", it->deadline.uncovered_year);
}

/* plan_txt: the plan as plain text, the same steps in the same order as
 * the page: what was answered, then 今天 / 本周 / 之后 (or the exit). */
void plan_txt(const struct plan *p, const struct plan_question *qs, int nq,
	      const struct plan_answers *ans, const char *site_url, struct buf *out)
{
	char today[32];
	int k = 0;

	date_zh(p->today, today, sizeof(today));
	buf_printf(out, "我的行动方案\n权益（%s） %s生成\n\n", site_url, today);
	buf_puts(out, "我的情况\n");
	for (int i = 0; i < nq; i++) {
		buf_printf(out, "- %s ", qs[i].text);
		if (!ans->given[i])
			buf_puts(out, "不确定");
		else if (qs[i].kind == PLAN_DATE)
			date_zh(ans->date[i], today, sizeof(today)), buf_puts(out, today);
		else
			for (int c = 0, first = 1; c < qs[i].nchoices; c++)
				if (ans->chosen[i] & (1u << c)) {
					buf_printf(out, "%s%s", first ? "" : "、", qs[i].choice[c].label);
					first = 0;
				}
		buf_putc(out, '\n');
	}
	for (int b = 0; b < PLAN__BUCKETS; b++) {
		int head = 0;

		for (size_t i = 0; i < p->n[b]; i++) {
			const struct plan_item *it = &p->items[b][i];

			if ((b == PLAN_EXIT) != (p->exit != 0) &&
			    !(p->exit && b == PLAN_TODAY && it->step->order < PLAN_SAFETY_ORDER))
				continue;
			if (!head++)
				buf_printf(out, "\n%s\n", plan_bucket_labels[b]);

			buf_printf(out, "\n%d. %s\n", ++k, it->step->title);
			plan_plain(it->step->body_md, site_url, out);
			if (it->has_deadline) {
				buf_printf(out, "%s：", it->step->deadline_title && *it->step->deadline_title
					   ? it->step->deadline_title : "期限");
				plan_deadline_text(it, out);
				buf_putc(out, '\n');
			}
			if (it->step->sources && *it->step->sources)
				buf_printf(out, "依据：%s\n", it->step->sources);
			if (it->step->article && *it->step->article)
				buf_printf(out, "详细说明：%s/a/%s\n", site_url, it->step->article);
			if (it->letter_query)
				buf_printf(out, "信件：%s/tools/letter?%s\n", site_url, it->letter_query);
			if (it->step->channel && *it->step->channel)
				buf_printf(out, "渠道：%s/channels#%s\n", site_url, it->step->channel);
		}
	}
	buf_puts(out, "\n以上是一般性的法律信息，不是律师意见；期限以法院或机构文书上写明的日期为准。\n");
}

/* plan_ics: the plan's deadlines as an iCalendar file (ics.c, RFC 5545):
 * one whole-day event on each safest last day, with the alarm of
 * ics_calendar and the legal last day in its description. uid_seed makes
 * the UIDs stable for the same plan. */
void plan_ics(const struct plan *p, const char *site_url, const char *uid_seed, struct buf *out)
{
	struct ics_event *ev;
	struct buf *text;
	size_t n = 0, max = 0;
	char stamp[32];

	for (int b = 0; b < PLAN__BUCKETS; b++)
		for (size_t i = 0; i < p->n[b]; i++)
			max += p->items[b][i].has_deadline != 0;
	ev = calloc(max ? max : 1, sizeof(*ev));
	text = calloc(max ? 2 * max : 1, sizeof(*text));
	if (!ev || !text) {
		free(ev);
		free(text);
		return;
	}
	snprintf(stamp, sizeof(stamp), "%04d%02d%02dT000000Z", p->today.y, p->today.m, p->today.d);
	for (int b = 0; b < PLAN__BUCKETS; b++)
		for (size_t i = 0; i < p->n[b]; i++) {
			const struct plan_item *it = &p->items[b][i];
			struct buf *uid = &text[2 * n], *d = &text[2 * n + 1];

			if (!it->has_deadline)
				continue;
			buf_init(uid);
			buf_init(d);
			buf_printf(uid, "%s-%s@quanyi", uid_seed, it->step->slug);
			buf_printf(d, "%s\n", it->step->title);
			plan_deadline_text(it, d);
			if (it->step->article && *it->step->article)
				buf_printf(d, "\n%s/a/%s", site_url, it->step->article);
			ev[n].day = it->deadline.safe;
			ev[n].uid = uid->data;
			ev[n].summary = it->step->deadline_title && *it->step->deadline_title
				? it->step->deadline_title : it->step->title;
			ev[n].description = d->data;
			ev[n].alarm = it->step->title;
			n++;
		}
	ics_calendar(ev, n, stamp, out);
	for (size_t i = 0; i < 2 * n; i++)
		buf_free(&text[i]);
	free(ev);
	free(text);
}
