/* code: readable random codes. */
#include "code.h"

#include <string.h>

#include <sodium.h>

static const char code_alphabet[] = "0123456789abcdefghjkmnpqrstvwxyz";

/* code_new: a new code of 80 random bits as 16 base32 characters. */
void code_new(char out[CODE_CHARS + 1])
{
	unsigned char raw[CODE_BYTES];
	unsigned bits = 0, acc = 0;
	int n = 0;

	randombytes_buf(raw, sizeof(raw));
	for (size_t i = 0; i < sizeof(raw); i++) {
		acc = (acc << 8) | raw[i];
		bits += 8;
		while (bits >= 5) {
			out[n++] = code_alphabet[(acc >> (bits - 5)) & 31];
			bits -= 5;
		}
	}
	out[n] = '\0';
	sodium_memzero(raw, sizeof(raw));
}

/* code_read: what a reader typed as a code: letters in either case,
 * spaces and dashes ignored, O read as 0 and I or L as 1. 1 with the
 * code in out, or 0 when it cannot be one. */
int code_read(const char *typed, char out[CODE_CHARS + 1])
{
	int n = 0;

	for (const char *p = typed ? typed : ""; *p; p++) {
		char c = *p;

		if (c == ' ' || c == '-')
			continue;
		if (c >= 'A' && c <= 'Z')
			c = (char)(c - 'A' + 'a');
		if (c == 'o')
			c = '0';
		else if (c == 'i' || c == 'l')
			c = '1';
		if (!strchr(code_alphabet, c) || c == '\0' || n == CODE_CHARS)
			return 0;
		out[n++] = c;
	}
	out[n] = '\0';
	return n == CODE_CHARS;
}

/* code_show: code written in capitals in groups of four: "7K3M-Q9T2-…". */
void code_show(const char *code, char out[CODE_SHOWN + 1])
{
	int n = 0;

	for (int i = 0; code[i] && i < CODE_CHARS; i++) {
		char c = code[i];

		if (i && i % 4 == 0)
			out[n++] = '-';
		out[n++] = c >= 'a' && c <= 'z' ? (char)(c - 'a' + 'A') : c;
	}
	out[n] = '\0';
}
