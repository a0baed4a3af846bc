/* Unit tests: field validators. */
#include <string.h>

#include "check_suites.h"
#include "date.h"
#include "field.h"

static enum field_err utf8(const char *s, int multiline)
{
	return field_utf8_check(s, strlen(s), multiline, NULL);
}

START_TEST(test_utf8_valid)
{
	size_t n = 0;

	ck_assert_int_eq(field_utf8_check("催收打给我爸妈", strlen("催收打给我爸妈"), 0, &n), FE_OK);
	ck_assert_uint_eq(n, 7);
	ck_assert_int_eq(utf8("abc 123", 0), FE_OK);
	ck_assert_int_eq(utf8("\xf0\x9f\x98\x80", 0), FE_OK);    /* emoji U+1F600 */
	ck_assert_int_eq(utf8("", 0), FE_OK);
}
END_TEST

START_TEST(test_utf8_invalid)
{
	ck_assert_int_eq(utf8("\xff", 0), FE_UTF8);
	ck_assert_int_eq(utf8("\xc0\xaf", 0), FE_UTF8);           /* overlong '/' */
	ck_assert_int_eq(utf8("\xe0\x80\xaf", 0), FE_UTF8);       /* overlong */
	ck_assert_int_eq(utf8("\xed\xa0\x80", 0), FE_UTF8);       /* surrogate */
	ck_assert_int_eq(utf8("\xf4\x90\x80\x80", 0), FE_UTF8);   /* > U+10FFFF */
	ck_assert_int_eq(utf8("\xe5\x82", 0), FE_UTF8);           /* truncated */
	ck_assert_int_eq(utf8("a\x80", 0), FE_UTF8);              /* lone continuation */
}
END_TEST

START_TEST(test_utf8_controls)
{
	ck_assert_int_eq(utf8("a\nb", 0), FE_CONTROL);
	ck_assert_int_eq(utf8("a\nb\tc\r\n", 1), FE_OK);
	ck_assert_int_eq(utf8("a\x01", 1), FE_CONTROL);
	ck_assert_int_eq(utf8("a\x7f", 1), FE_CONTROL);
	ck_assert_int_eq(utf8("\xc2\x85", 1), FE_CONTROL);        /* U+0085 NEL */
	ck_assert_int_eq(utf8("\xe2\x80\xae", 0), FE_CONTROL);    /* U+202E RLO */
	ck_assert_int_eq(utf8("\xe2\x81\xa6", 0), FE_CONTROL);    /* U+2066 LRI */
}
END_TEST

START_TEST(test_slug)
{
	ck_assert(field_slug_ok("limitation-period-three-years", 29));
	ck_assert(field_slug_ok("12378", 5));
	ck_assert(!field_slug_ok("", 0));
	ck_assert(!field_slug_ok("-a", 2));
	ck_assert(!field_slug_ok("a-", 2));
	ck_assert(!field_slug_ok("A", 1));
	ck_assert(!field_slug_ok("a/b", 3));
	ck_assert(!field_slug_ok("..", 2));
	ck_assert(!field_slug_ok("a_b", 3));
	ck_assert(field_slug_ok("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", 64));
	ck_assert(!field_slug_ok("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", 65));
}
END_TEST

START_TEST(test_date)
{
	ck_assert(field_date_ok("2026-11-23", 10));
	ck_assert(field_date_ok("2024-02-29", 10));   /* leap year */
	ck_assert(!field_date_ok("2023-02-29", 10));
	ck_assert(!field_date_ok("1900-02-29", 10));  /* century, not leap */
	ck_assert(field_date_ok("2000-02-29", 10));   /* 400-year leap */
	ck_assert(!field_date_ok("2026-04-31", 10));
	ck_assert(field_date_ok("2026-12-31", 10));
	ck_assert(!field_date_ok("2026-13-01", 10));
	ck_assert(!field_date_ok("2026-00-10", 10));
	ck_assert(!field_date_ok("2026-1-01", 9));
	ck_assert(!field_date_ok("2026/11/23", 10));
	ck_assert(!field_date_ok("20a6-11-23", 10));
}
END_TEST

START_TEST(test_int)
{
	long v;

	ck_assert(field_int_parse("42", 2, &v) && v == 42);
	ck_assert(field_int_parse("-7", 2, &v) && v == -7);
	ck_assert(field_int_parse("9223372036854775807", 19, &v) && v == 9223372036854775807L);
	ck_assert(!field_int_parse("9223372036854775808", 19, &v));
	ck_assert(!field_int_parse("", 0, &v));
	ck_assert(!field_int_parse("-", 1, &v));
	ck_assert(!field_int_parse("1e3", 3, &v));
	ck_assert(!field_int_parse(" 1", 2, &v));
}
END_TEST

START_TEST(test_validate_table)
{
	const struct field_def *q = field_def(F_Q), *page = field_def(F_PAGE);
	char longq[400];
	long n = 0;

	ck_assert_int_eq(field_lookup("q", 1), F_Q);
	ck_assert_int_eq(field_lookup("nope", 4), -1);
	ck_assert_int_eq(field_validate(q, "", 0, NULL), FE_OK);
	/* 100 characters of Chinese are fine, 101 are not */
	longq[0] = '\0';
	for (int i = 0; i < 100; i++)
		strcat(longq, "催");
	ck_assert_int_eq(field_validate(q, longq, strlen(longq), NULL), FE_OK);
	strcat(longq, "催");
	ck_assert_int_eq(field_validate(q, longq, strlen(longq), NULL), FE_TOO_LONG);
	ck_assert_int_eq(field_validate(page, "3", 1, &n), FE_OK);
	ck_assert_int_eq(n, 3);
	ck_assert_int_eq(field_validate(page, "0", 1, &n), FE_RANGE);
	ck_assert_int_eq(field_validate(page, "x", 1, &n), FE_INT);
}
END_TEST

