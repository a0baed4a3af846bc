/* attack_check: look for markup an attacker put into quanyi's answers.
 *
 *   attack_check BASEDIR ATTACKDIR [PAYLOADS MAP]
 *
 * BASEDIR holds answers (CGI head and body, as fcgi_client -O writes
 * them) to requests with harmless values; every tag and attribute name
 * found there is what the site itself writes. Each answer in ATTACKDIR
 * came back for the same kind of request with an attack in its values.
 * An HTML or XML answer there fails when it holds:
 *   - a tag or an attribute the harmless answers never had (<svg>,
 *     onerror=, style=, srcdoc= …), or any on*= attribute;
 *   - a URL attribute (href, src, action …) whose value starts with
 *     javascript:, vbscript: or data: (ignoring case, blanks and control
 *     characters);
 *   - the attack itself, verbatim, when it holds < or > (it should only
 *     ever come back escaped), or when it holds a quote and comes back
 *     inside a tag (in text a quote does no harm). PAYLOADS has the attacks, one a line
 *     (# comments and "raw:" lines as in attack/xss.txt); MAP has one
 *     line per answer: its file name and the payload's number.
 * Any other answer must be text/plain with nosniff, or an answer without
 * a body. Prints each finding and a closing line; exits 1 on any.
 */
#define _GNU_SOURCE
#include <ctype.h>
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

enum { AC_MAX_NAMES = 4096, AC_NAME = 64 };

struct ac_set {
	char names[AC_MAX_NAMES][AC_NAME];
	int n;
};

static struct ac_set ac_tags, ac_attrs;
static long ac_findings, ac_checked;
static char *ac_payload_text;          /* what ac_payloads points into */

/* ac_read: the whole file, NUL-terminated (*len bytes), or NULL. */
static char *ac_read(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	char *data = NULL;
	size_t cap = 0, n = 0, got;

	if (!f)
		return NULL;
	do {
		if (n + 65536 + 1 > cap) {
			cap = (n + 65536 + 1) * 2;
			data = realloc(data, cap);
			if (!data) {
				fclose(f);
				return NULL;
			}
		}
		got = fread(data + n, 1, 65536, f);
		n += got;
	} while (got > 0);
	fclose(f);
	data[n] = '\0';
	*len = n;
	return data;
}

/* ac_has: whether set s holds name. */
static int ac_has(const struct ac_set *s, const char *name)
{
	for (int i = 0; i < s->n; i++)
		if (strcmp(s->names[i], name) == 0)
			return 1;
	return 0;
}

/* ac_add: put name into set s. */
static void ac_add(struct ac_set *s, const char *name)
{
	if (!ac_has(s, name) && s->n < AC_MAX_NAMES)
		snprintf(s->names[s->n++], AC_NAME, "%s", name);
}

/* ac_finding: report one problem with file. */
static void ac_finding(const char *file, const char *what, const char *detail)
{
	ac_findings++;
	printf("%s: %s: %.120s\n", file, what, detail);
}

/* ac_scheme_bad: whether a URL attribute value starts a script or data
 * URL once blanks, control characters and case are ignored. */
static int ac_scheme_bad(const char *v, size_t n)
{
	char s[16];
	size_t k = 0;

	for (size_t i = 0; i < n && k < sizeof(s) - 1; i++) {
		unsigned char c = (unsigned char)v[i];
		if (c <= ' ')
			continue;
		s[k++] = (char)tolower(c);
	}
	s[k] = '\0';
	return strncmp(s, "javascript:", 11) == 0 || strncmp(s, "vbscript:", 9) == 0 ||
	       strncmp(s, "data:", 5) == 0;
}

/* ac_url_attr: whether attribute name holds a URL. */
static int ac_url_attr(const char *name)
{
	static const char *const urls[] = { "href", "src", "action", "formaction", "data",
					    "poster", "background", "xlink:href", "srcset",
					    "cite", "ping", NULL };

	for (int i = 0; urls[i]; i++)
		if (strcmp(name, urls[i]) == 0)
			return 1;
	return 0;
}

/* ac_scan: walk the tags of body (n bytes). learn: add their names to the
 * sets; otherwise report names not in them and dangerous attributes. */
