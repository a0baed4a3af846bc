/* store_doc: the saved revisions of topics, complaint channels, glossary
 * terms and situations (table doc_revision). */
#include "store_doc.h"

/* store_doc_revision: the latest saved revision of document slug of kind
 * (a content/ folder name), 0 when editors never saved it, or -1. */
long store_doc_revision(struct store *s, const char *kind, const char *slug)
{
	sqlite3_stmt *st = store_prep(s, SS_DOC_REV,
		"SELECT coalesce(max(revision), 0) FROM doc_revision"
		" WHERE kind = :kind AND slug = :slug");

	if (!st)
		return -1;
	store_bind_text(s, st, ":kind", kind);
	store_bind_text(s, st, ":slug", slug);
	return (long)store_count(s, st);
}

/* store_doc_revision_add: keep text as the next revision of the document.
 * 0 or -1. */
int store_doc_revision_add(struct store *s, const char *kind, const char *slug,
			   const char *text, const char *editor)
{
	sqlite3_stmt *st = store_prep(s, SS_DOC_REV_ADD,
		"INSERT INTO doc_revision(kind, slug, revision, text, editor, created)"
		" SELECT :kind, :slug, coalesce(max(revision), 0) + 1, :text, :editor,"
		" strftime('%Y-%m-%dT%H:%M:%SZ', 'now') FROM doc_revision"
		" WHERE kind = :kind AND slug = :slug");

	if (!st)
		return -1;
	store_bind_text(s, st, ":kind", kind);
	store_bind_text(s, st, ":slug", slug);
	store_bind_text(s, st, ":text", text);
	store_bind_text(s, st, ":editor", editor);
	return store_done(s, st);
}

/* The columns of its query, in order, as a struct store_doc_rev. */
static const struct store_col store_doc_rev_cols[] = {
	STORE_LONG(struct store_doc_rev, revision),
	STORE_TEXT(struct store_doc_rev, editor),
	STORE_TEXT(struct store_doc_rev, created),
	STORE_LONG(struct store_doc_rev, bytes),
};
static const struct store_map store_doc_rev_map = STORE_MAP(struct store_doc_rev, store_doc_rev_cols);

/* store_doc_revisions: every saved revision of a document, newest first.
 * How many, or -1. */
long store_doc_revisions(struct store *s, struct arena *a, const char *kind, const char *slug,
			 struct store_doc_revs *out)
{
	sqlite3_stmt *st = store_prep(s, SS_DOC_REVS,
		"SELECT revision, editor, created, length(CAST(text AS BLOB)) FROM doc_revision"
		" WHERE kind = :kind AND slug = :slug ORDER BY revision DESC");

	if (!st)
		return -1;
	store_bind_text(s, st, ":kind", kind);
	store_bind_text(s, st, ":slug", slug);
	return store_rows(s, st, a, &store_doc_rev_map, (void **)&out->v,
			  &out->n);
}

/* store_doc_revision_text: the file text of one revision into out.
 * 1 when found, 0 when there is no such revision, -1 on error. */
int store_doc_revision_text(struct store *s, const char *kind, const char *slug,
			    long revision, struct buf *out)
{
	sqlite3_stmt *st = store_prep(s, SS_DOC_REV_TEXT,
		"SELECT text FROM doc_revision"
		" WHERE kind = :kind AND slug = :slug AND revision = :rev");
	int rc;

	if (!st)
		return -1;
	store_bind_text(s, st, ":kind", kind);
	store_bind_text(s, st, ":slug", slug);
	store_bind_int(s, st, ":rev", revision);
	rc = store_step(s, st);
	if (rc == SQLITE_ROW)
		buf_puts(out, store_col(st, 0));
	sqlite3_reset(st);
	return rc == SQLITE_ROW ? 1 : rc == SQLITE_DONE ? 0 : -1;
}
