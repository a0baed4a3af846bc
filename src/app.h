/* app: the handling of one request with a worker's site: it calls the
 * router and the pages, so nothing below includes it. */
#ifndef QUANYI_APP_H
#define QUANYI_APP_H

#include "request.h"
#include "site.h"

int app_handle(struct site *a, const struct req_io *io);

#endif
