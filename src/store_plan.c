/* store_plan: the plan's content, and the saved plans. */
#include "store_plan.h"

#include <string.h>

#define PLAN_COLS \
	"id, position, ord, slug, type, text, kind, choices, unsure, letter_fields, help," \
	" ask_when, bucket, title, whens, article, letter, channel, deadline, deadline_title, sources," \
	" body_md, body_html"

/* The columns of PLAN_COLS, in order. */
static const struct store_col store_plan_cols[] = {
	STORE_LONG(struct store_plan_doc, id), STORE_LONG(struct store_plan_doc, position),
	STORE_LONG(struct store_plan_doc, order), STORE_TEXT(struct store_plan_doc, slug),
	STORE_TEXT(struct store_plan_doc, type), STORE_TEXT(struct store_plan_doc, text),
	STORE_TEXT(struct store_plan_doc, kind), STORE_TEXT(struct store_plan_doc, choices),
	STORE_TEXT(struct store_plan_doc, unsure), STORE_TEXT(struct store_plan_doc, letter_fields),
	STORE_TEXT(struct store_plan_doc, help), STORE_TEXT(struct store_plan_doc, ask_when),
	STORE_TEXT(struct store_plan_doc, bucket),
	STORE_TEXT(struct store_plan_doc, title), STORE_TEXT(struct store_plan_doc, whens),
	STORE_TEXT(struct store_plan_doc, article), STORE_TEXT(struct store_plan_doc, letter),
	STORE_TEXT(struct store_plan_doc, channel), STORE_TEXT(struct store_plan_doc, deadline),
	STORE_TEXT(struct store_plan_doc, deadline_title), STORE_TEXT(struct store_plan_doc, sources),
	STORE_TEXT(struct store_plan_doc, body_md), STORE_TEXT(struct store_plan_doc, body_html),
};
static const struct store_map store_plan_map = STORE_MAP(struct store_plan_doc, store_plan_cols);

/* The text columns a save writes, with their parameter names. */
static const struct {
	const char *param;
	size_t off;
} store_plan_texts[] = {
	{ ":type", offsetof(struct store_plan_doc, type) },
	{ ":text", offsetof(struct store_plan_doc, text) },
	{ ":kind", offsetof(struct store_plan_doc, kind) },
	{ ":choices", offsetof(struct store_plan_doc, choices) },
	{ ":unsure", offsetof(struct store_plan_doc, unsure) },
	{ ":letter_fields", offsetof(struct store_plan_doc, letter_fields) },
	{ ":help", offsetof(struct store_plan_doc, help) },
	{ ":ask_when", offsetof(struct store_plan_doc, ask_when) },
	{ ":bucket", offsetof(struct store_plan_doc, bucket) },
	{ ":title", offsetof(struct store_plan_doc, title) },
	{ ":whens", offsetof(struct store_plan_doc, whens) },
	{ ":article", offsetof(struct store_plan_doc, article) },
	{ ":letter", offsetof(struct store_plan_doc, letter) },
	{ ":channel", offsetof(struct store_plan_doc, channel) },
	{ ":deadline", offsetof(struct store_plan_doc, deadline) },
	{ ":deadline_title", offsetof(struct store_plan_doc, deadline_title) },
	{ ":sources", offsetof(struct store_plan_doc, sources) },
};

/* store_plan_field: the text member at off of d ("" for NULL). */
static const char *store_plan_field(const struct store_plan_doc *d, size_t off)
{
	const char *v = *(const char *const *)(const void *)((const char *)d + off);

	return v ? v : "";
}

/* store_plan_same: 1 when saved doc old has the text of d. */
static int store_plan_same(const struct store_plan_doc *old, const struct store_plan_doc *d)
{
	for (size_t i = 0; i < sizeof(store_plan_texts) / sizeof(store_plan_texts[0]); i++)
		if (strcmp(store_plan_field(old, store_plan_texts[i].off),
			   store_plan_field(d, store_plan_texts[i].off)) != 0)
			return 0;
	return old->position == d->position && old->order == d->order &&
	       strcmp(old->body_md, d->body_md) == 0;
}

/* store_plan_put: insert or update plan file d (by slug), rendering its
 * Markdown. *changed is 1 when the database changed. 0 or -1. */
