/* Unit tests: form tokens. */
#include <string.h>

#include "check_suites.h"
#include "csrf.h"

START_TEST(test_tokens)
{
	unsigned char key[CSRF_KEY_BYTES], other[CSRF_KEY_BYTES];
	char cookie[CSRF_COOKIE_HEX + 1], cookie2[CSRF_COOKIE_HEX + 1];
	char tok[CSRF_TOKEN_HEX + 1], bad[CSRF_TOKEN_HEX + 1];
	long now = 1795000000, issued;

	ck_assert_int_ge(sodium_init(), 0);
	randombytes_buf(key, sizeof(key));
	randombytes_buf(other, sizeof(other));
	csrf_new_cookie(cookie);
	csrf_new_cookie(cookie2);
	ck_assert_int_eq(csrf_cookie_ok(cookie), 1);
	ck_assert_str_ne(cookie, cookie2);
	ck_assert_int_eq(csrf_cookie_ok("ABC"), 0);
	csrf_token(key, cookie, now, tok);
	ck_assert_uint_eq(strlen(tok), CSRF_TOKEN_HEX);

	ck_assert_int_eq(csrf_check(key, cookie, tok, now + 5, &issued), CSRF_OK);
	ck_assert_int_eq(issued, now);
	ck_assert_int_eq(csrf_check(key, cookie, tok, now + CSRF_MAX_AGE, &issued), CSRF_OK);
	ck_assert_int_eq(csrf_check(key, cookie, tok, now + CSRF_MAX_AGE + 1, &issued),
			 CSRF_EXPIRED);
	/* another browser's cookie, another key, a changed time or MAC */
	ck_assert_int_eq(csrf_check(key, cookie2, tok, now, &issued), CSRF_FORGED);
	ck_assert_int_eq(csrf_check(other, cookie, tok, now, &issued), CSRF_FORGED);
	memcpy(bad, tok, sizeof(bad));
	bad[7] = bad[7] == '0' ? '1' : '0';
	ck_assert_int_eq(csrf_check(key, cookie, bad, now, &issued), CSRF_FORGED);
	memcpy(bad, tok, sizeof(bad));
	bad[20] = bad[20] == 'a' ? 'b' : 'a';
	ck_assert_int_eq(csrf_check(key, cookie, bad, now, &issued), CSRF_FORGED);
	/* a token from the future, missing pieces, wrong lengths */
	csrf_token(key, cookie, now + 3600, bad);
	ck_assert_int_eq(csrf_check(key, cookie, bad, now, &issued), CSRF_FORGED);
	ck_assert_int_eq(csrf_check(key, cookie, "", now, &issued), CSRF_MISSING);
	ck_assert_int_eq(csrf_check(key, cookie, NULL, now, &issued), CSRF_MISSING);
	ck_assert_int_eq(csrf_check(key, "", tok, now, &issued), CSRF_MISSING);
	ck_assert_int_eq(csrf_check(key, cookie, "0123", now, &issued), CSRF_FORGED);
	ck_assert_str_ne(csrf_message(CSRF_EXPIRED), csrf_message(CSRF_FORGED));
}
END_TEST

Suite *suite_csrf(void)
{
	Suite *s = suite_create("csrf");
	TCase *tc = tcase_create("tokens");

	tcase_add_test(tc, test_tokens);
	suite_add_tcase(s, tc);
	return s;
}
