/* response: status, headers and body of one answer, sent with an exact
 * Content-Length once the body is complete. */
#ifndef QUANYI_RESPONSE_H
#define QUANYI_RESPONSE_H

#include "buf.h"
#include "request.h"

enum {
	RESP_ETAG = 1   /* strong ETag from the body; 304 on If-None-Match */
};

struct resp {
	int status;
	int flags;
	const char *content_type;
	const char *cache_control;
	struct buf headers;    /* extra header lines, each ending in \r\n */
	struct buf body;
	char etag[2 + 2 * 16 + 1]; /* quoted; made once by resp_etag */
	/* A kept answer (src/cache.c): the header block and body exactly as
	 * resp_send would write them for a 200, borrowed until the next
	 * request. When set, body is empty and resp_send sends these bytes. */
	const char *wire;
	size_t wire_head, wire_len;
};

void resp_init(struct resp *rs);
void resp_free(struct resp *rs);
void resp_header(struct resp *rs, const char *name, const char *value);
const char *resp_reason(int status);
const char *resp_etag(struct resp *rs);
int resp_etag_match(const char *if_none_match, const char *etag);
void resp_head(const struct resp *rs, int status, const char *etag, struct buf *h);
int resp_send(struct resp *rs, const struct req *r, const struct req_io *io);

#endif