int store_plan_put(struct store *s, const struct store_plan_doc *d, int *changed)
{
	sqlite3_stmt *st = store_prep(s, SS_PLAN_FIND, "SELECT " PLAN_COLS " FROM plan_doc WHERE slug = :slug");
	struct store_plan_doc old;
	struct arena a;
	int found, same;

	*changed = 0;
	if (!st)
		return -1;
	arena_init(&a);
	store_bind_text(s, st, ":slug", d->slug);
	found = store_row(s, st, &a, &store_plan_map, &old);
	same = found > 0 && store_plan_same(&old, d);
	arena_free(&a);
	if (found < 0 || same)
		return found < 0 ? -1 : 0;
	st = found ? store_prep(s, SS_PLAN_UPDATE,
			"UPDATE plan_doc SET type = :type, position = :position, text = :text, kind = :kind,"
			" choices = :choices, unsure = :unsure, letter_fields = :letter_fields, help = :help,"
			" ask_when = :ask_when,"
			" bucket = :bucket, ord = :ord, title = :title, whens = :whens, article = :article,"
			" letter = :letter, channel = :channel, deadline = :deadline,"
			" deadline_title = :deadline_title, sources = :sources, body_md = :md,"
			" body_html = :html WHERE slug = :slug")
		   : store_prep(s, SS_PLAN_INSERT,
			"INSERT INTO plan_doc(slug, type, position, text, kind, choices, unsure,"
			" letter_fields, help, ask_when, bucket, ord, title, whens, article, letter, channel,"
			" deadline, deadline_title, sources, body_md, body_html) VALUES(:slug, :type,"
			" :position, :text, :kind, :choices, :unsure, :letter_fields, :help, :ask_when,"
			" :bucket, :ord,"
			" :title, :whens, :article, :letter, :channel, :deadline, :deadline_title, :sources,"
			" :md, :html)");
	if (!st)
		return -1;
	store_bind_text(s, st, ":slug", d->slug);
	for (size_t i = 0; i < sizeof(store_plan_texts) / sizeof(store_plan_texts[0]); i++)
		store_bind_text(s, st, store_plan_texts[i].param, store_plan_field(d, store_plan_texts[i].off));
	store_bind_int(s, st, ":position", d->position);
	store_bind_int(s, st, ":ord", d->order);
	if (store_done_rendered(s, st, d->body_md) != 0)
		return -1;
	*changed = 1;
	return 0;
}

/* store_plan_docs: every plan file, questions by position, then steps by
 * slug. How many, or -1. */
long store_plan_docs(struct store *s, struct arena *a, struct store_plan_docs *out)
{
	sqlite3_stmt *st = store_prep(s, SS_PLAN_LIST,
		"SELECT " PLAN_COLS " FROM plan_doc ORDER BY type, position, slug");

	return store_rows(s, st, a, &store_plan_map, (void **)&out->v, &out->n);
}

/* store_plan_load: the questions (in position order) and steps as the
 * plan engine reads them, each checked: a question's kind and choices, a
 * step's bucket, rule and deadline. 0, or -1 (err names the file; -1
 * without err: the store failed). */
int store_plan_load(struct store *s, struct arena *a, struct store_plan *out, struct buf *err)
{
	struct store_plan_docs docs;
	int nq = 0, ns = 0;

	memset(out, 0, sizeof(*out));
	if (store_plan_docs(s, a, &docs) < 0)
		return -1;
	out->q = arena_alloc(a, PLAN_QUESTIONS_MAX * sizeof(*out->q));
	out->step = arena_alloc(a, (docs.n ? docs.n : 1) * sizeof(*out->step));
	for (size_t i = 0; i < docs.n; i++) {
		const struct store_plan_doc *d = &docs.v[i];
		struct plan_question *q;

		if (strcmp(d->type, "question") != 0)
			continue;
		if (nq >= PLAN_QUESTIONS_MAX) {
			buf_printf(err, "plan/%s: more than %d questions", d->slug, PLAN_QUESTIONS_MAX);
			return -1;
		}
		q = &out->q[nq];
		memset(q, 0, sizeof(*q));
		q->slug = d->slug;
		q->text = d->text;
		q->help = d->help;
		q->ask_when = d->ask_when;
		q->body_html = d->body_html;
		q->position = (int)d->position;
		q->unsure = strcmp(d->unsure, "yes") == 0;
		if (!*d->text || !plan_parse_kind(d->kind, &q->kind)) {
			buf_printf(err, "plan/%s: a question needs text and kind (one, many or date)", d->slug);
			return -1;
		}
		if (nq && q->position <= out->q[nq - 1].position) {
			buf_printf(err, "plan/%s: position %d is taken", d->slug, q->position);
			return -1;
		}
		if (plan_parse_choices(d->choices, d->letter_fields, a, q, err) != 0) {
			struct buf why;

			buf_init(&why);
			buf_append(&why, err->data, err->len);
			buf_reset(err);
			buf_printf(err, "plan/%s: %s", d->slug, why.data);
			buf_free(&why);
			return -1;
		}
		nq++;
	}
	for (int i = 0; i < nq; i++) {
		struct buf why;

		buf_init(&why);
		if (plan_check_ask(out->q, nq, i, &why) != 0) {
			buf_printf(err, "plan/%s: ask_when: %s", out->q[i].slug, why.data);
			buf_free(&why);
			return -1;
		}
		buf_free(&why);
	}
	for (size_t i = 0; i < docs.n; i++) {
		const struct store_plan_doc *d = &docs.v[i];
		struct plan_step *st = &out->step[ns];
		struct buf why;

		if (strcmp(d->type, "step") != 0)
			continue;
		memset(st, 0, sizeof(*st));
		st->slug = d->slug;
		st->title = d->title;
		st->body_md = d->body_md;
		st->body_html = d->body_html;
		st->whens = d->whens;
		st->article = d->article;
		st->letter = d->letter;
		st->channel = d->channel;
		st->deadline = d->deadline;
		st->deadline_title = d->deadline_title;
		st->sources = d->sources;
		st->order = d->order;
		buf_init(&why);
		if (!*d->title || !plan_parse_bucket(d->bucket, &st->bucket))
			buf_puts(&why, "a step needs a title and a bucket (today, week, later or exit)");
		else if (plan_check_rules(d->whens, out->q, nq, &why) == 0 && *d->deadline)
			plan_check_deadline(d->deadline, out->q, nq, &why);
		if (why.len) {
			buf_printf(err, "plan/%s: %s", d->slug, why.data);
			buf_free(&why);
			return -1;
		}
		buf_free(&why);
		ns++;
	}
	out->nq = nq;
	out->nsteps = ns;
	return 0;
}

