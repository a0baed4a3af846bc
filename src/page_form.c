/* page_form: what every form page shares: showing what was typed again,
 * marking bad fields, and the form token. */
#include <stdio.h>
#include <string.h>

#include "page.h"

/* page_form_repaired: what was sent for field id, valid or not, as text
 * fit to show again (ill-formed bytes become U+FFFD), in the request's
 * arena; NULL when the field was not sent. */
static char *page_form_repaired(struct page *p, enum field_id id)
{
	const char *raw = req_raw(p->req, id);
	struct buf b;
	char *out;

	if (!raw)
		return NULL;
	buf_init(&b);
	field_utf8_repair(raw, strlen(raw), field_def(id)->kind == FK_TEXT, &b);
	out = arena_strdup(&p->req->arena, b.data ? b.data : "");
	buf_free(&b);
	return out;
}

/* page_form_value: what was sent for field id as text to store: repaired
 * as above, with CR LF as LF; "" when the field was not sent. */
const char *page_form_value(struct page *p, enum field_id id)
{
	char *out = page_form_repaired(p, id);
	size_t j = 0;

	if (!out)
		return "";
	for (size_t i = 0; out[i]; i++)
		if (!(out[i] == '\r' && out[i + 1] == '\n'))
			out[j++] = out[i];
	out[j] = '\0';
	return out;
}

/* page_form_keep: put what was sent for field id back into d as key,
 * exactly as typed (but valid text), if it was sent. */
void page_form_keep(struct page *p, struct tpl_dict *d, enum field_id id, const char *key)
{
	const char *v = page_form_repaired(p, id);

	if (v)
		tpl_set(d, key, v);
}

/* page_form_error: mark a field as wrong with msg, at the field (section
 * `section` of `at`, by default <key>_ERROR of the form dictionary, which
 * the template ties to the input with aria-describedby) and in the
 * summary at the top of the form (made with the first error), which
 * links to the input f-<key>. */
void page_form_error(struct tpl_dict *form, struct tpl_dict **errors, struct tpl_dict *at,
		     const char *section, const char *key, const char *msg)
{
	char name[64];
	struct tpl_dict *e;

	if (!section) {
		snprintf(name, sizeof(name), "%s_ERROR", key);
		section = name;
	}
	tpl_set(tpl_section(at ? at : form, section), "MESSAGE", msg);
	if (!*errors)
		*errors = tpl_section(form, "ERRORS");
	e = tpl_section(*errors, "ERROR_ITEM");
	tpl_set(e, "FIELD", key);
	tpl_set(e, "MESSAGE", msg);
}

/* page_form_fail: mark a field of form f as wrong with msg: at the field
 * (in section `section` of dictionary `at`, which the template ties to the
 * input with aria-describedby) and in the summary at the top of the form,
 * which links to the input f-<key>. */
void page_form_fail(struct page_form *f, struct tpl_dict *at, const char *section,
		    const char *key, const char *msg)
{
	page_form_error(f->d, &f->errors, at, section, key, msg);
	f->nerr++;
}

/* page_form_date_message: why raw, sent for date field id, is not a date,
 * in words that fit the text box the field becomes (page_form_date). */
static void page_form_date_message(enum field_id id, const char *raw, struct buf *msg)
{
	const char *label = field_def(id)->label;
	int y, m;

	switch (date_why(raw, &y, &m)) {
	case DATE_WHY_NO_DAY:
		buf_printf(msg, "“%s”填的是“%s”，这一天不存在：%d年%d月只有%d天。请改成实际的日期"
			   "（按 年-月-日 填写，例如 2026-03-01）。", label, raw, y, m,
			   date_days_in_month(y, m));
		break;
	case DATE_WHY_RANGE:
		buf_printf(msg, "“%s”的年份不对：请填 1900 年到 2199 年之间的日期。", label);
		break;
	default:
		buf_printf(msg, "“%s”没有看懂：请按 年-月-日 填写，例如 2026-03-01。", label);
		break;
	}
}

/* page_form_date: how date field id is drawn in d: as the browser's date
 * control (<prefix>TYPE "date", section <prefix>ASDATE), or, when what was
 * sent is not a date, as a text box holding it, so that the reader sees
 * what they typed and can correct it (<prefix>TYPE "text", section
 * <prefix>ASTEXT): the hint and the message then describe that box. */
void page_form_date(struct page *p, struct tpl_dict *d, enum field_id id, const char *prefix)
{
	int text = req_raw(p->req, id) && req_err(p->req, id) == FE_DATE;
	char key[64];

	snprintf(key, sizeof(key), "%sTYPE", prefix);
	tpl_set(d, key, text ? "text" : "date");
	snprintf(key, sizeof(key), "%s%s", prefix, text ? "ASTEXT" : "ASDATE");
	tpl_show(d, key);
}

/* page_form_field_status: append why the value of field id was refused
 * (error e) to msg (unless NULL); the status it calls for (400: not a well-formed value,
 * 422: well-formed but not acceptable, e.g. missing or too long). */
int page_form_field_status(enum field_id id, enum field_err e, struct buf *msg)
{
	if (msg)
		field_err_message(field_def(id), e, msg);
	return e == FE_UTF8 || e == FE_CONTROL || e == FE_DATE ? 400 : 422;
}

/* page_form_worse: the status to answer with when both a and b apply:
 * 400 outranks 422, which outranks none. */
int page_form_worse(int a, int b)
{
	if (a == 400 || b == 400)
		return 400;
	return a ? a : b;
}

