/* fuzz_util: shared helpers of the fuzz targets. The reference checks
 * here are written from the standards (Unicode table 3-7, RFC 3986 and
 * the HTML form encoding), not from src/, so that a target can compare
 * the two. */
#include "fuzz_util.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* fuzz_util_fail: report a broken property and abort, which libFuzzer
 * treats as a crash: it prints the stack and saves the input. */
_Noreturn void fuzz_util_fail(const char *file, int line, const char *what)
{
	fprintf(stderr, "\n==quanyi-fuzz== property failed at %s:%d: %s\n", file, line, what);
	abort();
}

/* fuzz_util_strndup: a malloc'd copy of size bytes plus a NUL, sized
 * exactly so that AddressSanitizer catches a read past the end. */
char *fuzz_util_strndup(const uint8_t *data, size_t size)
{
	char *s = malloc(size + 1);

	if (!s)
		abort();
	if (size)
		memcpy(s, data, size);
	s[size] = '\0';
	return s;
}

/* fuzz_util_split: the offset of the first '\n' at or after from, or
 * size when there is none. Targets use newlines to cut an input into
 * parts (a URI, a header, a body). */
size_t fuzz_util_split(const uint8_t *data, size_t size, size_t from)
{
	const uint8_t *nl = from < size ? memchr(data + from, '\n', size - from) : NULL;

	return nl ? (size_t)(nl - data) : size;
}

/* fuzz_util_utf8_step: the length of the well-formed sequence at s (up
 * to len bytes) and its code point, or 0 when it is ill-formed. The
 * second-byte ranges follow Unicode table 3-7 row by row. */
static size_t fuzz_util_utf8_step(const unsigned char *s, size_t len, uint32_t *cp)
{
	static const struct {
		unsigned char lead_lo, lead_hi, second_lo, second_hi;
		size_t n;
	} rows[] = {
		{ 0xc2, 0xdf, 0x80, 0xbf, 2 },
		{ 0xe0, 0xe0, 0xa0, 0xbf, 3 },
		{ 0xe1, 0xec, 0x80, 0xbf, 3 },
		{ 0xed, 0xed, 0x80, 0x9f, 3 },
		{ 0xee, 0xef, 0x80, 0xbf, 3 },
		{ 0xf0, 0xf0, 0x90, 0xbf, 4 },
		{ 0xf1, 0xf3, 0x80, 0xbf, 4 },
		{ 0xf4, 0xf4, 0x80, 0x8f, 4 },
	};
	unsigned char c = s[0];

	if (c <= 0x7f) {
		*cp = c;
		return 1;
	}
	for (size_t r = 0; r < sizeof(rows) / sizeof(rows[0]); r++) {
		size_t n = rows[r].n;
		uint32_t v;

		if (c < rows[r].lead_lo || c > rows[r].lead_hi)
			continue;
		if (len < n || s[1] < rows[r].second_lo || s[1] > rows[r].second_hi)
			return 0;
		for (size_t k = 2; k < n; k++)
			if (s[k] < 0x80 || s[k] > 0xbf)
				return 0;
		v = c & (n == 2 ? 0x1f : n == 3 ? 0x0f : 0x07);
		for (size_t k = 1; k < n; k++)
			v = v << 6 | (s[k] & 0x3f);
		*cp = v;
		return n;
	}
	return 0;
}

/* fuzz_util_utf8_decode: see fuzz_util.h. */
long fuzz_util_utf8_decode(const unsigned char *s, size_t len, uint32_t *cps, size_t max)
{
	size_t i = 0;
	long n = 0;

	while (i < len) {
		uint32_t cp;
		size_t k = fuzz_util_utf8_step(s + i, len - i, &cp);

		if (k == 0)
			return -1;
		if (cps && (size_t)n < max)
			cps[n] = cp;
		n++;
		i += k;
	}
	return n;
}

/* fuzz_util_utf8_ok: 1 if s (len bytes) is well-formed UTF-8 (any code
 * point, controls included). */
int fuzz_util_utf8_ok(const char *s, size_t len)
{
	return fuzz_util_utf8_decode((const unsigned char *)s, len, NULL, 0) >= 0;
}

/* fuzz_util_cp_forbidden: the site's rule for text fields, restated:
 * no C0 or C1 control (tab, CR and LF allowed in multi-line text), no
 * DEL, no bidirectional embedding, override or isolate, no U+FFFE or
 * U+FFFF. */
int fuzz_util_cp_forbidden(uint32_t cp, int multiline)
{
	if (cp == '\t' || cp == '\n' || cp == '\r')
		return !multiline;
	if (cp <= 0x1f || (cp >= 0x7f && cp <= 0x9f))
		return 1;
	if (cp >= 0x202a && cp <= 0x202e)
		return 1;
	if (cp >= 0x2066 && cp <= 0x2069)
		return 1;
	return cp == 0xfffe || cp == 0xffff;
}

/* fuzz_util_text_err: FE_OK when s is well-formed text under the rule
 * above, else FE_UTF8 or FE_CONTROL for the first problem from the left;
 * *chars gets the number of characters when it is FE_OK. */
enum field_err fuzz_util_text_err(const char *s, size_t len, int multiline, size_t *chars)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t i = 0, n = 0;

	while (i < len) {
		uint32_t cp;
		size_t k = fuzz_util_utf8_step(p + i, len - i, &cp);

		if (k == 0)
			return FE_UTF8;
		if (fuzz_util_cp_forbidden(cp, multiline))
			return FE_CONTROL;
		i += k;
		n++;
	}
	if (chars)
		*chars = n;
	return FE_OK;
}

/* fuzz_util_hexval: the value of hex digit c, or -1. */
static int fuzz_util_hexval(char c)
{
	const char *digits = "0123456789abcdef", *p;

	if (c >= 'A' && c <= 'F')
		c = (char)(c - 'A' + 'a');
	p = c ? strchr(digits, c) : NULL;
	return p ? (int)(p - digits) : -1;
}

/* fuzz_util_pct_decode: the reference percent-decoder: "%" must be
 * followed by two hex digits that do not encode NUL; with plus set, "+"
 * is a space. out holds len+1 bytes. 0, or -1 when malformed. */
int fuzz_util_pct_decode(const char *s, size_t len, int plus, char *out, size_t *outlen)
{
	size_t o = 0, i = 0;

	while (i < len) {
		char c = s[i];

		if (c == '%') {
			int hi = i + 1 < len ? fuzz_util_hexval(s[i + 1]) : -1;
			int lo = i + 2 < len ? fuzz_util_hexval(s[i + 2]) : -1;

			if (hi < 0 || lo < 0 || hi * 16 + lo == 0)
				return -1;
			out[o++] = (char)(hi * 16 + lo);
			i += 3;
			continue;
		}
		out[o++] = plus && c == '+' ? ' ' : c;
		i++;
	}
	out[o] = '\0';
	*outlen = o;
	return 0;
}
