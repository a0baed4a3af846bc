/* app: the life of one request: parse, route, make the page, answer. */
#include "app.h"

#include <stdio.h>
#include <string.h>

#include "page.h"
#include "route.h"

/* app_handle: read, route, render and answer one request. 0, or -1 when
 * the answer could not be written. */
int app_handle(struct site *a, const struct req_io *io)
{
	struct req r;
	struct resp rs;
	struct page p;
	const char *why;
	int status, rc;

	resp_init(&rs);
	memset(&p, 0, sizeof(p));
	p.site = a;
	p.req = &r;
	p.resp = &rs;
	status = req_parse(&r, io, &why);
	if (status)
		page_error(&p, status, why);
	else
		route_dispatch(&p);
	rc = resp_send(&rs, &r, io);
	resp_free(&rs);
	req_free(&r);
	return rc;
}
