/* content_cites: every source line of the articles, glossary terms and
 * wording files, and every citation in the tools' wording entries, must
 * cite laws that content/law has, in their current version, by articles
 * that law file lists. */
#include "content_cites.h"

#include <string.h>

#include "store_article.h"
#include "store_glossary.h"
#include "store_law.h"
#include "store_wording.h"

/* content_cites_one: check the citations of one document's sources, or
 * (text) of a piece of its reader-facing text, where a citation in
 * parentheses counts too (what says who: "articles/<slug>"), one report
 * line per problem. The number of problems, or -1. */
static long content_cites_one(struct store *s, struct arena *a, const char *what,
			      const char *sources, int text, struct buf *report)
{
	struct store_law_quotes qs;
	long bad = 0;

	if ((text ? store_law_resolve_text(s, a, sources, &qs)
		  : store_law_resolve(s, a, sources, &qs)) < 0)
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

/* content_cites_wording: check the sources of every wording file and the
 * citations in each of its entries. The number of problems, or -1. */
static long content_cites_wording(struct store *s, struct arena *a, struct buf *report)
{
	struct store_wordings files;
	struct buf what;
	long bad = 0, n;

	if (store_wording_list(s, a, &files) < 0)
		return -1;
	buf_init(&what);
	for (size_t i = 0; i < files.n; i++) {
		struct wording w;

		buf_reset(&what);
		buf_printf(&what, "wording/%s", files.v[i].slug);
		if ((n = content_cites_one(s, a, what.data, files.v[i].sources, 0, report)) < 0 ||
		    store_wording_get(s, a, files.v[i].slug, &w) < 0) {
			bad = -1;
			break;
		}
		bad += n;
		for (size_t k = 0; k < w.n; k++) {
			buf_reset(&what);
			buf_printf(&what, "wording/%s entry %s", files.v[i].slug, w.v[k].name);
			if ((n = content_cites_one(s, a, what.data, w.v[k].text, 1, report)) < 0) {
				bad = -1;
				break;
			}
			bad += n;
		}
		if (bad < 0)
			break;
	}
	buf_free(&what);
	return bad;
}

/* content_cites_check: check every article's, glossary term's and
 * wording file's sources, and the citations in the tools' wording;
 * report gets one line per problem. The number of problems, or -1 when
 * the store fails. */
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
		if ((n = content_cites_one(s, &a, what.data, arts.v[i].sources, 0, report)) < 0) {
			bad = -1;
			goto out;
		}
		bad += n;
	}
	for (size_t i = 0; i < terms.n; i++) {
		buf_reset(&what);
		buf_printf(&what, "glossary/%s", terms.v[i].slug);
		if ((n = content_cites_one(s, &a, what.data, terms.v[i].sources, 0, report)) < 0) {
			bad = -1;
			goto out;
		}
		bad += n;
	}
	if ((n = content_cites_wording(s, &a, report)) < 0) {
		bad = -1;
		goto out;
	}
	bad += n;
out:
	buf_free(&what);
	arena_free(&a);
	return bad;
}
