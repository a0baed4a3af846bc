/* letter: the four letters of /tools/letter as plain text. The sentences
 * are the wording's (content/wording/letter.md): each rule there is
 * labelled 【法律】, 【行政法规】, 【部门规章】, 【行业自律】 or 【尚未核实】 so
 * that the reader (and the addressee) can see how much weight it has.
 * Here: which entries each letter uses, in which order, numbered and
 * indented, with the reader's facts filled in. */
#include "letter.h"

#include <stdio.h>
#include <string.h>

#include "date.h"

/* Every wording entry the letters use, with the placeholders filled in
 * it: (id, name, placeholders). */
#define LETTER_WORDS(X) \
	X(LW_PAGE_TITLE, "page.title", "") \
	X(LW_PAGE_LEAD, "page.lead", "") \
	X(LW_TYPE_NEGOTIATE_TITLE, "type.negotiate.title", "") \
	X(LW_TYPE_NEGOTIATE_HELP, "type.negotiate.help", "") \
	X(LW_TYPE_STOP_CONTACT_TITLE, "type.stop-contact.title", "") \
	X(LW_TYPE_STOP_CONTACT_HELP, "type.stop-contact.help", "") \
	X(LW_TYPE_CREDIT_DISPUTE_TITLE, "type.credit-dispute.title", "") \
	X(LW_TYPE_CREDIT_DISPUTE_HELP, "type.credit-dispute.help", "") \
	X(LW_TYPE_COMPLAINT_TITLE, "type.complaint.title", "") \
	X(LW_TYPE_COMPLAINT_HELP, "type.complaint.help", "") \
	X(LW_TO_LENDER_LABEL, "to.lender.label", "") \
	X(LW_TO_COLLECTOR_LABEL, "to.collector.label", "") \
	X(LW_TO_BUREAU_LABEL, "to.bureau.label", "") \
	X(LW_TO_RULE, "to.rule", "") \
	X(LW_B_NIGHT_LABEL, "b.night.label", "") \
	X(LW_B_NIGHT_LINE, "b.night.line", "") \
	X(LW_B_NIGHT_RULES, "b.night.rules", "") \
	X(LW_B_FREQUENT_LABEL, "b.frequent.label", "") \
	X(LW_B_FREQUENT_LINE, "b.frequent.line", "") \
	X(LW_B_FREQUENT_RULES, "b.frequent.rules", "") \
	X(LW_B_THIRD_LABEL, "b.third.label", "") \
	X(LW_B_THIRD_LINE, "b.third.line", "") \
	X(LW_B_THIRD_RULES, "b.third.rules", "") \
	X(LW_B_DISCLOSE_LABEL, "b.disclose.label", "") \
	X(LW_B_DISCLOSE_LINE, "b.disclose.line", "") \
	X(LW_B_DISCLOSE_RULES, "b.disclose.rules", "") \
	X(LW_B_EMPLOYER_LABEL, "b.employer.label", "") \
	X(LW_B_EMPLOYER_LINE, "b.employer.line", "") \
	X(LW_B_EMPLOYER_RULES, "b.employer.rules", "") \
	X(LW_B_THREAT_LABEL, "b.threat.label", "") \
	X(LW_B_THREAT_LINE, "b.threat.line", "") \
	X(LW_B_THREAT_RULES, "b.threat.rules", "") \
	X(LW_B_IMPERSONATE_LABEL, "b.impersonate.label", "") \
	X(LW_B_IMPERSONATE_LINE, "b.impersonate.line", "") \
	X(LW_B_IMPERSONATE_RULES, "b.impersonate.rules", "") \
	X(LW_B_MISLEAD_LABEL, "b.mislead.label", "") \
	X(LW_B_MISLEAD_LINE, "b.mislead.line", "") \
	X(LW_B_MISLEAD_RULES, "b.mislead.rules", "") \
	X(LW_B_INSULT_LABEL, "b.insult.label", "") \
	X(LW_B_INSULT_LINE, "b.insult.line", "") \
	X(LW_B_INSULT_RULES, "b.insult.rules", "") \
	X(LW_B_FEES_LABEL, "b.fees.label", "") \
	X(LW_B_FEES_LINE, "b.fees.line", "") \
	X(LW_B_FEES_RULES, "b.fees.rules", "") \
	X(LW_D_WRONG_LABEL, "d.wrong.label", "") \
	X(LW_D_WRONG_LINE, "d.wrong.line", "") \
	X(LW_D_WRONG_RULES, "d.wrong.rules", "") \
	X(LW_D_PAID_LABEL, "d.paid.label", "") \
	X(LW_D_PAID_LINE, "d.paid.line", "") \
	X(LW_D_PAID_RULES, "d.paid.rules", "") \
	X(LW_D_NOTICE_LABEL, "d.notice.label", "") \
	X(LW_D_NOTICE_LINE, "d.notice.line", "") \
	X(LW_D_NOTICE_RULES, "d.notice.rules", "") \
	X(LW_D_EXPIRED_LABEL, "d.expired.label", "") \
	X(LW_D_EXPIRED_LINE, "d.expired.line", "") \
	X(LW_D_EXPIRED_RULES, "d.expired.rules", "") \
	X(LW_D_NOTMINE_LABEL, "d.notmine.label", "") \
	X(LW_D_NOTMINE_LINE, "d.notmine.line", "") \
	X(LW_D_NOTMINE_RULES, "d.notmine.rules", "") \
	X(LW_BLANK, "blank", "") \
	X(LW_LETTER_TO, "letter.to", "addressee") \
	X(LW_LETTER_SENDER, "letter.sender", "name") \
	X(LW_LETTER_SENDER_BLANK, "letter.sender.blank", "") \
	X(LW_LETTER_PHONE, "letter.phone", "") \
	X(LW_LETTER_DATE, "letter.date", "date") \
	X(LW_LETTER_SUBJECT, "letter.subject", "subject") \
	X(LW_ADDRESSEE_BUREAU, "addressee.bureau", "") \
	X(LW_ADDRESSEE_COLLECTOR, "addressee.collector", "collector lender") \
	X(LW_ADDRESSEE_LENDER_COMPLAINT, "addressee.lender.complaint", "lender") \
	X(LW_ADDRESSEE_LENDER_CREDIT_DISPUTE, "addressee.lender.credit-dispute", "lender") \
	X(LW_ADDRESSEE_LENDER, "addressee.lender", "lender") \
	X(LW_LOAN_PRODUCT, "loan.product", "lender product") \
	X(LW_SUBJECT_NEGOTIATE, "subject.negotiate", "loan") \
	X(LW_SUBJECT_STOP_CONTACT, "subject.stop-contact", "loan") \
	X(LW_SUBJECT_CREDIT_DISPUTE, "subject.credit-dispute", "loan") \
	X(LW_SUBJECT_COMPLAINT, "subject.complaint", "loan") \
	X(LW_BASICS_HEAD, "basics.head", "") \
	X(LW_BASICS_LENDER, "basics.lender", "lender") \
	X(LW_BASICS_PRODUCT, "basics.product", "product") \
	X(LW_BASICS_BORROWER, "basics.borrower", "name") \
	X(LW_BASICS_ACCOUNT, "basics.account", "account") \
	X(LW_BASICS_AMOUNT, "basics.amount", "amount") \
	X(LW_BASICS_SINCE, "basics.since", "date") \
	X(LW_BASICS_PAID_OFF, "basics.paid-off", "date") \
	X(LW_BASICS_LAST, "basics.last", "date") \
	X(LW_BASICS_LAST_CREDIT_DISPUTE, "basics.last.credit-dispute", "date") \
	X(LW_BASICS_COLLECTOR, "basics.collector", "collector") \
	X(LW_EVENTS_HEAD, "events.head", "") \
	X(LW_EVENTS_HEAD_CREDIT_DISPUTE, "events.head.credit-dispute", "") \
	X(LW_EVENTS_NEGOTIATE, "events.negotiate", "") \
	X(LW_EVENTS_DISPUTES, "events.disputes", "") \
	X(LW_EVENTS_BASIS, "events.basis", "") \
	X(LW_EVENTS_EMPTY, "events.empty", "") \
	X(LW_EVENTS_BEHAVIOURS, "events.behaviours", "") \
	X(LW_EVENTS_BEHAVIOURS_COLLECTOR, "events.behaviours.collector", "") \
	X(LW_EVENTS_BREAKS, "events.breaks", "") \
	X(LW_EVENTS_NOTE, "events.note", "") \
	X(LW_REQUESTS_HEAD, "requests.head", "") \
	X(LW_REQUESTS_NEGOTIATE, "requests.negotiate", "") \
	X(LW_REQUESTS_NEGOTIATE_PLAN, "requests.negotiate.plan", "") \
	X(LW_REQUESTS_NEGOTIATE_PLAN_MONTHLY, "requests.negotiate.plan-monthly", "monthly") \
	X(LW_REQUESTS_NEGOTIATE_AFTER, "requests.negotiate.after", "") \
	X(LW_REQUESTS_STOP_CONTACT, "requests.stop-contact", "") \
	X(LW_REQUESTS_STOP_CONTACT_COLLECTOR, "requests.stop-contact.collector", "lender") \
	X(LW_REQUESTS_STOP_CONTACT_LENDER, "requests.stop-contact.lender", "") \
	X(LW_REQUESTS_STOP_CONTACT_REPLY, "requests.stop-contact.reply", "") \
	X(LW_REQUESTS_CREDIT_DISPUTE_CHECK, "requests.credit-dispute.check", "") \
	X(LW_REQUESTS_CREDIT_DISPUTE_CHECK_DELETE, "requests.credit-dispute.check-delete", "") \
	X(LW_REQUESTS_CREDIT_DISPUTE, "requests.credit-dispute", "") \
	X(LW_REQUESTS_COMPLAINT, "requests.complaint", "") \
	X(LW_ATTACHMENTS_HEAD, "attachments.head", "") \
	X(LW_ATTACHMENTS_NEGOTIATE, "attachments.negotiate", "") \
	X(LW_ATTACHMENTS_CREDIT_DISPUTE, "attachments.credit-dispute", "") \
	X(LW_ATTACHMENTS_OTHER, "attachments.other", "") \
	X(LW_CLOSING, "closing", "") \
	X(LW_CLOSING_SIGN, "closing.sign", "name") \
	X(LW_CLOSING_SIGN_BLANK, "closing.sign.blank", "") \
	X(LW_GUIDE_NEGOTIATE, "guide.negotiate", "") \
	X(LW_GUIDE_STOP_CONTACT, "guide.stop-contact", "") \
	X(LW_GUIDE_CREDIT_DISPUTE, "guide.credit-dispute", "") \
	X(LW_GUIDE_COMPLAINT, "guide.complaint", "") \
	X(LW_GUIDE_ALL, "guide.all", "")


