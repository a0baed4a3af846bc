/* markdown: render editor-written Markdown once, when it is saved. */
#include "markdown.h"

#include <cmark.h>
#include <stdlib.h>

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
