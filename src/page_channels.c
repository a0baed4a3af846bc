/* page_channels: the complaint-channel directory with the "我遇到的是…"
 * guide, and the glossary page. */
#include <string.h>

#include "page.h"
#include "store_content.h"
#include "store_glossary.h"

/* The channel names, kept so the guide can name the channels it lists. */
struct page_channel_names {
	struct page *p;
	struct tpl_dict *d;
	struct tpl_dict *guide;   /* the guide, made with its first situation */
	int n;
	const char *slug[64];
	const char *name[64];
};

/* page_channel_item: one channel in the directory. */
static int page_channel_item(void *ctx, const struct store_channel *c)
{
	struct page_channel_names *cn = ctx;
	struct tpl_dict *d = tpl_section(cn->d, "CHANNEL");
	char date[32];

	if (cn->n < 64) {
		cn->slug[cn->n] = arena_strdup(&cn->p->req->arena, c->slug);
		cn->name[cn->n] = arena_strdup(&cn->p->req->arena, c->name);
		cn->n++;
	}
	tpl_set(d, "SLUG", c->slug);
	tpl_set(d, "NAME", c->name);
	tpl_set(d, "OPERATOR", c->operator_name);
	tpl_set(d, "HANDLES", c->handles);
	tpl_set(d, "NOT_HANDLES", c->not_handles);
	tpl_set(d, "CONTACT", c->contact);
	tpl_set(d, "PREPARE", c->prepare);
	tpl_set(d, "NEXT", c->next_steps);
	tpl_set_cmark(d, "BODY", c->body_html);
	page_date_zh(c->reviewed, date, sizeof(date));
	tpl_set(d, "REVIEWED", date);
	tpl_set(d, "REVIEWED_ISO", c->reviewed);
	page_reviewed(cn->p, c->reviewed);
	return 0;
}

/* page_channel_name: the name of the channel called slug (len bytes),
 * or NULL when there is none. */
static const char *page_channel_name(const struct page_channel_names *cn,
				     const char *slug, size_t len)
{
	for (int i = 0; i < cn->n; i++)
		if (strlen(cn->slug[i]) == len && memcmp(cn->slug[i], slug, len) == 0)
			return cn->name[i];
	return NULL;
}

/* page_situation_item: one situation of the guide with its channels in
 * the order to use them. */
static int page_situation_item(void *ctx, const struct store_situation *s)
{
	struct page_channel_names *cn = ctx;
	struct tpl_dict *d;
	const char *p = s->channels;

	if (!cn->guide)
		cn->guide = tpl_section(cn->d, "GUIDE");
	d = tpl_section(cn->guide, "SITUATION");
	tpl_set(d, "SLUG", s->slug);
	tpl_set(d, "TITLE", s->title);
	tpl_set_cmark(d, "BODY", s->body_html);
	while (p && *p) {
		const char *e = strstr(p, ", ");
		size_t n = e ? (size_t)(e - p) : strlen(p);
		const char *name = page_channel_name(cn, p, n);

		if (name) {
			struct tpl_dict *step = tpl_section(d, "STEP");
			tpl_setn(step, "SLUG", p, n);
			tpl_set(step, "NAME", name);
		}
		p = e ? e + 2 : NULL;
	}
	return 0;
}

/* page_channels_fill: the channel page's values: every channel, then
 * the guide that names them (the public page and the editors' preview
 * share this). 0 or -1. */
int page_channels_fill(struct page *p, struct tpl_dict *d)
{
	struct page_channel_names cn;

	memset(&cn, 0, sizeof(cn));
	cn.p = p;
	cn.d = d;
	if (store_channel_each(p->app->store, page_channel_item, &cn) < 0 ||
	    store_situation_each(p->app->store, page_situation_item, &cn) < 0)
		return -1;
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
	page_finish(p, 200);
}

struct page_glossary_list {
	struct page *p;
	struct tpl_dict *d;
};

/* page_glossary_item: one term with its definition and sources. */
static int page_glossary_item(void *ctx, const struct store_term *t)
{
	struct page_glossary_list *l = ctx;
	struct tpl_dict *d = tpl_section(l->d, "TERM");
	char date[32];

	tpl_set(d, "SLUG", t->slug);
	tpl_set(d, "TERM", t->term);
	if (t->aliases[0])
		tpl_set(tpl_section(d, "ALIASES"), "TEXT", t->aliases);
	tpl_set_cmark(d, "BODY", t->body_html);
	page_lines(d, "SOURCE", "TEXT", t->sources);
	page_date_zh(t->reviewed, date, sizeof(date));
	tpl_set(d, "REVIEWED", date);
	tpl_set(d, "REVIEWED_ISO", t->reviewed);
	page_reviewed(l->p, t->reviewed);
	return 0;
}

/* page_glossary_fill: the glossary template's values, every term (the
 * public page and the editors' preview share this). 0 or -1. */
int page_glossary_fill(struct page *p, struct tpl_dict *d)
{
	struct page_glossary_list l = { p, d };

	return store_glossary_each(p->app->store, page_glossary_item, &l) < 0 ? -1 : 0;
}

/* page_glossary: the key terms readers meet in the advice, each with a
 * plain definition, its legal basis and the questions that explain it.
 * Answers 200 or 503. */
void page_glossary(struct page *p)
{
	struct tpl_dict *d = page_begin(p, "glossary.tpl", "术语表",
		"诉讼时效、征信异议、个性化分期等词是什么意思：用平实的话解释，并写明依据。");

	if (!d || page_glossary_fill(p, d) != 0) {
		page_error(p, 503, "暂时无法读取内容，请稍后再试。");
		return;
	}
	page_finish(p, 200);
}
