/* law_cite: law citations in source lines, and the articles of a law
 * file's body. */
#include "law_cite.h"

#include <stdio.h>
#include <string.h>

#define LQ_OPEN "\xe3\x80\x8a"    /* 《 */
#define LQ_CLOSE "\xe3\x80\x8b"   /* 》 */
#define LQ_OPEN2 "\xe3\x80\x88"   /* 〈 */
#define LQ_CLOSE2 "\xe3\x80\x89"  /* 〉 */

/* law_cite_lit: skip lit at *p if it is there. 1 when it was. */
static int law_cite_lit(const char **p, const char *lit)
{
	size_t n = strlen(lit);

	if (strncmp(*p, lit, n) != 0)
		return 0;
	*p += n;
	return 1;
}

/* law_cite_digits: a run of ASCII digits at *p as a number (skipped), or
 * -1 when there is none (or it is absurdly long). */
static long law_cite_digits(const char **p)
{
	const char *s = *p;
	long v = 0;

	while (*s >= '0' && *s <= '9' && s - *p < 6)
		v = v * 10 + (*s++ - '0');
	if (s == *p || (*s >= '0' && *s <= '9'))
		return -1;
	*p = s;
	return v;
}

static const char *const law_cite_small[] = {
	"一", "二", "三", "四", "五", "六", "七", "八", "九", "十"
};

/* law_cite_suffix: "之一" … "之十" at *p (skipped): 1..10, or 0. */
static int law_cite_suffix(const char **p)
{
	const char *s = *p;

	if (!law_cite_lit(&s, "之"))
		return 0;
	for (int i = 0; i < 10; i++)
		if (law_cite_lit(&s, law_cite_small[i])) {
			*p = s;
			return i + 1;
		}
	return 0;
}

/* law_cite_subunit: skip one "第N款" or "第（N）项" / "第(N)项" / "第N项"
 * (a paragraph or item of the article just read). 1 when skipped. */
static int law_cite_subunit(const char **p)
{
	const char *s = *p;

	if (!law_cite_lit(&s, "第"))
		return 0;
	if (law_cite_lit(&s, "（") || law_cite_lit(&s, "(")) {
		while (*s && strncmp(s, "）", strlen("）")) != 0 && *s != ')')
			s++;
		if (!law_cite_lit(&s, "）") && !law_cite_lit(&s, ")"))
			return 0;
	} else if (law_cite_digits(&s) < 0) {
		int ok = 0;
		for (int i = 0; i < 10; i++)
			ok |= law_cite_lit(&s, law_cite_small[i]);
		if (!ok)
			return 0;
	}
	if (!law_cite_lit(&s, "款") && !law_cite_lit(&s, "项"))
		return 0;
	*p = s;
	return 1;
}

/* law_cite_add: one citation of article num (suffix 0..10) into out. */
static void law_cite_add(struct law_cite *out, int *n, int max, int line, const char *name,
			 const char *hint, long num, int suffix)
{
	struct law_cite *c;

	if (*n >= max)
		return;
	c = &out[(*n)++];
	c->line = line;
	c->name = name;
	c->hint = hint;
	if (num < 0)
		c->num[0] = '\0';
	else if (suffix)
		snprintf(c->num, sizeof(c->num), "%ld之%s", num, law_cite_small[suffix - 1]);
	else
		snprintf(c->num, sizeof(c->num), "%ld", num);
}

/* law_cite_refs: the article numbers after a title at *p ("第1159条、
 * 第1161条", "第201–203条", "第1159、1161条", "第293条之一", with 款/项
 * skipped) into out; the number of them. */
static int law_cite_refs(const char **p, struct law_cite *out, int *n, int max, int line,
			 const char *name, const char *hint)
{
	const char *s = *p;
	int found = 0;

	while (*s == ' ')
		s++;
	for (;;) {
		const char *save = s;
		long nums[32];
		int nn = 0, suffix = 0;

		if (!law_cite_lit(&s, "第"))
			break;
		for (;;) {
			long v = law_cite_digits(&s);

			if (v < 0 || nn >= 32)
				break;
			nums[nn++] = v;
			if (law_cite_lit(&s, "–") || law_cite_lit(&s, "—") || law_cite_lit(&s, "-") ||
			    law_cite_lit(&s, "至")) {
				long to;

				law_cite_lit(&s, "第");
				to = law_cite_digits(&s);
				if (to < v || to - v > 30) {
					nn = 0;   /* not a range this site writes */
					break;
				}
				for (long k = v + 1; k <= to && nn < 32; k++)
					nums[nn++] = k;
			}
			if (!law_cite_lit(&s, "、"))
				break;
		}
		if (nn == 0 || !law_cite_lit(&s, "条")) {
			s = save;
			break;
		}
		suffix = law_cite_suffix(&s);
		for (int i = 0; i < nn; i++)
			law_cite_add(out, n, max, line, name, hint, nums[i], i == nn - 1 ? suffix : 0);
		found += nn;
		while (law_cite_subunit(&s))
			;
		save = s;
		if (!(law_cite_lit(&s, "、") || law_cite_lit(&s, "和") || law_cite_lit(&s, "及") ||
		      law_cite_lit(&s, "，")) || strncmp(s, "第", strlen("第")) != 0) {
			s = save;
			break;
		}
	}
	*p = s;
	return found;
}

