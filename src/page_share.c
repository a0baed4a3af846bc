/* page_share: how a reading page leaves the screen: shared (its address
 * to copy, a QR code of it, the card a messenger draws from the og: tags)
 * and printed (the links of its text as numbered notes with full
 * addresses). */
#include <string.h>

#include "markdown.h"
#include "page.h"
#include "qr.h"

/* page_share_card: mark p as a page to share: the layout's canonical
 * address and og: tags (og_type "article" or "website"), the address in
 * a field to copy and, when it fits in a QR code, the code as SVG. */
void page_share_card(struct page *p, const char *og_type)
{
	struct tpl_dict *d = p->root ? tpl_section(p->root, "SHARE") : NULL;
	struct qr *q;
	struct buf url, path;

	if (!d)
		return;
	buf_init(&url);
	page_address(p, 0, &url);
	tpl_set(d, "URL", url.data);
	tpl_set(d, "OG_TYPE", og_type);
	q = arena_alloc(&p->req->arena, sizeof(*q));
	if (q && qr_encode(q, (const unsigned char *)url.data, url.len, -1) == 0) {
		struct tpl_dict *c = tpl_section(d, "QR");

		buf_init(&path);
		qr_svg_path(q, &path);
		tpl_set_int(c, "VIEW", q->size + 2 * QR_QUIET);
		tpl_set(c, "PATH", path.data ? path.data : "");
		buf_free(&path);
	}
	buf_free(&url);
}

/* page_share_notes: one printed note per link in html (cmark's output,
 * shown on the page in this order), with the link's full address: the
 * site address before a path, the page's address before a #fragment. */
void page_share_notes(struct page *p, const char *html)
{
	const char *at = html;
	struct buf href, full;

	if (!p->root || !html)
		return;
	buf_init(&href);
	buf_init(&full);
	while ((at = markdown_next_link(at, &href)) != NULL) {
		const char *h = href.data ? href.data : "";

		buf_reset(&full);
		if (h[0] == '/' && h[1] != '/') {
			buf_puts(&full, p->site->base_url);
			buf_puts(&full, h);
		} else if (h[0] == '#') {
			page_address(p, 0, &full);
			buf_puts(&full, h);
		} else {
			buf_puts(&full, *h ? h : "（链接已删除）");
		}
		if (!p->notes)
			p->notes = tpl_section(p->root, "NOTES");
		tpl_set(tpl_section(p->notes, "NOTE"), "URL", full.data);
		buf_reset(&href);
	}
	buf_free(&href);
	buf_free(&full);
}
