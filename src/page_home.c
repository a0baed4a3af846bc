/* page_home: the home page. */
#include "page.h"
#include "store_article.h"
#include "store_category.h"

/* page_home: the home page: the topics, their key questions, the search
 * box and the way to the complaint channels. Answers 200 or 503. */
void page_home(struct page *p)
{
	struct store *s = p->site->store;
	struct arena *a = &p->req->arena;
	struct store_categories cats;
	struct tpl_dict *d = page_begin(p, "home.tpl", "被催收、还不上，先弄清法律怎么说", NULL);

	if (!d || store_category_list(s, a, &cats) < 0)
		goto fail;
	for (size_t i = 0; i < cats.n; i++) {
		const struct store_category *c = &cats.v[i];
		struct tpl_dict *t = tpl_section(d, "TOPIC");
		struct store_articles top;

		tpl_set(t, "SLUG", c->slug);
		tpl_set(t, "TITLE", c->title);
		tpl_set(t, "SUMMARY", c->summary);
		if (store_article_in_category(s, a, c->slug, 5, &top) < 0)
			goto fail;
		page_article_links(t, "QUESTIONS", "QUESTION", &top, p);
	}
	page_share_card(p, "website");
	page_finish(p, 200);
	return;
fail:
	page_error(p, 503, "暂时无法读取内容，请稍后再试。");
}
