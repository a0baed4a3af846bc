/* content_io: load content/ into the store in one transaction, and write
 * the store back out in the same format. */
#include "content.h"

#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "field.h"
#include "store_article.h"
#include "store_category.h"
#include "store_channel.h"
#include "store_audit.h"
#include "store_doc.h"
#include "store_glossary.h"
#include "store_law.h"
#include "store_plan.h"
#include "store_value.h"
#include "store_situation.h"
#include "store_wording.h"
#include "store_search.h"
#include "store_synonym.h"

enum { CONTENT_FILE_MAX = 1 << 20 };

/* content_read_file: read the whole file at path into out. 0 or -1. */
static int content_read_file(const char *path, struct buf *out, struct buf *err)
{
	FILE *f = fopen(path, "rb");
	char chunk[8192];
	size_t n;

	if (!f) {
		buf_printf(err, "%s: %s", path, strerror(errno));
		return -1;
	}
	while ((n = fread(chunk, 1, sizeof(chunk), f)) > 0) {
		buf_append(out, chunk, n);
		if (out->len > CONTENT_FILE_MAX) {
			buf_printf(err, "%s: larger than 1 MiB", path);
			fclose(f);
			return -1;
		}
	}
	if (ferror(f)) {
		buf_printf(err, "%s: read error", path);
		fclose(f);
		return -1;
	}
	fclose(f);
	return 0;
}