static void ac_scan(const char *file, const char *body, size_t n, int learn)
{
	const char *p = body, *end = body + n;

	while ((p = memchr(p, '<', (size_t)(end - p))) != NULL) {
		char name[AC_NAME];
		size_t k = 0;

		p++;
		if (p < end && *p == '!') {            /* comment, doctype, CDATA */
			const char *close = strstr(p, p + 2 < end && p[1] == '-' ? "-->" : ">");
			p = close ? close : end;
			continue;
		}
		if (p < end && (*p == '/' || *p == '?'))
			p++;
		if (p >= end || !isalpha((unsigned char)*p))
			continue;
		while (p < end && !isspace((unsigned char)*p) && *p != '>' && *p != '/' &&
		       k < sizeof(name) - 1)
			name[k++] = (char)tolower((unsigned char)*p++);
		name[k] = '\0';
		if (learn)
			ac_add(&ac_tags, name);
		else if (!ac_has(&ac_tags, name))
			ac_finding(file, "a tag the site never writes", name);
		/* attributes, up to the end of the tag */
		while (p < end && *p != '>') {
			char an[AC_NAME];
			const char *v = NULL;
			size_t vn = 0;

			k = 0;
			while (p < end && (isspace((unsigned char)*p) || *p == '/'))
				p++;
			if (p >= end || *p == '>')
				break;
			while (p < end && !isspace((unsigned char)*p) && *p != '=' && *p != '>' &&
			       k < sizeof(an) - 1)
				an[k++] = (char)tolower((unsigned char)*p++);
			an[k] = '\0';
			while (p < end && isspace((unsigned char)*p))
				p++;
			if (p < end && *p == '=') {
				p++;
				while (p < end && isspace((unsigned char)*p))
					p++;
				if (p < end && (*p == '"' || *p == '\'')) {
					char q = *p++;
					v = p;
					while (p < end && *p != q)
						p++;
					vn = (size_t)(p - v);
					if (p < end)
						p++;
				} else {
					v = p;
					while (p < end && !isspace((unsigned char)*p) && *p != '>')
						p++;
					vn = (size_t)(p - v);
				}
			}
			if (!an[0]) {
				p++;
				continue;
			}
			if (learn) {
				ac_add(&ac_attrs, an);
				continue;
			}
			if (strncmp(an, "on", 2) == 0)
				ac_finding(file, "an event handler attribute", an);
			else if (!ac_has(&ac_attrs, an))
				ac_finding(file, "an attribute the site never writes", an);
			if (v && ac_url_attr(an) && ac_scheme_bad(v, vn))
				ac_finding(file, "a script or data URL", an);
		}
	}
}

/* ac_unescaped: whether payload comes back in body where it can do
 * harm: verbatim with its < or >, or with a quote inside a tag. */
static int ac_unescaped(const char *body, const char *payload)
{
	const char *at = body;

	if (!strpbrk(payload, "<>\"'"))
		return 0;
	while ((at = strstr(at, payload)) != NULL) {
		const char *lt = NULL, *gt = NULL;

		if (strpbrk(payload, "<>"))
			return 1;
		for (const char *q = at; q > body && !lt && !gt; q--) {
			if (q[-1] == '<')
				lt = q - 1;
			else if (q[-1] == '>')
				gt = q - 1;
		}
		if (lt)
			return 1;
		at++;
	}
	return 0;
}

/* ac_header: the value of header name in the head of an answer. */
static int ac_header(const char *head, size_t headlen, const char *name, char *out, size_t outsz)
{
	size_t n = strlen(name);

	for (const char *l = head; l && l < head + headlen; ) {
		const char *e = memchr(l, '\n', (size_t)(head + headlen - l));
		if (strncasecmp(l, name, n) == 0 && l[n] == ':') {
			const char *v = l + n + 1;
			size_t vn;
			while (*v == ' ')
				v++;
			vn = (size_t)((e ? e : head + headlen) - v);
			while (vn && (v[vn - 1] == '\r' || v[vn - 1] == '\n'))
				vn--;
			snprintf(out, outsz, "%.*s", (int)vn, v);
			return 1;
		}
		l = e ? e + 1 : NULL;
	}
	return 0;
}

/* ac_payloads: the payloads of path, by number (1-based, as MAP counts
 * them); raw: lines are kept as NULL (their decoded form is not known). */
