/* fuzz_cookie: the Cookie header parser (req_cookie in src/request.c)
 * and the form tokens bound to the cookie (src/csrf.c).
 *
 * Input: a Cookie header, a newline, a form token as a browser (or an
 * attacker) might send it.
 *
 * Properties: req_cookie finds what a reference parser finds, never
 * writes past the buffer it is given, and refuses a value that does not
 * fit; a token we made checks out for its cookie and time, is refused
 * when expired, from the future, or changed in any one character; a
 * sent token is accepted only if it is exactly the one we would make. */
#include <stdlib.h>
#include <string.h>

#include "csrf.h"
#include "fuzz_util.h"
#include "request.h"

static unsigned char fuzz_cookie_key[CSRF_KEY_BYTES];

/* LLVMFuzzerInitialize: libsodium and a key for this run. */
int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	if (sodium_init() < 0)
		abort();
	randombytes_buf(fuzz_cookie_key, sizeof(fuzz_cookie_key));
	return 0;
}

/* fuzz_cookie_ref: the reference parser: the header is split at ';',
 * spaces before a pair are skipped, and the first pair that starts with
 * name and '=' gives the value, without trailing spaces. *vlen gets its
 * length. Returns a pointer into header, or NULL. */
static const char *fuzz_cookie_ref(const char *header, const char *name, size_t *vlen)
{
	size_t nlen = strlen(name);
	const char *seg = header;

	for (;;) {
		const char *semi = strchr(seg, ';');
		const char *end = semi ? semi : seg + strlen(seg);

		while (seg < end && *seg == ' ')
			seg++;
		if ((size_t)(end - seg) > nlen && strncmp(seg, name, nlen) == 0 && seg[nlen] == '=') {
			const char *v = seg + nlen + 1;
			size_t n = (size_t)(end - v);
			while (n > 0 && v[n - 1] == ' ')
				n--;
			*vlen = n;
			return v;
		}
		if (!semi)
			return NULL;
		seg = semi + 1;
	}
}

/* fuzz_cookie_check_get: req_cookie agrees with the reference for name,
 * with an out buffer of exactly outsz bytes. */
static void fuzz_cookie_check_get(const char *header, const char *name, size_t outsz)
{
	char *out = malloc(outsz);
	size_t vlen = 0;
	const char *v = fuzz_cookie_ref(header, name, &vlen);
	int got;

	if (!out)
		abort();
	got = req_cookie(header, name, out, outsz);
	FUZZ_CHECK(got == (v != NULL && vlen + 1 <= outsz),
		   "req_cookie finds a value iff the reference does and it fits");
	if (got)
		FUZZ_CHECK(strlen(out) == vlen && memcmp(out, v, vlen) == 0,
			   "req_cookie copies the reference's value");
	free(out);
}

/* fuzz_cookie_check_token: tokens made for cookie at now check out, and
 * nothing else does. */
static void fuzz_cookie_check_token(const char *cookie, const char *sent, long now, size_t flip)
{
	char tok[CSRF_TOKEN_HEX + 1], want[CSRF_TOKEN_HEX + 1];
	long issued = -1;
	enum csrf_result r;

	if (!*cookie)
		return;
	csrf_token(fuzz_cookie_key, cookie, now, tok);
	FUZZ_CHECK(strlen(tok) == CSRF_TOKEN_HEX, "a token has its length");
	FUZZ_CHECK(csrf_check(fuzz_cookie_key, cookie, tok, now, &issued) == CSRF_OK && issued == now,
		   "a fresh token checks out");
	FUZZ_CHECK(csrf_check(fuzz_cookie_key, cookie, tok, now + CSRF_MAX_AGE + 1, &issued) ==
			   CSRF_EXPIRED, "an old token has expired");
	FUZZ_CHECK(csrf_check(fuzz_cookie_key, cookie, tok, now - 61, &issued) == CSRF_FORGED,
		   "a token from the future is refused");
	{
		size_t i = flip % CSRF_TOKEN_HEX;
		char c = tok[i];
		tok[i] = c == '0' ? '1' : '0';
		FUZZ_CHECK(csrf_check(fuzz_cookie_key, cookie, tok, now, &issued) != CSRF_OK,
			   "a token changed in one character is refused");
		tok[i] = c;
	}

	r = csrf_check(fuzz_cookie_key, cookie, sent, now, &issued);
	if (!*sent)
		FUZZ_CHECK(r == CSRF_MISSING, "no token is a missing token");
	else if (strlen(sent) != CSRF_TOKEN_HEX)
		FUZZ_CHECK(r == CSRF_FORGED, "a token of the wrong length is forged");
	if (r == CSRF_OK || r == CSRF_EXPIRED) {
		/* Only possible with the real MAC: it must be ours. */
		csrf_token(fuzz_cookie_key, cookie, issued, want);
		FUZZ_CHECK(strcmp(want, sent) == 0, "only our own token is accepted");
	}
	FUZZ_CHECK(*csrf_message(r) != '\0' || r == CSRF_OK, "every refusal has a message");
}

/* LLVMFuzzerTestOneInput: parse the header, then check tokens for the
 * cookie found in it and for the header as a binding string. */
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const char *const names[] = { CSRF_COOKIE, "qy", "a" };
	static const size_t sizes[] = { 1, 9, CSRF_COOKIE_HEX + 1, 300 };
	size_t e = fuzz_util_split(data, size, 0);
	char *header = fuzz_util_strndup(data, e);
	char *sent = e < size ? fuzz_util_strndup(data + e + 1, size - e - 1) : fuzz_util_strndup(data, 0);
	char v[CSRF_COOKIE_HEX + 1];
	long now = 1800000000L + (long)(size * 977);

	for (size_t n = 0; n < sizeof(names) / sizeof(names[0]); n++)
		for (size_t k = 0; k < sizeof(sizes) / sizeof(sizes[0]); k++)
			fuzz_cookie_check_get(header, names[n], sizes[k]);
	FUZZ_CHECK(req_cookie(NULL, CSRF_COOKIE, v, sizeof(v)) == 0, "no header, no cookie");

	if (req_cookie(header, CSRF_COOKIE, v, sizeof(v)) && csrf_cookie_ok(v)) {
		FUZZ_CHECK(strlen(v) == CSRF_COOKIE_HEX && strspn(v, "0123456789abcdef") == CSRF_COOKIE_HEX,
			   "an accepted cookie is 32 lower-case hex digits");
		fuzz_cookie_check_token(v, sent, now, size);
	}
	fuzz_cookie_check_token(header, sent, now, e);
	free(header);
	free(sent);
	return 0;
}
