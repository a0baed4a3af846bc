/* privacy: find and mask personal numbers in free text. The text is
 * UTF-8; every pattern is ASCII, so a multibyte character is always a
 * boundary. */
#include "privacy.h"

#include <string.h>

static int privacy_digit(char c) { return c >= '0' && c <= '9'; }

static int privacy_alnum(char c)
{
	return privacy_digit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/* privacy_id_ok: 1 if d (18 characters) is a resident ID number whose
 * check digit (ISO 7064 MOD 11-2) is right. */
int privacy_id_ok(const char *d)
{
	static const int w[17] = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };
	static const char check[] = "10X98765432";
	int sum = 0;

	for (int i = 0; i < 17; i++) {
		if (!privacy_digit(d[i]))
			return 0;
		sum += (d[i] - '0') * w[i];
	}
	return (d[17] == 'x' ? 'X' : d[17]) == check[sum % 11];
}

/* privacy_luhn_ok: 1 if the n digits at d pass the Luhn check. */
int privacy_luhn_ok(const char *d, size_t n)
{
	int sum = 0;

	for (size_t i = 0; i < n; i++) {
		int v = d[n - 1 - i] - '0';
		if (i % 2 == 1) {
			v *= 2;
			if (v > 9)
				v -= 9;
		}
		sum += v;
	}
	return sum % 10 == 0;
}

/* A run of digits, possibly grouped by single spaces or hyphens (as
 * people write "138 1234 5678" or "6222 0212 3456 7890"). */
struct privacy_run {
	size_t end;        /* byte just after the run */
	size_t first;      /* byte just after its first group */
	char digits[32];   /* the digits alone */
	size_t n;
	int x_end;         /* the run ends in an ID check letter X */
};

/* privacy_groups_ok: 1 if digit groups of these lengths are a way people
 * write a phone, ID or card number (3-4-4, 86 3-4-4, 6-8-4, 4-4-4-4 …). */
static int privacy_groups_ok(const size_t *g, int ng)
{
	static const size_t shapes[][6] = {
		{ 3, 4, 4 }, { 2, 3, 4, 4 }, { 6, 8, 4 }, { 6, 8, 3 }, { 4, 4, 4, 4 },
		{ 4, 4, 4, 4, 1 }, { 4, 4, 4, 4, 2 }, { 4, 4, 4, 4, 3 }, { 4, 6, 5 },
	};

	for (size_t k = 0; k < sizeof(shapes) / sizeof(shapes[0]); k++) {
		int n = 0;
		while (n < 6 && shapes[k][n])
			n++;
		if (n != ng)
			continue;
		for (n = 0; n < ng && g[n] == shapes[k][n]; n++)
			;
		if (n == ng)
			return 1;
	}
	return 0;
}

/* privacy_scan_run: read the digit run at s[i] (s[i] is a digit): its
 * groups joined when they have the shape of a personal number, else only
 * the first group. */
static void privacy_scan_run(const char *s, size_t len, size_t i, struct privacy_run *r)
{
	size_t groups[8], first_end = i;
	int ng = 0;

	r->n = 0;
	r->x_end = 0;
	for (;;) {
		size_t start = i;
		while (i < len && privacy_digit(s[i])) {
			if (r->n < sizeof(r->digits) - 1)
				r->digits[r->n] = s[i];
			r->n++;
			i++;
		}
		if (ng < 8)
			groups[ng] = i - start;
		ng++;
		if (ng == 1)
			first_end = i;
		if (i + 1 < len && (s[i] == ' ' || s[i] == '-') && privacy_digit(s[i + 1]))
			i++;
		else
			break;
	}
	if (ng > 1 && (ng > 8 || !privacy_groups_ok(groups, ng))) {
		i = first_end;
		r->n = groups[0];
	}
	if (r->n == 17 && i < len && (s[i] == 'X' || s[i] == 'x')) {
		r->digits[17] = 'X';
		r->n = 18;
		r->x_end = 1;
		i++;
	}
	r->digits[r->n < sizeof(r->digits) ? r->n : sizeof(r->digits) - 1] = '\0';
	r->end = i;
	r->first = first_end;
}

/* privacy_put_masked: write the n digits of d keeping the first keep_a
 * and the last keep_b, with '*' between. */
static void privacy_put_masked(struct buf *out, const char *d, size_t n, size_t keep_a,
			       size_t keep_b)
{
	buf_append(out, d, keep_a);
	for (size_t i = keep_a; i < n - keep_b; i++)
		buf_putc(out, '*');
	buf_append(out, d + n - keep_b, keep_b);
}

/* privacy_mobile: 1 if the digits are a mainland mobile number
 * (1[3-9] and 11 digits), with or without a leading 86. */
static int privacy_mobile(const char *d, size_t n, size_t *skip)
{
	*skip = 0;
	if (n == 13 && d[0] == '8' && d[1] == '6')
		*skip = 2;
	else if (n != 11)
		return 0;
	return d[*skip] == '1' && d[*skip + 1] >= '3' && d[*skip + 1] <= '9';
}

