/* fuzz_markdown: the Markdown path: src/markdown.c (cmark, safe mode),
 * and the x-cmark template modifier in src/tpl.cc through which its
 * HTML reaches a page.
 *
 * Input: Markdown, as an editor or a reader's answer might hold it.
 *
 * Properties: cmark's HTML is valid UTF-8; it holds only the tags
 * CommonMark produces (no raw HTML: that is omitted) with only their
 * attributes; no link or image points at a javascript:, vbscript:,
 * file: or non-image data: address, even after a browser decodes
 * entities and drops the spaces and controls it ignores; through a
 * template, {{X:x-cmark}} shows text set with tpl_set_cmark as it is and
 * escapes anything else exactly as a plain {{X}} does. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <sodium.h>

#include "fuzz_util.h"
#include "markdown.h"
#include "tpl.h"

static struct tpl_cache *fuzz_markdown_tpl;
static char fuzz_markdown_dir[] = "/tmp/quanyi-fuzz-tpl-XXXXXX";
static char fuzz_markdown_file[sizeof(fuzz_markdown_dir) + 16];

/* fuzz_markdown_cleanup: remove the template folder made at start. */
static void fuzz_markdown_cleanup(void)
{
	unlink(fuzz_markdown_file);
	rmdir(fuzz_markdown_dir);
}

/* LLVMFuzzerInitialize: a one-template folder: a cmark value, an
 * untrusted value through x-cmark, and the same value plain. */
int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	struct buf err;
	FILE *f;

	if (sodium_init() < 0 || !mkdtemp(fuzz_markdown_dir))
		abort();
	snprintf(fuzz_markdown_file, sizeof(fuzz_markdown_file), "%s/page.tpl", fuzz_markdown_dir);
	atexit(fuzz_markdown_cleanup);
	f = fopen(fuzz_markdown_file, "w");
	if (!f)
		abort();
	fputs("{{%AUTOESCAPE context=\"HTML\"}}<main>{{HTML:x-cmark}}</main>"
	      "<p>{{RAW:x-cmark}}</p><p>{{PLAIN}}</p>", f);
	if (fclose(f) != 0)
		abort();
	buf_init(&err);
	fuzz_markdown_tpl = tpl_open(fuzz_markdown_dir, &err);
	if (!fuzz_markdown_tpl) {
		fprintf(stderr, "fuzz_markdown: %s\n", err.data ? err.data : "tpl_open failed");
		abort();
	}
	buf_free(&err);
	return 0;
}

/* fuzz_markdown_url_ok: the decoded address v (n bytes, still with HTML
 * entities) is not one a safe renderer must drop. */
static int fuzz_markdown_url_ok(const char *v, size_t n)
{
	static const char *const images[] = { "png", "gif", "jpeg", "webp", NULL };
	char u[64];
	size_t k = 0;

	for (size_t i = 0; i < n && k < sizeof(u) - 1; i++) {
		unsigned long c = (unsigned char)v[i];
		if (c == '&') {
			/* &amp; &quot; &lt; &gt; &#39; and numeric references */
			static const struct { const char *ent; char c; } named[] = {
				{ "&amp;", '&' }, { "&quot;", '"' }, { "&lt;", '<' }, { "&gt;", '>' },
			};
			size_t j;
			for (j = 0; j < sizeof(named) / sizeof(named[0]); j++) {
				size_t l = strlen(named[j].ent);
				if (n - i >= l && memcmp(v + i, named[j].ent, l) == 0) {
					c = (unsigned char)named[j].c;
					i += l - 1;
					break;
				}
			}
			if (j == sizeof(named) / sizeof(named[0]) && i + 2 < n && v[i + 1] == '#') {
				char *end;
				int hex = v[i + 2] == 'x' || v[i + 2] == 'X';
				c = strtoul(v + i + 2 + hex, &end, hex ? 16 : 10);
				if (*end == ';' && (size_t)(end - v) < n)
					i = (size_t)(end - v);
				else
					c = '&';
			}
		}
		/* Browsers drop tabs and newlines anywhere, and spaces and
		 * controls in front. */
		if (c == '\t' || c == '\n' || c == '\r' || (k == 0 && c <= 0x20))
			continue;
		u[k++] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
	}
	u[k] = '\0';
	if (strncmp(u, "javascript:", 11) == 0 || strncmp(u, "vbscript:", 9) == 0 ||
	    strncmp(u, "file:", 5) == 0)
		return 0;
	if (strncmp(u, "data:", 5) == 0) {
		for (const char *const *im = images; *im; im++)
			if (strncmp(u + 5, "image/", 6) == 0 && strncmp(u + 11, *im, strlen(*im)) == 0)
				return 1;
		return 0;
	}
	return 1;
}

/* fuzz_markdown_check_html: walk cmark's output: only known tags and
 * attributes, safe addresses, no stray '<' or '>'. */
