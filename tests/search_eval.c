/* Search evaluation: loads content/ into a fresh database and runs every
 * query of search_eval.tsv ("query<TAB>slug") through the same search the
 * page uses. Prints each miss and hit@3; fails below 0.9 or with fewer
 * than 30 queries. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <sodium.h>

#include "content.h"
#include "search.h"
#include "store_article.h"
#include "store_category.h"

struct top3 {
	char slugs[3][65];
	int n;
};

int main(int argc, char **argv)
{
	const char *top = getenv("top_srcdir");
	char content[4096], tsv[4096], line[1024];
	struct buf err, report;
	struct store *s;
	FILE *f;
	int queries = 0, hits = 0;

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
		struct top3 t = { .n = 0 };
		int hit = 0;

		if (line[0] == '#' || !tab)
			continue;
		*tab = '\0';
		slug = tab + 1;
		if ((nl = strchr(slug, '\n')) != NULL)
			*nl = '\0';
		arena_init(&a);
		if (search_run(s, line, &a, 1, 3, &res) < 0) {
			fprintf(stderr, "search_eval: database error on \"%s\"\n", line);
			return 99;
		}
		for (size_t i = 0; i < res.articles.n && t.n < 3; i++)
			snprintf(t.slugs[t.n++], sizeof(t.slugs[0]), "%s", res.articles.v[i].slug);
		for (int i = 0; i < t.n; i++)
			hit |= strcmp(t.slugs[i], slug) == 0;
		queries++;
		hits += hit;
		if (!hit)
			printf("miss: \"%s\" wants %s, got [%s %s %s]\n", line, slug,
			       t.n > 0 ? t.slugs[0] : "-", t.n > 1 ? t.slugs[1] : "-",
			       t.n > 2 ? t.slugs[2] : "-");
		arena_free(&a);
	}
	fclose(f);
	store_close(s);
	buf_free(&err);
	buf_free(&report);
	printf("search_eval: hit@3 = %.3f (%d of %d queries)\n",
	       queries ? (double)hits / queries : 0.0, hits, queries);
	return queries >= 30 && hits * 10 >= queries * 9 ? 0 : 1;
}
