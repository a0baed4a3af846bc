/* plan_eval: the path tests of /plan as data. Imports content/, then for
 * each row of tests/plan_paths.tsv (name, today, answers, expectations)
 * builds the plan with the real engine and the real holiday table and
 * checks every expectation (content/plan/README-like format in
 * content/README.md). Prints each failed expectation and the count;
 * exits 1 when any fails, 99 when the content or the file cannot be read. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "content.h"
#include "plan.h"
#include "store_plan.h"
#include "store_related.h"
#include "store_value.h"

/* eval_answers: the row's "slug=value&…" answers into ans (by the
 * questions' slugs). 0, or -1 with why. */
static int eval_answers(const struct store_plan *sp, char *query, struct date today,
			struct plan_answers *ans, const char **why)
{
	memset(ans, 0, sizeof(*ans));
	for (char *tok = strtok(query, "&"); tok; tok = strtok(NULL, "&")) {
		char *eq = strchr(tok, '=');
		int qi;

		if (!eq) {
			*why = "an answer is not slug=value";
			return -1;
		}
		*eq = '\0';
		qi = plan_question_index(sp->q, sp->nq, tok);
		if (qi < 0) {
			*why = "an answer names no question";
			return -1;
		}
		if (plan_answer_parse(&sp->q[qi], eq + 1, ans, qi, today, why) != 0)
			return -1;
	}
	return 0;
}

/* eval_find: the item of step slug in the plan, or NULL. */
static const struct plan_item *eval_find(const struct plan *pl, const char *slug)
{
	for (int b = 0; b < PLAN__BUCKETS; b++)
		for (size_t i = 0; i < pl->n[b]; i++)
			if (strcmp(pl->items[b][i].step->slug, slug) == 0)
				return &pl->items[b][i];
	return NULL;
}

/* eval_expect: whether expectation e holds for the plan ("!e": e does not). */
static int eval_expect(const struct plan *pl, const char *e)
{
	const struct plan_item *it;
	char iso1[11], iso2[11];

	if (e[0] == '!')
		return !eval_expect(pl, e + 1);
	if (strncmp(e, "step:", 5) == 0)
		return !pl->exit && eval_find(pl, e + 5) != NULL;
	if (strncmp(e, "first:", 6) == 0)
		return !pl->exit && pl->n[PLAN_TODAY] &&
		       strcmp(pl->items[PLAN_TODAY][0].step->slug, e + 6) == 0;
	if (strncmp(e, "exit:", 5) == 0)
		return pl->exit && strcmp(pl->exit_item->step->slug, e + 5) == 0;
	if (strncmp(e, "letter:", 7) == 0 || strncmp(e, "channel:", 8) == 0) {
		int letter = e[0] == 'l';
		const char *want = strchr(e, ':') + 1;

		for (int b = 0; b < PLAN__BUCKETS; b++)
			for (size_t i = 0; i < pl->n[b]; i++) {
				const struct plan_step *st = pl->items[b][i].step;

				if ((b == PLAN_EXIT) != (pl->exit != 0))
					continue;
				if (strcmp(letter ? st->letter : st->channel, want) == 0)
					return 1;
			}
		return 0;
	}
	if (strncmp(e, "date:", 5) == 0) {
		char slug[64], dates[32];
		const char *eq = strchr(e, '=');

		if (!eq || (size_t)(eq - e - 5) >= sizeof(slug) || strlen(eq + 1) != 21)
			return 0;
		memcpy(slug, e + 5, (size_t)(eq - e - 5));
		slug[eq - e - 5] = '\0';
		it = eval_find(pl, slug);
		if (!it || !it->has_deadline)
			return 0;
		date_iso(it->deadline.safe, iso1);
		date_iso(it->deadline.legal, iso2);
		snprintf(dates, sizeof(dates), "%s/%s", iso1, iso2);
		return strcmp(dates, eq + 1) == 0;
	}
	if (strncmp(e, "warn:", 5) == 0)
		return pl->uncovered_year == atoi(e + 5);
	return 0;
}

int main(int argc, char **argv)
{
	const char *top = getenv("top_srcdir");
	char content[4096], tsv[4096], line[4096];
	struct buf err, report;
	struct store *s;
	struct store_plan sp;
	struct date_calendar cal;
	struct arena a;
	FILE *f;
	int paths = 0, failed = 0, checks = 0;

	if (!top || !*top)
		top = argc > 1 ? argv[1] : "..";
	snprintf(content, sizeof(content), "%s/content", top);
	snprintf(tsv, sizeof(tsv), "%s/tests/plan_paths.tsv", top);
	buf_init(&err);
	buf_init(&report);
	arena_init(&a);
	s = store_open(":memory:", STORE_CREATE | STORE_MIGRATE, &err);
	if (!s || store_related_attach(s) != 0 ||
	    content_import(s, content, "import", &report, &err) != 0 ||
	    store_plan_load(s, &a, &sp, &err) != 0 || store_value_calendar(s, &a, &cal) != 0) {
		fprintf(stderr, "plan_eval: %s\n", err.data ? err.data : "cannot load the plan");
		return 99;
	}
	f = fopen(tsv, "r");
	if (!f) {
		perror(tsv);
		return 99;
	}
	while (fgets(line, sizeof(line), f)) {
		char *name = line, *today_s, *query, *expect, *nl;
		struct plan_answers ans;
		struct plan pl;
		struct date today;
		struct arena pa;
		const char *why = NULL;
		int ok = 1;

		if (line[0] == '#' || line[0] == '\n')
			continue;
		if ((nl = strchr(line, '\n')))
			*nl = '\0';
		today_s = strchr(name, '\t');
		query = today_s ? strchr(today_s + 1, '\t') : NULL;
		expect = query ? strchr(query + 1, '\t') : NULL;
		if (!expect) {
			fprintf(stderr, "plan_eval: not four columns: %s\n", line);
			return 99;
		}
		*today_s++ = *query++ = *expect++ = '\0';
		paths++;
		if (!date_parse(today_s, &today) || eval_answers(&sp, query, today, &ans, &why) != 0) {
			printf("FAIL %s: bad row (%s)\n", name, why ? why : "today is not a date");
			failed++;
			continue;
		}
		arena_init(&pa);
		if (plan_build(sp.q, sp.nq, sp.step, sp.nsteps, &ans, today, &cal, &pa, &pl) != 0) {
			printf("FAIL %s: the plan cannot be built\n", name);
			failed++;
			arena_free(&pa);
			continue;
		}
		for (char *e = strtok(expect, " "); e; e = strtok(NULL, " ")) {
			checks++;
			if (!eval_expect(&pl, e)) {
				printf("FAIL %s: %s\n", name, e);
				ok = 0;
			}
		}
		failed += !ok;
		arena_free(&pa);
	}
	fclose(f);
	printf("plan_eval: %d of %d paths pass (%d expectations)\n", paths - failed, paths, checks);
	store_close(s);
	arena_free(&a);
	buf_free(&err);
	buf_free(&report);
	return failed || paths < 30 ? 1 : 0;
}
