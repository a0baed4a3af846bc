/* deadline: which deadlines follow from a paper or a complaint, and their
 * last days. The periods are the wording's rows (a number the content
 * cites its rule for); the order, the base date and the counting are
 * here. */
#include "deadline.h"

#include <stdio.h>
#include <string.h>

/* What a row's last day is counted from. */
enum deadline_base {
	DB_RECEIPT,   /* the day the paper (or the complaint) arrived, not counted */
	DB_SAME,      /* the same last day as the row before (管辖异议 in the answer period) */
	DB_HEARING,   /* the hearing date the paper names */
	DB_NONE       /* no period the law fixes: the row says where the date is */
};

struct deadline_row {
	const char *row;
	enum deadline_base base;
};

static const char *const deadline_papers[DP__N] = {
	"complaint", "summons", "payment-order", "judgment", "ruling", "arbitration", "award",
	"enforcement", "frozen", "objection-ruling",
};

static const char *const deadline_channels[DC__N] = {
	"bank", "lender", "12378", "credit-dispute", "pboc", "12315", "12345", "other",
};

/* The rows that follow from each paper, in the order they are shown. */
static const struct deadline_row deadline_paper_rows[DP__N][3] = {
	[DP_COMPLAINT] = { { "answer", DB_RECEIPT }, { "jurisdiction", DB_SAME } },
	[DP_SUMMONS] = { { "hearing", DB_HEARING } },
	[DP_PAYMENT_ORDER] = { { "objection", DB_RECEIPT } },
	[DP_JUDGMENT] = { { "appeal-judgment", DB_RECEIPT } },
	[DP_RULING] = { { "appeal-ruling", DB_RECEIPT } },
	[DP_ARBITRATION] = { { "arbitration-answer", DB_NONE }, { "arbitration-validity", DB_HEARING } },
	[DP_AWARD] = { { "set-aside", DB_RECEIPT } },
	[DP_ENFORCEMENT] = { { "enforcement-pay", DB_NONE }, { "enforcement-objection", DB_NONE } },
	[DP_FROZEN] = { { "enforcement-objection", DB_NONE }, { "living-costs", DB_NONE } },
	[DP_OBJECTION_RULING] = { { "reconsider", DB_RECEIPT } },
};

/* The reply periods of each channel. */
static const struct deadline_row deadline_channel_rows[DC__N][3] = {
	[DC_BANK] = { { "bank-decision", DB_RECEIPT }, { "bank-complex", DB_RECEIPT },
		      { "bank-max", DB_RECEIPT } },
	[DC_LENDER] = { { "lender-none", DB_NONE } },
	[DC_12378] = { { "12378-none", DB_NONE } },
	[DC_CREDIT] = { { "credit", DB_RECEIPT } },
	[DC_PBOC] = { { "pboc", DB_RECEIPT } },
	[DC_12315] = { { "12315-accept", DB_RECEIPT }, { "12315-mediate", DB_RECEIPT } },
	[DC_12345] = { { "12345-none", DB_NONE } },
	[DC_OTHER] = { { "other-none", DB_NONE } },
};

#define DEADLINE_PAPER(s) \
	{ "paper." s ".label", "" }, { "paper." s ".hint", "" }, { "paper." s ".prepare", "" }
#define DEADLINE_CHANNEL(s) \
	{ "channel." s ".label", "" }, { "channel." s ".hint", "" }, { "channel." s ".next", "" }
#define DEADLINE_ROW(p, r) \
	{ p "." r ".title", "" }, { p "." r ".cite", "" }, { p "." r ".how", "" }, \
	{ p "." r ".missed", "" }
#define DEADLINE_TIMED(p, r) DEADLINE_ROW(p, r), { p "." r ".period", "" }