enum letter_word {
#define LETTER_WORD_ID(id, name, vars) id,
	LETTER_WORDS(LETTER_WORD_ID)
#undef LETTER_WORD_ID
	LW__N
};

static const struct wording_need letter_words[LW__N] = {
#define LETTER_WORD_NEED(id, name, vars) [id] = { name, vars },
	LETTER_WORDS(LETTER_WORD_NEED)
#undef LETTER_WORD_NEED
};

/* The entries of each letter type: title and help. */
static const struct {
	const char *slug;
	enum letter_word title, help, subject, guide;
} letter_types[LT__N] = {
	[LT_NEGOTIATE] = { "negotiate", LW_TYPE_NEGOTIATE_TITLE, LW_TYPE_NEGOTIATE_HELP,
			   LW_SUBJECT_NEGOTIATE, LW_GUIDE_NEGOTIATE },
	[LT_STOP_CONTACT] = { "stop-contact", LW_TYPE_STOP_CONTACT_TITLE, LW_TYPE_STOP_CONTACT_HELP,
			      LW_SUBJECT_STOP_CONTACT, LW_GUIDE_STOP_CONTACT },
	[LT_CREDIT_DISPUTE] = { "credit-dispute", LW_TYPE_CREDIT_DISPUTE_TITLE,
				LW_TYPE_CREDIT_DISPUTE_HELP, LW_SUBJECT_CREDIT_DISPUTE,
				LW_GUIDE_CREDIT_DISPUTE },
	[LT_COMPLAINT] = { "complaint", LW_TYPE_COMPLAINT_TITLE, LW_TYPE_COMPLAINT_HELP,
			   LW_SUBJECT_COMPLAINT, LW_GUIDE_COMPLAINT },
};

