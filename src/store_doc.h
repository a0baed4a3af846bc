/* store_doc: the saved revisions of topics, complaint channels, glossary
 * terms and situations, each kept as the whole content/ file text so that
 * nothing an editor saved is ever lost. */
#ifndef QUANYI_STORE_DOC_H
#define QUANYI_STORE_DOC_H

#include "buf.h"
#include "store.h"

struct store_doc_rev {
	long revision;
	const char *editor, *created;
	long bytes;
};

struct store_doc_revs {
	struct store_doc_rev *v;
	size_t n;
};

long store_doc_revision(struct store *s, const char *kind, const char *slug);
int store_doc_revision_add(struct store *s, const char *kind, const char *slug,
			   const char *text, const char *editor);
long store_doc_revisions(struct store *s, struct arena *a, const char *kind, const char *slug,
			 struct store_doc_revs *out);
int store_doc_revision_text(struct store *s, const char *kind, const char *slug,
			    long revision, struct buf *out);

#endif