/* page_form_at: the message of field id goes into section ERROR of d
 * (a field drawn from a list of fields in the template). */
void page_form_at(struct page_form *f, enum field_id id, struct tpl_dict *d)
{
	if (f->nat < PAGE_FORM_AT_MAX) {
		f->at[f->nat].id = id;
		f->at[f->nat].d = d;
		f->nat++;
	}
}

/* page_form_key: the template key of field id in def (NULL: none). */
static const char *page_form_key(const struct page_form_def *def, enum field_id id)
{
	for (size_t i = 0; i < def->nfields; i++)
		if (def->fields[i].id == id)
			return def->fields[i].key;
	return NULL;
}

/* page_form_mark: put msg at field id (key) of form f. */
static void page_form_mark(struct page_form *f, enum field_id id, const char *key, const char *msg)
{
	for (int i = 0; i < f->nat; i++)
		if (f->at[i].id == id) {
			page_form_fail(f, f->at[i].d, "ERROR", key, msg);
			return;
		}
	page_form_fail(f, NULL, NULL, key, msg);
}

/* page_form_message: rule r's message with {a}, {b} and {today} filled. */
static void page_form_message(const struct page_form_rule *r, struct date today, struct buf *out)
{
	const char *s = r->msg;
	char zh[32];

	while (*s) {
		if (strncmp(s, "{a}", 3) == 0) {
			buf_puts(out, field_def(r->a)->label);
			s += 3;
		} else if (strncmp(s, "{b}", 3) == 0) {
			buf_puts(out, field_def(r->b)->label);
			s += 3;
		} else if (strncmp(s, "{today}", 7) == 0) {
			date_zh(today, zh, sizeof(zh));
			buf_puts(out, zh);
			s += 7;
		} else {
			buf_putc(out, *s++);
		}
	}
}

/* page_form_given: the valid, non-empty value of field id, or NULL. */
static const char *page_form_given(struct req *r, enum field_id id)
{
	const char *v = req_str(r, id);

	return req_err(r, id) == FE_OK && v && *v ? v : NULL;
}

/* page_form_rule_fails: 1 when rule r does not hold for the posted form. */
static int page_form_rule_fails(struct req *r, const struct page_form_rule *rule, struct date today)
{
	const char *a = page_form_given(r, rule->a), *b;
	struct date da, db;

	switch (rule->kind) {
	case PFR_NOT_FUTURE:
		return a && date_parse(a, &da) && date_cmp(da, today) > 0;
	case PFR_NOT_AFTER:
		b = page_form_given(r, rule->b);
		return a && b && date_parse(a, &da) && date_parse(b, &db) && date_cmp(da, db) > 0;
	case PFR_NOT_BEFORE:
		b = page_form_given(r, rule->b);
		return a && b && date_parse(a, &da) && date_parse(b, &db) && date_cmp(da, db) < 0;
	case PFR_AMOUNT:
		return a && !field_amount_ok(a);
	case PFR_REQUIRED_IF:
		b = page_form_given(r, rule->b);
		return !a && req_err(r, rule->a) == FE_OK && b && strcmp(b, rule->v) == 0;
	case PFR_ANY_IF:
		b = page_form_given(r, rule->b);
		if (!b || strcmp(b, rule->v) != 0)
			return 0;
		for (const enum field_id *id = rule->any; *id != F__MAX; id++)
			if (page_form_given(r, *id) || req_err(r, *id) != FE_OK)
				return 0;
		return 1;
	}
	return 0;
}

/* page_form_check: check the posted form against def: each field's own
 * validation (field.c), the required ones, then each rule; every problem
 * is marked at its field and in the summary, at most one message a
 * field. The status to answer with: 0 (all good), 400 (a value that is
 * not well-formed: not UTF-8, control characters, not a date) or 422. */
int page_form_check(struct page_form *f, const struct page_form_def *def, struct date today)
{
	struct req *r = f->p->req;
	unsigned char bad[F__MAX];
	int status = 0;

	memset(bad, 0, sizeof(bad));
	for (size_t i = 0; i < def->nfields; i++) {
		const struct page_form_field *fd = &def->fields[i];
		enum field_err e = req_err(r, fd->id);
		const char *v = req_str(r, fd->id);
		struct buf msg;

		if (e == FE_OK && (fd->flags & PFF_REQUIRED) && !(v && *v))
			e = FE_MISSING;
		if (e == FE_OK || (e == FE_MISSING && !(fd->flags & PFF_REQUIRED)))
			continue;
		buf_init(&msg);
		if (e == FE_MISSING && fd->missing)
			buf_puts(&msg, fd->missing);
		else if (e == FE_DATE)
			page_form_date_message(fd->id, page_form_repaired(f->p, fd->id), &msg);
		status = page_form_worse(status, page_form_field_status(fd->id, e, msg.len ? NULL : &msg));
		page_form_mark(f, fd->id, fd->key, msg.data);
		buf_free(&msg);
		bad[fd->id] = 1;
	}
	for (size_t i = 0; i < def->nrules; i++) {
		const struct page_form_rule *rule = &def->rules[i];
		enum field_id at = rule->a;
		const char *key = rule->key ? rule->key : page_form_key(def, rule->a);
		struct buf msg;

		if (bad[at] || !page_form_rule_fails(r, rule, today))
			continue;
		buf_init(&msg);
		page_form_message(rule, today, &msg);
		page_form_mark(f, at, key ? key : "", msg.data);
		buf_free(&msg);
		bad[at] = 1;
		status = page_form_worse(status, 422);
	}
	return status;
}