static const struct {
	const char *slug;
	enum letter_word label;
} letter_tos[LTO__N] = {
	[LTO_LENDER] = { "lender", LW_TO_LENDER_LABEL },
	[LTO_COLLECTOR] = { "collector", LW_TO_COLLECTOR_LABEL },
	[LTO_BUREAU] = { "bureau", LW_TO_BUREAU_LABEL },
};

/* Each behaviour's and dispute reason's entries: label, line, rules. */
static const enum letter_word letter_behaviour_words[LB__N][3] = {
	[LB_NIGHT] = { LW_B_NIGHT_LABEL, LW_B_NIGHT_LINE, LW_B_NIGHT_RULES },
	[LB_FREQUENT] = { LW_B_FREQUENT_LABEL, LW_B_FREQUENT_LINE, LW_B_FREQUENT_RULES },
	[LB_THIRD] = { LW_B_THIRD_LABEL, LW_B_THIRD_LINE, LW_B_THIRD_RULES },
	[LB_DISCLOSE] = { LW_B_DISCLOSE_LABEL, LW_B_DISCLOSE_LINE, LW_B_DISCLOSE_RULES },
	[LB_EMPLOYER] = { LW_B_EMPLOYER_LABEL, LW_B_EMPLOYER_LINE, LW_B_EMPLOYER_RULES },
	[LB_THREAT] = { LW_B_THREAT_LABEL, LW_B_THREAT_LINE, LW_B_THREAT_RULES },
	[LB_IMPERSONATE] = { LW_B_IMPERSONATE_LABEL, LW_B_IMPERSONATE_LINE, LW_B_IMPERSONATE_RULES },
	[LB_MISLEAD] = { LW_B_MISLEAD_LABEL, LW_B_MISLEAD_LINE, LW_B_MISLEAD_RULES },
	[LB_INSULT] = { LW_B_INSULT_LABEL, LW_B_INSULT_LINE, LW_B_INSULT_RULES },
	[LB_FEES] = { LW_B_FEES_LABEL, LW_B_FEES_LINE, LW_B_FEES_RULES },
};

