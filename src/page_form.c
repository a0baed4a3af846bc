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

/* page_form_field_status: append why the value of field id was refused
 * (error e) to msg; the status it calls for (400: not a well-formed value,
 * 422: well-formed but not acceptable, e.g. missing or too long). */
int page_form_field_status(enum field_id id, enum field_err e, struct buf *msg)
{
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
