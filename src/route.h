/* route: the one table of routes, and dispatch through it. */
#ifndef QUANYI_ROUTE_H
#define QUANYI_ROUTE_H

#include "page.h"

enum {
	RF_ETAG = 1,   /* reading page: strong ETag and 304 */
	RF_FORM = 4,   /* the handler shows bad fields (and a refused token, in
	                  p->csrf) in its own page instead of an error page */
	RF_ADMIN = 8,  /* editors only: refused without REMOTE_USER */
	RF_CACHE = 16  /* the same for every reader: kept in the worker's page cache */
};

struct route {
	const char *path;   /* exact path, or a prefix ending in '/' + a slug */
	int slug;           /* 1: path is a prefix followed by one slug; 2: by
	                       <kind>/<slug> (the slug is the second) */
	int methods;        /* M_GET | M_HEAD | M_POST */
	enum page_csrf_level csrf;   /* what a POST must carry */
	page_fn fn;
	int flags;
};

const struct route *route_match(const char *path, const char **slug,
				struct arena *a, int *path_known);
void route_dispatch(struct page *p);

#endif