static const enum letter_word letter_dispute_words[LD__N][3] = {
	[LD_WRONG] = { LW_D_WRONG_LABEL, LW_D_WRONG_LINE, LW_D_WRONG_RULES },
	[LD_PAID] = { LW_D_PAID_LABEL, LW_D_PAID_LINE, LW_D_PAID_RULES },
	[LD_NOTICE] = { LW_D_NOTICE_LABEL, LW_D_NOTICE_LINE, LW_D_NOTICE_RULES },
	[LD_EXPIRED] = { LW_D_EXPIRED_LABEL, LW_D_EXPIRED_LINE, LW_D_EXPIRED_RULES },
	[LD_NOT_MINE] = { LW_D_NOTMINE_LABEL, LW_D_NOTMINE_LINE, LW_D_NOTMINE_RULES },
};

/* The letters' indents: a paragraph, and a rule under an item. */
#define LETTER_INDENT "\xe3\x80\x80\xe3\x80\x80"
#define LETTER_INDENT2 LETTER_INDENT LETTER_INDENT

/* letter_needs: every wording entry the letters use (for the content
 * check); *n gets how many. */
const struct wording_need *letter_needs(size_t *n)
{
	*n = LW__N;
	return letter_words;
}

/* letter_text_of: the text of entry id of wording w. */
static const char *letter_text_of(const struct wording *w, enum letter_word id)
{
	return wording_text(w, letter_words[id].name);
}

/* letter_fill: entry id of in's wording onto b, with the placeholders of
 * vars (n of them) filled. */
static void letter_fill(struct buf *b, const struct letter_input *in, enum letter_word id,
			const struct wording_var *vars, size_t n)
{
	wording_fill(in->w, letter_words[id].name, vars, n, b);
}

/* letter_type_slug: the form value of letter type t. */
const char *letter_type_slug(enum letter_type t)
{
	return letter_types[t].slug;
}

/* letter_type_title: the title of letter type t. */
const char *letter_type_title(const struct wording *w, enum letter_type t)
{
	return letter_text_of(w, letter_types[t].title);
}

