/* fuzz_privacy: the personal-number masker (src/privacy.c) on arbitrary
 * text.
 *
 * Input: the text of a question (any bytes; the site only passes valid
 * UTF-8, but the masker must not care).
 *
 * Properties: the output holds no mainland mobile number, resident ID
 * number (valid check digit) or bank-card number (16-19 digits, Luhn)
 * standing on its own, whether written in one run or grouped as people
 * write a phone number (3-4-4); the output is valid UTF-8 when the input
 * is; the masker says it masked nothing exactly when it changed nothing.
 * The number rules are restated here from their standards (GB 11643 for
 * the ID check digit, ISO/IEC 7812 for Luhn). */
#include <stdlib.h>
#include <string.h>

#include "fuzz_util.h"
#include "privacy.h"

/* fuzz_privacy_alnum: an ASCII letter or digit. */
static int fuzz_privacy_alnum(char c)
{
	return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
}

/* fuzz_privacy_digit: an ASCII digit. */
static int fuzz_privacy_digit(char c)
{
	return c >= '0' && c <= '9';
}

/* fuzz_privacy_mobile: d (n digits) is 1[3-9] and 11 digits, maybe with
 * 86 in front. */
static int fuzz_privacy_mobile(const char *d, size_t n)
{
	if (n == 13 && d[0] == '8' && d[1] == '6')
		d += 2, n -= 2;
	return n == 11 && d[0] == '1' && d[1] >= '3';
}

/* fuzz_privacy_id: d is 17 digits and a check character that is right
 * by GB 11643: weights 2^(17-i) mod 11, check (12 - sum mod 11) mod 11,
 * 10 written X. */
static int fuzz_privacy_id(const char *d, size_t n)
{
	int sum = 0, w = 1, check;

	if (n != 18)
		return 0;
	for (int i = 16; i >= 0; i--) {
		w = w * 2 % 11;
		if (!fuzz_privacy_digit(d[i]))
			return 0;
		sum += (d[i] - '0') * w;
	}
	check = (12 - sum % 11) % 11;
	return check == 10 ? (d[17] == 'X' || d[17] == 'x') : d[17] == '0' + check;
}

/* fuzz_privacy_card: d is 16-19 digits starting 3-6 whose Luhn sum (every
 * second digit from the right doubled, digits of the product added) is
 * a multiple of ten. */
static int fuzz_privacy_card(const char *d, size_t n)
{
	static const int doubled[10] = { 0, 2, 4, 6, 8, 1, 3, 5, 7, 9 };
	int sum = 0;

	if (n < 16 || n > 19 || d[0] < '3' || d[0] > '6')
		return 0;
	for (size_t k = 0; k < n; k++) {
		int v = d[n - 1 - k] - '0';
		if (v < 0 || v > 9)
			return 0;
		sum += k & 1 ? doubled[v] : v;
	}
	return sum % 10 == 0;
}

/* The personal numbers standing on their own in a text, as written. */
struct fuzz_privacy_found {
	size_t at[64], len[64];
	int n;
};

/* fuzz_privacy_add: note the number written at s[a..b). */
static void fuzz_privacy_add(struct fuzz_privacy_found *f, size_t a, size_t b)
{
	if (f->n < 64) {
		f->at[f->n] = a;
		f->len[f->n] = b - a;
		f->n++;
	}
}

/* fuzz_privacy_find: the personal numbers in s that stand on their own
 * (no ASCII letter or digit touches them): a run of digits (an ID number
 * may end in X), or a mobile number grouped 3-4-4 by single spaces or
 * hyphens. */
