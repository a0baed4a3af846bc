/* content: parse and write the content/ file format. */
#include "content.h"

#include <string.h>

#include "date.h"
#include "field.h"
#include "wording.h"

enum content_type {
	CT_LINE,    /* one line of text */
	CT_SLUG,
	CT_SLUGS,   /* comma-separated slugs */
	CT_DATE,
	CT_INT,
	CT_STATUS,  /* published | draft */
	CT_WORDS,   /* comma-separated words */
	CT_CHOICE   /* one of the key's choices */
};

struct content_key {
	const char *name;
	enum content_type type;
	int flags;          /* CK_REPEAT, CK_OPTIONAL */
	const char *choices; /* CT_CHOICE: the values allowed, "a|b" */
};

enum { CK_REPEAT = 1, CK_OPTIONAL = 2 };

struct content_schema {
	const char *dir;      /* folder under content/ */
	const char *suffix;   /* file name ending */
	struct content_key keys[CONTENT_MAXKEYS];
	int nkeys;
	int body_optional;    /* the body may be empty (a law with no text here) */
};

/* The file kinds; keys must appear in exactly this order. */
static const struct content_schema content_schemas[] = {
	[CONTENT_CATEGORY] = { "categories", ".txt", {
		{ "title", CT_LINE, 0 },
		{ "position", CT_INT, 0 },
		{ "featured", CT_SLUGS, 0 },
		{ "summary", CT_LINE, 0 },
	}, 4 },
	[CONTENT_ARTICLE] = { "articles", ".md", {
		{ "title", CT_LINE, 0 },
		{ "category", CT_SLUG, 0 },
		{ "summary", CT_LINE, 0 },
		{ "keywords", CT_LINE, 0 },
		{ "status", CT_STATUS, 0 },
		{ "reviewed", CT_DATE, 0 },
		{ "urgent", CT_CHOICE, CK_OPTIONAL, "yes" },
		{ "source", CT_LINE, CK_REPEAT },
	}, 8 },
	[CONTENT_CHANNEL] = { "channels", ".md", {
		{ "name", CT_LINE, 0 },
		{ "operator", CT_LINE, 0 },
		{ "handles", CT_LINE, 0 },
		{ "not_handles", CT_LINE, 0 },
		{ "contact", CT_LINE, 0 },
		{ "prepare", CT_LINE, 0 },
		{ "next", CT_LINE, 0 },
		{ "position", CT_INT, 0 },
		{ "reviewed", CT_DATE, 0 },
	}, 9 },
	[CONTENT_GLOSSARY] = { "glossary", ".md", {
		{ "term", CT_LINE, 0 },
		{ "aliases", CT_WORDS, CK_OPTIONAL },
		{ "position", CT_INT, 0 },
		{ "reviewed", CT_DATE, 0 },
		{ "source", CT_LINE, CK_REPEAT },
	}, 5 },
	[CONTENT_SITUATION] = { "situations", ".md", {
		{ "title", CT_LINE, 0 },
		{ "position", CT_INT, 0 },
		{ "channels", CT_SLUGS, 0 },
	}, 3 },
	[CONTENT_LAW] = { "law", ".md", {
		{ "title", CT_LINE, 0 },
		{ "aliases", CT_WORDS, CK_OPTIONAL },
		{ "version", CT_LINE, 0 },
		{ "in_force", CT_DATE, 0 },
		{ "status", CT_CHOICE, 0, "current|superseded" },
		{ "scope", CT_CHOICE, 0, "full|excerpt|none" },
		{ "official", CT_LINE, 0 },
		{ "reviewed", CT_DATE, 0 },
		{ "source", CT_LINE, CK_REPEAT },
	}, 9, 1 },
	[CONTENT_VALUE] = { "values", ".md", {
		{ "title", CT_LINE, 0 },
		{ "kind", CT_CHOICE, 0, "holidays|number|text" },
		{ "value", CT_LINE, 0 },
		{ "effective", CT_DATE, 0 },
		{ "source", CT_LINE, CK_REPEAT },
		{ "checked", CT_DATE, 0 },
		{ "check_by", CT_DATE, 0 },
	}, 7, 1 },
	/* A question or a step of /plan: which keys each needs is checked
	 * when it is stored (content/plan format in content/README.md). */
	[CONTENT_PLAN] = { "plan", ".md", {
		{ "type", CT_CHOICE, 0, "question|step" },
		{ "position", CT_INT, CK_OPTIONAL },
		{ "text", CT_LINE, CK_OPTIONAL },
		{ "kind", CT_CHOICE, CK_OPTIONAL, "one|many|date" },
		{ "choices", CT_LINE, CK_OPTIONAL },
		{ "unsure", CT_CHOICE, CK_OPTIONAL, "yes|no" },
		{ "letter_fields", CT_LINE, CK_OPTIONAL },
		{ "help", CT_LINE, CK_OPTIONAL },
		{ "ask_when", CT_LINE, CK_OPTIONAL | CK_REPEAT },
		{ "bucket", CT_CHOICE, CK_OPTIONAL, "today|week|later|exit" },
		{ "order", CT_INT, CK_OPTIONAL },
		{ "title", CT_LINE, CK_OPTIONAL },
		{ "when", CT_LINE, CK_OPTIONAL | CK_REPEAT },
		{ "article", CT_SLUG, CK_OPTIONAL },
		{ "letter", CT_CHOICE, CK_OPTIONAL, "negotiate|stop-contact|credit-dispute|complaint" },
		{ "channel", CT_SLUG, CK_OPTIONAL },
		{ "deadline", CT_LINE, CK_OPTIONAL },
		{ "deadline_title", CT_LINE, CK_OPTIONAL },
		{ "source", CT_LINE, CK_OPTIONAL | CK_REPEAT },
	}, 19, 1 },
	[CONTENT_WORDING] = { "wording", ".md", {
		{ "title", CT_LINE, 0 },
		{ "tool", CT_LINE, 0 },
		{ "reviewed", CT_DATE, 0 },
		{ "source", CT_LINE, CK_REPEAT },
	}, 4 },
	[CONTENT_SYNONYM] = { "synonyms", ".md", {
		{ "words", CT_WORDS, 0 },
		{ "reviewed", CT_DATE, 0 },
	}, 2, 1 },
};

