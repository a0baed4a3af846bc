/* store_audit: the record of who did what among the editors: every save,
 * restore, publish, reject, claim and value change, with its time (UTC)
 * and the editor's name, written in the same transaction as the action. */
#ifndef QUANYI_STORE_AUDIT_H
#define QUANYI_STORE_AUDIT_H

#include "store.h"

struct store_audit {
	long id;
	const char *at, *editor, *action, *kind, *slug, *detail;
};

struct store_audits {
	struct store_audit *v;
	size_t n;
};

int store_audit_add(struct store *s, const char *editor, const char *action, const char *kind,
		    const char *slug, const char *detail);
long store_audit_list(struct store *s, struct arena *a, long limit, struct store_audits *out);

#endif
