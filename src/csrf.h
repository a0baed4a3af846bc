/* csrf: tokens that show a form was served by quanyi to this browser,
 * recently: an HMAC (libsodium) over a per-browser cookie value and the
 * time the form was served. As in Fossil, there are two levels: forms
 * that write something a person will read (questions) bind the token to
 * the cookie; the helpful/not-helpful buttons, on pages that must stay
 * cacheable, bind it to the article and the hour instead, and rely on
 * Sec-Fetch-Site and the rate limit for the rest. */
#ifndef QUANYI_CSRF_H
#define QUANYI_CSRF_H

#include <sodium.h>

enum {
	CSRF_KEY_BYTES = crypto_auth_hmacsha256_KEYBYTES,
	CSRF_COOKIE_HEX = 32,        /* 16 random bytes */
	CSRF_TOKEN_HEX = 8 + 32,     /* issue time + 16 bytes of MAC */
	CSRF_MAX_AGE = 12 * 3600     /* a form stays good for 12 hours */
};

enum csrf_result {
	CSRF_OK = 0,
	CSRF_MISSING,   /* no token or no cookie */
	CSRF_FORGED,    /* the MAC does not match, or the time is from the future */
	CSRF_EXPIRED    /* older than CSRF_MAX_AGE */
};

#define CSRF_COOKIE "qy_csrf"

int csrf_cookie_ok(const char *v);
void csrf_new_cookie(char out[CSRF_COOKIE_HEX + 1]);
void csrf_token(const unsigned char key[CSRF_KEY_BYTES], const char *cookie,
		long now, char out[CSRF_TOKEN_HEX + 1]);
enum csrf_result csrf_check(const unsigned char key[CSRF_KEY_BYTES],
			    const char *cookie, const char *token, long now,
			    long *issued);
const char *csrf_message(enum csrf_result r);

#endif
