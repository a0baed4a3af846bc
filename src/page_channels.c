/* page_channels: the complaint-channel directory. */
#include "page.h"
#include "store_content.h"

/* page_channel_item: one channel in the directory. */
static int page_channel_item(void *ctx, const struct store_channel *c)
{
	struct tpl_dict *d = tpl_section(ctx, "CHANNEL");
	char date[32];

	tpl_set(d, "SLUG", c->slug);
	tpl_set(d, "NAME", c->name);
	tpl_set(d, "OPERATOR", c->operator_name);
	tpl_set(d, "HANDLES", c->handles);
	tpl_set(d, "CONTACT", c->contact);
	tpl_set(d, "BODY", c->body_html);
	page_date_zh(c->reviewed, date, sizeof(date));
	tpl_set(d, "REVIEWED", date);
	tpl_set(d, "REVIEWED_ISO", c->reviewed);
	return 0;
}

/* page_channels: every complaint channel: who runs it, what it handles,
 * how to reach it and when to use it. Answers 200 or 503. */
void page_channels(struct page *p)
{
	struct tpl_dict *d;

	p->topic = "complaints";
	d = page_begin(p, "channels.tpl", "投诉渠道一览",
		       "向谁投诉、各渠道管什么、怎么联系：贷款机构、12378、12363、110 等渠道一览。");
	if (!d || store_channel_each(p->app->store, page_channel_item, d) < 0) {
		page_error(p, 503, "暂时无法读取内容，请稍后再试。");
		return;
	}
	page_finish(p, 200);
}
