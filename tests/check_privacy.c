/* Unit tests: masking personal numbers in readers' questions. Cases are
 * real-looking numbers (with valid check digits) and look-alikes that
 * must be left alone: dates, amounts, order numbers, years, times. */
#include <string.h>

#include "check_suites.h"
#include "privacy.h"

struct mask_case {
	const char *in;
	const char *want;
	int n;
};

static const struct mask_case mask_cases[] = {
	/* mobile numbers */
	{ "催收打我电话13812345678", "催收打我电话138****5678", 1 },
	{ "号码是 139 1234 5678，", "号码是 139****5678，", 1 },
	{ "号码是139-1234-5678。", "号码是139****5678。", 1 },
	{ "+8618612345678打来的", "+86186****5678打来的", 1 },
	{ "86 186 1234 5678", "86186****5678", 1 },
	{ "15900001111和17711112222都打过", "159****1111和177****2222都打过", 2 },
	{ "(19912345678)", "(199****5678)", 1 },
	/* ID numbers with a valid check digit */
	{ "身份证110105199003071239", "身份证1101**********1239", 1 },
	{ "身份证号44030419851231002X。", "身份证号4403**********002X。", 1 },
	{ "证件 44030419851231002x", "证件 4403**********002X", 1 },
	{ "320106 19920229 0018", "3201**********0018", 1 },
	/* bank cards passing Luhn */
	{ "还款卡6222021234567894", "还款卡6222********7894", 1 },
	{ "卡号 6222 0212 3456 7894 尾号", "卡号 6222********7894 尾号", 1 },
	{ "6217000012345678907", "6217***********8907", 1 },
	{ "visa 4111111111111111", "visa 4111********1111", 1 },
	/* e-mail */
	{ "邮箱zhangsan@example.com谢谢", "邮箱z***@example.com谢谢", 1 },
	{ "123456789@qq.com", "1***@qq.com", 1 },
	{ "a.b-c+d@mail.sina.com.cn", "a***@mail.sina.com.cn", 1 },
	/* found by tests/fuzz/fuzz_privacy: a number in or right after an
	 * e-mail domain, and a grouped phone number after a two-digit group */
	{ "邮箱a@qq.com-13812345678", "邮箱a***@qq.com-138****5678", 2 },
	{ "x@13812345678.cn", "x***@138****5678.cn", 2 },
	{ "第12 138 1234 5678", "第12 138****5678", 1 },
	/* WeChat / QQ ids named as such */
	{ "加我微信：zhang_san88", "加我微信：zh****", 1 },
	{ "微信号是 wxid_abc123", "微信号是 wx****", 1 },
	{ "vx abcdefg", "vx ab****", 1 },
	{ "QQ:12345678", "QQ:12****", 1 },
	{ "我的qq号 987654321 ", "我的qq号 98**** ", 1 },
	{ "扣扣123456789", "扣扣12****", 1 },
	/* look-alikes that must stay */
	{ "2026-11-23到期", "2026-11-23到期", 0 },
	{ "20261123那天", "20261123那天", 0 },
	{ "欠款12345.67元，罚息1,234元", "欠款12345.67元，罚息1,234元", 0 },
	{ "订单号202611230012345678", "订单号202611230012345678", 0 },
	{ "订单 3301234567890123456789", "订单 3301234567890123456789", 0 },
	{ "110105199003071238", "110105199003071238", 0 },        /* bad check digit */
	{ "6222021234567895", "6222021234567895", 0 },            /* fails Luhn */
	{ "12345678901", "12345678901", 0 },                      /* not 1[3-9] */
	{ "138123456789", "138123456789", 0 },                    /* 12 digits */
	{ "晚上10:30打了5000 13 次", "晚上10:30打了5000 13 次", 0 },
	{ "逾期 3 年 5000 元", "逾期 3 年 5000 元", 0 },
	{ "1381234567a", "1381234567a", 0 },
	{ "微信还款了5000元", "微信还款了5000元", 0 },
	{ "微信支付", "微信支付", 0 },
	{ "打12378投诉，或者12363", "打12378投诉，或者12363", 0 },
	{ "京东白条 95118", "京东白条 95118", 0 },
	{ "@某人 不是邮箱", "@某人 不是邮箱", 0 },
	{ "user@localhost", "user@localhost", 0 },
	{ "", "", 0 },
};

START_TEST(test_mask_cases)
{
	for (size_t i = 0; i < sizeof(mask_cases) / sizeof(mask_cases[0]); i++) {
		const struct mask_case *c = &mask_cases[i];
		struct buf out;
		int n;

		buf_init(&out);
		n = privacy_mask(c->in, strlen(c->in), &out);
		ck_assert_msg(strcmp(out.data ? out.data : "", c->want) == 0,
			      "case %zu: \"%s\" became \"%s\", want \"%s\"", i, c->in,
			      out.data ? out.data : "", c->want);
		ck_assert_msg(n == c->n, "case %zu: %d masked, want %d", i, n, c->n);
		buf_free(&out);
	}
}
END_TEST

START_TEST(test_checks)
{
	ck_assert_int_eq(privacy_id_ok("110105199003071239"), 1);
	ck_assert_int_eq(privacy_id_ok("44030419851231002X"), 1);
	ck_assert_int_eq(privacy_id_ok("440304198512310021"), 0);
	ck_assert_int_eq(privacy_luhn_ok("79927398713", 11), 1);
	ck_assert_int_eq(privacy_luhn_ok("79927398710", 11), 0);
}
END_TEST

/* Masking never lengthens text by much and always ends where it should:
 * a run of the same digits of every length is handled without reading
 * past the end. */
START_TEST(test_runs_of_every_length)
{
	char in[64];

	for (size_t n = 0; n < sizeof(in) - 1; n++) {
		struct buf out;
		memset(in, '1', n);
		in[n] = '\0';
		buf_init(&out);
		privacy_mask(in, n, &out);
		ck_assert_uint_eq(out.len, n);
		buf_free(&out);
	}
}
END_TEST

Suite *suite_privacy(void)
{
	Suite *s = suite_create("privacy");
	TCase *tc = tcase_create("mask");

	tcase_add_test(tc, test_mask_cases);
	tcase_add_test(tc, test_checks);
	tcase_add_test(tc, test_runs_of_every_length);
	suite_add_tcase(s, tc);
	return s;
}