/* letter_type_help: one sentence on when to use letter type t. */
const char *letter_type_help(const struct wording *w, enum letter_type t)
{
	return letter_text_of(w, letter_types[t].help);
}

/* letter_type_parse: the type whose slug is s, or -1. */
int letter_type_parse(const char *s)
{
	for (int i = 0; s && i < LT__N; i++)
		if (strcmp(s, letter_types[i].slug) == 0)
			return i;
	return -1;
}

/* letter_to_slug: the form value of addressee to. */
const char *letter_to_slug(enum letter_to to)
{
	return letter_tos[to].slug;
}

/* letter_to_label: what the form calls addressee to. */
const char *letter_to_label(const struct wording *w, enum letter_to to)
{
	return letter_text_of(w, letter_tos[to].label);
}

/* letter_to_rule: the sentence saying which letter goes to whom. */
const char *letter_to_rule(const struct wording *w)
{
	return letter_text_of(w, LW_TO_RULE);
}

/* letter_to_parse: the addressee whose slug is s, or -1. */
int letter_to_parse(const char *s)
{
	for (int i = 0; s && i < LTO__N; i++)
		if (strcmp(s, letter_tos[i].slug) == 0)
			return i;
	return -1;
}

/* letter_to_allowed: 1 if a letter of type t can go to addressee to: a
 * negotiation or complaint to the lender, a stop-contact letter to the
 * lender or its collector, a dispute to the bureau or the lender. */
int letter_to_allowed(enum letter_type t, enum letter_to to)
{
	switch (t) {
	case LT_STOP_CONTACT: return to == LTO_LENDER || to == LTO_COLLECTOR;
	case LT_CREDIT_DISPUTE: return to == LTO_BUREAU || to == LTO_LENDER;
	default: return to == LTO_LENDER;
	}
}

/* letter_to_default: where letter type t goes when the reader does not say. */
enum letter_to letter_to_default(enum letter_type t)
{
	return t == LT_CREDIT_DISPUTE ? LTO_BUREAU : LTO_LENDER;
}

/* letter_behaviour: the wording of behaviour b. */
struct letter_item letter_behaviour(const struct wording *w, enum letter_behaviour b)
{
	struct letter_item it = {
		letter_text_of(w, letter_behaviour_words[b][0]),
		letter_text_of(w, letter_behaviour_words[b][1]),
		letter_text_of(w, letter_behaviour_words[b][2]),
	};

	return it;
}

/* letter_dispute: the wording of dispute reason d. */
struct letter_item letter_dispute(const struct wording *w, enum letter_dispute d)
{
	struct letter_item it = {
		letter_text_of(w, letter_dispute_words[d][0]),
		letter_text_of(w, letter_dispute_words[d][1]),
		letter_text_of(w, letter_dispute_words[d][2]),
	};

	return it;
}

/* letter_uses_behaviours: 1 if letter type t lists collection behaviours
 * (a credit dispute lists dispute reasons instead). */
int letter_uses_behaviours(enum letter_type t)
{
	return t != LT_CREDIT_DISPUTE;
}

/* letter_has: 1 if s is set and not empty. */
static int letter_has(const char *s)
{
	return s && *s;
}

/* letter_date: an ISO date as "2026年3月1日" (or as given if not a date),
 * in zh (32 bytes). */
static const char *letter_date(const char *iso, char zh[32])
{
	struct date d;

	if (date_parse(iso, &d))
		date_zh(d, zh, 32);
	else
		snprintf(zh, 32, "%s", iso ? iso : "");
	return zh;
}

/* letter_text: free text with CR LF and lone CR made LF, each line
 * indented by indent. */
static void letter_text(struct buf *b, const char *s, const char *indent)
{
	int bol = 1;

	for (; *s; s++) {
		if (*s == '\r') {
			if (s[1] == '\n')
				continue;
			buf_putc(b, '\n');
			bol = 1;
			continue;
		}
		if (bol && *s != '\n')
			buf_puts(b, indent);
		buf_putc(b, *s);
		bol = *s == '\n';
	}
	if (!bol)
		buf_putc(b, '\n');
}

