/* wording: named entries of reader-facing text, and their placeholders. */
#include "wording.h"

#include <string.h>

/* wording_name_ok: 1 if s (len bytes) is an entry name: 1-64 of a-z,
 * 0-9, '.', '-', '_', starting with a letter. */
static int wording_name_ok(const char *s, size_t len)
{
	if (len == 0 || len > WORDING_NAME_MAX || !(s[0] >= 'a' && s[0] <= 'z'))
		return 0;
	for (size_t i = 0; i < len; i++) {
		char c = s[i];

		if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '-' ||
		      c == '_'))
			return 0;
	}
	return 1;
}

/* wording_trim: text (len bytes) without the blank lines before and
 * after it, copied into a. */
static const char *wording_trim(const char *text, size_t len, struct arena *a)
{
	while (len && text[0] == '\n') {
		text++;
		len--;
	}
	while (len && text[len - 1] == '\n')
		len--;
	return arena_strndup(a, text, len);
}

/* wording_parse: the entries of a wording file's body: "### name"
 * headings, each followed by its text (at least one line); notes for
 * editors may come before the first heading. Names are unique. The count
 * (with *out, *n), or -1 with err naming the line. */
int wording_parse(const char *body, struct arena *a, struct wording_entry **out, size_t *n,
		  struct buf *err)
{
	size_t cap = 32, count = 0;
	struct wording_entry *v = arena_alloc(a, cap * sizeof(*v));
	const char *p = body ? body : "", *text = NULL;
	int line = 0, head_line = 0;

	*out = v;
	*n = 0;
	for (;;) {
		const char *eol = strchr(p, '\n');
		size_t len = eol ? (size_t)(eol - p) : strlen(p);
		int heading = len > 4 && strncmp(p, "### ", 4) == 0;

		line++;
		if (count && (heading || !*p)) {
			v[count - 1].text = wording_trim(text, (size_t)(p - text), a);
			if (!*v[count - 1].text) {
				buf_printf(err, "body line %d: entry \"%s\" has no text", head_line,
					   v[count - 1].name);
				return -1;
			}
		}
		if (!*p)
			break;
		if (heading) {
			const char *name = p + 4;
			size_t nl = len - 4;

			if (!wording_name_ok(name, nl)) {
				buf_printf(err, "body line %d: an entry heading is \"### name\" (a-z, 0-9, "
					   "'.', '-', '_', at most %d)", line, WORDING_NAME_MAX);
				return -1;
			}
			for (size_t i = 0; i < count; i++)
				if (strlen(v[i].name) == nl && memcmp(v[i].name, name, nl) == 0) {
					buf_printf(err, "body line %d: entry \"%.*s\" given twice", line,
						   (int)nl, name);
					return -1;
				}
			if (count == cap) {
				struct wording_entry *bigger = arena_alloc(a, cap * 2 * sizeof(*v));

				memcpy(bigger, v, count * sizeof(*v));
				v = bigger;
				cap *= 2;
			}
			v[count].name = arena_strndup(a, name, nl);
			v[count].text = "";
			count++;
			head_line = line;
			text = eol ? eol + 1 : p + len;
		}
		p = eol ? eol + 1 : p + len;
	}
	*out = v;
	*n = count;
	return (int)count;
}

/* wording_get: the text of entry name in w, or NULL when w has none. */
const char *wording_get(const struct wording *w, const char *name)
{
	for (size_t i = 0; w && i < w->n; i++)
		if (strcmp(w->v[i].name, name) == 0)
			return w->v[i].text;
	return NULL;
}

/* wording_text: the text of entry name in w, or "" when w has none (the
 * content check and wording_complete keep that from happening). */
const char *wording_text(const struct wording *w, const char *name)
{
	const char *t = wording_get(w, name);

	return t ? t : "";
}

/* wording_placeholder: the length of the placeholder name at s ("{name}"
 * with name of a-z, 0-9 and '_'), or 0 when s does not start one. */
static size_t wording_placeholder(const char *s)
{
	size_t i = 1;

	if (s[0] != '{')
		return 0;
	while ((s[i] >= 'a' && s[i] <= 'z') || (s[i] >= '0' && s[i] <= '9') || s[i] == '_')
		i++;
	return i > 1 && s[i] == '}' ? i - 1 : 0;
}

/* wording_fill: append the text of entry name to out with each {var}
 * replaced by its value from vars (a placeholder without a value is left
 * as it is, so that it shows). */
void wording_fill(const struct wording *w, const char *name, const struct wording_var *vars,
		  size_t nvars, struct buf *out)
{
	const char *s = wording_text(w, name);

	buf_puts(out, "");
	while (*s) {
		size_t k = wording_placeholder(s);
		const char *val = NULL;

		for (size_t i = 0; k && i < nvars; i++)
			if (strlen(vars[i].name) == k && memcmp(vars[i].name, s + 1, k) == 0)
				val = vars[i].value ? vars[i].value : "";
		if (val) {
			buf_puts(out, val);
			s += k + 2;
		} else {
			buf_putc(out, *s++);
		}
	}
}

/* wording_var_allowed: 1 if the placeholder name (len bytes) is one of
 * vars (names separated by spaces). */
static int wording_var_allowed(const char *vars, const char *name, size_t len)
{
	const char *p = vars ? vars : "";

	while (*p) {
		const char *e = strchr(p, ' ');
		size_t n = e ? (size_t)(e - p) : strlen(p);

		if (n == len && memcmp(p, name, len) == 0)
			return 1;
		p = e ? e + 1 : p + n;
	}
	return 0;
}

/* wording_check: every entry a tool needs is in w, and uses only the
 * placeholders the tool fills; report gets one line per problem. The
 * number of problems. */
long wording_check(const struct wording *w, const struct wording_need *needs, size_t n,
		   struct buf *report)
{
	long bad = 0;

	for (size_t i = 0; i < n; i++) {
		const char *t = wording_get(w, needs[i].name);

		if (!t) {
			buf_printf(report, "wording/%s: no entry \"%s\" (a tool uses it)\n", w->slug,
				   needs[i].name);
			bad++;
			continue;
		}
		for (; *t; t++) {
			size_t k = wording_placeholder(t);

			if (k && !wording_var_allowed(needs[i].vars, t + 1, k)) {
				buf_printf(report, "wording/%s: entry \"%s\" uses {%.*s}, which the tool does"
					   " not fill (it fills: %s)\n", w->slug, needs[i].name, (int)k,
					   t + 1, *needs[i].vars ? needs[i].vars : "nothing");
				bad++;
			}
		}
	}
	return bad;
}

/* wording_complete: 1 if w has every entry of needs. */
int wording_complete(const struct wording *w, const struct wording_need *needs, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (!wording_get(w, needs[i].name))
			return 0;
	return 1;
}