START_TEST(test_messages)
{
	struct buf b;

	buf_init(&b);
	field_err_message(field_def(F_Q), FE_TOO_LONG, &b);
	ck_assert_ptr_nonnull(strstr(b.data, "搜索词"));
	ck_assert_ptr_nonnull(strstr(b.data, "100"));
	buf_reset(&b);
	field_err_message(field_def(F_Q), FE_UTF8, &b);
	ck_assert_ptr_nonnull(strstr(b.data, "UTF-8"));
	buf_free(&b);
}
END_TEST

/* Amounts as people type them: digits, thousands separators, decimals,
 * 万/千/百/十 with Arabic or Chinese digits, the colloquial "2万5", full-width
 * digits, currency signs and words; each understood as the number of fen
 * the letter will use, or refused. */
START_TEST(test_amount)
{
	static const struct { const char *in; long long fen; } ok[] = {
		{ "5000", 500000 }, { "0.5", 50 }, { "5000.50", 500050 }, { "5000.5", 500050 },
		{ "20,000", 2000000 }, { "2,000.50", 200050 }, { "1,234,567", 123456700 },
		{ "2万", 2000000 }, { "两万", 2000000 }, { "1.5万", 1500000 }, { "2万5", 2500000 },
		{ "2万5千", 2500000 }, { "两万五千", 2500000 }, { "两万五", 2500000 },
		{ "2万500", 2050000 }, { "一万零五百", 1050000 }, { "一万零五", 1000500 },
		{ "五千", 500000 }, { "三千五", 350000 }, { "三千五百", 350000 }, { "一百五", 15000 },
		{ "十五", 1500 }, { "二十", 2000 }, { "十万", 10000000 }, { "十二万", 12000000 },
		{ "1.2345万", 1234500 }, { "1千", 100000 }, { "壹万贰仟", 1200000 },
		{ "２００００", 2000000 }, { "２０，０００", 2000000 }, { "¥20000", 2000000 },
		{ "￥2,000.50", 200050 }, { "20000元", 2000000 }, { "2万元", 2000000 },
		{ "2万块", 2000000 }, { "800块钱", 80000 }, { " 20 000 ", 2000000 },
		{ "123456789012", 12345678901200LL },
	};
	static const char *const bad[] = {
		"", "abc", "0", "0.00", "-5", ".5", "5000.", "5000.505", "5,00", "50,000,0",
		"1,2345", ",500", "500,", "万", "2万2万", "2万0.5", "二零二六", "十百", "百",
		"5一", "1234567890123", "9999999999999万", "五千abc", "2万块钱钱", "3e5",
		"1.23456", "十三千",
	};
	long long fen;
	char out[32];

	for (size_t i = 0; i < sizeof(ok) / sizeof(ok[0]); i++) {
		fen = -1;
		ck_assert_msg(field_amount_parse(ok[i].in, &fen), "refused “%s”", ok[i].in);
		ck_assert_msg(fen == ok[i].fen, "“%s” read as %lld fen, want %lld", ok[i].in, fen,
			      ok[i].fen);
		ck_assert(field_amount_ok(ok[i].in));
	}
	for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++)
		ck_assert_msg(!field_amount_parse(bad[i], &fen), "accepted “%s” as %lld", bad[i], fen);
	ck_assert(!field_amount_ok(NULL));
	field_amount_format(2000000, out);
	ck_assert_str_eq(out, "20000");
	field_amount_format(200050, out);
	ck_assert_str_eq(out, "2000.50");
	field_amount_format(5, out);
	ck_assert_str_eq(out, "0.05");
}
END_TEST

/* Why a text is not a date, for the message at a date field. */
START_TEST(test_date_why)
{
	int y, m;

	ck_assert_int_eq(date_why("2026-02-28", &y, &m), DATE_WHY_OK);
	ck_assert_int_eq(date_why("2023-02-29", &y, &m), DATE_WHY_NO_DAY);
	ck_assert_int_eq(y, 2023);
	ck_assert_int_eq(m, 2);
	ck_assert_int_eq(date_why("2026-04-31", &y, &m), DATE_WHY_NO_DAY);
	ck_assert_int_eq(date_why("2026-13-01", &y, &m), DATE_WHY_FORMAT);
	ck_assert_int_eq(date_why("2026-01-00", &y, &m), DATE_WHY_FORMAT);
	ck_assert_int_eq(date_why("2026/01/01", &y, &m), DATE_WHY_FORMAT);
	ck_assert_int_eq(date_why("<b>", &y, &m), DATE_WHY_FORMAT);
	ck_assert_int_eq(date_why("1899-12-31", &y, &m), DATE_WHY_RANGE);
	ck_assert_int_eq(date_why("2200-01-01", &y, &m), DATE_WHY_RANGE);
}
END_TEST

Suite *suite_field(void)
{
	Suite *s = suite_create("field");
	TCase *tc = tcase_create("validators");

	tcase_add_test(tc, test_utf8_valid);
	tcase_add_test(tc, test_utf8_invalid);
	tcase_add_test(tc, test_utf8_controls);
	tcase_add_test(tc, test_slug);
	tcase_add_test(tc, test_date);
	tcase_add_test(tc, test_int);
	tcase_add_test(tc, test_validate_table);
	tcase_add_test(tc, test_messages);
	tcase_add_test(tc, test_amount);
	tcase_add_test(tc, test_date_why);
	suite_add_tcase(s, tc);
	return s;
}