/* letter_numbered: each line of text as an item "　　N. line", numbering
 * on from *n. */
static void letter_numbered(struct buf *b, const char *text, int *n)
{
	while (text && *text) {
		const char *nl = strchr(text, '\n');
		size_t len = nl ? (size_t)(nl - text) : strlen(text);

		if (len)
			buf_printf(b, LETTER_INDENT "%d. %.*s\n", ++*n, (int)len, text);
		text = nl ? nl + 1 : NULL;
	}
}

/* letter_para: entry id (filled with vars) as an indented line. */
static void letter_para(struct buf *b, const struct letter_input *in, enum letter_word id,
			const struct wording_var *vars, size_t n)
{
	buf_puts(b, LETTER_INDENT);
	letter_fill(b, in, id, vars, n);
	buf_putc(b, '\n');
}

/* letter_or_blank: s, or the wording's blank line to fill by hand. */
static const char *letter_or_blank(const struct letter_input *in, const char *s)
{
	return letter_has(s) ? s : letter_text_of(in->w, LW_BLANK);
}

/* letter_addressee: who the letter is to, on one line. */
static void letter_addressee(struct buf *b, const struct letter_input *in)
{
	struct wording_var v[] = {
		{ "lender", in->lender }, { "collector", letter_or_blank(in, in->collector) },
	};

	switch (in->to) {
	case LTO_BUREAU:
		letter_fill(b, in, LW_ADDRESSEE_BUREAU, NULL, 0);
		break;
	case LTO_COLLECTOR:
		letter_fill(b, in, LW_ADDRESSEE_COLLECTOR, v, 2);
		break;
	default:
		letter_fill(b, in, in->type == LT_COMPLAINT ? LW_ADDRESSEE_LENDER_COMPLAINT
			    : in->type == LT_CREDIT_DISPUTE ? LW_ADDRESSEE_LENDER_CREDIT_DISPUTE
			    : LW_ADDRESSEE_LENDER, v, 1);
		break;
	}
}

/* letter_subject: the one-line subject of the letter, naming the loan
 * ("京东白条（京东金融）" when the product is given, else the lender). */
static void letter_subject(struct buf *b, const struct letter_input *in)
{
	struct wording_var v[] = { { "lender", in->lender }, { "product", in->product },
				   { "loan", NULL } };
	struct buf loan;

	buf_init(&loan);
	if (letter_has(in->product))
		letter_fill(&loan, in, LW_LOAN_PRODUCT, v, 2);
	else
		buf_puts(&loan, in->lender);
	v[2].value = loan.data;
	letter_fill(b, in, letter_types[in->type].subject, &v[2], 1);
	buf_free(&loan);
}

/* letter_dated: entry id with {date} as the Chinese form of iso, as an
 * indented line; nothing when iso is not given. */
static void letter_dated(struct buf *b, const struct letter_input *in, enum letter_word id,
			 const char *iso)
{
	char zh[32];
	struct wording_var v = { "date", NULL };

	if (!letter_has(iso))
		return;
	v.value = letter_date(iso, zh);
	letter_para(b, in, id, &v, 1);
}

/* letter_basics: section 一, the facts of the loan. */
static void letter_basics(struct buf *b, const struct letter_input *in)
{
	struct wording_var v[] = {
		{ "lender", in->lender }, { "product", in->product },
		{ "name", letter_or_blank(in, in->name) }, { "account", letter_or_blank(in, in->account) },
		{ "amount", in->amount }, { "collector", letter_or_blank(in, in->collector) },
	};

	letter_fill(b, in, LW_BASICS_HEAD, NULL, 0);
	buf_putc(b, '\n');
	letter_para(b, in, LW_BASICS_LENDER, v, 6);
	if (letter_has(in->product))
		letter_para(b, in, LW_BASICS_PRODUCT, v, 6);
	letter_para(b, in, LW_BASICS_BORROWER, v, 6);
	letter_para(b, in, LW_BASICS_ACCOUNT, v, 6);
	if (letter_has(in->amount))
		letter_para(b, in, LW_BASICS_AMOUNT, v, 6);
	letter_dated(b, in, LW_BASICS_SINCE, in->since);
	letter_dated(b, in, LW_BASICS_PAID_OFF, in->paid_off);
	letter_dated(b, in, in->type == LT_CREDIT_DISPUTE ? LW_BASICS_LAST_CREDIT_DISPUTE
		     : LW_BASICS_LAST, in->last);
	if ((in->type == LT_STOP_CONTACT && in->to == LTO_COLLECTOR) || letter_has(in->collector))
		letter_para(b, in, LW_BASICS_COLLECTOR, v, 6);
}

