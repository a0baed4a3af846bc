/* Unit tests: the letters of /tools/letter. Every sentence comes from the
 * shipped wording (content/wording/letter.md); these tests check the
 * structure and the rules: which entries a letter uses, in which order,
 * with which facts, and that every rule says what kind of rule it is.
 * No legal sentence is written here: each is the wording's own entry,
 * looked up by name. */
#include <stdio.h>
#include <string.h>

#include "check_suites.h"
#include "check_fake.h"
#include "field.h"
#include "letter.h"

static struct arena letter_arena;
static struct wording letter_w;

static void letter_setup(void)
{
	arena_init(&letter_arena);
	fake_wording("letter", &letter_arena, &letter_w);
}

static void letter_teardown(void)
{
	arena_free(&letter_arena);
}

/* W: the text of the letter wording's entry name, which must exist. */
static const char *W(const char *name)
{
	const char *t = wording_get(&letter_w, name);

	ck_assert_msg(t != NULL, "no wording entry %s", name);
	return t;
}

/* F: entry name with one placeholder filled (one of four static buffers
 * used in turn, so that F(…, F(…)) works). */
static const char *F(const char *name, const char *var, const char *value)
{
	static struct buf b[4];
	static int next;
	struct buf *o = &b[next++ % 4];
	struct wording_var v = { var, value };

	W(name);
	buf_free(o);
	wording_fill(&letter_w, name, &v, 1, o);
	return o->data;
}

/* base: a letter of type t to to, with the facts every test shares. */
static struct letter_input base(enum letter_type t, enum letter_to to)
{
	struct letter_input in;

	memset(&in, 0, sizeof(in));
	in.w = &letter_w;
	in.type = t;
	in.to = to;
	in.today = "2026-11-23";
	in.lender = "京东金融";
	in.product = "京东白条";
	return in;
}

/* build: the letter of in, in a static buffer (freed by the next call). */
static const char *build(const struct letter_input *in)
{
	static struct buf b;

	buf_free(&b);
	letter_build(in, &b);
	ck_assert_ptr_nonnull(b.data);
	return b.data;
}

#define HAS(s, sub) ck_assert_msg(strstr((s), (sub)) != NULL, "missing “%s” in:\n%s", (sub), (s))
#define LACKS(s, sub) ck_assert_msg(strstr((s), (sub)) == NULL, "unexpected “%s” in:\n%s", (sub), (s))

/* before: 1 when a comes before b in s (both present). */
static int before(const char *s, const char *a, const char *b)
{
	const char *x = strstr(s, a), *y = strstr(s, b);

	ck_assert_msg(x && y, "missing “%s” or “%s” in:\n%s", a, b, s);
	return x < y;
}

/* each_line: 1 if every line of text is in s. */
static void has_lines(const char *s, const char *text)
{
	while (text && *text) {
		const char *nl = strchr(text, '\n');
		size_t n = nl ? (size_t)(nl - text) : strlen(text);
		char line[2048];

		ck_assert(n < sizeof(line));
		memcpy(line, text, n);
		line[n] = '\0';
		if (n)
			HAS(s, line);
		text = nl ? nl + 1 : NULL;
	}
}

/* The letter's skeleton: title first, addressee, date, subject, the four
 * sections in order, the closing; the reader's facts filled in. */
START_TEST(test_structure)
{
	struct letter_input in = base(LT_NEGOTIATE, LTO_LENDER);
	const char *s, *title = W("type.negotiate.title");
	char head[256];

	in.amount = "5000.50";
	in.monthly = "800";
	in.since = "2025-04-10";
	in.name = "张三";
	s = build(&in);
	snprintf(head, sizeof(head), "%s\n\n", title);
	ck_assert(strncmp(s, head, strlen(head)) == 0);
	HAS(s, F("letter.to", "addressee", F("addressee.lender", "lender", "京东金融")));
	HAS(s, F("letter.date", "date", "2026年11月23日"));
	HAS(s, F("basics.amount", "amount", "5000.50"));
	HAS(s, F("basics.since", "date", "2025年4月10日"));
	HAS(s, F("requests.negotiate.plan-monthly", "monthly", "800"));
	HAS(s, F("letter.sender", "name", "张三"));
	ck_assert(before(s, W("basics.head"), W("events.head")));
	ck_assert(before(s, W("events.head"), W("requests.head")));
	ck_assert(before(s, W("requests.head"), W("attachments.head")));
	ck_assert(before(s, W("attachments.head"), W("closing")));
	/* The requests are numbered in order; no behaviour ticked, no rules. */
	HAS(s, "\xe3\x80\x80\xe3\x80\x80" "1. ");
	HAS(s, "\xe3\x80\x80\xe3\x80\x80" "6. ");
	LACKS(s, W("events.breaks"));
	LACKS(s, W("requests.negotiate.plan"));
	has_lines(s, W("attachments.negotiate"));
}
END_TEST

