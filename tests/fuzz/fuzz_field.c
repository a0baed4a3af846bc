/* fuzz_field: every validator of the field table (src/field.c) on
 * arbitrary bytes, compared with reference rules restated here: text by
 * the reference UTF-8 decoder, integers by strtol, dates by timegm, slugs
 * and choices by their definitions.
 *
 * Input: the value, as raw bytes (NULs included). Each input is checked
 * against every field of the table. field_utf8_repair must always give
 * valid text, and give back valid text unchanged. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "field.h"
#include "fuzz_util.h"

/* fuzz_field_int: the reference integer rule: an optional sign and 1-19
 * digits (at most 20 bytes in all) whose value fits a long. 1 and *v, or
 * 0. */
static int fuzz_field_int(const char *s, size_t len, long *v)
{
	char buf[32], *end;
	size_t digits = len;

	if (len == 0 || len > 20)
		return 0;
	if (s[0] == '+' || s[0] == '-')
		digits--;
	if (digits == 0)
		return 0;
	for (size_t i = len - digits; i < len; i++)
		if (s[i] < '0' || s[i] > '9')
			return 0;
	memcpy(buf, s, len);
	buf[len] = '\0';
	errno = 0;
	*v = strtol(buf, &end, 10);
	return errno == 0 && *end == '\0';
}

/* fuzz_field_date: the reference date rule: exactly "YYYY-MM-DD" in
 * digits, a year from 1900 to 2199, and a day that timegm does not move
 * (so 02-30 or 04-31 are refused). */
static int fuzz_field_date(const char *s, size_t len)
{
	struct tm tm;
	time_t t;

	if (len != 10)
		return 0;
	for (size_t i = 0; i < 10; i++) {
		int dash = i == 4 || i == 7;
		if (dash ? s[i] != '-' : (s[i] < '0' || s[i] > '9'))
			return 0;
	}
	memset(&tm, 0, sizeof(tm));
	tm.tm_year = atoi(s) - 1900;
	tm.tm_mon = atoi(s + 5) - 1;
	tm.tm_mday = atoi(s + 8);
	tm.tm_hour = 12;
	if (tm.tm_year < 0 || tm.tm_year > 299 || tm.tm_mon < 0 || tm.tm_mon > 11 ||
	    tm.tm_mday < 1)
		return 0;
	{
		int y = tm.tm_year, m = tm.tm_mon, d = tm.tm_mday;
		t = timegm(&tm);
		return t != (time_t)-1 && tm.tm_year == y && tm.tm_mon == m && tm.tm_mday == d;
	}
}

/* fuzz_field_slug: the reference slug rule: 1-64 of a-z 0-9 and '-',
 * with no '-' at either end. */
static int fuzz_field_slug(const char *s, size_t len)
{
	static const char ok[] = "abcdefghijklmnopqrstuvwxyz0123456789-";

	if (len < 1 || len > 64 || s[0] == '-' || s[len - 1] == '-')
		return 0;
	for (size_t i = 0; i < len; i++)
		if (s[i] == '\0' || !strchr(ok, s[i]))
			return 0;
	return 1;
}

/* The reference verdicts on one input, worked out once for all fields. */
struct fuzz_field_ref {
	enum field_err line, text;  /* fuzz_util_text_err, one line / multi-line */
	size_t line_chars, text_chars;
	int is_int, is_date, is_slug;
	long num;
};

