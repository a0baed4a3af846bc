/* content_wording: the tools' wording checked entry by entry. */
#include "content_wording.h"

#include "deadline.h"
#include "letter.h"
#include "store_wording.h"
#include "timeline.h"

/* The wording files and the entries their tool uses. */
static const struct {
	const char *slug;
	const struct wording_need *(*needs)(size_t *n);
} content_wording_tools[] = {
	{ "letter", letter_needs },
	{ "timeline", timeline_needs },
	{ "court", deadline_court_needs },
	{ "complaint", deadline_complaint_needs },
};

/* content_wording_check: every tool's wording file has every entry the
 * tool uses, with no placeholder it does not fill, and every period of
 * the deadline rows reads as one; report gets one line per problem. The
 * number of problems, or -1 when the store fails. */
long content_wording_check(struct store *s, struct buf *report)
{
	enum { N = sizeof(content_wording_tools) / sizeof(content_wording_tools[0]) };
	struct wording w[N];
	struct arena a;
	long bad = 0;

	arena_init(&a);
	for (size_t i = 0; i < N; i++) {
		size_t n;
		const struct wording_need *needs = content_wording_tools[i].needs(&n);

		if (store_wording_get(s, &a, content_wording_tools[i].slug, &w[i]) < 0) {
			arena_free(&a);
			return -1;
		}
		if (!w[i].n) {
			buf_printf(report, "wording/%s: missing (a tool uses it)\n", w[i].slug);
			bad++;
			continue;
		}
		bad += wording_check(&w[i], needs, n, report);
	}
	bad += deadline_check(&w[2], &w[3], report);
	arena_free(&a);
	return bad;
}