/* law_cite_name_key: name (len bytes) as names are compared: 〈〉 read as
 * 《》 and spaces dropped. */
char *law_cite_name_key(const char *name, size_t len, struct arena *a)
{
	char *out = arena_alloc(a, len + 1), *o = out;
	const char *p = name, *end = name + len;

	while (p < end) {
		if (end - p >= 3 && memcmp(p, LQ_OPEN2, 3) == 0) {
			memcpy(o, LQ_OPEN, 3);
			o += 3;
			p += 3;
		} else if (end - p >= 3 && memcmp(p, LQ_CLOSE2, 3) == 0) {
			memcpy(o, LQ_CLOSE, 3);
			o += 3;
			p += 3;
		} else if (*p == ' ') {
			p++;
		} else {
			*o++ = *p++;
		}
	}
	*o = '\0';
	return out;
}

/* law_cite_in_parens: 1 when position at of line l is inside （…） or
 * (…), counted outside titles. */
static int law_cite_in_parens(const char *l, const char *at)
{
	int depth = 0, title = 0;

	for (const char *s = l; s < at;) {
		if (!strncmp(s, LQ_OPEN, 3) || !strncmp(s, LQ_OPEN2, 3))
			title++;
		else if ((!strncmp(s, LQ_CLOSE, 3) || !strncmp(s, LQ_CLOSE2, 3)) && title > 0)
			title--;
		else if (!title && (!strncmp(s, "（", 3) || *s == '('))
			depth++;
		else if (!title && (!strncmp(s, "）", 3) || *s == ')') && depth > 0)
			depth--;
		s += (unsigned char)*s >= 0xe0 ? 3 : (unsigned char)*s >= 0xc0 ? 2 : 1;
	}
	return depth > 0;
}

/* law_cite_scan: every law citation in sources (lines of text) into out
 * (at most max): each 《title》 with the articles named after it, or with
 * num "" when none is; with notes, a title inside a parenthetical remark
 * is an annotation and skipped. How many. */
static int law_cite_scan(const char *sources, struct arena *a, struct law_cite *out, int max,
			 int notes)
{
	const char *line = sources;
	int n = 0;

	for (int ln = 0; line && *line; ln++) {
		const char *eol = strchr(line, '\n');
		size_t len = eol ? (size_t)(eol - line) : strlen(line);
		char *l = arena_strndup(a, line, len), *p = l;

		while ((p = strstr(p, LQ_OPEN)) != NULL) {
			const char *t = p + 3, *q = t;
			int depth = 1;

			/* A title inside a parenthetical remark（据《某日报》报道）is
			 * an annotation, not a citation. */
			if (notes && law_cite_in_parens(l, p)) {
				p += 3;
				continue;
			}

			while (*q && depth > 0) {
				if (!strncmp(q, LQ_OPEN, 3) || !strncmp(q, LQ_OPEN2, 3))
					depth++;
				else if (!strncmp(q, LQ_CLOSE, 3) || !strncmp(q, LQ_CLOSE2, 3))
					depth--;
				if (depth == 0)
					break;
				q += (unsigned char)*q >= 0xe0 ? 3 : 1;
				if (q > l + len)
					q = l + len;
			}
			if (depth != 0)
				break;
			{
				const char *name = law_cite_name_key(t, (size_t)(q - t), a);
				const char *after = q + 3;

				if (law_cite_refs(&after, out, &n, max, ln, name, l) == 0)
					law_cite_add(out, &n, max, ln, name, l, -1, 0);
				p = (char *)after;
			}
		}
		line = eol ? eol + 1 : NULL;
	}
	return n;
}

/* law_cite_parse: every law citation in sources (source lines, one per
 * line) into out (at most max): each 《title》 with the articles named
 * after it, or with num "" when none is; a title in a parenthetical
 * remark（据《某日报》报道）is not a citation. How many. */
int law_cite_parse(const char *sources, struct arena *a, struct law_cite *out, int max)
{
	return law_cite_scan(sources, a, out, max, 1);
}

/* law_cite_parse_text: every law citation in reader-facing text (the
 * tools' wording), where citations often stand in parentheses
 * （《民法典》第195条）: as law_cite_parse, but every title counts. */
