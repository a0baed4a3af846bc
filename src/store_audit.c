/* store_audit: writing and listing the editors' audit log. */
#include "store_audit.h"

/* store_audit_add: one entry: editor did action (save, restore, publish,
 * answer, reject, claim, value) to slug of kind (article, question or a
 * content/ folder name), with a short detail (a revision, a reason).
 * Call it inside the action's transaction. 0 or -1. */
int store_audit_add(struct store *s, const char *editor, const char *action, const char *kind,
		    const char *slug, const char *detail)
{
	sqlite3_stmt *st = store_prep(s, SS_AUDIT_ADD,
		"INSERT INTO audit_log(at, editor, action, kind, slug, detail)"
		" VALUES(strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), :editor, :action, :kind, :slug,"
		" :detail)");

	if (!st)
		return -1;
	store_bind_text(s, st, ":editor", editor ? editor : "");
	store_bind_text(s, st, ":action", action);
	store_bind_text(s, st, ":kind", kind);
	store_bind_text(s, st, ":slug", slug);
	store_bind_text(s, st, ":detail", detail ? detail : "");
	return store_done(s, st);
}

/* The columns of its query, in order, as a struct store_audit. */
static const struct store_col store_audit_cols[] = {
	STORE_LONG(struct store_audit, id),
	STORE_TEXT(struct store_audit, at),
	STORE_TEXT(struct store_audit, editor),
	STORE_TEXT(struct store_audit, action),
	STORE_TEXT(struct store_audit, kind),
	STORE_TEXT(struct store_audit, slug),
	STORE_TEXT(struct store_audit, detail),
};
static const struct store_map store_audit_map = STORE_MAP(struct store_audit, store_audit_cols);

/* store_audit_list: the newest limit entries, newest first. How many, or
 * -1. */
long store_audit_list(struct store *s, struct arena *a, long limit, struct store_audits *out)
{
	sqlite3_stmt *st = store_prep(s, SS_AUDIT_LIST,
		"SELECT id, at, editor, action, kind, slug, detail FROM audit_log"
		" ORDER BY id DESC LIMIT :limit");

	if (!st)
		return -1;
	store_bind_int(s, st, ":limit", limit);
	return store_rows(s, st, a, &store_audit_map, (void **)&out->v, &out->n);
}