/* Every entry of the court wording the tool uses. */
static const struct wording_need deadline_court_words[] = {
	DEADLINE_PAPER("complaint"), DEADLINE_PAPER("summons"), DEADLINE_PAPER("payment-order"),
	DEADLINE_PAPER("judgment"), DEADLINE_PAPER("ruling"), DEADLINE_PAPER("arbitration"),
	DEADLINE_PAPER("award"), DEADLINE_PAPER("enforcement"), DEADLINE_PAPER("frozen"),
	DEADLINE_PAPER("objection-ruling"),
	DEADLINE_TIMED("rule", "answer"), DEADLINE_ROW("rule", "jurisdiction"),
	DEADLINE_ROW("rule", "hearing"), DEADLINE_TIMED("rule", "objection"),
	DEADLINE_TIMED("rule", "appeal-judgment"), DEADLINE_TIMED("rule", "appeal-ruling"),
	DEADLINE_ROW("rule", "arbitration-answer"), DEADLINE_ROW("rule", "arbitration-validity"),
	DEADLINE_TIMED("rule", "set-aside"), DEADLINE_ROW("rule", "enforcement-pay"),
	DEADLINE_ROW("rule", "enforcement-objection"), DEADLINE_ROW("rule", "living-costs"),
	DEADLINE_TIMED("rule", "reconsider"),
	{ "page.title", "" }, { "page.lead", "" },
	{ "count.days", "" }, { "count.posted", "" }, { "count.electronic", "" },
	{ "count.weekends", "" }, { "check.real", "" }, { "calendar.uncovered", "year" },
	{ "no-date", "" }, { "hearing.missing", "" },
	{ "ics.summary", "title" }, { "ics.alarm", "title" }, { "ics.moved", "legal" },
	{ "txt.head", "date paper" }, { "txt.foot", "" }, { "txt.safe", "date" },
};

/* Every entry of the complaint wording the tool uses. */
static const struct wording_need deadline_complaint_words[] = {
	DEADLINE_CHANNEL("bank"), DEADLINE_CHANNEL("lender"), DEADLINE_CHANNEL("12378"),
	DEADLINE_CHANNEL("credit-dispute"), DEADLINE_CHANNEL("pboc"), DEADLINE_CHANNEL("12315"),
	DEADLINE_CHANNEL("12345"), DEADLINE_CHANNEL("other"),
	DEADLINE_TIMED("reply", "bank-decision"), DEADLINE_TIMED("reply", "bank-complex"),
	DEADLINE_TIMED("reply", "bank-max"), DEADLINE_ROW("reply", "lender-none"),
	DEADLINE_ROW("reply", "12378-none"), DEADLINE_TIMED("reply", "credit"),
	DEADLINE_TIMED("reply", "pboc"), DEADLINE_TIMED("reply", "12315-accept"),
	DEADLINE_TIMED("reply", "12315-mediate"), DEADLINE_ROW("reply", "12345-none"),
	DEADLINE_ROW("reply", "other-none"),
	{ "page.title", "" }, { "page.lead", "" },
	{ "count.days", "" }, { "count.weekends", "" }, { "calendar.uncovered", "year" },
	{ "no-date", "" },
	{ "ics.summary", "title" }, { "ics.alarm", "title" }, { "ics.moved", "legal" },
	{ "txt.head", "channel date" }, { "txt.foot", "" }, { "txt.safe", "date" },
};

/* deadline_court_needs: every entry of the court wording the tool uses
 * (for the content check); *n gets how many. */
const struct wording_need *deadline_court_needs(size_t *n)
{
	*n = sizeof(deadline_court_words) / sizeof(deadline_court_words[0]);
	return deadline_court_words;
}

/* deadline_complaint_needs: the same for the complaint wording. */
const struct wording_need *deadline_complaint_needs(size_t *n)
{
	*n = sizeof(deadline_complaint_words) / sizeof(deadline_complaint_words[0]);
	return deadline_complaint_words;
}

/* deadline_period_parse: a period as the wording writes it: "15日",
 * "6个月", "2年" (24 months), "7个工作日". 1 with *out, else 0. */