START_TEST(test_addressees)
{
	struct letter_input in = base(LT_STOP_CONTACT, LTO_COLLECTOR);
	struct wording_var v[] = { { "collector", "某某信息咨询有限公司" }, { "lender", "京东金融" } };
	struct buf want;
	const char *s;

	in.collector = "某某信息咨询有限公司";
	in.behaviours = 1u << LB_THIRD;
	s = build(&in);
	buf_init(&want);
	wording_fill(&letter_w, "addressee.collector", v, 2, &want);
	HAS(s, want.data);
	HAS(s, F("basics.collector", "collector", "某某信息咨询有限公司"));
	HAS(s, F("requests.stop-contact.collector", "lender", "京东金融"));
	HAS(s, W("events.behaviours.collector"));
	LACKS(s, W("requests.stop-contact.lender"));
	buf_free(&want);

	in.to = LTO_LENDER;
	in.collector = NULL;
	s = build(&in);
	HAS(s, F("addressee.lender", "lender", "京东金融"));
	HAS(s, W("requests.stop-contact.lender"));
	HAS(s, W("events.behaviours"));

	in = base(LT_CREDIT_DISPUTE, LTO_BUREAU);
	in.disputes = 1u << LD_WRONG;
	HAS(build(&in), F("letter.to", "addressee", W("addressee.bureau")));
	in.to = LTO_LENDER;
	HAS(build(&in), F("addressee.lender.credit-dispute", "lender", "京东金融"));
	in = base(LT_COMPLAINT, LTO_LENDER);
	in.behaviours = 1u << LB_NIGHT;
	HAS(build(&in), F("addressee.lender.complaint", "lender", "京东金融"));
}
END_TEST

START_TEST(test_credit_dispute)
{
	struct letter_input in = base(LT_CREDIT_DISPUTE, LTO_BUREAU);
	const char *s;

	in.disputes = 1u << LD_PAID | 1u << LD_NOTICE | 1u << LD_EXPIRED;
	in.paid_off = "2020-02-29";
	in.behaviours = 1u << LB_NIGHT;   /* ignored: a dispute lists reasons */
	s = build(&in);
	HAS(s, F("basics.paid-off", "date", "2020年2月29日"));
	HAS(s, W("events.head.credit-dispute"));
	for (int d = 0; d < LD__N; d++) {
		struct letter_item it = letter_dispute(&letter_w, (enum letter_dispute)d);

		if (in.disputes & (1u << d)) {
			HAS(s, it.line);
			has_lines(s, it.rules);
		} else {
			LACKS(s, it.line);
		}
	}
	HAS(s, W("requests.credit-dispute.check-delete"));
	has_lines(s, W("requests.credit-dispute"));
	LACKS(s, W("events.breaks"));
	LACKS(s, letter_behaviour(&letter_w, LB_NIGHT).line);
	has_lines(s, W("attachments.credit-dispute"));

	in.to = LTO_LENDER;
	in.disputes = 1u << LD_WRONG;
	s = build(&in);
	HAS(s, W("requests.credit-dispute.check"));
	LACKS(s, W("requests.credit-dispute.check-delete"));
}
END_TEST

START_TEST(test_complaint)
{
	struct letter_input in = base(LT_COMPLAINT, LTO_LENDER);
	struct letter_item night = letter_behaviour(&letter_w, LB_NIGHT);
	struct letter_item insult = letter_behaviour(&letter_w, LB_INSULT);
	const char *s;
	char one[512], two[512];

	in.behaviours = 1u << LB_NIGHT | 1u << LB_INSULT;
	s = build(&in);
	/* The behaviours are numbered in the order of letter.h. */
	snprintf(one, sizeof(one), "（1）%s", night.line);
	snprintf(two, sizeof(two), "（2）%s", insult.line);
	HAS(s, one);
	HAS(s, two);
	ck_assert(before(s, one, two));
	HAS(s, W("events.note"));
	has_lines(s, W("requests.complaint"));
	has_lines(s, W("attachments.other"));
	{
		struct wording_var lv[] = { { "lender", "京东金融" }, { "product", "京东白条" } };
		struct buf loan;

		buf_init(&loan);
		wording_fill(&letter_w, "loan.product", lv, 2, &loan);
		HAS(s, F("letter.subject", "subject", F("subject.complaint", "loan", loan.data)));
		buf_free(&loan);
	}

	/* Without a product, the subject names the lender alone. */
	in.product = NULL;
	s = build(&in);
	HAS(s, F("letter.subject", "subject", F("subject.complaint", "loan", "京东金融")));
	LACKS(s, F("basics.product", "product", ""));
}
END_TEST