static void fuzz_privacy_find(const char *s, size_t len, struct fuzz_privacy_found *f)
{
	size_t i = 0;

	f->n = 0;
	while (i < len) {
		size_t a = i, b, n, e, glen[3] = { 0, 0, 0 };
		char d[32];
		int groups = 1;

		if (!fuzz_privacy_digit(s[i]) || (i > 0 && fuzz_privacy_alnum(s[i - 1]))) {
			i++;
			continue;
		}
		b = a;
		while (b < len && fuzz_privacy_digit(s[b]))
			b++;
		n = b - a;
		glen[0] = n;
		if (n <= 19) {
			size_t end = b;
			memcpy(d, s + a, n);
			if (n == 17 && end < len && (s[end] == 'X' || s[end] == 'x'))
				d[n++] = s[end++];
			if ((end >= len || !fuzz_privacy_alnum(s[end])) &&
			    (fuzz_privacy_mobile(d, n) || fuzz_privacy_id(d, n) || fuzz_privacy_card(d, n)))
				fuzz_privacy_add(f, a, end);
		}
		e = b;
		while (e + 1 < len && (s[e] == ' ' || s[e] == '-') && fuzz_privacy_digit(s[e + 1])) {
			size_t g = e + 1;
			while (g < len && fuzz_privacy_digit(s[g]))
				g++;
			if (groups < 3)
				glen[groups] = g - e - 1;
			groups++;
			e = g;
		}
		if (groups == 3 && glen[0] == 3 && glen[1] == 4 && glen[2] == 4 &&
		    (e >= len || !fuzz_privacy_alnum(s[e]))) {
			char m[11];
			memcpy(m, s + a, 3);
			memcpy(m + 3, s + a + 4, 4);
			memcpy(m + 7, s + a + 9, 4);
			if (fuzz_privacy_mobile(m, 11))
				fuzz_privacy_add(f, a, e);
		}
		i = b;
	}
}

/* fuzz_privacy_count: how many times p (n bytes) occurs in s, overlaps
 * counted. Compared byte by byte: libFuzzer watches every memcmp, which
 * would make this loop the slowest part of the run. */
static size_t fuzz_privacy_count(const char *s, size_t len, const char *p, size_t n)
{
	size_t c = 0;

	for (size_t i = 0; i + n <= len; i++) {
		size_t k = 0;
		while (k < n && s[i + k] == p[k])
			k++;
		c += k == n;
	}
	return c;
}

/* fuzz_privacy_check_out: no personal number standing on its own in the
 * input s is left in the output o. A number may still appear where the
 * input also has the same digits inside something longer (kept as
 * typed): so each occurs in o at most as often as in s, less the times
 * it stood on its own. */
static void fuzz_privacy_check_out(const char *s, size_t len, const char *o, size_t olen)
{
	struct fuzz_privacy_found f;

	fuzz_privacy_find(s, len, &f);
	for (int k = 0; k < f.n; k++) {
		const char *p = s + f.at[k];
		size_t n = f.len[k], alone = 0;

		for (int j = 0; j < f.n; j++)
			if (f.len[j] == n && fuzz_privacy_count(s + f.at[j], n, p, n) == 1)
				alone++;
		FUZZ_CHECK(fuzz_privacy_count(o, olen, p, n) + alone <= fuzz_privacy_count(s, len, p, n),
			   "no personal number is left unmasked (mobile, ID, bank card; in a run or grouped 3-4-4)");
	}
}

/* LLVMFuzzerTestOneInput: mask the input and check the output. */
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *s = fuzz_util_strndup(data, size);
	struct buf out;
	int masked;

	buf_init(&out);
	masked = privacy_mask(s, size, &out);
	FUZZ_CHECK(masked >= 0, "a count is never negative");
	FUZZ_CHECK((masked == 0) == (out.len == size && (size == 0 || memcmp(out.data, s, size) == 0)),
		   "nothing masked exactly when nothing changed");
	fuzz_privacy_check_out(s, size, out.data ? out.data : "", out.len);
	if (fuzz_util_utf8_ok(s, size))
		FUZZ_CHECK(fuzz_util_utf8_ok(out.data ? out.data : "", out.len),
			   "masking keeps UTF-8 valid");
	buf_free(&out);
	free(s);
	return 0;
}
