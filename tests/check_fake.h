/* For unit tests: a fake request source (CGI variables, a body, and a
 * buffer that collects the response), and the test site they ask: a
 * store with topics and articles, in memory or in a temporary folder. */
#ifndef QUANYI_CHECK_FAKE_H
#define QUANYI_CHECK_FAKE_H

#include "app.h"
#include "buf.h"
#include "request.h"
#include "response.h"
#include "store.h"
#include "store_article.h"
#include "store_category.h"
#include "date.h"
#include "wording.h"

struct fake {
	const char *const *env;   /* name, value, ..., NULL */
	const char *body;
	size_t off;
	struct buf out;
};

void fake_io(struct fake *f, const char *const *env, const char *body, struct req_io *io);
void fake_send(struct resp *rs, const char *method, const char *inm, struct buf *out);
void fake_handle(struct site *a, const char *method, const char *uri, const char *qs,
		 const char *inm, struct buf *out);
const char *fake_dir(const char *name);
char *fake_tmpdir(void);
void fake_rmtree(const char *dir);
struct store *fake_store(const char *path);
void fake_category(struct store *s, const char *slug, const char *title, const char *featured);
struct store_article fake_article_of(const char *slug, const char *title);
void fake_put(struct store *s, const struct store_article *a);
void fake_article(struct store *s, const char *slug, const char *title);
void fake_seed(struct store *s);
char *fake_site(struct site *a, void (*fill)(struct store *s));
void fake_site_close(struct site *a, char *dir);
void fake_wording(const char *slug, struct arena *a, struct wording *w);
void fake_tools_content(struct store *s);
void fake_calendar(struct arena *a, struct date_calendar *cal);

#endif