/* Every behaviour, ticked alone, is stated with all the rules the
 * wording gives it; each rule line says what kind of rule it is, and
 * self-regulation is never called law. */
START_TEST(test_each_behaviour)
{
	static const char *const kinds[] = {
		"【法律】", "【行政法规】", "【部门规章】", "【行业自律】", "【尚未核实】"
	};

	for (int b = 0; b < LB__N; b++) {
		struct letter_input in = base(LT_COMPLAINT, LTO_LENDER);
		struct letter_item it = letter_behaviour(&letter_w, (enum letter_behaviour)b);
		const char *s;

		ck_assert(*it.label && *it.line && *it.rules);
		in.behaviours = 1u << b;
		s = build(&in);
		HAS(s, it.line);
		HAS(s, W("events.breaks"));
		has_lines(s, it.rules);
		for (int o = 0; o < LB__N; o++)
			if (o != b)
				LACKS(s, letter_behaviour(&letter_w, (enum letter_behaviour)o).line);
		for (const char *r = it.rules; r && *r;) {
			const char *nl = strchr(r, '\n');
			int known = 0;

			for (size_t k = 0; k < sizeof(kinds) / sizeof(kinds[0]); k++)
				known |= strncmp(r, kinds[k], strlen(kinds[k])) == 0;
			ck_assert_msg(known, "rule without its kind: %s", r);
			/* A rule naming an association is self-regulation. */
			if (strstr(r, "协会") && (!nl || strstr(r, "协会") < nl))
				ck_assert_msg(strncmp(r, "【行业自律】", strlen("【行业自律】")) == 0,
					      "self-regulation not labelled so: %s", r);
			r = nl ? nl + 1 : NULL;
		}
	}
	for (int d = 0; d < LD__N; d++) {
		struct letter_input in = base(LT_CREDIT_DISPUTE, LTO_BUREAU);
		struct letter_item it = letter_dispute(&letter_w, (enum letter_dispute)d);
		const char *s;

		in.disputes = 1u << d;
		s = build(&in);
		HAS(s, it.line);
		has_lines(s, it.rules);
		ck_assert(strncmp(it.rules, "【行政法规】", strlen("【行政法规】")) == 0);
	}
}
END_TEST

/* A blank name leaves lines to fill in by hand. */
START_TEST(test_blank_name)
{
	struct letter_input in = base(LT_COMPLAINT, LTO_LENDER);
	const char *s;

	in.behaviours = 1u << LB_NIGHT;
	s = build(&in);
	HAS(s, W("letter.sender.blank"));
	HAS(s, W("closing.sign.blank"));
	HAS(s, W("letter.phone"));
	HAS(s, F("basics.borrower", "name", W("blank")));
	HAS(s, F("basics.account", "account", W("blank")));
	in.name = "";
	HAS(build(&in), W("letter.sender.blank"));
	in.name = "李四";
	s = build(&in);
	HAS(s, F("letter.sender", "name", "李四"));
	HAS(s, F("basics.borrower", "name", "李四"));
	HAS(s, F("closing.sign", "name", "李四"));
	LACKS(s, W("letter.sender.blank"));
}
END_TEST

/* The letter is plain text: what the reader typed goes in as typed
 * (escaping is the template's job), line ends made LF and indented. */
START_TEST(test_plain_text)
{
	struct letter_input in = base(LT_COMPLAINT, LTO_LENDER);
	const char *s;

	in.facts = "<b>11月1日</b> & \"催收\"\r\n打给我妈\rthird";
	in.lender = "A&B <小贷>";
	s = build(&in);
	HAS(s, "\xe3\x80\x80\xe3\x80\x80<b>11月1日</b> & \"催收\"\n"
	       "\xe3\x80\x80\xe3\x80\x80打给我妈\n\xe3\x80\x80\xe3\x80\x80third\n");
	HAS(s, F("addressee.lender.complaint", "lender", "A&B <小贷>"));
	LACKS(s, "&lt;");
	LACKS(s, "&amp;");
	LACKS(s, "\r");
	/* Nothing to complain about yet: the letter leaves a gap to fill. */
	in.facts = NULL;
	HAS(build(&in), W("events.empty"));
}
END_TEST