/* content_schema_of: the schema for kind. */
static const struct content_schema *content_schema_of(enum content_kind kind)
{
	return &content_schemas[kind];
}

/* content_choice_ok: 1 when v (len bytes) is one of choices ("a|b"). */
static int content_choice_ok(const char *choices, const char *v, size_t len)
{
	const char *p = choices;

	while (p && *p) {
		const char *e = strchr(p, '|');
		size_t n = e ? (size_t)(e - p) : strlen(p);

		if (n == len && memcmp(p, v, len) == 0)
			return 1;
		p = e ? e + 1 : NULL;
	}
	return 0;
}

/* content_check_value: NULL if v (len bytes) is a good value of key k,
 * else why not. */
static const char *content_check_value(const struct content_key *k, const char *v, size_t len)
{
	enum content_type t = k->type;
	long n;

	if (len == 0)
		return "empty value";
	if (v[0] == ' ' || v[len - 1] == ' ')
		return "value has leading or trailing spaces";
	if (field_utf8_check(v, len, 0, NULL) != FE_OK)
		return "value is not valid UTF-8 text or has control characters";
	switch (t) {
	case CT_LINE:
		return NULL;
	case CT_SLUG:
		return field_slug_ok(v, len) ? NULL : "not a slug (a-z, 0-9, -)";
	case CT_SLUGS: {
		size_t i = 0;
		while (i < len) {
			size_t e = i;
			while (e < len && v[e] != ',')
				e++;
			if (!field_slug_ok(v + i, e - i))
				return "not a list of slugs separated by \", \"";
			if (e < len && (e + 1 >= len || v[e + 1] != ' '))
				return "not a list of slugs separated by \", \"";
			i = e < len ? e + 2 : e;
		}
		return NULL;
	}
	case CT_WORDS: {
		size_t i = 0;
		while (i < len) {
			size_t e = i;
			while (e < len && v[e] != ',')
				e++;
			if (e == i || v[i] == ' ' || v[e - 1] == ' ')
				return "not a list of words separated by \", \"";
			if (e < len && (e + 1 >= len || v[e + 1] != ' '))
				return "not a list of words separated by \", \"";
			i = e < len ? e + 2 : e;
		}
		return NULL;
	}
	case CT_DATE:
		return field_date_ok(v, len) ? NULL : "not a date YYYY-MM-DD";
	case CT_INT:
		if (!field_int_parse(v, len, &n) || n < 0 || n > 100000 ||
		    (len > 1 && v[0] == '0') || v[0] == '+')
			return "not a whole number";
		return NULL;
	case CT_STATUS:
		if ((len == 9 && memcmp(v, "published", 9) == 0) ||
		    (len == 5 && memcmp(v, "draft", 5) == 0))
			return NULL;
		return "status must be published or draft";
	case CT_CHOICE:
		return content_choice_ok(k->choices, v, len) ? NULL : "not one of the values allowed";
	}
	return "bad type";
}