int deadline_period_parse(const char *text, struct deadline_period *out)
{
	const char *s = text;
	int n = 0;

	if (!s || !(*s >= '1' && *s <= '9'))
		return 0;
	while (*s >= '0' && *s <= '9' && n < 10000)
		n = n * 10 + (*s++ - '0');
	if (*s >= '0' && *s <= '9')
		return 0;
	out->n = n;
	if (strcmp(s, "日") == 0 || strcmp(s, "天") == 0)
		out->unit = DU_DAYS;
	else if (strcmp(s, "个工作日") == 0)
		out->unit = DU_WORKDAYS;
	else if (strcmp(s, "个月") == 0)
		out->unit = DU_MONTHS;
	else if (strcmp(s, "年") == 0 && n <= 100)
		out->unit = DU_MONTHS, out->n = n * 12;
	else
		return 0;
	return 1;
}

/* deadline_paper_slug: the form value of paper p. */
const char *deadline_paper_slug(enum deadline_paper p)
{
	return deadline_papers[p];
}

/* deadline_paper_parse: the paper whose slug is s, or -1. */
int deadline_paper_parse(const char *s)
{
	for (int i = 0; s && i < DP__N; i++)
		if (strcmp(s, deadline_papers[i]) == 0)
			return i;
	return -1;
}

/* deadline_paper_has_hearing: 1 if paper p names a hearing date the
 * reader can enter (a summons, an arbitration notice). */
int deadline_paper_has_hearing(enum deadline_paper p)
{
	return p == DP_SUMMONS || p == DP_ARBITRATION;
}

/* deadline_paper_has_suit: 1 if paper p ends a suit whose first papers
 * the reader may have received earlier (a judgment, a ruling). */
int deadline_paper_has_suit(enum deadline_paper p)
{
	return p == DP_JUDGMENT || p == DP_RULING;
}

/* deadline_channel_slug: the form value of channel c. */
const char *deadline_channel_slug(enum deadline_channel c)
{
	return deadline_channels[c];
}

/* deadline_channel_parse: the channel whose slug is s, or -1. */
int deadline_channel_parse(const char *s)
{
	for (int i = 0; s && i < DC__N; i++)
		if (strcmp(s, deadline_channels[i]) == 0)
			return i;
	return -1;
}

/* deadline_entry: the text of entry "<a>.<b>.<c>" of w ("" when none). */
static const char *deadline_entry(const struct wording *w, const char *a, const char *b,
				  const char *c)
{
	char name[WORDING_NAME_MAX + 1];

	snprintf(name, sizeof(name), "%s.%s.%s", a, b, c);
	return wording_text(w, name);
}

/* deadline_paper_text: part ("label", "hint", "prepare") of paper p. */
const char *deadline_paper_text(const struct wording *w, enum deadline_paper p, const char *part)
{
	return deadline_entry(w, "paper", deadline_papers[p], part);
}

/* deadline_channel_text: part ("label", "hint", "next") of channel c. */
const char *deadline_channel_text(const struct wording *w, enum deadline_channel c,
				  const char *part)
{
	return deadline_entry(w, "channel", deadline_channels[c], part);
}

/* deadline_fixed: a last day the paper itself fixes (a hearing): no
 * counting, no moving. */
static struct date_deadline deadline_fixed(struct date d)
{
	struct date_deadline r;

	memset(&r, 0, sizeof(r));
	r.safe = r.legal = d;
	r.covered = 1;
	return r;
}

/* deadline_rows: fill out from rows (prefix "rule" or "reply"), counting
 * from from (and hearing, when the reader gave one). 0, or -1 when a
 * period of the wording cannot be read. */
static int deadline_rows(const struct wording *w, const char *prefix,
			 const struct deadline_row *rows, size_t nrows, struct date from,
			 struct date hearing, const struct date_calendar *cal,
			 struct deadline_result *out)
{
	int rc = 0;

