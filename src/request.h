/* request: one HTTP request as the program sees it, copied out of the
 * FastCGI (or CGI) parameters, with its query and form validated against
 * the field table. */
#ifndef QUANYI_REQUEST_H
#define QUANYI_REQUEST_H

#include <stddef.h>

#include "arena.h"
#include "field.h"

enum { REQ_BODY_MAX = 65536 }; /* same as nginx client_max_body_size */

enum req_method {
	M_GET = 1,
	M_HEAD = 2,
	M_POST = 4,
	M_OTHER = 8
};

/* Where a request comes from and where its response goes: FastCGI
 * streams in the server, the process environment and stdio in CGI mode. */
struct req_io {
	const char *(*param)(void *ctx, const char *name);
	int (*read)(void *ctx, char *buf, int n);      /* bytes read, 0 at end */
	int (*write)(void *ctx, const char *buf, size_t n); /* 0 or -1 */
	void *ctx;
};

struct req {
	struct arena arena;
	enum req_method method;
	const char *method_name;
	const char *path;          /* percent-decoded, valid UTF-8 */
	const char *query;         /* raw query string, "" when none */
	const char *if_none_match;
	const char *cookie;
	const char *content_type;
	const char *remote_user;
	const char *remote_addr;
	const char *fetch_site;    /* Sec-Fetch-Site, if the browser sent it */
	const char *host;          /* Host header, if sent (not validated) */
	const char *scheme;        /* REQUEST_SCHEME ("http", "https"), if known */
	int https;                 /* HTTPS=on: the connection is TLS */
	const char *body;
	size_t body_len;
	struct field_value fields[F__MAX];
	int nerrors;               /* fields present but invalid */
};

int req_parse(struct req *r, const struct req_io *io, const char **why);
void req_free(struct req *r);
int req_percent_decode(const char *s, size_t len, int plus_is_space,
		       char *out, size_t *outlen);
int req_parse_pairs(struct req *r, const char *s, size_t len);
const char *req_str(const struct req *r, enum field_id id);
const char *req_raw(const struct req *r, enum field_id id);
enum field_err req_err(const struct req *r, enum field_id id);
long req_int(const struct req *r, enum field_id id, long dflt);
void req_errors(const struct req *r, struct buf *out);
int req_cookie(const char *header, const char *name, char *out, size_t outsz);

#endif