/* privacy_email_at: if an e-mail address starts at s[i], its end, else 0. */
static size_t privacy_email_at(const char *s, size_t len, size_t i, size_t *at)
{
	size_t j = i, dots = 0;

	while (j < len && (privacy_alnum(s[j]) || s[j] == '.' || s[j] == '_' ||
			   s[j] == '-' || s[j] == '+'))
		j++;
	if (j == i || j >= len || s[j] != '@')
		return 0;
	*at = j++;
	if (j >= len || !privacy_alnum(s[j]))
		return 0;
	while (j < len && (privacy_alnum(s[j]) || s[j] == '-' ||
			   (s[j] == '.' && j + 1 < len && privacy_alnum(s[j + 1])))) {
		if (s[j] == '.')
			dots++;
		j++;
	}
	return dots ? j : 0;
}

/* The words that say an id follows: 微信 / 微信号 / vx / wx / QQ … */
static const char *const privacy_id_words[] = {
	"微信号", "微信", "威信", "V信", "v信", "vx", "VX", "Vx", "wx", "WX", "Wx",
	"wechat", "WeChat", "Wechat", "QQ号", "qq号", "QQ", "qq", "Qq", "扣扣", NULL
};

/* privacy_im_id: if s[i] starts an id word followed (after optional
 * "号", ":", "：", "是" and spaces) by an id, the id's start and end. */
static int privacy_im_id(const char *s, size_t len, size_t i, size_t *id_start, size_t *id_end)
{
	for (int k = 0; privacy_id_words[k]; k++) {
		size_t wl = strlen(privacy_id_words[k]), j;

		if (len - i < wl || memcmp(s + i, privacy_id_words[k], wl) != 0)
			continue;
		if (i > 0 && privacy_alnum(s[i - 1]) && privacy_alnum(s[i]))
			continue;
		j = i + wl;
		for (;;) {
			if (j < len && (s[j] == ' ' || s[j] == ':'))
				j++;
			else if (len - j >= 3 && (memcmp(s + j, "：", 3) == 0 ||
						  memcmp(s + j, "是", 3) == 0 ||
						  memcmp(s + j, "号", 3) == 0))
				j += 3;
			else
				break;
		}
		{
			size_t e = j;
			while (e < len && (privacy_alnum(s[e]) || s[e] == '_' || s[e] == '-'))
				e++;
			/* WeChat ids are 6-20 characters starting with a letter; QQ
			 * numbers are 5-11 digits. */
			if (e - j >= 5 && e - j <= 20 && (privacy_digit(s[j]) ? e - j <= 11 : 1)) {
				*id_start = j;
				*id_end = e;
				return 1;
			}
		}
	}
	return 0;
}

/* privacy_mask: copy s (len bytes) to out with personal numbers masked,
 * e.g. 13812345678 as 138****5678. Returns how many were masked. */
int privacy_mask(const char *s, size_t len, struct buf *out)
{
	size_t i = 0;
	int masked = 0;

	while (i < len) {
		size_t a, b, at;

		if (privacy_im_id(s, len, i, &a, &b)) {
			buf_append(out, s + i, a - i);
			buf_append(out, s + a, 2);
			buf_puts(out, "****");
			masked++;
			i = b;
			continue;
		}
		if ((i == 0 || !(privacy_alnum(s[i - 1]) || s[i - 1] == '.' || s[i - 1] == '_' ||
				 s[i - 1] == '-' || s[i - 1] == '+')) &&
		    (b = privacy_email_at(s, len, i, &at)) != 0) {
			/* The domain is scanned like the rest of the text, so a
			 * number written in or right after it is still masked. */
			buf_putc(out, s[i]);
			buf_puts(out, "***@");
			masked++;
			i = at + 1;
			continue;
		}
		if (privacy_digit(s[i]) && (i == 0 || !privacy_alnum(s[i - 1]))) {
			struct privacy_run r;
			size_t skip;
			int boundary;

			privacy_scan_run(s, len, i, &r);
			boundary = r.end >= len || !privacy_alnum(s[r.end]);
			/* A "+86" or "86-" before a mobile number is part of it. */
			if (boundary && r.n <= 31 && privacy_mobile(r.digits, r.n, &skip)) {
				if (skip)
					buf_puts(out, "86");
				privacy_put_masked(out, r.digits + skip, 11, 3, 4);
				masked++;
				i = r.end;
				continue;
			}
			if (boundary && r.n == 18 && privacy_id_ok(r.digits)) {
				privacy_put_masked(out, r.digits, 18, 4, 4);
				masked++;
				i = r.end;
				continue;
			}
			if (boundary && !r.x_end && r.n >= 16 && r.n <= 19 && r.digits[0] >= '3' &&
			    r.digits[0] <= '6' && privacy_luhn_ok(r.digits, r.n)) {
				privacy_put_masked(out, r.digits, r.n, 4, 4);
				masked++;
				i = r.end;
				continue;
			}
			/* Not personal: copy its first group as it was typed;
			 * the groups after it are looked at on their own ("12 138
			 * 1234 5678" still has a phone number in it). */
			buf_append(out, s + i, r.first - i);
			i = r.first;
			continue;
		}
		buf_putc(out, s[i]);
		i++;
	}
	return masked;
}