int law_cite_parse_text(const char *text, struct arena *a, struct law_cite *out, int max)
{
	return law_cite_scan(text, a, out, max, 0);
}

/* law_cite_json_str: s as a JSON string onto out. */
static void law_cite_json_str(const char *s, struct buf *out)
{
	buf_putc(out, '"');
	for (; *s; s++) {
		if (*s == '"' || *s == '\\')
			buf_putc(out, '\\');
		if ((unsigned char)*s < 0x20)
			buf_printf(out, "\\u%04x", (unsigned char)*s);
		else
			buf_putc(out, *s);
	}
	buf_putc(out, '"');
}

/* law_cite_json: the citations as a JSON array of {"i": line, "t": name,
 * "n": num, "h": line text}, for the store to look up in one query. */
void law_cite_json(const struct law_cite *c, int n, struct buf *out)
{
	buf_putc(out, '[');
	for (int i = 0; i < n; i++) {
		buf_printf(out, "%s{\"i\":%d,\"t\":", i ? "," : "", c[i].line);
		law_cite_json_str(c[i].name, out);
		buf_puts(out, ",\"n\":");
		law_cite_json_str(c[i].num, out);
		buf_puts(out, ",\"h\":");
		law_cite_json_str(c[i].hint, out);
		buf_putc(out, '}');
	}
	buf_putc(out, ']');
}

/* law_num_ord: the sort key of an article number: 128 → 12800, 293之一
 * → 29301; -1 when num is not one. */
long law_num_ord(const char *num)
{
	const char *p = num;
	long v = law_cite_digits(&p);
	int suffix;

	if (v < 0)
		return -1;
	suffix = law_cite_suffix(&p);
	return *p ? -1 : v * 100 + suffix;
}

/* law_text_trim: text (len bytes) without blank lines at either end. */
static char *law_text_trim(const char *text, size_t len, struct arena *a)
{
	while (len && (text[0] == '\n'))
		text++, len--;
	while (len && text[len - 1] == '\n')
		len--;
	return arena_strndup(a, text, len);
}

/* law_text_parse: the articles of a law file's body: "### 第N条" (or
 * "### 第N条之一") headings in ascending order, each followed by its text
 * (which may be empty when the site has no official text). Nothing may
 * come before the first heading. The count (with *out, *n), or -1 with
 * err naming the line. */
int law_text_parse(const char *body, struct arena *a, struct law_text **out, size_t *n,
		   struct buf *err)
{
	size_t cap = 16, count = 0;
	struct law_text *v = arena_alloc(a, cap * sizeof(*v));
	const char *p = body ? body : "", *text = NULL;
	int line = 0;

	*out = v;
	*n = 0;
	while (*p) {
		const char *eol = strchr(p, '\n');
		size_t len = eol ? (size_t)(eol - p) : strlen(p);

		line++;
		if (len > 4 && strncmp(p, "### ", 4) == 0) {
			const char *h = p + 4;
			long num, ord;
			int suffix;
			char numtxt[LAW_NUM_MAX];

			if (!law_cite_lit(&h, "第") || (num = law_cite_digits(&h)) < 0 ||
			    !law_cite_lit(&h, "条")) {
				buf_printf(err, "body line %d: a heading must be \"### 第N条\"", line);
				return -1;
			}
			suffix = law_cite_suffix(&h);
			if (h != p + len) {
				buf_printf(err, "body line %d: a heading must be \"### 第N条\"", line);
				return -1;
			}
			if (suffix)
				snprintf(numtxt, sizeof(numtxt), "%ld之%s", num, law_cite_small[suffix - 1]);
			else
				snprintf(numtxt, sizeof(numtxt), "%ld", num);
			ord = law_num_ord(numtxt);
			if (count && ord <= v[count - 1].ord) {
				buf_printf(err, "body line %d: 第%s条 is out of order or given twice",
					   line, numtxt);
				return -1;
			}
			if (count)
				v[count - 1].text = law_text_trim(text, (size_t)(p - text), a);
			if (count == cap) {
				struct law_text *bigger = arena_alloc(a, cap * 2 * sizeof(*v));

				memcpy(bigger, v, count * sizeof(*v));
				v = bigger;
				cap *= 2;
			}
			memset(&v[count], 0, sizeof(v[count]));
			memcpy(v[count].num, numtxt, sizeof(numtxt));
			v[count].ord = ord;
			count++;
			text = eol ? eol + 1 : p + len;
		} else if (!count && len > 0) {
			buf_printf(err, "body line %d: text before the first \"### 第N条\" heading", line);
			return -1;
		}
		p = eol ? eol + 1 : p + len;
	}
	if (count)
		v[count - 1].text = law_text_trim(text, strlen(text), a);
	*out = v;
	*n = count;
	return (int)count;
}