static void fuzz_markdown_check_html(const char *h, size_t len)
{
	static const char *const tags[] = {
		"p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "a", "img", "em",
		"strong", "code", "pre", "blockquote", "hr", "br", NULL
	};
	static const char *const attrs[] = { "href", "src", "alt", "title", "start", "class", NULL };
	static const char omitted[] = "<!-- raw HTML omitted -->";
	size_t i = 0;

	while (i < len) {
		size_t j, nl;
		int known = 0;

		FUZZ_CHECK(h[i] != '>', "no stray '>' in text");
		if (h[i] != '<') {
			i++;
			continue;
		}
		if (len - i >= sizeof(omitted) - 1 && memcmp(h + i, omitted, sizeof(omitted) - 1) == 0) {
			i += sizeof(omitted) - 1;
			continue;
		}
		j = i + 1 + (i + 1 < len && h[i + 1] == '/');
		nl = j;
		while (nl < len && ((h[nl] >= 'a' && h[nl] <= 'z') || (h[nl] >= '0' && h[nl] <= '9')))
			nl++;
		for (const char *const *t = tags; *t; t++)
			if (strlen(*t) == nl - j && memcmp(*t, h + j, nl - j) == 0)
				known = 1;
		FUZZ_CHECK(known, "only the tags CommonMark makes");
		j = nl;
		while (j < len && h[j] == ' ' && j + 1 < len && h[j + 1] != '/') {
			size_t an = ++j, vs, ve;
			int ok = 0;
			while (j < len && h[j] >= 'a' && h[j] <= 'z')
				j++;
			for (const char *const *a = attrs; *a; a++)
				if (strlen(*a) == j - an && memcmp(*a, h + an, j - an) == 0)
					ok = 1;
			FUZZ_CHECK(ok && j + 1 < len && h[j] == '=' && h[j + 1] == '"',
				   "only known attributes, quoted");
			vs = j + 2;
			ve = vs;
			while (ve < len && h[ve] != '"') {
				FUZZ_CHECK(h[ve] != '<' && h[ve] != '>', "no '<' or '>' in an attribute");
				ve++;
			}
			FUZZ_CHECK(ve < len, "attributes are closed");
			if ((j - an == 4 && memcmp(h + an, "href", 4) == 0) ||
			    (j - an == 3 && memcmp(h + an, "src", 3) == 0))
				FUZZ_CHECK(fuzz_markdown_url_ok(h + vs, ve - vs), "no dangerous address");
			j = ve + 1;
		}
		if (j + 2 < len && memcmp(h + j, " />", 3) == 0)
			j += 2;
		FUZZ_CHECK(j < len && h[j] == '>', "tags are closed");
		i = j + 1;
	}
}

/* fuzz_markdown_has_mark: data starts with something shaped like the
 * mark tpl.cc puts on cmark's HTML: a byte or two, "mark:", 32 hex
 * digits, then 0x01. */
static int fuzz_markdown_has_mark(const uint8_t *data, size_t size)
{
	for (size_t k = 0; k <= 2; k++) {
		size_t h = k + 5;
		if (size < h + 33 || memcmp(data + k, "mark:", 5) != 0)
			continue;
		while (h < k + 37 && strchr("0123456789abcdef", data[h]) && data[h])
			h++;
		if (h == k + 37 && data[h] == 1)
			return 1;
	}
	return 0;
}

/* fuzz_markdown_check_page: the template shows html as it is and the
 * raw input escaped, the same through x-cmark as plain. */
static void fuzz_markdown_check_page(const char *html, size_t hlen, const uint8_t *data, size_t size)
{
	struct tpl_dict *d = tpl_dict_new();
	struct buf out;
	const char *p, *x, *y, *end;

	FUZZ_CHECK(d != NULL, "a dictionary");
	buf_init(&out);
	tpl_set_cmark(d, "HTML", html);
	tpl_setn(d, "RAW", (const char *)data, size);
	tpl_setn(d, "PLAIN", (const char *)data, size);
	FUZZ_CHECK(tpl_expand(fuzz_markdown_tpl, "page.tpl", d, &out) == 0, "the page expands");
	p = out.data;
	FUZZ_CHECK(out.len >= 6 + hlen + 10 && memcmp(p, "<main>", 6) == 0 &&
		   memcmp(p + 6, html, hlen) == 0 && memcmp(p + 6 + hlen, "</main><p>", 10) == 0,
		   "cmark's HTML is shown as it is");
	x = p + 6 + hlen + 10;
	end = out.data + out.len;
	/* An input that carries this process's own random mark (which a
	 * reader cannot know, but the fuzzer may learn from the comparison
	 * in tpl.cc) is shown as it is: nothing more to check then. */
	if (fuzz_markdown_has_mark(data, size)) {
		buf_free(&out);
		tpl_dict_free(d);
		return;
	}
	y = x;
	while (y < end && *y != '<')
		y++;
	FUZZ_CHECK(end - y >= 7 && memcmp(y, "</p><p>", 7) == 0, "the untrusted value holds no '<'");
	{
		size_t xl = (size_t)(y - x);
		const char *z = y + 7, *ze = z;
		while (ze < end && *ze != '<')
			ze++;
		FUZZ_CHECK(end - ze == 4 && memcmp(ze, "</p>", 4) == 0, "the plain value holds no '<'");
		FUZZ_CHECK(xl == (size_t)(ze - z) && memcmp(x, z, xl) == 0 &&
			   !memchr(x, '>', xl) && !memchr(x, '"', xl) && !memchr(x, '\'', xl),
			   "x-cmark escapes a value not set by tpl_set_cmark like a plain one");
	}
	buf_free(&out);
	tpl_dict_free(d);
}

/* LLVMFuzzerTestOneInput: render, check the HTML, show it in a page. */
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct buf html;

	buf_init(&html);
	FUZZ_CHECK(markdown_render((const char *)data, size, &html) == 0, "rendering succeeds");
	FUZZ_CHECK(fuzz_util_utf8_ok(html.data ? html.data : "", html.len), "the HTML is valid UTF-8");
	FUZZ_CHECK(!html.data || strlen(html.data) == html.len, "the HTML has no NUL");
	fuzz_markdown_check_html(html.data ? html.data : "", html.len);
	fuzz_markdown_check_page(html.data ? html.data : "", html.len, data, size);
	buf_free(&html);
	return 0;
}
