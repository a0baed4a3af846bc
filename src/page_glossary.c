/* page_glossary: the glossary page. */
#include <string.h>

#include "date.h"
#include "page.h"
#include "store_glossary.h"

/* page_glossary_aliases: a term's aliases ("a, b, c" in the content file)
 * into section d, one ALIAS each, for the template to join with "、". */
static void page_glossary_aliases(struct tpl_dict *d, const char *aliases)
{
	const char *s = aliases;

	while (*s) {
		const char *e = strchr(s, ',');
		size_t n = e ? (size_t)(e - s) : strlen(s);
		size_t lead = 0;

		while (lead < n && s[lead] == ' ')
			lead++;
		while (n > lead && s[n - 1] == ' ')
			n--;
		if (n > lead)
			tpl_setn(tpl_section(d, "ALIAS"), "TEXT", s + lead, n - lead);
		s = e ? e + 1 : s + strlen(s);
	}
}

/* page_glossary_fill: the glossary template's values, every term with
 * its definition and sources (the public page and the editors' preview
 * share this). 0 or -1. */
int page_glossary_fill(struct page *p, struct tpl_dict *d)
{
	struct store_terms ts;

	if (store_glossary_list(p->site->store, &p->req->arena, &ts) < 0)
		return -1;
	for (size_t i = 0; i < ts.n; i++) {
		const struct store_term *t = &ts.v[i];
		struct tpl_dict *item = tpl_section(d, "TERM");
		char date[32];

		tpl_set(item, "SLUG", t->slug);
		tpl_set(item, "TERM", t->term);
		if (t->aliases[0])
			page_glossary_aliases(tpl_section(item, "ALIASES"), t->aliases);
		tpl_set_cmark(item, "BODY", t->body_html);
		page_share_notes(p, t->body_html);
		page_lines(item, "SOURCE", "TEXT", t->sources);
		date_zh_iso(t->reviewed, date, sizeof(date));
		tpl_set(item, "REVIEWED", date);
		tpl_set(item, "REVIEWED_ISO", t->reviewed);
		page_reviewed(p, t->reviewed);
	}
	return 0;
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
	page_share_card(p, "website");
	page_finish(p, 200);
}