/* content_parse: parse text (len bytes) as a file of kind into doc, with
 * strings in arena a. Strict, so that content_format gives back exactly
 * the same bytes. 0, or -1 with err naming the line and the problem. */
int content_parse(enum content_kind kind, const char *text, size_t len,
		  struct arena *a, struct content_doc *doc, struct buf *err)
{
	const struct content_schema *sc = content_schema_of(kind);
	struct buf vals[CONTENT_MAXKEYS];
	size_t pos = 0;
	int line = 0, k = 0, rc = -1, no_body = 0;

	memset(doc, 0, sizeof(*doc));
	doc->kind = kind;
	for (int i = 0; i < CONTENT_MAXKEYS; i++)
		buf_init(&vals[i]);
	if (memchr(text, '\r', len) || memchr(text, '\0', len)) {
		buf_puts(err, "line 1: carriage return or NUL byte in file");
		goto out;
	}
	for (;;) {
		const char *ln = text + pos, *nl, *colon;
		size_t ll;
		int key = -1;

		line++;
		if (pos >= len && sc->body_optional && line > 1) {
			no_body = 1;   /* the header ends the file: no body */
			break;
		}
		nl = memchr(ln, '\n', len - pos);
		if (!nl) {
			buf_printf(err, "line %d: the header must end with a blank line and a body", line);
			goto out;
		}
		ll = (size_t)(nl - ln);
		pos += ll + 1;
		if (ll == 0)
			break;
		colon = memchr(ln, ':', ll);
		if (!colon || (size_t)(colon - ln) + 1 >= ll || colon[1] != ' ') {
			buf_printf(err, "line %d: expected \"key: value\"", line);
			goto out;
		}
		for (int i = k; i < sc->nkeys; i++) {
			if (strlen(sc->keys[i].name) == (size_t)(colon - ln) &&
			    memcmp(sc->keys[i].name, ln, (size_t)(colon - ln)) == 0) {
				key = i;
				break;
			}
		}
		if (key < 0) {
			buf_printf(err, "line %d: unexpected key \"%.*s\" (keys, in order:", line,
				   (int)(colon - ln), ln);
			for (int i = 0; i < sc->nkeys; i++)
				buf_printf(err, " %s", sc->keys[i].name);
			buf_puts(err, ")");
			goto out;
		}
		if (vals[key].len && !(sc->keys[key].flags & CK_REPEAT)) {
			buf_printf(err, "line %d: key \"%s\" given twice", line, sc->keys[key].name);
			goto out;
		}
		for (int i = k; i < key; i++) {
			if (!vals[i].len && !(sc->keys[i].flags & CK_OPTIONAL)) {
				buf_printf(err, "line %d: missing key \"%s\" before \"%s\"", line,
					   sc->keys[i].name, sc->keys[key].name);
				goto out;
			}
		}
		{
			const char *v = colon + 2;
			size_t vl = ll - (size_t)(colon - ln) - 2;
			const char *why = content_check_value(&sc->keys[key], v, vl);
			if (why) {
				buf_printf(err, "line %d: %s: %s", line, sc->keys[key].name, why);
				goto out;
			}
			if (vals[key].len)
				buf_putc(&vals[key], '\n');
			buf_append(&vals[key], v, vl);
		}
		k = key;
	}
	for (int i = 0; i < sc->nkeys; i++) {
		if (!vals[i].len) {
			if (sc->keys[i].flags & CK_OPTIONAL)
				continue;
			buf_printf(err, "line %d: missing key \"%s\"", line, sc->keys[i].name);
			goto out;
		}
		doc->val[i] = arena_strndup(a, vals[i].data, vals[i].len);
	}
	if (no_body) {
		doc->body = arena_strdup(a, "");
		rc = 0;
		goto out;
	}
	if (pos >= len || text[pos] == '\n') {
		buf_printf(err, "line %d: the body is missing (or starts with a blank line)", line + 1);
		goto out;
	}
	if (text[len - 1] != '\n' || (len >= 2 && text[len - 2] == '\n')) {
		buf_puts(err, "end of file: the file must end with exactly one newline");
		goto out;
	}
	if (field_utf8_check(text + pos, len - pos, 1, NULL) != FE_OK) {
		buf_printf(err, "line %d: the body is not valid UTF-8 text", line + 1);
		goto out;
	}
	doc->body = arena_strndup(a, text + pos, len - pos);
	if (kind == CONTENT_WORDING) {
		struct wording_entry *entries;
		size_t n;

		if (wording_parse(doc->body, a, &entries, &n, err) < 0)
			goto out;
	}
	rc = 0;
out:
	for (int i = 0; i < CONTENT_MAXKEYS; i++)
		buf_free(&vals[i]);
	return rc;
}

