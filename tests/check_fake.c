/* A fake request source and a test site for unit tests. */
#include "check_fake.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <check.h>
#include <unistd.h>

#include "content.h"
#include "store_article.h"
#include "store_category.h"
#include "store_related.h"
#include "store_value.h"

static const char *fake_param(void *ctx, const char *name)
{
	struct fake *f = ctx;

	for (const char *const *e = f->env; *e; e += 2)
		if (strcmp(e[0], name) == 0)
			return e[1];
	return NULL;
}

static int fake_read(void *ctx, char *buf, int n)
{
	struct fake *f = ctx;
	size_t left = f->body ? strlen(f->body) - f->off : 0;
	size_t k = left < (size_t)n ? left : (size_t)n;

	if (k)
		memcpy(buf, f->body + f->off, k);
	f->off += k;
	return (int)k;
}

static int fake_write(void *ctx, const char *buf, size_t n)
{
	buf_append(&((struct fake *)ctx)->out, buf, n);
	return 0;
}

/* fake_io: set up f and io to serve env and body; output goes to f->out
 * (which the caller frees). */
void fake_io(struct fake *f, const char *const *env, const char *body, struct req_io *io)
{
	f->env = env;
	f->body = body;
	f->off = 0;
	buf_init(&f->out);
	io->param = fake_param;
	io->read = fake_read;
	io->write = fake_write;
	io->ctx = f;
}

/* fake_send: what resp_send writes for rs, asked with method (and
 * If-None-Match inm, or NULL), into out. */
void fake_send(struct resp *rs, const char *method, const char *inm, struct buf *out)
{
	const char *env[] = { "REQUEST_METHOD", method, "REQUEST_URI", "/", NULL };
	struct fake f;
	struct req_io io;
	struct req r;
	const char *why;

	fake_io(&f, env, NULL, &io);
	ck_assert_int_eq(req_parse(&r, &io, &why), 0);
	r.if_none_match = inm;
	ck_assert_int_eq(resp_send(rs, &r, &io), 0);
	req_free(&r);
	buf_reset(out);
	buf_append(out, f.out.data, f.out.len);
	buf_free(&f.out);
}

/* fake_handle: the program's whole answer to method uri (query qs,
 * If-None-Match inm or NULL), into out. */
void fake_handle(struct site *a, const char *method, const char *uri, const char *qs,
		 const char *inm, struct buf *out)
{
	const char *env[] = { "REQUEST_METHOD", method, "REQUEST_URI", uri, "QUERY_STRING", qs,
			      inm ? "HTTP_IF_NONE_MATCH" : NULL, inm, NULL };
	struct fake f;
	struct req_io io;

	fake_io(&f, env, NULL, &io);
	ck_assert_int_eq(app_handle(a, &io), 0);
	buf_reset(out);
	buf_append(out, f.out.data, f.out.len);
	buf_free(&f.out);
}

/* fake_dir: $top_srcdir/name (a static buffer), for templates and content. */
const char *fake_dir(const char *name)
{
	static char path[4096];
	const char *top = getenv("top_srcdir");

	snprintf(path, sizeof(path), "%s/%s", top && *top ? top : "..", name);
	return path;
}

/* fake_tmpdir: a new empty temporary folder (the caller frees the name). */
char *fake_tmpdir(void)
{
	char tmpl[] = "/tmp/quanyi-check-XXXXXX";
	char *d = mkdtemp(tmpl);

	return d ? strdup(d) : NULL;
}

/* fake_rmtree: remove a temporary folder made by fake_tmpdir. */
void fake_rmtree(const char *dir)
{
	char cmd[4200];

	if (dir && strncmp(dir, "/tmp/quanyi-check-", 18) == 0) {
		snprintf(cmd, sizeof(cmd), "rm -rf '%s'", dir);
		if (system(cmd) != 0)
			fprintf(stderr, "could not remove %s\n", dir);
	}
}

/* fake_store: a migrated store at path (":memory:" or a file). */
struct store *fake_store(const char *path)
{
	struct buf err;
	struct store *s;

	buf_init(&err);
	s = store_open(path, STORE_CREATE | STORE_MIGRATE, &err);
	ck_assert_msg(s != NULL, "store_open %s: %s", path, err.data ? err.data : "");
	ck_assert_int_eq(store_related_attach(s), 0);
	buf_free(&err);
	return s;
}

/* fake_category: topic slug called title, at position 1, listing the
 * articles named in featured first. */
void fake_category(struct store *s, const char *slug, const char *title, const char *featured)
{
	struct store_category c = { 0 };
	int changed;

	c.slug = slug;
	c.title = title;
	c.featured = featured;
	c.summary = "s";
	c.body_md = "intro\n";
	c.position = 1;
	ck_assert_int_eq(store_category_put(s, &c, &changed), 0);
}