static int content_cmp(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* content_list: the sorted names of files in dir ending with suffix, in
 * an arena-allocated array. The count, or -1 when dir cannot be read (a
 * missing folder is an empty list). */
static int content_list(const char *dir, const char *suffix, struct arena *a,
			char ***names, struct buf *err)
{
	DIR *d = opendir(dir);
	struct dirent *e;
	size_t slen = strlen(suffix);
	int n = 0, cap = 64;
	char **v = arena_alloc(a, sizeof(char *) * (size_t)cap);

	*names = v;
	if (!d) {
		if (errno == ENOENT)
			return 0;
		buf_printf(err, "%s: %s", dir, strerror(errno));
		return -1;
	}
	while ((e = readdir(d)) != NULL) {
		size_t len = strlen(e->d_name);
		if (e->d_name[0] == '.' || len <= slen ||
		    strcmp(e->d_name + len - slen, suffix) != 0)
			continue;
		if (n == cap) {
			char **nv = arena_alloc(a, sizeof(char *) * (size_t)cap * 2);
			memcpy(nv, v, sizeof(char *) * (size_t)cap);
			v = nv;
			cap *= 2;
		}
		v[n++] = arena_strdup(a, e->d_name);
	}
	closedir(d);
	qsort(v, (size_t)n, sizeof(char *), content_cmp);
	*names = v;
	return n;
}

/* content_put: store one parsed file of doc->kind called slug. */
static int content_put(struct store *s, const char *slug, const struct content_doc *doc,
		       const char *editor, int *changed)
{
	switch (doc->kind) {
	case CONTENT_CATEGORY: {
		struct store_category c = { 0 };
		c.slug = slug;
		c.title = content_get(doc, "title");
		c.position = strtol(content_get(doc, "position"), NULL, 10);
		c.featured = content_get(doc, "featured");
		c.summary = content_get(doc, "summary");
		c.body_md = doc->body;
		return store_category_put(s, &c, changed);
	}
	case CONTENT_ARTICLE: {
		struct store_article a = { 0 };
		a.slug = slug;
		a.category = content_get(doc, "category");
		a.title = content_get(doc, "title");
		a.summary = content_get(doc, "summary");
		a.keywords = content_get(doc, "keywords");
		a.status = content_get(doc, "status");
		a.reviewed = content_get(doc, "reviewed");
		a.sources = content_get(doc, "source");
		a.urgent = content_get(doc, "urgent") != NULL;
		a.body_md = doc->body;
		return store_article_put(s, &a, editor, changed);
	}
	case CONTENT_CHANNEL: {
		struct store_channel c = { 0 };
		c.slug = slug;
		c.name = content_get(doc, "name");
		c.operator_name = content_get(doc, "operator");
		c.handles = content_get(doc, "handles");
		c.contact = content_get(doc, "contact");
		c.not_handles = content_get(doc, "not_handles");
		c.prepare = content_get(doc, "prepare");
		c.next_steps = content_get(doc, "next");
		c.position = strtol(content_get(doc, "position"), NULL, 10);
		c.reviewed = content_get(doc, "reviewed");
		c.body_md = doc->body;
		return store_channel_put(s, &c, changed);
	}
	case CONTENT_GLOSSARY: {
		struct store_term t = { 0 };
		t.slug = slug;
		t.term = content_get(doc, "term");
		t.aliases = content_get(doc, "aliases");
		t.position = strtol(content_get(doc, "position"), NULL, 10);
		t.reviewed = content_get(doc, "reviewed");
		t.sources = content_get(doc, "source");
		t.body_md = doc->body;
		return store_glossary_put(s, &t, changed);
	}
	case CONTENT_SITUATION: {
		struct store_situation t = { 0 };
		t.slug = slug;
		t.title = content_get(doc, "title");
		t.position = strtol(content_get(doc, "position"), NULL, 10);
		t.channels = content_get(doc, "channels");
		t.body_md = doc->body;
		return store_situation_put(s, &t, changed);
	}
	case CONTENT_LAW: {
		struct store_law l = { 0 };
		struct law_text *arts;
		size_t n;
		struct arena a;
		struct buf why;
		int rc;

		l.slug = slug;
		l.title = content_get(doc, "title");
		l.aliases = content_get(doc, "aliases");
		l.version = content_get(doc, "version");
		l.in_force = content_get(doc, "in_force");
		l.status = content_get(doc, "status");
		l.scope = content_get(doc, "scope");
		l.official = content_get(doc, "official");
		l.reviewed = content_get(doc, "reviewed");
		l.sources = content_get(doc, "source");
		l.body_md = doc->body;
		arena_init(&a);
		buf_init(&why);
		rc = law_text_parse(doc->body, &a, &arts, &n, &why) < 0 ? -1
		     : store_law_put(s, &l, arts, n, changed);
		buf_free(&why);
		arena_free(&a);
		return rc;
	}
	case CONTENT_PLAN: {
		struct store_plan_doc d = { 0 };
		const char *pos = content_get(doc, "position"), *ord = content_get(doc, "order");

		d.slug = slug;
		d.type = content_get(doc, "type");
		d.position = pos ? strtol(pos, NULL, 10) : 0;
		d.order = ord ? strtol(ord, NULL, 10) : 0;
		d.text = content_get(doc, "text");
		d.kind = content_get(doc, "kind");
		d.choices = content_get(doc, "choices");
		d.unsure = content_get(doc, "unsure");
		d.letter_fields = content_get(doc, "letter_fields");
		d.help = content_get(doc, "help");
		d.ask_when = content_get(doc, "ask_when");
		d.bucket = content_get(doc, "bucket");
		d.title = content_get(doc, "title");
		d.whens = content_get(doc, "when");
		d.article = content_get(doc, "article");
		d.letter = content_get(doc, "letter");
		d.channel = content_get(doc, "channel");
		d.deadline = content_get(doc, "deadline");
		d.deadline_title = content_get(doc, "deadline_title");
		d.sources = content_get(doc, "source");
		d.body_md = doc->body;
		return store_plan_put(s, &d, changed);
	}
	case CONTENT_VALUE: {
		struct store_value v = { 0 };
		struct date_special *days = NULL;
		size_t n = 0;
		struct arena a;
		struct buf why;
		int rc = 0;

		v.slug = slug;
		v.title = content_get(doc, "title");
		v.kind = content_get(doc, "kind");
		v.value = content_get(doc, "value");
		v.effective = content_get(doc, "effective");
		v.sources = content_get(doc, "source");
		v.checked = content_get(doc, "checked");
		v.check_by = content_get(doc, "check_by");
		v.body_md = doc->body;
		arena_init(&a);
		buf_init(&why);
		if (strcmp(v.kind, "holidays") == 0 &&
		    content_holidays(doc->body, atoi(v.value), &a, &days, &n, &why) < 0)
			rc = -1;
		if (rc == 0)
			rc = store_value_put(s, &v, days, n, changed);
		buf_free(&why);
		arena_free(&a);
		return rc;
	}
	case CONTENT_WORDING: {
		struct store_wording w = { 0 };
		struct wording_entry *entries;
		size_t n;
		struct arena a;
		struct buf why;
		int rc;

		w.slug = slug;
		w.title = content_get(doc, "title");
		w.tool = content_get(doc, "tool");
		w.reviewed = content_get(doc, "reviewed");
		w.sources = content_get(doc, "source");
		w.body_md = doc->body;
		arena_init(&a);
		buf_init(&why);
		rc = wording_parse(doc->body, &a, &entries, &n, &why) < 0 ? -1
		     : store_wording_put(s, &w, entries, n, changed);
		buf_free(&why);
		arena_free(&a);
		return rc;
	}
	case CONTENT_SYNONYM: {
		struct store_synonym t = { 0 };

		t.slug = slug;
		t.words = content_get(doc, "words");
		t.reviewed = content_get(doc, "reviewed");
		t.body_md = doc->body;
		return store_synonym_put(s, &t, changed);
	}
	}
	return -1;
}

/* content_import_kind: import every file of one kind from dir. */
static int content_import_kind(struct store *s, const char *dir, enum content_kind kind,
			       const char *editor, struct buf *report, struct buf *err)
{
	struct arena a;
	struct buf path, text;
	char **names;
	const char *suffix = content_suffix(kind);
	int n, nchanged = 0, rc = -1;

	arena_init(&a);
	buf_init(&path);
	buf_init(&text);
	buf_printf(&path, "%s/%s", dir, content_dir(kind));
	n = content_list(path.data, suffix, &a, &names, err);
	if (n < 0)
		goto out;
	for (int i = 0; i < n; i++) {
		struct content_doc doc;
		size_t slen = strlen(names[i]) - strlen(suffix);
		char *slug = arena_strndup(&a, names[i], slen);
		int changed = 0;

		buf_reset(&path);
		buf_printf(&path, "%s/%s/%s", dir, content_dir(kind), names[i]);
		if (!field_slug_ok(slug, slen)) {
			buf_printf(err, "%s: the file name is not a slug (a-z, 0-9, -)", path.data);
			goto out;
		}
		buf_reset(&text);
		if (content_read_file(path.data, &text, err) != 0)
			goto out;
		if (content_parse(kind, text.data ? text.data : "", text.len, &a, &doc, err) != 0) {
			struct buf msg;
			buf_init(&msg);
			buf_printf(&msg, "%s: ", path.data);
			buf_append(&msg, err->data, err->len);
			buf_reset(err);
			buf_append(err, msg.data, msg.len);
			buf_free(&msg);
			goto out;
		}
		if (content_put(s, slug, &doc, editor, &changed) != 0) {
			buf_printf(err, "%s: cannot store: %s", path.data,
				   kind == CONTENT_ARTICLE ? "unknown category or database error"
				   : kind == CONTENT_LAW ? "a heading is not \"### 第N条\" in order,"
							   " or a database error"
				   : kind == CONTENT_VALUE ? "a holidays line is not \"- YYYY-MM-DD 休|班\""
							     " of the value's year, a day is listed twice,"
							     " or a database error"
				   : kind == CONTENT_WORDING ? "an entry heading is not \"### name\", a name"
							       " is given twice, an entry has no text,"
							       " or a database error"
				   : kind == CONTENT_SYNONYM ? "a word holds a space or is longer"
							       " than 127 bytes, or a database error"
				   : store_errmsg(s));
			goto out;
		}
		nchanged += changed;
	}
	buf_printf(report, "%s: %d files, %d changed\n", content_dir(kind), n, nchanged);
	rc = 0;
out:
	buf_free(&path);
	buf_free(&text);
	arena_free(&a);
	return rc;
}

/* content_import: load dir (a content/ tree) into s in one transaction,
 * the search indexes merged at the end, then the database compacted.
 * Running it twice leaves the database as it was after the first run.
 * 0, or -1 with err (and nothing changed, unless err says it was
 * imported). */
int content_import(struct store *s, const char *dir, const char *editor,
		   struct buf *report, struct buf *err)
{
	static const enum content_kind order[] = {
		CONTENT_CATEGORY, CONTENT_CHANNEL, CONTENT_GLOSSARY, CONTENT_SITUATION,
		CONTENT_LAW, CONTENT_VALUE, CONTENT_WORDING, CONTENT_PLAN, CONTENT_SYNONYM,
		CONTENT_ARTICLE
	};
	struct stat st;

	if (stat(dir, &st) != 0 || !S_ISDIR(st.st_mode)) {
		buf_printf(err, "%s: not a folder", dir);
		return -1;
	}
	if (store_begin(s) != 0) {
		buf_printf(err, "cannot start a transaction: %s", store_errmsg(s));
		return -1;
	}
	for (size_t i = 0; i < sizeof(order) / sizeof(order[0]); i++) {
		if (content_import_kind(s, dir, order[i], editor, report, err) != 0) {
			store_rollback(s);
			return -1;
		}
	}
	/* each article was saved in a savepoint of its own, and FTS5 keeps
	 * what each wrote as a segment: one search then reads them all */
	if (store_search_optimize(s) != 0) {
		buf_printf(err, "cannot merge the search index: %s", store_errmsg(s));
		store_rollback(s);
		return -1;
	}
	if (store_commit(s) != 0) {
		buf_printf(err, "commit failed: %s", store_errmsg(s));
		return -1;
	}
	if (store_compact(s) != 0) {
		buf_printf(err, "imported, but the database could not be compacted: %s",
			   store_errmsg(s));
		return -1;
	}
	return 0;
}

/* content_write_file: write data to path through a temporary file and a
 * rename, so a reader never sees half a file. */
static int content_write_file(const char *path, const struct buf *data, struct buf *err)
{
	struct buf tmp;
	FILE *f;
	int rc = -1;

	buf_init(&tmp);
	buf_printf(&tmp, "%s.tmp", path);
	f = fopen(tmp.data, "wb");
	if (!f) {
		buf_printf(err, "%s: %s", tmp.data, strerror(errno));
		goto out;
	}
	if (fwrite(data->data, 1, data->len, f) != data->len || fclose(f) != 0) {
		buf_printf(err, "%s: write failed", tmp.data);
		remove(tmp.data);
		goto out;
	}
	if (rename(tmp.data, path) != 0) {
		buf_printf(err, "%s: %s", path, strerror(errno));
		remove(tmp.data);
		goto out;
	}
	rc = 0;
out:
	buf_free(&tmp);
	return rc;
}

struct content_export_ctx {
	const char *dir;
	struct buf *err;
	int n;
	int failed;
	const char *only;     /* if set: format only this slug … */
	struct buf *out;      /* … into this buffer instead of a file */
	struct content_doc_names *names;  /* if set: only list the documents … */
	struct arena *names_arena;        /* … in this arena */
};

/* content_export_doc: write one document as <dir>/<kind dir>/<slug><suffix>
 * (or, for content_doc_text, into x->out). */
static int content_export_doc(struct content_export_ctx *x, const char *slug,
			      const struct content_doc *doc)
{
	struct buf path, text;

	if (x->names) {
		struct content_doc_names *l = x->names;
		static const char *const keys[] = { "title", "name", "term", "text" };
		const char *title = NULL;

		if ((l->n & (l->n - 1)) == 0) {   /* 0, 1, 2, 4 …: grow */
			struct content_doc_name *v =
				arena_alloc(x->names_arena, (l->n ? l->n * 2 : 1) * sizeof(*v));
			if (l->n)
				memcpy(v, l->v, l->n * sizeof(*v));
			l->v = v;
		}
		for (size_t k = 0; (!title || !*title) && k < sizeof(keys) / sizeof(keys[0]); k++)
			title = content_get(doc, keys[k]);
		l->v[l->n].slug = arena_strdup(x->names_arena, slug);
		l->v[l->n].title = arena_strdup(x->names_arena, title && *title ? title : slug);
		l->n++;
		return 0;
	}
	if (x->only) {
		if (strcmp(x->only, slug) != 0)
			return 0;
		content_format(doc, x->out);
		x->n++;
		return 1;
	}
	buf_init(&path);
	buf_init(&text);
	buf_printf(&path, "%s/%s/%s%s", x->dir, content_dir(doc->kind), slug,
		   content_suffix(doc->kind));
	content_format(doc, &text);
	if (content_write_file(path.data, &text, x->err) != 0)
		x->failed = 1;
	else
		x->n++;
	buf_free(&path);
	buf_free(&text);
	return x->failed;
}

/* content_export_category: write one category (see content_export_doc). */
static int content_export_category(struct content_export_ctx *x, const struct store_category *c)
{
	struct content_doc doc = { .kind = CONTENT_CATEGORY };
	char pos[32];

	snprintf(pos, sizeof(pos), "%ld", c->position);
	content_set(&doc, "title", c->title);
	content_set(&doc, "position", pos);
	content_set(&doc, "featured", c->featured);
	content_set(&doc, "summary", c->summary);
	doc.body = c->body_md;
	return content_export_doc(x, c->slug, &doc);
}

/* content_export_article: write one article (see content_export_doc). */
static int content_export_article(struct content_export_ctx *x, const struct store_article *a)
{
	struct content_doc doc = { .kind = CONTENT_ARTICLE };

	content_set(&doc, "title", a->title);
	content_set(&doc, "category", a->category);
	content_set(&doc, "summary", a->summary);
	content_set(&doc, "keywords", a->keywords);
	content_set(&doc, "status", a->status);
	content_set(&doc, "reviewed", a->reviewed);
	content_set(&doc, "urgent", a->urgent ? "yes" : NULL);
	content_set(&doc, "source", a->sources);
	doc.body = a->body_md;
	return content_export_doc(x, a->slug, &doc);
}

/* content_export_channel: write one channel (see content_export_doc). */
static int content_export_channel(struct content_export_ctx *x, const struct store_channel *c)
{
	struct content_doc doc = { .kind = CONTENT_CHANNEL };
	char pos[32];

	snprintf(pos, sizeof(pos), "%ld", c->position);
	content_set(&doc, "name", c->name);
	content_set(&doc, "operator", c->operator_name);
	content_set(&doc, "handles", c->handles);
	content_set(&doc, "not_handles", c->not_handles);
	content_set(&doc, "contact", c->contact);
	content_set(&doc, "prepare", c->prepare);
	content_set(&doc, "next", c->next_steps);
	content_set(&doc, "position", pos);
	content_set(&doc, "reviewed", c->reviewed);
	doc.body = c->body_md;
	return content_export_doc(x, c->slug, &doc);
}

/* content_export_term: write one glossary term (see content_export_doc). */
static int content_export_term(struct content_export_ctx *x, const struct store_term *t)
{
	struct content_doc doc = { .kind = CONTENT_GLOSSARY };
	char pos[32];

	snprintf(pos, sizeof(pos), "%ld", t->position);
	content_set(&doc, "term", t->term);
	content_set(&doc, "aliases", t->aliases);
	content_set(&doc, "position", pos);
	content_set(&doc, "reviewed", t->reviewed);
	content_set(&doc, "source", t->sources);
	doc.body = t->body_md;
	return content_export_doc(x, t->slug, &doc);
}

/* content_export_situation: write one situation (see content_export_doc). */
static int content_export_situation(struct content_export_ctx *x, const struct store_situation *t)
{
	struct content_doc doc = { .kind = CONTENT_SITUATION };
	char pos[32];

	snprintf(pos, sizeof(pos), "%ld", t->position);
	content_set(&doc, "title", t->title);
	content_set(&doc, "position", pos);
	content_set(&doc, "channels", t->channels);
	doc.body = t->body_md;
	return content_export_doc(x, t->slug, &doc);
}

/* content_export_law: write one law version (see content_export_doc). */
static int content_export_law(struct content_export_ctx *x, const struct store_law *l)
{
	struct content_doc doc = { .kind = CONTENT_LAW };

	content_set(&doc, "title", l->title);
	content_set(&doc, "aliases", l->aliases);
	content_set(&doc, "version", l->version);
	content_set(&doc, "in_force", l->in_force);
	content_set(&doc, "status", l->status);
	content_set(&doc, "scope", l->scope);
	content_set(&doc, "official", l->official);
	content_set(&doc, "reviewed", l->reviewed);
	content_set(&doc, "source", l->sources);
	doc.body = l->body_md;
	return content_export_doc(x, l->slug, &doc);
}

/* content_export_value: write one dated value (see content_export_doc). */
static int content_export_value(struct content_export_ctx *x, const struct store_value *v)
{
	struct content_doc doc = { .kind = CONTENT_VALUE };

	content_set(&doc, "title", v->title);
	content_set(&doc, "kind", v->kind);
	content_set(&doc, "value", v->value);
	content_set(&doc, "effective", v->effective);
	content_set(&doc, "source", v->sources);
	content_set(&doc, "checked", v->checked);
	content_set(&doc, "check_by", v->check_by);
	doc.body = v->body_md;
	return content_export_doc(x, v->slug, &doc);
}

/* content_export_plan: write one plan question or step (see
 * content_export_doc); empty optional keys are left out. */
static int content_export_plan(struct content_export_ctx *x, const struct store_plan_doc *d)
{
	struct content_doc doc = { .kind = CONTENT_PLAN };
	char pos[32], ord[32];

	snprintf(pos, sizeof(pos), "%ld", d->position);
	snprintf(ord, sizeof(ord), "%ld", d->order);
	content_set(&doc, "type", d->type);
	if (strcmp(d->type, "question") == 0)
		content_set(&doc, "position", pos);
	else
		content_set(&doc, "order", ord);
	content_set(&doc, "text", d->text);
	content_set(&doc, "kind", d->kind);
	content_set(&doc, "choices", d->choices);
	content_set(&doc, "unsure", d->unsure);
	content_set(&doc, "letter_fields", d->letter_fields);
	content_set(&doc, "help", d->help);
	content_set(&doc, "ask_when", d->ask_when);
	content_set(&doc, "bucket", d->bucket);
	content_set(&doc, "title", d->title);
	content_set(&doc, "when", d->whens);
	content_set(&doc, "article", d->article);
	content_set(&doc, "letter", d->letter);
	content_set(&doc, "channel", d->channel);
	content_set(&doc, "deadline", d->deadline);
	content_set(&doc, "deadline_title", d->deadline_title);
	content_set(&doc, "source", d->sources);
	doc.body = d->body_md;
	return content_export_doc(x, d->slug, &doc);
}

/* content_export_wording: write one wording file (see content_export_doc). */
static int content_export_wording(struct content_export_ctx *x, const struct store_wording *w)
{
	struct content_doc doc = { .kind = CONTENT_WORDING };

	content_set(&doc, "title", w->title);
	content_set(&doc, "tool", w->tool);
	content_set(&doc, "reviewed", w->reviewed);
	content_set(&doc, "source", w->sources);
	doc.body = w->body_md;
	return content_export_doc(x, w->slug, &doc);
}

/* content_export_synonym: write one synonym set (see content_export_doc). */
static int content_export_synonym(struct content_export_ctx *x, const struct store_synonym *t)
{
	struct content_doc doc = { .kind = CONTENT_SYNONYM };

	content_set(&doc, "words", t->words);
	content_set(&doc, "reviewed", t->reviewed);
	doc.body = t->body_md;
	return content_export_doc(x, t->slug, &doc);
}

/* content_export_kind: every document of kind, in the order the store
 * lists them, through content_export_doc. 0 or -1 (x->failed, or the
 * store failed). */
static int content_export_kind(struct store *s, struct content_export_ctx *x,
			       enum content_kind kind)
{
	struct arena a;
	int rc = 0;

	arena_init(&a);
	switch (kind) {
	case CONTENT_CATEGORY: {
		struct store_categories l;

		if (store_category_list(s, &a, &l) < 0)
			rc = -1;
		for (size_t i = 0; rc == 0 && i < l.n; i++)
			if (content_export_category(x, &l.v[i]))
				break;
		break;
	}
	case CONTENT_ARTICLE: {
		struct store_articles l;

		if (store_article_all(s, &a, &l) < 0)
			rc = -1;
		for (size_t i = 0; rc == 0 && i < l.n; i++)
			if (content_export_article(x, &l.v[i]))
				break;
		break;
	}
	case CONTENT_CHANNEL: {
		struct store_channels l;

		if (store_channel_list(s, &a, &l) < 0)
			rc = -1;
		for (size_t i = 0; rc == 0 && i < l.n; i++)
			if (content_export_channel(x, &l.v[i]))
				break;
		break;
	}
	case CONTENT_GLOSSARY: {
		struct store_terms l;

		if (store_glossary_list(s, &a, &l) < 0)
			rc = -1;
		for (size_t i = 0; rc == 0 && i < l.n; i++)
			if (content_export_term(x, &l.v[i]))
				break;
		break;
	}
	case CONTENT_SITUATION: {
		struct store_situations l;

		if (store_situation_list(s, &a, &l) < 0)
			rc = -1;
		for (size_t i = 0; rc == 0 && i < l.n; i++)
			if (content_export_situation(x, &l.v[i]))
				break;
		break;
	}
	case CONTENT_PLAN: {
		struct store_plan_docs l;

		if (store_plan_docs(s, &a, &l) < 0)
			rc = -1;
		for (size_t i = 0; rc == 0 && i < l.n; i++)
			if (content_export_plan(x, &l.v[i]))
				break;
		break;
	}
	case CONTENT_VALUE: {
		struct store_values l;

		if (store_value_list(s, &a, &l) < 0)
			rc = -1;
		for (size_t i = 0; rc == 0 && i < l.n; i++)
			if (content_export_value(x, &l.v[i]))
				break;
		break;
	}
	case CONTENT_WORDING: {
		struct store_wordings l;

		if (store_wording_list(s, &a, &l) < 0)
			rc = -1;
		for (size_t i = 0; rc == 0 && i < l.n; i++)
			if (content_export_wording(x, &l.v[i]))
				break;
		break;
	}
	case CONTENT_LAW: {
		struct store_laws l;

		if (store_law_list(s, &a, &l) < 0)
			rc = -1;
		for (size_t i = 0; rc == 0 && i < l.n; i++)
			if (content_export_law(x, &l.v[i]))
				break;
		break;
	}
	case CONTENT_SYNONYM: {
		struct store_synonyms l;

		if (store_synonym_list(s, &a, &l) < 0)
			rc = -1;
		for (size_t i = 0; rc == 0 && i < l.n; i++)
			if (content_export_synonym(x, &l.v[i]))
				break;
		break;
	}
	default:
		rc = -1;
	}
	arena_free(&a);
	return rc < 0 || x->failed ? -1 : 0;
}

/* content_mkdir: create path (one level) unless it exists. */
static int content_mkdir(const char *path, struct buf *err)
{
	if (mkdir(path, 0755) != 0 && errno != EEXIST) {
		buf_printf(err, "%s: %s", path, strerror(errno));
		return -1;
	}
	return 0;
}

/* content_export: write every category, article, channel, glossary term,
 * situation, law, value, wording file, plan file and synonym set of s
 * into dir in the content/ format. 0, or -1 with err. */
int content_export(struct store *s, const char *dir, struct buf *report, struct buf *err)
{
	struct content_export_ctx x = { dir, err, 0, 0, NULL, NULL, NULL, NULL };
	struct buf path;
	int rc = -1;

	buf_init(&path);
	if (content_mkdir(dir, err) != 0)
		goto out;
	for (int k = CONTENT_CATEGORY; k <= CONTENT_SYNONYM; k++) {
		buf_reset(&path);
		buf_printf(&path, "%s/%s", dir, content_dir((enum content_kind)k));
		if (content_mkdir(path.data, err) != 0)
			goto out;
	}
	for (int k = CONTENT_CATEGORY; k <= CONTENT_SYNONYM; k++)
		if (content_export_kind(s, &x, (enum content_kind)k) != 0)
			goto out;
	buf_printf(report, "exported %d files to %s\n", x.n, dir);
	rc = 0;
out:
	if (rc != 0 && !err->len)
		buf_printf(err, "export failed: %s", store_errmsg(s));
	buf_free(&path);
	return rc;
}

/* content_doc_text: the file text of the category, channel, glossary term,
 * situation, law or synonym set called slug, as it would be exported. 1 (found), 0 or -1. */
int content_doc_text(struct store *s, enum content_kind kind, const char *slug,
		     struct buf *out)
{
	struct content_export_ctx x = { NULL, NULL, 0, 0, slug, out, NULL, NULL };
	int rc;

	if (kind == CONTENT_ARTICLE)
		return -1;
	rc = content_export_kind(s, &x, kind);
	return rc < 0 ? -1 : x.n > 0;
}

/* content_doc_list: the address and name (its title, name, term or
 * text) of every document of kind, as the store lists them, into out in
 * arena a. How many, or -1. */
long content_doc_list(struct store *s, enum content_kind kind, struct arena *a,
		      struct content_doc_names *out)
{
	struct content_export_ctx x = { NULL, NULL, 0, 0, NULL, NULL, out, a };

	out->v = NULL;
	out->n = 0;
	if (kind == CONTENT_ARTICLE || content_export_kind(s, &x, kind) != 0)
		return -1;
	return (long)out->n;
}

/* content_doc_keep_imported: before the first editor's save of a
 * document that came from content/, keep its current text as revision 1
 * (editor "import"), so the history can always go back to it. *cur gets
 * the latest revision afterwards. 0 or -1. */
static int content_doc_keep_imported(struct store *s, enum content_kind kind, const char *slug,
				     long *cur)
{
	struct buf old;
	int found, rc = 0;

	buf_init(&old);
	found = content_doc_text(s, kind, slug, &old);
	if (found < 0)
		rc = -1;
	else if (found > 0) {
		rc = store_doc_revision_add(s, content_dir(kind), slug, old.data, "import");
		if (rc == 0)
			*cur = 1;
	}
	buf_free(&old);
	return rc;
}

/* content_doc_save: an editor's new text for the document slug of kind:
 * parsed strictly (err names the line), saved only if the document's
 * latest revision is still base, and kept as a new revision with the
 * editor's name and an audit entry for action ("save", "restore"; a
 * dated value's save is a "value" change), all in one transaction.
 * *revision gets the revision after the save (the newer one on a
 * conflict). */
enum content_save content_doc_save(struct store *s, enum content_kind kind, const char *slug,
				   const char *text, const char *editor, const char *action,
				   long base, long *revision, struct buf *err)
{
	char detail[48];

	struct content_doc doc;
	struct arena a;
	enum content_save res = CONTENT_SAVE_FAILED;
	int changed = 0;
	long cur;

	arena_init(&a);
	*revision = 0;
	if (content_parse(kind, text, strlen(text), &a, &doc, err) != 0) {
		arena_free(&a);
		return CONTENT_SAVE_INVALID;
	}
	if (store_begin(s) != 0)
		goto out;
	cur = store_doc_revision(s, content_dir(kind), slug);
	if (cur < 0) {
		store_rollback(s);
		goto out;
	}
	if (cur != base) {
		store_rollback(s);
		*revision = cur;
		res = CONTENT_SAVE_CONFLICT;
		goto out;
	}
	if (cur == 0 && content_doc_keep_imported(s, kind, slug, &cur) != 0) {
		store_rollback(s);
		goto out;
	}
	if (content_put(s, slug, &doc, editor, &changed) != 0) {
		store_rollback(s);
		buf_puts(err, "无法保存：引用的话题或渠道不存在，或数据库出错。");
		res = CONTENT_SAVE_INVALID;
		goto out;
	}
	snprintf(detail, sizeof(detail), "第 %ld 版", cur + 1);
	if (changed && (store_doc_revision_add(s, content_dir(kind), slug, text, editor) != 0 ||
			store_audit_add(s, editor, kind == CONTENT_VALUE &&
					strcmp(action, "save") == 0 ? "value" : action,
					content_dir(kind), slug, detail) != 0)) {
		store_rollback(s);
		goto out;
	}
	if (store_commit(s) != 0)
		goto out;
	*revision = changed ? cur + 1 : cur;
	res = changed ? CONTENT_SAVE_OK : CONTENT_SAVE_UNCHANGED;
out:
	arena_free(&a);
	return res;
}

/* content_doc_preview: show what readers would see if text were saved as
 * the document slug of kind: the text is parsed and stored inside a
 * transaction, fn renders from the changed store, and everything is rolled
 * back. CONTENT_SAVE_OK (fn ran and returned 0), CONTENT_SAVE_INVALID (err
 * says why) or CONTENT_SAVE_FAILED. */
enum content_save content_doc_preview(struct store *s, enum content_kind kind, const char *slug,
				      const char *text, const char *editor,
				      content_preview_fn fn, void *ctx, struct buf *err)
{
	struct content_doc doc;
	struct arena a;
	enum content_save res = CONTENT_SAVE_FAILED;
	int changed = 0;

	arena_init(&a);
	if (content_parse(kind, text, strlen(text), &a, &doc, err) != 0) {
		arena_free(&a);
		return CONTENT_SAVE_INVALID;
	}
	if (store_begin(s) != 0)
		goto out;
	if (content_put(s, slug, &doc, editor, &changed) != 0) {
		buf_puts(err, "无法预览：引用的话题或渠道不存在，或数据库出错。");
		res = CONTENT_SAVE_INVALID;
	} else if (fn(ctx) == 0) {
		res = CONTENT_SAVE_OK;
	}
	store_rollback(s);
out:
	arena_free(&a);
	return res;
}
