/* Search evaluation: loads content/ into a fresh database and runs every
 * query of search_eval.tsv ("query<TAB>slug") through the same search the
 * page uses. Prints each query whose article is not first (with where it
 * came), then hit@1, hit@3 and the mean reciprocal rank over the first
 * ten results; fails below hit@1 0.8 or hit@3 0.95, or with fewer than
 * 150 queries. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <sodium.h>

#include "content.h"
#include "search.h"
#include "store_article.h"
#include "store_category.h"

enum { EVAL_TOP = 10, EVAL_MIN_QUERIES = 150 };

int main(int argc, char **argv)
{
	const char *top = getenv("top_srcdir");
	char content[4096], tsv[4096], line[1024];
	struct buf err, report;
	struct store *s;
	FILE *f;
	int queries = 0, hit1 = 0, hit3 = 0, listed = 0;
	double rr = 0;

	if (!top || !*top)
		top = argc > 1 ? argv[1] : "..";
	snprintf(content, sizeof(content), "%s/content", top);
	snprintf(tsv, sizeof(tsv), "%s/tests/search_eval.tsv", top);
	buf_init(&err);
	buf_init(&report);
	s = store_open(":memory:", STORE_CREATE | STORE_MIGRATE, &err);
	if (!s || content_import(s, content, "import", &report, &err) != 0) {
		fprintf(stderr, "search_eval: %s\n", err.data ? err.data : "");
		return 99;
	}
	f = fopen(tsv, "r");
	if (!f) {
		perror(tsv);
		return 99;
	}
	while (fgets(line, sizeof(line), f)) {
		char *tab = strchr(line, '\t'), *slug, *nl;
		struct arena a;
		struct search_result res;
		int rank = 0;

		if (line[0] == '#' || !tab)
			continue;
		*tab = '\0';
		slug = tab + 1;
		if ((nl = strchr(slug, '\n')) != NULL)
			*nl = '\0';
		arena_init(&a);
		if (search_run(s, line, &a, 1, EVAL_TOP, &res) < 0) {
			fprintf(stderr, "search_eval: database error on \"%s\"\n", line);
			return 99;
		}
		for (size_t i = 0; i < res.articles.n && !rank; i++)
			if (strcmp(res.articles.v[i].slug, slug) == 0)
				rank = (int)i + 1;
		queries++;
		hit1 += rank == 1;
		hit3 += rank >= 1 && rank <= 3;
		rr += rank ? 1.0 / rank : 0;
		listed += (int)res.total;
		if (rank != 1)
			printf("%s: \"%s\" wants %s, at %d; first %s (%ld listed)\n",
			       rank >= 1 && rank <= 3 ? "top3" : "miss", line, slug, rank,
			       res.articles.n ? res.articles.v[0].slug : "-", res.total);
		arena_free(&a);
	}
	fclose(f);
	store_close(s);
	buf_free(&err);
	buf_free(&report);
	if (queries == 0)
		return 99;
	printf("search_eval: %d queries: hit@1 = %.3f, hit@3 = %.3f, MRR@%d = %.3f,"
	       " %.1f articles listed on average\n", queries, (double)hit1 / queries,
	       (double)hit3 / queries, EVAL_TOP, rr / queries, (double)listed / queries);
	return queries >= EVAL_MIN_QUERIES && hit1 * 10 >= queries * 8 &&
	       hit3 * 100 >= queries * 95 ? 0 : 1;
}