/* Each letter's notes: its own guide, then what every letter shares. */
START_TEST(test_guide)
{
	static const char *const guides[LT__N] = {
		"guide.negotiate", "guide.stop-contact", "guide.credit-dispute", "guide.complaint"
	};

	for (int t = 0; t < LT__N; t++) {
		struct letter_input in = base((enum letter_type)t, letter_to_default((enum letter_type)t));
		struct buf g;

		buf_init(&g);
		letter_guide(&in, &g);
		ck_assert_ptr_nonnull(g.data);
		has_lines(g.data, W(guides[t]));
		has_lines(g.data, W("guide.all"));
		for (int o = 0; o < LT__N; o++)
			if (o != t)
				LACKS(g.data, W(guides[o]));
		buf_free(&g);
	}
}
END_TEST

START_TEST(test_choices)
{
	ck_assert_int_eq(letter_type_parse("negotiate"), LT_NEGOTIATE);
	ck_assert_int_eq(letter_type_parse("stop-contact"), LT_STOP_CONTACT);
	ck_assert_int_eq(letter_type_parse("credit-dispute"), LT_CREDIT_DISPUTE);
	ck_assert_int_eq(letter_type_parse("complaint"), LT_COMPLAINT);
	ck_assert_int_eq(letter_type_parse("other"), -1);
	ck_assert_int_eq(letter_type_parse(NULL), -1);
	for (int t = 0; t < LT__N; t++) {
		ck_assert_int_eq(letter_type_parse(letter_type_slug((enum letter_type)t)), t);
		ck_assert(*letter_type_title(&letter_w, (enum letter_type)t));
	}
	ck_assert_int_eq(letter_to_parse("bureau"), LTO_BUREAU);
	ck_assert_int_eq(letter_to_parse("x"), -1);

	ck_assert(letter_to_allowed(LT_NEGOTIATE, LTO_LENDER));
	ck_assert(!letter_to_allowed(LT_NEGOTIATE, LTO_COLLECTOR));
	ck_assert(!letter_to_allowed(LT_NEGOTIATE, LTO_BUREAU));
	ck_assert(letter_to_allowed(LT_STOP_CONTACT, LTO_COLLECTOR));
	ck_assert(!letter_to_allowed(LT_STOP_CONTACT, LTO_BUREAU));
	ck_assert(letter_to_allowed(LT_CREDIT_DISPUTE, LTO_BUREAU));
	ck_assert(letter_to_allowed(LT_CREDIT_DISPUTE, LTO_LENDER));
	ck_assert(!letter_to_allowed(LT_CREDIT_DISPUTE, LTO_COLLECTOR));
	ck_assert(letter_to_allowed(LT_COMPLAINT, LTO_LENDER));
	ck_assert(!letter_to_allowed(LT_COMPLAINT, LTO_BUREAU));
	for (int t = 0; t < LT__N; t++)
		ck_assert(letter_to_allowed((enum letter_type)t, letter_to_default((enum letter_type)t)));
	ck_assert(letter_uses_behaviours(LT_COMPLAINT));
	ck_assert(!letter_uses_behaviours(LT_CREDIT_DISPUTE));
}
END_TEST

/* The shipped wording has every entry the letters use, and uses only the
 * placeholders they fill; a wording without one is caught. */
START_TEST(test_wording_complete)
{
	size_t n;
	const struct wording_need *needs = letter_needs(&n);
	struct buf report;
	struct wording less = letter_w;

	buf_init(&report);
	ck_assert_int_eq(wording_check(&letter_w, needs, n, &report), 0);
	ck_assert(wording_complete(&letter_w, needs, n));
	less.n = letter_w.n - 1;   /* the last entry gone */
	ck_assert(!wording_complete(&less, needs, n));
	ck_assert_int_eq(wording_check(&less, needs, n, &report), 1);
	HAS(report.data, letter_w.v[letter_w.n - 1].name);
	buf_free(&report);
}
END_TEST

Suite *suite_letter(void)
{
	Suite *s = suite_create("letter");
	TCase *tc = tcase_create("text");

	tcase_add_checked_fixture(tc, letter_setup, letter_teardown);
	tcase_add_test(tc, test_structure);
	tcase_add_test(tc, test_addressees);
	tcase_add_test(tc, test_credit_dispute);
	tcase_add_test(tc, test_complaint);
	tcase_add_test(tc, test_each_behaviour);
	tcase_add_test(tc, test_blank_name);
	tcase_add_test(tc, test_plain_text);
	tcase_add_test(tc, test_guide);
	tcase_add_test(tc, test_choices);
	tcase_add_test(tc, test_wording_complete);
	suite_add_tcase(s, tc);
	return s;
}
