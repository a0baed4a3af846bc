/* Unit tests: the letters of /tools/letter. */
#include <string.h>

#include "check_suites.h"
#include "field.h"
#include "letter.h"

/* base: a letter of type t to to, with the facts every test shares. */
static struct letter_input base(enum letter_type t, enum letter_to to)
{
	struct letter_input in;

	memset(&in, 0, sizeof(in));
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

START_TEST(test_negotiate)
{
	struct letter_input in = base(LT_NEGOTIATE, LTO_LENDER);
	const char *s;

	in.amount = "5000.50";
	in.monthly = "800";
	in.since = "2025-04-10";
	in.name = "张三";
	s = build(&in);
	ck_assert(strncmp(s, "协商还款申请\n", strlen("协商还款申请\n")) == 0);
	HAS(s, "致：京东金融 客户服务部门");
	HAS(s, "日期：2026年11月23日");
	HAS(s, "事由：关于京东白条（京东金融）欠款的协商还款申请");
	HAS(s, "目前欠款金额：约5000.50元");
	HAS(s, "开始逾期的日期：2025年4月10日");
	HAS(s, "书面欠款明细");
	HAS(s, "本人每月最多能还800元");
	HAS(s, "减免罚息");
	HAS(s, "发信人：张三");
	HAS(s, "此致\n京东金融 客户服务部门");
	/* No behaviours ticked: no rule section. */
	LACKS(s, "这违反或可能违反");
}
END_TEST

START_TEST(test_stop_contact)
{
	struct letter_input in = base(LT_STOP_CONTACT, LTO_COLLECTOR);
	const char *s;

	in.collector = "某某信息咨询有限公司";
	in.behaviours = 1u << LB_THIRD;
	s = build(&in);
	HAS(s, "要求停止联系第三人");
	HAS(s, "致：某某信息咨询有限公司（受京东金融委托的催收机构）");
	HAS(s, "催收机构：某某信息咨询有限公司");
	HAS(s, "与债务无关的第三人");
	HAS(s, "出示贵方受京东金融委托催收的依据");
	HAS(s, "贵方在催收中有以下行为");
	HAS(s, "《民法典》第1032条");

	in.to = LTO_LENDER;
	in.collector = NULL;
	s = build(&in);
	HAS(s, "致：京东金融 客户服务部门");
	HAS(s, "如果委托了催收机构，请告知其名称");
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
	ck_assert(strncmp(s, "征信异议申请\n", strlen("征信异议申请\n")) == 0);
	HAS(s, "致：中国人民银行征信中心");
	HAS(s, "全部还清的日期：2020年2月29日");
	HAS(s, "二、异议的内容");
	HAS(s, "【行政法规】《征信业管理条例》第25条");
	HAS(s, "【行政法规】《征信业管理条例》第15条");
	HAS(s, "【行政法规】《征信业管理条例》第16条");
	HAS(s, "对超过保存期限的信息予以删除");
	HAS(s, "20日内");
	HAS(s, "存在异议的标注");
	LACKS(s, "这违反或可能违反");
	LACKS(s, "22:00");

	in.to = LTO_LENDER;
	in.disputes = 1u << LD_WRONG;
	s = build(&in);
	HAS(s, "致：京东金融（征信信息报送部门）");
	LACKS(s, "予以删除");
}
END_TEST

START_TEST(test_complaint)
{
	struct letter_input in = base(LT_COMPLAINT, LTO_LENDER);
	const char *s;

	in.behaviours = 1u << LB_NIGHT | 1u << LB_INSULT;
	s = build(&in);
	ck_assert(strncmp(s, "投诉信\n", strlen("投诉信\n")) == 0);
	HAS(s, "致：京东金融 客户投诉部门");
	HAS(s, "事由：投诉京东白条（京东金融）的催收行为");
	HAS(s, "（1）在夜间");
	HAS(s, "（2）发送辱骂");
	HAS(s, "12378");
	HAS(s, "《银行业保险业消费投诉处理管理办法》");
	HAS(s, "标为【行业自律】的是行业协会的自律规范");

	/* Without a product, the subject names the lender alone. */
	in.product = NULL;
	s = build(&in);
	HAS(s, "事由：投诉京东金融的催收行为");
	LACKS(s, "借款产品：");
}
END_TEST

/* Every behaviour, ticked alone, is stated with the rules it breaks, and
 * each rule line says what kind of rule it is. */
START_TEST(test_each_behaviour)
{
	static const char *const cites[LB__N][2] = {
		[LB_NIGHT] = { "22:00至次日8:00", "《民法典》第1033条" },
		[LB_FREQUENT] = { "不得超过6次", "《治安管理处罚法》第50条" },
		[LB_THIRD] = { "《民法典》第1032条", "《个人信息保护法》第6条" },
		[LB_DISCLOSE] = { "散布他人隐私", "《民法典》第1032条" },
		[LB_EMPLOYER] = { "工作场所", "《民法典》第1032条" },
		[LB_THREAT] = { "威胁他人人身安全", "《治安管理处罚法》第50条" },
		[LB_IMPERSONATE] = { "司法机关的名义", "【尚未核实】" },
		[LB_MISLEAD] = { "“黑名单”", "【行业自律】" },
		[LB_INSULT] = { "公然侮辱他人", "《治安管理处罚法》第50条" },
		[LB_FEES] = { "以催收名义收取额外费用", "【尚未核实】中国人民银行公告〔2021〕第3号" },
	};

	for (int b = 0; b < LB__N; b++) {
		struct letter_input in = base(LT_COMPLAINT, LTO_LENDER);
		const struct letter_item *it = letter_behaviour((enum letter_behaviour)b);
		const char *s, *r;

		ck_assert_ptr_nonnull(it->label);
		ck_assert_ptr_nonnull(it->line);
		in.behaviours = 1u << b;
		s = build(&in);
		HAS(s, it->line);
		HAS(s, "这违反或可能违反");
		HAS(s, cites[b][0]);
		HAS(s, cites[b][1]);
		/* Each rule line starts with its kind. */
		for (r = it->rules; r && *r;) {
			const char *nl = strchr(r, '\n');
			ck_assert_msg(strncmp(r, "【", strlen("【")) == 0, "rule without kind: %s", r);
			ck_assert(strstr(r, "【法律】") == r || strstr(r, "【行业自律】") == r ||
				  strstr(r, "【部门规章】") == r || strstr(r, "【尚未核实】") == r);
			r = nl ? nl + 1 : NULL;
		}
		/* Self-regulation is never called law. */
		if (strstr(it->rules, "中国银行业协会"))
			HAS(it->rules, "【行业自律】中国银行业协会");
	}
	for (int d = 0; d < LD__N; d++) {
		struct letter_input in = base(LT_CREDIT_DISPUTE, LTO_BUREAU);
		const struct letter_item *it = letter_dispute((enum letter_dispute)d);
		const char *s;

		in.disputes = 1u << d;
		s = build(&in);
		HAS(s, it->line);
		HAS(s, "【行政法规】《征信业管理条例》");
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
	HAS(s, "发信人：____________（请手写姓名）");
	HAS(s, "借款人：____________");
	HAS(s, "发信人（签名）：____________");
	HAS(s, "联系电话：____________");
	in.name = "";
	s = build(&in);
	HAS(s, "发信人：____________（请手写姓名）");
	in.name = "李四";
	s = build(&in);
	HAS(s, "发信人：李四\n");
	HAS(s, "借款人：李四");
	LACKS(s, "请手写姓名");
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
	HAS(s, "　　<b>11月1日</b> & \"催收\"\n　　打给我妈\n　　third\n");
	HAS(s, "致：A&B <小贷> 客户投诉部门");
	LACKS(s, "&lt;");
	LACKS(s, "&amp;");
	LACKS(s, "\r");
	/* Nothing to complain about yet: the letter leaves a gap to fill. */
	in.facts = NULL;
	s = build(&in);
	HAS(s, "请在这里写明发生了什么");
}
END_TEST

START_TEST(test_guide)
{
	for (int t = 0; t < LT__N; t++) {
		struct letter_input in = base((enum letter_type)t, letter_to_default((enum letter_type)t));
		struct buf g;

		buf_init(&g);
		letter_guide(&in, &g);
		ck_assert_ptr_nonnull(g.data);
		HAS(g.data, "要保存的证据");
		HAS(g.data, "本站不保存");
		if (t == LT_NEGOTIATE) {
			HAS(g.data, "第195条");
			HAS(g.data, "本站尚未核实");
		}
		if (t == LT_CREDIT_DISPUTE)
			HAS(g.data, "第17条");
		if (t == LT_COMPLAINT)
			HAS(g.data, "12378");
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
	for (int t = 0; t < LT__N; t++)
		ck_assert_int_eq(letter_type_parse(letter_type_slug((enum letter_type)t)), t);
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

	ck_assert(field_amount_ok("5000"));
	ck_assert(field_amount_ok("0.5"));
	ck_assert(field_amount_ok("5000.50"));
	ck_assert(field_amount_ok("123456789012"));
	ck_assert(!field_amount_ok("1234567890123"));
	ck_assert(!field_amount_ok("5000.505"));
	ck_assert(!field_amount_ok("5000."));
	ck_assert(!field_amount_ok(".5"));
	ck_assert(!field_amount_ok("5,000"));
	ck_assert(!field_amount_ok("-5"));
	ck_assert(!field_amount_ok("五千"));
	ck_assert(!field_amount_ok(""));
	ck_assert(!field_amount_ok(NULL));
	ck_assert(letter_uses_behaviours(LT_COMPLAINT));
	ck_assert(!letter_uses_behaviours(LT_CREDIT_DISPUTE));
}
END_TEST

Suite *suite_letter(void)
{
	Suite *s = suite_create("letter");
	TCase *tc = tcase_create("text");

	tcase_add_test(tc, test_negotiate);
	tcase_add_test(tc, test_stop_contact);
	tcase_add_test(tc, test_credit_dispute);
	tcase_add_test(tc, test_complaint);
	tcase_add_test(tc, test_each_behaviour);
	tcase_add_test(tc, test_blank_name);
	tcase_add_test(tc, test_plain_text);
	tcase_add_test(tc, test_guide);
	tcase_add_test(tc, test_choices);
	suite_add_tcase(s, tc);
	return s;
}
