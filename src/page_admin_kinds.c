/* page_admin_kinds: the kinds of /admin/docs, and the public pages their
 * previews are framed as. */
#include <string.h>

#include "page_admin_kinds.h"
#include "store_category.h"

/* page_admin_kinds_category: a topic's public page. */
static int page_admin_kinds_category(struct page *p, struct tpl_dict *d, const char *slug)
{
	struct store_category c;

	return store_category_get(p->site->store, &p->req->arena, slug, &c) == 1 ?
		page_category_fill(p, d, &c) : -1;
}

/* page_admin_kinds_glossary: the glossary page. */
static int page_admin_kinds_glossary(struct page *p, struct tpl_dict *d, const char *slug)
{
	(void)slug;
	return page_glossary_fill(p, d);
}

/* page_admin_kinds_channels: the channel guide. */
static int page_admin_kinds_channels(struct page *p, struct tpl_dict *d, const char *slug)
{
	(void)slug;
	return page_channels_fill(p, d);
}

/* One line per kind. */
static const struct page_admin_kind page_admin_kind_table[] = {
	{ "category", CONTENT_CATEGORY, "话题",
	  "title: \nposition: 9\nfeatured: \nsummary: \n\n介绍。\n", "/c/", "category.tpl",
	  page_admin_kinds_category },
	{ "channel", CONTENT_CHANNEL, "投诉渠道",
	  "name: \noperator: \nhandles: \nnot_handles: \ncontact: \nprepare: \nnext: \n"
	  "position: 99\nreviewed: 2026-01-01\n\n什么时候用。\n", "/channels#", "channels.tpl",
	  page_admin_kinds_channels },
	{ "glossary", CONTENT_GLOSSARY, "术语",
	  "term: \nposition: 99\nreviewed: 2026-01-01\nsource: \n\n解释。\n", "/glossary#",
	  "glossary.tpl", page_admin_kinds_glossary },
	{ "situation", CONTENT_SITUATION, "渠道指南情形",
	  "title: \nposition: 99\nchannels: lender\n\n说明。\n", "/channels#s-", "channels.tpl",
	  page_admin_kinds_channels },
	{ "law", CONTENT_LAW, "法律条文",
	  "title: \nversion: \nin_force: 2026-01-01\nstatus: current\nscope: full\n"
	  "reviewed: 2026-01-01\nsource: \n\n### 第1条\n\n条文。\n", NULL, NULL, NULL },
	{ "value", CONTENT_VALUE, "有日期的数值",
	  "title: \nkind: number\nvalue: \neffective: 2026-01-01\nsource: \nchecked: 2026-01-01\n"
	  "check_by: 2026-12-31\n\n说明。\n", NULL, NULL, NULL },
	{ "plan", CONTENT_PLAN, "行动方案的问题和步骤",
	  "type: step\norder: 99\nbucket: week\ntitle: \nwhen: always\nsource: \n\n怎么做。\n",
	  NULL, NULL, NULL },
	{ "wording", CONTENT_WORDING, "工具的文字",
	  "title: \ntool: /tools/\nreviewed: 2026-01-01\nsource: \n\n给编辑的说明。\n\n### name\n文字。\n",
	  NULL, NULL, NULL },
	{ "synonym", CONTENT_SYNONYM, "搜索同义词",
	  "words: \nreviewed: 2026-01-01\n\n给编辑的说明。\n", NULL, NULL, NULL },
};

/* page_admin_kinds: the table; *n gets its length. */
const struct page_admin_kind *page_admin_kinds(size_t *n)
{
	*n = sizeof(page_admin_kind_table) / sizeof(page_admin_kind_table[0]);
	return page_admin_kind_table;
}

/* page_admin_kind_by_path: the kind whose path is s[0..len), or NULL. */
const struct page_admin_kind *page_admin_kind_by_path(const char *s, size_t len)
{
	size_t n;
	const struct page_admin_kind *k = page_admin_kinds(&n);

	for (size_t i = 0; i < n; i++)
		if (strlen(k[i].path) == len && strncmp(k[i].path, s, len) == 0)
			return &k[i];
	return NULL;
}

/* page_admin_kind_by_dir: the kind kept in content/<dir[0..len)>, or
 * NULL. */
const struct page_admin_kind *page_admin_kind_by_dir(const char *dir, size_t len)
{
	size_t n;
	const struct page_admin_kind *k = page_admin_kinds(&n);

	for (size_t i = 0; i < n; i++)
		if (strlen(content_dir(k[i].kind)) == len && strncmp(content_dir(k[i].kind), dir, len) == 0)
			return &k[i];
	return NULL;
}