/* fuzz_field_expect: what field_validate must answer under def. */
static enum field_err fuzz_field_expect(const struct field_def *def, const struct fuzz_field_ref *r,
					const char *s, size_t len)
{
	size_t chars = def->kind == FK_TEXT ? r->text_chars : r->line_chars;
	enum field_err e = def->kind == FK_TEXT ? r->text : r->line;

	if (len == 0 && def->kind != FK_LINE && def->kind != FK_TEXT)
		return FE_MISSING;
	if (e != FE_OK)
		return e;
	switch (def->kind) {
	case FK_LINE:
	case FK_TEXT:
		if (chars < (size_t)def->min)
			return len == 0 ? FE_MISSING : FE_TOO_SHORT;
		return chars > (size_t)def->max ? FE_TOO_LONG : FE_OK;
	case FK_SLUG:
		return r->is_slug ? FE_OK : FE_SLUG;
	case FK_INT:
		if (!r->is_int)
			return FE_INT;
		return r->num < def->min || r->num > def->max ? FE_RANGE : FE_OK;
	case FK_DATE:
		return r->is_date ? FE_OK : FE_DATE;
	case FK_ENUM:
		for (const char *const *c = def->choices; *c; c++)
			if (strlen(*c) == len && memcmp(*c, s, len) == 0)
				return FE_OK;
		return FE_CHOICE;
	}
	return FE_CHOICE;
}

/* fuzz_field_check_repair: field_utf8_repair gives valid text, and valid
 * text back unchanged. */
static void fuzz_field_check_repair(const char *s, size_t len, int multiline)
{
	struct buf out;

	buf_init(&out);
	field_utf8_repair(s, len, multiline, &out);
	FUZZ_CHECK(fuzz_util_text_err(out.data ? out.data : "", out.len, multiline, NULL) == FE_OK,
		   "field_utf8_repair gives valid text");
	if (fuzz_util_text_err(s, len, multiline, NULL) == FE_OK)
		FUZZ_CHECK(out.len == len && (len == 0 || memcmp(out.data, s, len) == 0),
			   "field_utf8_repair keeps valid text as it is");
	buf_free(&out);
}

/* LLVMFuzzerTestOneInput: the input against every field, and the helpers
 * the validators are made of. */
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *s = fuzz_util_strndup(data, size);
	struct fuzz_field_ref ref;
	long v = 0;
	int id;

	ref.line = fuzz_util_text_err(s, size, 0, &ref.line_chars);
	ref.text = fuzz_util_text_err(s, size, 1, &ref.text_chars);
	ref.is_int = fuzz_field_int(s, size, &ref.num);
	ref.is_date = fuzz_field_date(s, size);
	ref.is_slug = fuzz_field_slug(s, size);
	for (int i = 0; i < F__MAX; i++) {
		const struct field_def *def = field_def((enum field_id)i);
		long num = -12345;
		enum field_err want = fuzz_field_expect(def, &ref, s, size);
		enum field_err got = field_validate(def, s, size, &num);
		struct buf msg;

		FUZZ_CHECK(got == want, "field_validate agrees with the reference rules");
		if (got == FE_OK && def->kind == FK_INT)
			FUZZ_CHECK(num == ref.num, "an accepted integer has the reference value");
		buf_init(&msg);
		field_err_message(def, got, &msg);
		FUZZ_CHECK((got == FE_OK) == (msg.len == 0) &&
			   fuzz_util_text_err(msg.data ? msg.data : "", msg.len, 0, NULL) == FE_OK,
			   "every refusal has a message in valid text");
		buf_free(&msg);
	}
	FUZZ_CHECK(field_int_parse(s, size, &v) == ref.is_int && (!ref.is_int || v == ref.num),
		   "field_int_parse agrees with strtol");
	FUZZ_CHECK(field_date_ok(s, size) == ref.is_date, "field_date_ok agrees with timegm");
	FUZZ_CHECK(field_slug_ok(s, size) == ref.is_slug, "field_slug_ok agrees");
	id = field_lookup(s, size);
	FUZZ_CHECK(id < 0 ? 1 : (strlen(field_def((enum field_id)id)->name) == size &&
				 memcmp(field_def((enum field_id)id)->name, s, size) == 0),
		   "field_lookup finds the field of that name");
	if (id < 0)
		for (int i = 0; i < F__MAX; i++)
			FUZZ_CHECK(strlen(field_def((enum field_id)i)->name) != size ||
				   memcmp(field_def((enum field_id)i)->name, s, size) != 0,
				   "field_lookup misses no field");
	fuzz_field_check_repair(s, size, 0);
	fuzz_field_check_repair(s, size, 1);
	free(s);
	return 0;
}