	memset(out, 0, sizeof(*out));
	for (size_t i = 0; i < nrows && rows[i].row && out->n < DEADLINE_MAX; i++) {
		struct deadline_item *it = &out->v[out->n++];
		struct deadline_period per;

		it->row = rows[i].row;
		it->title = deadline_entry(w, prefix, it->row, "title");
		it->cite = deadline_entry(w, prefix, it->row, "cite");
		it->how = deadline_entry(w, prefix, it->row, "how");
		it->missed = deadline_entry(w, prefix, it->row, "missed");
		switch (rows[i].base) {
		case DB_RECEIPT:
			it->period = deadline_entry(w, prefix, it->row, "period");
			if (!deadline_period_parse(it->period, &per)) {
				rc = -1;
				break;
			}
			it->dated = 1;
			it->due = per.unit == DU_MONTHS ? date_deadline_months(cal, from, per.n)
				  : per.unit == DU_WORKDAYS ? date_deadline_workdays(cal, from, per.n)
				  : date_deadline_days(cal, from, per.n);
			break;
		case DB_SAME:
			if (out->n >= 2 && out->v[out->n - 2].dated) {
				it->dated = 1;
				it->due = out->v[out->n - 2].due;
				it->period = out->v[out->n - 2].period;
			}
			break;
		case DB_HEARING:
			if (hearing.y) {
				it->dated = 1;
				it->due = deadline_fixed(hearing);
			}
			break;
		case DB_NONE:
			break;
		}
		if (it->dated && !it->due.covered && !out->uncovered_year)
			out->uncovered_year = it->due.uncovered_year;
	}
	return rc;
}

/* deadline_court: the deadlines that follow from paper, received on
 * received (the first day not counted; a last day that is not a working
 * day moves: 民事诉讼法 第85条, 民法典 第203条), with the hearing date the
 * paper names (y == 0: not given), counted with cal; each with its row's
 * texts. 0, or -1 when a period of w cannot be read. */
int deadline_court(const struct wording *w, enum deadline_paper paper, struct date received,
		   struct date hearing, const struct date_calendar *cal, struct deadline_result *out)
{
	return deadline_rows(w, "rule", deadline_paper_rows[paper], 3, received, hearing, cal, out);
}

/* deadline_complaint: the reply periods of a complaint made through ch
 * that reached the other side on filed, counted with cal. 0 or -1 (as
 * deadline_court). */
int deadline_complaint(const struct wording *w, enum deadline_channel ch, struct date filed,
		       const struct date_calendar *cal, struct deadline_result *out)
{
	struct date none = { 0, 0, 0 };

	return deadline_rows(w, "reply", deadline_channel_rows[ch], 3, filed, none, cal, out);
}

/* deadline_status: for each dated deadline of r, whether its legal last
 * day is past on today, and how many days are left. */
void deadline_status(struct deadline_result *r, struct date today)
{
	for (int i = 0; i < r->n; i++) {
		struct deadline_item *it = &r->v[i];
		long left;

		if (!it->dated)
			continue;
		left = date_day_number(it->due.legal) - date_day_number(today);
		it->passed = left < 0;
		it->days_left = left < 0 ? 0 : left;
	}
}

/* deadline_check_rows: every timed row of rows has a period that reads. */
static long deadline_check_rows(const struct wording *w, const char *prefix,
				const struct deadline_row (*rows)[3], size_t n, struct buf *report)
{
	long bad = 0;

	for (size_t i = 0; i < n; i++)
		for (int k = 0; k < 3 && rows[i][k].row; k++) {
			struct deadline_period per;
			const char *t;

			if (rows[i][k].base != DB_RECEIPT)
				continue;
			t = deadline_entry(w, prefix, rows[i][k].row, "period");
			if (!deadline_period_parse(t, &per)) {
				buf_printf(report, "wording/%s: entry \"%s.%s.period\" is \"%s\", not a period"
					   " (\"15日\", \"6个月\", \"7个工作日\")\n", w->slug, prefix,
					   rows[i][k].row, t);
				bad++;
			}
		}
	return bad;
}

/* deadline_check: every period of the court and complaint wording reads
 * as one; report gets one line per problem. The number of problems. */
long deadline_check(const struct wording *court, const struct wording *complaint,
		    struct buf *report)
{
	return deadline_check_rows(court, "rule", deadline_paper_rows, DP__N, report) +
	       deadline_check_rows(complaint, "reply", deadline_channel_rows, DC__N, report);
}
