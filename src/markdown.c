/* markdown: render editor-written Markdown once, when it is saved. */
#include "markdown.h"

#include <cmark.h>
#include <stdlib.h>
#include <string.h>

/* markdown_render: append the HTML for md to out. cmark without
 * CMARK_OPT_UNSAFE drops raw HTML and javascript:/vbscript:/file:/data:
 * links, and invalid UTF-8 is replaced. 0, or -1 when out of memory. */
int markdown_render(const char *md, size_t len, struct buf *out)
{
	char *html = cmark_markdown_to_html(md, len,
					    CMARK_OPT_DEFAULT | CMARK_OPT_VALIDATE_UTF8);

	if (!html)
		return -1;
	buf_puts(out, html);
	free(html);
	return 0;
}

/* markdown_next_link: find the next link in html (markdown_render's
 * output, whose links are all <a href="...">) and append its address,
 * with the entities cmark writes in it (&amp; &#x27; &quot; &lt; &gt;)
 * decoded, to href. Returns where to look for the one after it, or NULL
 * when there is none. */
const char *markdown_next_link(const char *html, struct buf *href)
{
	static const struct { const char *ent; char c; } ents[] = {
		{ "&amp;", '&' }, { "&#x27;", '\'' }, { "&quot;", '"' }, { "&lt;", '<' }, { "&gt;", '>' },
	};
	const char *s = html ? strstr(html, "<a href=\"") : NULL;

	if (!s)
		return NULL;
	for (s += 9; *s && *s != '"'; s++) {
		size_t i = 0;

		if (*s == '&')
			for (; i < sizeof(ents) / sizeof(ents[0]); i++)
				if (strncmp(s, ents[i].ent, strlen(ents[i].ent)) == 0)
					break;
		if (*s == '&' && i < sizeof(ents) / sizeof(ents[0])) {
			buf_putc(href, ents[i].c);
			s += strlen(ents[i].ent) - 1;
		} else {
			buf_putc(href, *s);
		}
	}
	return *s ? s + 1 : s;
}