/* letter_item_out: item k (its sentence), the heading of its rules, and
 * the rules, each indented. */
static void letter_item_out(struct buf *b, const struct letter_input *in, int k, const char *line,
			    enum letter_word head, const char *rules)
{
	buf_printf(b, LETTER_INDENT "（%d）%s\n", k, line);
	buf_puts(b, LETTER_INDENT LETTER_INDENT);
	letter_fill(b, in, head, NULL, 0);
	buf_putc(b, '\n');
	letter_text(b, rules, LETTER_INDENT2);
}

/* letter_events: section 二, what happened: the reader's own account, then
 * each behaviour (or dispute reason) with the rules it breaks. */
static void letter_events(struct buf *b, const struct letter_input *in)
{
	int k = 0;

	buf_putc(b, '\n');
	letter_fill(b, in, in->type == LT_CREDIT_DISPUTE ? LW_EVENTS_HEAD_CREDIT_DISPUTE
		    : LW_EVENTS_HEAD, NULL, 0);
	buf_putc(b, '\n');
	if (in->type == LT_NEGOTIATE)
		letter_para(b, in, LW_EVENTS_NEGOTIATE, NULL, 0);
	if (letter_has(in->facts))
		letter_text(b, in->facts, LETTER_INDENT);
	if (in->type == LT_CREDIT_DISPUTE) {
		if (in->disputes)
			letter_para(b, in, LW_EVENTS_DISPUTES, NULL, 0);
		for (int i = 0; i < LD__N; i++)
			if (in->disputes & (1u << i)) {
				struct letter_item it = letter_dispute(in->w, (enum letter_dispute)i);

				letter_item_out(b, in, ++k, it.line, LW_EVENTS_BASIS, it.rules);
			}
		return;
	}
	if (!in->behaviours) {
		if (!letter_has(in->facts) && in->type != LT_NEGOTIATE)
			letter_para(b, in, LW_EVENTS_EMPTY, NULL, 0);
		return;
	}
	letter_para(b, in, in->to == LTO_COLLECTOR ? LW_EVENTS_BEHAVIOURS_COLLECTOR
		    : LW_EVENTS_BEHAVIOURS, NULL, 0);
	for (int i = 0; i < LB__N; i++)
		if (in->behaviours & (1u << i)) {
			struct letter_item it = letter_behaviour(in->w, (enum letter_behaviour)i);

			letter_item_out(b, in, ++k, it.line, LW_EVENTS_BREAKS, it.rules);
		}
	letter_para(b, in, LW_EVENTS_NOTE, NULL, 0);
}

/* letter_requests: section 三, what the reader asks for, numbered. */
static void letter_requests(struct buf *b, const struct letter_input *in)
{
	struct wording_var v[] = { { "monthly", in->monthly }, { "lender", in->lender } };
	struct buf one;
	int n = 0;

	buf_init(&one);
	buf_putc(b, '\n');
	letter_fill(b, in, LW_REQUESTS_HEAD, NULL, 0);
	buf_putc(b, '\n');
	switch (in->type) {
	case LT_NEGOTIATE:
		letter_numbered(b, letter_text_of(in->w, LW_REQUESTS_NEGOTIATE), &n);
		letter_fill(&one, in, letter_has(in->monthly) ? LW_REQUESTS_NEGOTIATE_PLAN_MONTHLY
			    : LW_REQUESTS_NEGOTIATE_PLAN, v, 1);
		letter_numbered(b, one.data, &n);
		letter_numbered(b, letter_text_of(in->w, LW_REQUESTS_NEGOTIATE_AFTER), &n);
		break;
	case LT_STOP_CONTACT:
		letter_numbered(b, letter_text_of(in->w, LW_REQUESTS_STOP_CONTACT), &n);
		letter_fill(&one, in, in->to == LTO_COLLECTOR ? LW_REQUESTS_STOP_CONTACT_COLLECTOR
			    : LW_REQUESTS_STOP_CONTACT_LENDER, &v[1], 1);
		letter_numbered(b, one.data, &n);
		letter_numbered(b, letter_text_of(in->w, LW_REQUESTS_STOP_CONTACT_REPLY), &n);
		break;
	case LT_CREDIT_DISPUTE:
		letter_numbered(b, letter_text_of(in->w, in->disputes & (1u << LD_EXPIRED)
						  ? LW_REQUESTS_CREDIT_DISPUTE_CHECK_DELETE
						  : LW_REQUESTS_CREDIT_DISPUTE_CHECK), &n);
		letter_numbered(b, letter_text_of(in->w, LW_REQUESTS_CREDIT_DISPUTE), &n);
		break;
	default:
		letter_numbered(b, letter_text_of(in->w, LW_REQUESTS_COMPLAINT), &n);
		break;
	}
	buf_free(&one);
}

