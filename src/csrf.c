/* csrf: make and check form tokens. */
#include "csrf.h"

#include <stdio.h>
#include <string.h>

/* csrf_cookie_ok: 1 if v looks like a cookie value we hand out. */
int csrf_cookie_ok(const char *v)
{
	if (!v || strlen(v) != CSRF_COOKIE_HEX)
		return 0;
	for (const char *p = v; *p; p++)
		if (!((*p >= '0' && *p <= '9') || (*p >= 'a' && *p <= 'f')))
			return 0;
	return 1;
}

/* csrf_new_cookie: a fresh random cookie value. */
void csrf_new_cookie(char out[CSRF_COOKIE_HEX + 1])
{
	unsigned char r[CSRF_COOKIE_HEX / 2];

	randombytes_buf(r, sizeof(r));
	sodium_bin2hex(out, CSRF_COOKIE_HEX + 1, r, sizeof(r));
}

/* csrf_mac: the hex MAC for cookie at issue time t (8 hex digits). */
static void csrf_mac(const unsigned char key[CSRF_KEY_BYTES], const char *cookie,
		     const char *t, char out[33])
{
	crypto_auth_hmacsha256_state st;
	unsigned char mac[crypto_auth_hmacsha256_BYTES];

	crypto_auth_hmacsha256_init(&st, key, CSRF_KEY_BYTES);
	crypto_auth_hmacsha256_update(&st, (const unsigned char *)"quanyi-csrf", 12);
	crypto_auth_hmacsha256_update(&st, (const unsigned char *)cookie, strlen(cookie) + 1);
	crypto_auth_hmacsha256_update(&st, (const unsigned char *)t, 8);
	crypto_auth_hmacsha256_final(&st, mac);
	sodium_bin2hex(out, 33, mac, 16);
	sodium_memzero(mac, sizeof(mac));
}

/* csrf_token: the token for a form served at time now to the browser
 * holding cookie. */
void csrf_token(const unsigned char key[CSRF_KEY_BYTES], const char *cookie,
		long now, char out[CSRF_TOKEN_HEX + 1])
{
	char t[9];

	snprintf(t, sizeof(t), "%08lx", (unsigned long)now & 0xffffffffUL);
	memcpy(out, t, 8);
	csrf_mac(key, cookie, t, out + 8);
	out[CSRF_TOKEN_HEX] = '\0';
}

/* csrf_check: whether token is one we made for cookie (or another
 * binding string) within the last CSRF_MAX_AGE seconds; *issued gets the
 * time the form was served. The MAC is compared in constant time. */
enum csrf_result csrf_check(const unsigned char key[CSRF_KEY_BYTES],
			    const char *cookie, const char *token, long now,
			    long *issued)
{
	char want[33];
	unsigned long t = 0;
	int bad;

	*issued = 0;
	if (!token || !*token || !cookie || !*cookie)
		return CSRF_MISSING;
	if (strlen(token) != CSRF_TOKEN_HEX)
		return CSRF_FORGED;
	for (int i = 0; i < 8; i++) {
		char c = token[i];
		int v = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
		if (v < 0)
			return CSRF_FORGED;
		t = t * 16 + (unsigned long)v;
	}
	csrf_mac(key, cookie, token, want);
	bad = sodium_memcmp(want, token + 8, 32) != 0;
	if (bad || (long)t > now + 60)
		return CSRF_FORGED;
	*issued = (long)t;
	if (now - (long)t > CSRF_MAX_AGE)
		return CSRF_EXPIRED;
	return CSRF_OK;
}

/* csrf_message: what to tell the reader, in Chinese, when a form was
 * refused for reason r. */
const char *csrf_message(enum csrf_result r)
{
	switch (r) {
	case CSRF_OK:
		return "";
	case CSRF_MISSING:
		return "表单缺少安全校验信息（可能是浏览器没有保存本站的 Cookie）。请在下面重新提交。";
	case CSRF_EXPIRED:
		return "表单打开太久已经过期（超过 12 小时）。请在下面重新提交。";
	case CSRF_FORGED:
		break;
	}
	return "表单的安全校验没有通过，可能不是从本站页面提交的。请在下面重新提交。";
}
