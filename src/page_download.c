/* page_download: answering with a file to save rather than a page: a
 * letter or a list of deadlines as text, a calendar. */
#include <string.h>

#include "page.h"

/* page_download_name: the Content-Disposition of a file called utf8 (any
 * UTF-8) for browsers that read RFC 6266's filename* (RFC 5987 encoding),
 * and ascii (plain ASCII without quotes) for those that do not. */
static void page_download_name(const char *ascii, const char *utf8, struct buf *out)
{
	static const char hex[] = "0123456789ABCDEF";

	buf_printf(out, "attachment; filename=\"%s\"; filename*=UTF-8''", ascii);
	for (const unsigned char *s = (const unsigned char *)utf8; *s; s++) {
		if ((*s >= 'A' && *s <= 'Z') || (*s >= 'a' && *s <= 'z') || (*s >= '0' && *s <= '9') ||
		    strchr("!#$&+-.^_`|~", *s))
			buf_putc(out, (char)*s);
		else
			buf_printf(out, "%%%c%c", hex[*s >> 4], hex[*s & 15]);
	}
}

/* page_download: answer 200 with body (len bytes) as a file of
 * content_type to save, named utf8 (ascii for old browsers); never
 * cached, no page around it. */
void page_download(struct page *p, const char *content_type, const char *ascii, const char *utf8,
		   const char *body, size_t len)
{
	struct resp *rs = p->resp;
	struct buf disp;

	if (p->root)
		tpl_dict_free(p->root);
	p->root = p->body = NULL;
	rs->status = 200;
	rs->content_type = content_type;
	rs->cache_control = "no-store";
	rs->flags &= ~RESP_ETAG;
	buf_init(&disp);
	page_download_name(ascii, utf8, &disp);
	resp_header(rs, "Content-Disposition", disp.data);
	buf_free(&disp);
	buf_reset(&rs->body);
	buf_append(&rs->body, body, len);
}

/* page_download_text: answer with text (LF line ends) as a plain-text
 * file: UTF-8 with a byte-order mark and CR LF line ends, so that Notepad
 * on a Chinese Windows opens it right. */
void page_download_text(struct page *p, const char *ascii, const char *utf8, const char *text)
{
	struct buf txt;

	buf_init(&txt);
	buf_puts(&txt, "\xef\xbb\xbf");
	for (const char *s = text ? text : ""; *s; s++) {
		if (*s == '\n')
			buf_putc(&txt, '\r');
		buf_putc(&txt, *s);
	}
	page_download(p, "text/plain; charset=utf-8", ascii, utf8, txt.data, txt.len);
	buf_free(&txt);
}
