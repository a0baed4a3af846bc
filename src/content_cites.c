/* content_cites: every source line of the articles and glossary terms
 * must cite laws that content/law has, in their current version, by
 * articles that law file lists. */
#include "content_cites.h"

#include <string.h>

#include "store_article.h"
#include "store_glossary.h"
#include "store_law.h"

/* content_cites_one: check the citations of one document's sources (what
 * says who: "articles/<slug>"), one report line per problem. The number
 * of problems, or -1. */
static long content_cites_one(struct store *s, struct arena *a, const char *what,
			      const char *sources, struct buf *report)
{
	struct store_law_quotes qs;
	long bad = 0;

	if (store_law_resolve(s, a, sources, &qs) < 0)
		return -1;
	for (size_t i = 0; i < qs.n; i++) {
		const struct store_law_quote *q = &qs.v[i];

		if (!*q->law_slug) {
			buf_printf(report, "%s: 《%s》 is not in content/law (add it, with scope none if"
				   " there is no official text)\n", what, q->name);
			bad++;
		} else if (strcmp(q->status, "current") != 0) {
			buf_printf(report, "%s: 《%s》 cites the superseded version %s (content/law/%s.md)\n",
				   what, q->name, q->version, q->law_slug);
			bad++;
		} else if (*q->num && !q->has_num) {
			buf_printf(report, "%s: 《%s》第%s条 is not in content/law/%s.md\n", what, q->name,
				   q->num, q->law_slug);
			bad++;
		}
	}
	return bad;
}

/* content_cites_check: check every article's and glossary term's
 * sources; report gets one line per problem. The number of problems, or
 * -1 when the store fails. */
long content_cites_check(struct store *s, struct buf *report)
{
	struct arena a;
	struct store_articles arts;
	struct store_terms terms;
	struct buf what;
	long bad = 0, n;

	arena_init(&a);
	buf_init(&what);
	if (store_article_all(s, &a, &arts) < 0 || store_glossary_list(s, &a, &terms) < 0) {
		bad = -1;
		goto out;
	}
	for (size_t i = 0; i < arts.n; i++) {
		buf_reset(&what);
		buf_printf(&what, "articles/%s", arts.v[i].slug);
		if ((n = content_cites_one(s, &a, what.data, arts.v[i].sources, report)) < 0) {
			bad = -1;
			goto out;
		}
		bad += n;
	}
	for (size_t i = 0; i < terms.n; i++) {
		buf_reset(&what);
		buf_printf(&what, "glossary/%s", terms.v[i].slug);
		if ((n = content_cites_one(s, &a, what.data, terms.v[i].sources, report)) < 0) {
			bad = -1;
			goto out;
		}
		bad += n;
	}
out:
	buf_free(&what);
	arena_free(&a);
	return bad;
}
