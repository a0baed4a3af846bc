/* fuzz_util: what the libFuzzer targets share: a failed property stops
 * the run like a crash (so libFuzzer keeps the input), and reference
 * checks written independently of the code under test. */
#ifndef QUANYI_FUZZ_UTIL_H
#define QUANYI_FUZZ_UTIL_H

#include <stddef.h>
#include <stdint.h>

#include "field.h"

/* FUZZ_CHECK: stop with a message (and libFuzzer's crash report) when a
 * property does not hold. */
#define FUZZ_CHECK(cond, what) \
	do { \
		if (!(cond)) \
			fuzz_util_fail(__FILE__, __LINE__, (what)); \
	} while (0)

_Noreturn void fuzz_util_fail(const char *file, int line, const char *what);
char *fuzz_util_strndup(const uint8_t *data, size_t size);
size_t fuzz_util_split(const uint8_t *data, size_t size, size_t from);

/* The reference UTF-8 decoder: -1 when s[0..len) is not well-formed
 * (Unicode table 3-7), else the number of code points, each stored in
 * cps (if not NULL, up to max). */
long fuzz_util_utf8_decode(const unsigned char *s, size_t len, uint32_t *cps, size_t max);
int fuzz_util_utf8_ok(const char *s, size_t len);
int fuzz_util_cp_forbidden(uint32_t cp, int multiline);
enum field_err fuzz_util_text_err(const char *s, size_t len, int multiline, size_t *chars);
int fuzz_util_pct_decode(const char *s, size_t len, int plus, char *out, size_t *outlen);

#endif