/* store_plan_prune: forget saved plans past their 180 days. 0 or -1. */
static int store_plan_prune(struct store *s)
{
	sqlite3_stmt *st = store_prep(s, SS_PLAN_PRUNE,
		"DELETE FROM plan_saved WHERE expires < strftime('%Y-%m-%dT%H:%M:%SZ', 'now')");

	return store_done(s, st);
}

/* store_plan_save: keep answers (choices and dates) under code for 180
 * days, dropping expired plans first. 0 or -1. */
int store_plan_save(struct store *s, const char *code, const char *answers)
{
	sqlite3_stmt *st = store_prep(s, SS_PLAN_SAVE,
		"INSERT INTO plan_saved(code, answers, created, expires) VALUES(:code, :answers,"
		" strftime('%Y-%m-%dT%H:%M:%SZ', 'now'),"
		" strftime('%Y-%m-%dT%H:%M:%SZ', 'now', '+180 days'))");
	int rc;

	if (!st || store_begin(s) != 0)
		return -1;
	store_bind_text(s, st, ":code", code);
	store_bind_text(s, st, ":answers", answers);
	rc = store_plan_prune(s) == 0 && store_done(s, st) == 0 ? 0 : -1;
	if (rc != 0) {
		store_rollback(s);
		return -1;
	}
	return store_commit(s);
}

/* A saved plan as read back. */
struct store_plan_saved {
	const char *answers, *created;
};

static const struct store_col store_plan_saved_cols[] = {
	STORE_TEXT(struct store_plan_saved, answers),
	STORE_TEXT(struct store_plan_saved, created),
};
static const struct store_map store_plan_saved_map =
	STORE_MAP(struct store_plan_saved, store_plan_saved_cols);

/* store_plan_open: the answers saved under code (not expired), and when.
 * 1, 0 (no such plan) or -1. */
int store_plan_open(struct store *s, struct arena *a, const char *code, const char **answers,
		    const char **created)
{
	sqlite3_stmt *st = store_prep(s, SS_PLAN_OPEN,
		"SELECT answers, created FROM plan_saved WHERE code = :code"
		" AND expires >= strftime('%Y-%m-%dT%H:%M:%SZ', 'now')");
	struct store_plan_saved r;
	int found;

	if (!st)
		return -1;
	store_bind_text(s, st, ":code", code);
	found = store_row(s, st, a, &store_plan_saved_map, &r);
	*answers = r.answers;
	*created = r.created;
	return found;
}

/* store_plan_delete: delete the plan saved under code for good. 0 (gone),
 * 1 (there was none) or -1. */
int store_plan_delete(struct store *s, const char *code)
{
	sqlite3_stmt *st = store_prep(s, SS_PLAN_DELETE, "DELETE FROM plan_saved WHERE code = :code");

	if (!st)
		return -1;
	store_bind_text(s, st, ":code", code);
	if (store_done(s, st) != 0)
		return -1;
	return sqlite3_changes(s->db) ? 0 : 1;
}