/* letter_attachments: section 四, what goes with the letter. */
static void letter_attachments(struct buf *b, const struct letter_input *in)
{
	int n = 0;

	buf_putc(b, '\n');
	letter_fill(b, in, LW_ATTACHMENTS_HEAD, NULL, 0);
	buf_putc(b, '\n');
	letter_numbered(b, letter_text_of(in->w, in->type == LT_NEGOTIATE ? LW_ATTACHMENTS_NEGOTIATE
					  : in->type == LT_CREDIT_DISPUTE
					  ? LW_ATTACHMENTS_CREDIT_DISPUTE : LW_ATTACHMENTS_OTHER), &n);
}

/* letter_line: entry id (filled with vars) and a line end onto b. */
static void letter_line(struct buf *b, const struct letter_input *in, enum letter_word id,
			const struct wording_var *vars, size_t n)
{
	letter_fill(b, in, id, vars, n);
	buf_putc(b, '\n');
}

/* letter_build: the complete letter of in as plain text into out (which
 * it appends to): title, addressee, sender, date, subject, the facts, each
 * behaviour with the rules it breaks, the requests, the attachments and
 * the closing. A blank name leaves lines to fill in by hand. */
void letter_build(const struct letter_input *in, struct buf *out)
{
	const char *name = letter_has(in->name) ? in->name : NULL;
	char zh[32];
	struct buf part;
	struct wording_var v[] = { { "addressee", NULL }, { "name", name },
				   { "date", letter_date(in->today, zh) }, { "subject", NULL } };

	buf_init(&part);
	buf_puts(out, letter_type_title(in->w, in->type));
	buf_puts(out, "\n\n");
	letter_addressee(&part, in);
	v[0].value = part.data;
	letter_line(out, in, LW_LETTER_TO, v, 1);
	letter_line(out, in, name ? LW_LETTER_SENDER : LW_LETTER_SENDER_BLANK, &v[1], 1);
	letter_line(out, in, LW_LETTER_PHONE, NULL, 0);
	letter_line(out, in, LW_LETTER_DATE, &v[2], 1);
	buf_reset(&part);
	letter_subject(&part, in);
	v[3].value = part.data;
	letter_line(out, in, LW_LETTER_SUBJECT, &v[3], 1);
	buf_putc(out, '\n');
	letter_basics(out, in);
	letter_events(out, in);
	letter_requests(out, in);
	letter_attachments(out, in);
	buf_putc(out, '\n');
	letter_line(out, in, LW_CLOSING, NULL, 0);
	letter_addressee(out, in);
	buf_puts(out, "\n\n");
	letter_line(out, in, name ? LW_CLOSING_SIGN : LW_CLOSING_SIGN_BLANK, &v[1], 1);
	letter_line(out, in, LW_LETTER_DATE, &v[2], 1);
	buf_free(&part);
}

/* letter_guide: how to send a letter of in's type, what evidence to keep,
 * and what the letter cannot do, one paragraph a line, into out. */
void letter_guide(const struct letter_input *in, struct buf *out)
{
	letter_line(out, in, letter_types[in->type].guide, NULL, 0);
	letter_line(out, in, LW_GUIDE_ALL, NULL, 0);
}
