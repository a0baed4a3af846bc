/* page_channels: the complaint-channel directory with the "我遇到的是…"
 * guide. */
#include <string.h>

#include "date.h"
#include "page.h"
#include "store_channel.h"
#include "store_situation.h"

/* page_channels_name: the name of the channel called slug (len bytes),
 * or NULL when there is none. */
static const char *page_channels_name(const struct store_channels *cs, const char *slug,
				      size_t len)
{
	for (size_t i = 0; i < cs->n; i++)
		if (strlen(cs->v[i].slug) == len && memcmp(cs->v[i].slug, slug, len) == 0)
			return cs->v[i].name;
	return NULL;
}

/* page_channels_item: one channel of the directory into section d. */
static void page_channels_item(struct page *p, struct tpl_dict *d, const struct store_channel *c)
{
	char date[32];

	tpl_set(d, "SLUG", c->slug);
	tpl_set(d, "NAME", c->name);
	tpl_set(d, "OPERATOR", c->operator_name);
	tpl_set(d, "HANDLES", c->handles);
	tpl_set(d, "NOT_HANDLES", c->not_handles);
	tpl_set(d, "CONTACT", c->contact);
	tpl_set(d, "PREPARE", c->prepare);
	tpl_set(d, "NEXT", c->next_steps);
	tpl_set_cmark(d, "BODY", c->body_html);
	page_share_notes(p, c->body_html);
	date_zh_iso(c->reviewed, date, sizeof(date));
	tpl_set(d, "REVIEWED", date);
	tpl_set(d, "REVIEWED_ISO", c->reviewed);
	page_reviewed(p, c->reviewed);
}

/* page_channels_situation: one situation of the guide into section d,
 * with its channels in the order to use them. */
static void page_channels_situation(struct page *p, struct tpl_dict *d,
				    const struct store_situation *s, const struct store_channels *cs)
{
	const char *c = s->channels;

	tpl_set(d, "SLUG", s->slug);
	tpl_set(d, "TITLE", s->title);
	tpl_set_cmark(d, "BODY", s->body_html);
	page_share_notes(p, s->body_html);
	while (c && *c) {
		const char *e = strstr(c, ", ");
		size_t n = e ? (size_t)(e - c) : strlen(c);
		const char *name = page_channels_name(cs, c, n);

		if (name) {
			struct tpl_dict *step = tpl_section(d, "STEP");

			tpl_setn(step, "SLUG", c, n);
			tpl_set(step, "NAME", name);
		}
		c = e ? e + 2 : NULL;
	}
}

/* page_channels_fill: the channel page's values: the guide, then every
 * channel it names, in the page's order (so that the printed notes of
 * their links are numbered as they appear; the public page and the
 * editors' preview share this). 0 or -1. */
int page_channels_fill(struct page *p, struct tpl_dict *d)
{
	struct arena *a = &p->req->arena;
	struct store_channels cs;
	struct store_situations ss;

	if (store_channel_list(p->site->store, a, &cs) < 0 ||
	    store_situation_list(p->site->store, a, &ss) < 0)
		return -1;
	if (ss.n) {
		struct tpl_dict *guide = tpl_section(d, "GUIDE");

		for (size_t i = 0; i < ss.n; i++)
			page_channels_situation(p, tpl_section(guide, "SITUATION"), &ss.v[i], &cs);
	}
	for (size_t i = 0; i < cs.n; i++)
		page_channels_item(p, tpl_section(d, "CHANNEL"), &cs.v[i]);
	return 0;
}

/* page_channels: the "我遇到的是…" guide, then every complaint channel:
 * who runs it, what it handles and does not, how to reach it, what to
 * prepare and what happens next. Answers 200 or 503. */
void page_channels(struct page *p)
{
	struct tpl_dict *d;

	p->topic = "complaints";
	d = page_begin(p, "channels.tpl", "投诉渠道一览",
		       "向谁投诉、各渠道管什么、怎么联系：贷款机构、12378、12363、110 等渠道一览。");
	if (!d || page_channels_fill(p, d) != 0) {
		page_error(p, 503, "暂时无法读取内容，请稍后再试。");
		return;
	}
	page_share_card(p, "website");
	page_finish(p, 200);
}