static char **ac_payloads(const char *path, long *count)
{
	size_t len;
	char *all = ac_read(path, &len), **out = NULL;
	long n = 0, cap = 0;

	if (!all)
		return NULL;
	ac_payload_text = all;
	for (char *l = all, *e; l && *l; l = e ? e + 1 : NULL) {
		e = strchr(l, '\n');
		if (e)
			*e = '\0';
		if (!*l || *l == '#')
			continue;
		if (n + 1 >= cap) {
			cap = cap ? cap * 2 : 128;
			out = realloc(out, (size_t)cap * sizeof(*out));
			if (!out)
				return NULL;
		}
		out[++n] = strncmp(l, "raw:", 4) == 0 ? NULL : l;
	}
	*count = n;
	return out;
}

/* ac_file: check (or learn from) one answer. */
static void ac_file(const char *dir, const char *name, int learn, const char *payload)
{
	char path[4096], ctype[256] = "", nosniff[64] = "";
	size_t len, headlen;
	char *data, *sep;

	snprintf(path, sizeof(path), "%s/%s", dir, name);
	data = ac_read(path, &len);
	if (!data) {
		ac_finding(name, "cannot read", path);
		return;
	}
	sep = strstr(data, "\r\n\r\n");
	headlen = sep ? (size_t)(sep - data) : len;
	ac_header(data, headlen, "Content-Type", ctype, sizeof(ctype));
	ac_header(data, headlen, "X-Content-Type-Options", nosniff, sizeof(nosniff));
	if (!learn)
		ac_checked++;
	if (sep && (strncmp(ctype, "text/html", 9) == 0 || strstr(ctype, "xml"))) {
		const char *body = sep + 4;
		ac_scan(name, body, len - (size_t)(body - data), learn);
		if (!learn && payload && ac_unescaped(body, payload))
			ac_finding(name, "the attack came back unescaped", payload);
	} else if (!learn && sep && sep[4] && !(strncmp(ctype, "text/plain", 10) == 0 &&
						strcmp(nosniff, "nosniff") == 0)) {
		ac_finding(name, "a body that is neither HTML nor plain text with nosniff", ctype);
	}
	free(data);
}

/* ac_dir: every file of dir, learnt from or checked. */
static int ac_dir(const char *dir, int learn, char **payloads, long npayloads, const char *map)
{
	DIR *d = opendir(dir);
	struct dirent *e;
	char *mapdata = NULL;
	size_t maplen;

	if (!d) {
		fprintf(stderr, "attack_check: cannot open %s\n", dir);
		return -1;
	}
	if (map)
		mapdata = ac_read(map, &maplen);
	while ((e = readdir(d)) != NULL) {
		const char *payload = NULL;

		if (e->d_name[0] == '.')
			continue;
		if (mapdata) {
			/* the line "<name> <payload number>" */
			size_t n = strlen(e->d_name);
			for (const char *l = mapdata; l && *l; ) {
				if (strncmp(l, e->d_name, n) == 0 && l[n] == ' ') {
					long k = strtol(l + n + 1, NULL, 10);
					if (k > 0 && k <= npayloads)
						payload = payloads[k];
					break;
				}
				l = strchr(l, '\n');
				if (l)
					l++;
			}
		}
		ac_file(dir, e->d_name, learn, payload);
	}
	closedir(d);
	free(mapdata);
	return 0;
}

int main(int argc, char **argv)
{
	char **payloads = NULL;
	long npayloads = 0;

	if (argc != 3 && argc != 5) {
		fputs("usage: attack_check BASEDIR ATTACKDIR [PAYLOADS MAP]\n", stderr);
		return 2;
	}
	if (argc == 5 && !(payloads = ac_payloads(argv[3], &npayloads))) {
		fprintf(stderr, "attack_check: cannot read %s\n", argv[3]);
		return 2;
	}
	if (ac_dir(argv[1], 1, NULL, 0, NULL) != 0 ||
	    ac_dir(argv[2], 0, payloads, npayloads, argc == 5 ? argv[4] : NULL) != 0)
		return 2;
	printf("attack_check: %ld answers checked against %d tags and %d attributes the site "
	       "writes: %ld findings\n", ac_checked, ac_tags.n, ac_attrs.n, ac_findings);
	free(payloads);
	free(ac_payload_text);
	return ac_findings ? 1 : 0;
}
