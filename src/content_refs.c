/* content_refs: every reference the content makes must resolve: the law
 * citations of articles, glossary terms, plan steps and the tools'
 * wording (its sources, and citations in parentheses in its text) (a law of
 * content/law, in its current version, by an article that file lists),
 * and the plan's questions, choices, conditions, articles, letters,
 * channels and deadlines. */
#include "content_refs.h"

#include <string.h>

#include "store_article.h"
#include "store_glossary.h"
#include "field.h"
#include "store_channel.h"
#include "store_law.h"
#include "store_plan.h"
#include "store_wording.h"

/* content_refs_cites: check the citations of one document's sources, or
 * (text) of a piece of its reader-facing text, where a citation in
 * parentheses counts too (what says who: "articles/<slug>"), one report
 * line per problem. The number of problems, or -1. */
static long content_refs_cites(struct store *s, struct arena *a, const char *what,
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

/* content_refs_plan: the plan's questions and steps load (conditions,
 * questions, choices, deadlines as plan.c reads them), and every step's
 * article, channel and law citations exist, and every letter field of a
 * question is a box of the letter form. The number of problems, or -1. */
static long content_refs_plan(struct store *s, struct arena *a, struct buf *report)
{
	struct store_plan sp;
	struct store_channels cs;
	struct buf err, what;
	long bad = 0, n;

	buf_init(&err);
	buf_init(&what);
	if (store_plan_load(s, a, &sp, &err) != 0) {
		if (!err.len) {
			bad = -1;
			goto out;
		}
		buf_printf(report, "%s\n", err.data);
		bad = 1;
		goto out;
	}
	if (store_channel_list(s, a, &cs) < 0) {
		bad = -1;
		goto out;
	}
	for (int i = 0; i < sp.nq; i++)
		for (int c = 0; c < sp.q[i].nchoices; c++) {
			const char *f = sp.q[i].choice[c].letter_field;

			if (f && (strncmp(f, "b_", 2) != 0 || field_lookup(f, strlen(f)) < 0)) {
				buf_printf(report, "plan/%s: %s is not a box of the letter form\n", sp.q[i].slug, f);
				bad++;
			}
		}
	for (int i = 0; i < sp.nsteps; i++) {
		const struct plan_step *st = &sp.step[i];
		int found = 0;

		if (*st->article) {
			struct store_article art;
			int r = store_article_get(s, a, st->article, STORE_PUBLISHED, &art);

			if (r < 0) {
				bad = -1;
				goto out;
			}
			if (!r) {
				buf_printf(report, "plan/%s: no published article %s\n", st->slug, st->article);
				bad++;
			}
		}
		for (size_t k = 0; k < cs.n; k++)
			found |= strcmp(cs.v[k].slug, st->channel) == 0;
		if (*st->channel && !found) {
			buf_printf(report, "plan/%s: no channel %s\n", st->slug, st->channel);
			bad++;
		}
		buf_reset(&what);
		buf_printf(&what, "plan/%s", st->slug);
		if ((n = content_refs_cites(s, a, what.data, st->sources, 0, report)) < 0) {
			bad = -1;
			goto out;
		}
		bad += n;
	}
	if (sp.nq == 0) {
		buf_puts(report, "plan: no questions in content/plan\n");
		bad++;
	}
out:
	buf_free(&err);
	buf_free(&what);
	return bad;
}

/* content_refs_wording: check the sources of every wording file and the
 * citations in each of its entries. The number of problems, or -1. */
static long content_refs_wording(struct store *s, struct arena *a, struct buf *report)
{
	struct store_wordings files;
	struct buf what;
	long bad = 0, n;

	if (store_wording_list(s, a, &files) < 0)
		return -1;
	buf_init(&what);
	for (size_t i = 0; i < files.n && bad >= 0; i++) {
		struct wording w;

		buf_reset(&what);
		buf_printf(&what, "wording/%s", files.v[i].slug);
		if ((n = content_refs_cites(s, a, what.data, files.v[i].sources, 0, report)) < 0 ||
		    store_wording_get(s, a, files.v[i].slug, &w) < 0) {
			bad = -1;
			break;
		}
		bad += n;
		for (size_t k = 0; k < w.n; k++) {
			buf_reset(&what);
			buf_printf(&what, "wording/%s entry %s", files.v[i].slug, w.v[k].name);
			if ((n = content_refs_cites(s, a, what.data, w.v[k].text, 1, report)) < 0) {
				bad = -1;
				break;
			}
			bad += n;
		}
	}
	buf_free(&what);
	return bad;
}

/* content_refs_check: check every reference of the content (above);
 * report gets one line per problem. The number of problems, or -1 when
 * the store fails. */
long content_refs_check(struct store *s, struct buf *report)
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
		if ((n = content_refs_cites(s, &a, what.data, arts.v[i].sources, 0, report)) < 0) {
			bad = -1;
			goto out;
		}
		bad += n;
	}
	for (size_t i = 0; i < terms.n; i++) {
		buf_reset(&what);
		buf_printf(&what, "glossary/%s", terms.v[i].slug);
		if ((n = content_refs_cites(s, &a, what.data, terms.v[i].sources, 0, report)) < 0) {
			bad = -1;
			goto out;
		}
		bad += n;
	}
	if ((n = content_refs_plan(s, &a, report)) < 0) {
		bad = -1;
		goto out;
	}
	bad += n;
	if ((n = content_refs_wording(s, &a, report)) < 0) {
		bad = -1;
		goto out;
	}
	bad += n;
out:
	buf_free(&what);
	arena_free(&a);
	return bad;
}