/* content_format: write doc in the content/ format. */
void content_format(const struct content_doc *doc, struct buf *out)
{
	const struct content_schema *sc = content_schema_of(doc->kind);

	for (int i = 0; i < sc->nkeys; i++) {
		const char *v = doc->val[i] ? doc->val[i] : "";
		if (!*v && (sc->keys[i].flags & CK_OPTIONAL))
			continue;
		do {
			const char *nl = strchr(v, '\n');
			size_t n = nl ? (size_t)(nl - v) : strlen(v);
			buf_printf(out, "%s: %.*s\n", sc->keys[i].name, (int)n, v);
			v = nl ? nl + 1 : NULL;
		} while (v && (sc->keys[i].flags & CK_REPEAT));
	}
	if (sc->body_optional && (!doc->body || !*doc->body))
		return;   /* a header alone */
	buf_putc(out, '\n');
	buf_puts(out, doc->body ? doc->body : "");
}

/* content_get: the value of key in doc, or NULL. */
const char *content_get(const struct content_doc *doc, const char *key)
{
	const struct content_schema *sc = content_schema_of(doc->kind);

	for (int i = 0; i < sc->nkeys; i++)
		if (strcmp(sc->keys[i].name, key) == 0)
			return doc->val[i];
	return NULL;
}

/* content_set: set the value of key in doc (the string is not copied). */
void content_set(struct content_doc *doc, const char *key, const char *v)
{
	const struct content_schema *sc = content_schema_of(doc->kind);

	for (int i = 0; i < sc->nkeys; i++)
		if (strcmp(sc->keys[i].name, key) == 0)
			doc->val[i] = v;
}

/* content_dir: the folder under content/ that holds files of kind. */
const char *content_dir(enum content_kind kind)
{
	return content_schema_of(kind)->dir;
}

/* content_suffix: the file name ending of files of kind. */
const char *content_suffix(enum content_kind kind)
{
	return content_schema_of(kind)->suffix;
}

/* content_holidays: the days of a holidays value's body: one line each,
 * "- YYYY-MM-DD 休" (a public holiday) or "- YYYY-MM-DD 班" (a weekend day
 * worked), optionally followed by a space and a note; other lines (a
 * heading, a paragraph) are notes. Every day must be in year, and each
 * given once. The count (with *out), or -1 with err naming the line. */
int content_holidays(const char *body, int year, struct arena *a, struct date_special **out,
		     size_t *n, struct buf *err)
{
	size_t cap = 64, count = 0;
	struct date_special *v = arena_alloc(a, cap * sizeof(*v));
	const char *p = body ? body : "";
	int line = 0;

	*out = v;
	*n = 0;
	while (*p) {
		const char *eol = strchr(p, '\n');
		size_t len = eol ? (size_t)(eol - p) : strlen(p);

		line++;
		if (len >= 2 && p[0] == '-' && p[1] == ' ') {
			struct date d;
			char day[11];
			const char *k = p + 13;

			if (len < 2 + 10 + 4 || p[12] != ' ') {
				buf_printf(err, "body line %d: expected \"- YYYY-MM-DD 休\" or \"- YYYY-MM-DD 班\"", line);
				return -1;
			}
			memcpy(day, p + 2, 10);
			day[10] = '\0';
			if (!date_parse(day, &d) || d.y != year) {
				buf_printf(err, "body line %d: %s is not a date of %d", line, day, year);
				return -1;
			}
			if (strncmp(k, "休", 3) != 0 && strncmp(k, "班", 3) != 0) {
				buf_printf(err, "body line %d: after the date, 休 (holiday) or 班 (worked)", line);
				return -1;
			}
			if (k[3] != '\0' && k[3] != '\n' && k[3] != ' ') {
				buf_printf(err, "body line %d: a note after 休 or 班 needs a space", line);
				return -1;
			}
			for (size_t i = 0; i < count; i++)
				if (date_cmp(v[i].day, d) == 0) {
					buf_printf(err, "body line %d: %s given twice", line, day);
					return -1;
				}
			if (count == cap) {
				struct date_special *bigger = arena_alloc(a, cap * 2 * sizeof(*v));

				memcpy(bigger, v, count * sizeof(*v));
				v = bigger;
				cap *= 2;
			}
			v[count].day = d;
			v[count].kind = strncmp(k, "休", 3) == 0 ? DATE_HOLIDAY : DATE_WORKDAY;
			count++;
		}
		p = eol ? eol + 1 : p + len;
	}
	*out = v;
	*n = count;
	return (int)count;
}