/* fake_article_of: the fields of a published article slug with title in
 * topic overdue, for a test to change before fake_put. */
struct store_article fake_article_of(const char *slug, const char *title)
{
	struct store_article a = { 0 };

	a.slug = slug;
	a.category = "overdue";
	a.title = title;
	a.summary = "不是。";
	a.keywords = "时效";
	a.status = "published";
	a.reviewed = "2026-11-23";
	a.sources = "s";
	a.body_md = "正文\n";
	return a;
}

/* fake_put: save a (by editor "t"); it must succeed. */
void fake_put(struct store *s, const struct store_article *a)
{
	int changed;

	ck_assert_int_eq(store_article_put(s, a, "t", &changed), 0);
}

/* fake_article: a published article slug with title in topic overdue. */
void fake_article(struct store *s, const char *slug, const char *title)
{
	struct store_article a = fake_article_of(slug, title);

	fake_put(s, &a);
}

/* fake_seed: one topic (overdue) and one published article in it (a1),
 * the least a store test needs. */
void fake_seed(struct store *s)
{
	fake_category(s, "overdue", "逾期还款", "");
	fake_article(s, "a1", "欠款三年就不用还了吗？");
}

/* fake_site: a site for whole requests: a database file in a new
 * temporary folder, filled by fill (fake_seed when NULL), opened by a with
 * the shipped templates. Returns the folder; a->db_path is the file.
 * fake_site_close undoes it all. */
char *fake_site(struct site *a, void (*fill)(struct store *s))
{
	char *dir = fake_tmpdir();
	char db[4200];
	struct buf err;
	struct store *s;

	ck_assert_ptr_nonnull(dir);
	snprintf(db, sizeof(db), "%s/t.db", dir);
	s = fake_store(db);
	(fill ? fill : fake_seed)(s);
	store_close(s);
	buf_init(&err);
	ck_assert_msg(site_open(a, strdup(db), fake_dir("templates"), &err) == 0, "app_open: %s",
		      err.data ? err.data : "");
	buf_free(&err);
	return dir;
}

void fake_site_close(struct site *a, char *dir)
{
	site_close(a);
	free((char *)a->db_path);
	fake_rmtree(dir);
	free(dir);
}

/* fake_wording: the shipped wording file slug (content/wording), parsed
 * into *w with its strings in a; it must parse. */
void fake_wording(const char *slug, struct arena *a, struct wording *w)
{
	char name[256];
	struct buf text, err;
	struct content_doc doc;
	struct wording_entry *v;
	size_t n;
	FILE *f;
	char chunk[4096];
	size_t k;

	snprintf(name, sizeof(name), "content/wording/%s.md", slug);
	f = fopen(fake_dir(name), "rb");
	ck_assert_msg(f != NULL, "cannot open %s", fake_dir(name));
	buf_init(&text);
	buf_init(&err);
	while ((k = fread(chunk, 1, sizeof(chunk), f)) > 0)
		buf_append(&text, chunk, k);
	fclose(f);
	ck_assert_msg(content_parse(CONTENT_WORDING, text.data, text.len, a, &doc, &err) == 0,
		      "%s: %s", name, err.data ? err.data : "");
	ck_assert_int_ge(wording_parse(doc.body, a, &v, &n, &err), 1);
	w->slug = arena_strdup(a, slug);
	w->v = v;
	w->n = n;
	buf_free(&text);
	buf_free(&err);
}

/* fake_tools_content: the shipped wording and dated values (the holiday
 * tables) imported into s, as the tools need them. */
void fake_tools_content(struct store *s)
{
	char *dir = fake_tmpdir();
	char link[4200], target[4200];
	struct buf report, err;

	ck_assert_ptr_nonnull(dir);
	for (int i = 0; i < 2; i++) {
		const char *kind = i ? "values" : "wording";
		const char *src = fake_dir(i ? "content/values" : "content/wording");

		if (src[0] == '/')
			snprintf(target, sizeof(target), "%s", src);
		else
			ck_assert_ptr_nonnull(realpath(src, target));
		snprintf(link, sizeof(link), "%s/%s", dir, kind);
		ck_assert_int_eq(symlink(target, link), 0);
	}
	buf_init(&report);
	buf_init(&err);
	ck_assert_msg(content_import(s, dir, "import", &report, &err) == 0, "import: %s",
		      err.data ? err.data : "");
	buf_free(&report);
	buf_free(&err);
	fake_rmtree(dir);
	free(dir);
}

/* fake_calendar: the shipped holiday tables (content/values, kind
 * holidays) as a calendar, strings and days in a. */
void fake_calendar(struct arena *a, struct date_calendar *cal)
{
	struct store *s = fake_store(":memory:");

	fake_tools_content(s);
	ck_assert_int_eq(store_value_calendar(s, a, cal), 0);
	ck_assert_int_le(cal->first, cal->last);
	store_close(s);
}
