/* response: turn a finished response into CGI/FastCGI output. */
#include "response.h"

#include <sodium.h>
#include <string.h>

/* The headers every response carries. No inline script or style is ever
 * needed: styles come from /static, and pages use no JavaScript. */
static const char resp_security_headers[] =
	"Content-Security-Policy: default-src 'none'; style-src 'self'; img-src 'self';"
	" form-action 'self'; base-uri 'none'; frame-ancestors 'none'\r\n"
	"X-Content-Type-Options: nosniff\r\n"
	"X-Frame-Options: DENY\r\n"
	"Referrer-Policy: same-origin\r\n"
	"Cross-Origin-Opener-Policy: same-origin\r\n";

/* resp_init: an empty 200 HTML response that must not be cached. */
void resp_init(struct resp *rs)
{
	rs->status = 200;
	rs->flags = 0;
	rs->content_type = "text/html; charset=utf-8";
	rs->cache_control = "no-store";
	rs->etag[0] = '\0';
	rs->wire = NULL;
	rs->wire_head = rs->wire_len = 0;
	buf_init(&rs->headers);
	buf_init(&rs->body);
}

/* resp_free: release the response's buffers. */
void resp_free(struct resp *rs)
{
	buf_free(&rs->headers);
	buf_free(&rs->body);
}

/* resp_header: add a header line. Values with CR or LF are refused, so no
 * header can be injected. */
void resp_header(struct resp *rs, const char *name, const char *value)
{
	if (strpbrk(name, "\r\n:") || strpbrk(value, "\r\n"))
		return;
	buf_printf(&rs->headers, "%s: %s\r\n", name, value);
}

/* resp_reason: the reason phrase for status. */
const char *resp_reason(int status)
{
	switch (status) {
	case 200: return "OK";
	case 303: return "See Other";
	case 304: return "Not Modified";
	case 400: return "Bad Request";
	case 401: return "Unauthorized";
	case 403: return "Forbidden";
	case 404: return "Not Found";
	case 405: return "Method Not Allowed";
	case 411: return "Length Required";
	case 413: return "Payload Too Large";
	case 422: return "Unprocessable Content";
	case 429: return "Too Many Requests";
	case 500: return "Internal Server Error";
	case 503: return "Service Unavailable";
	default: return "Unknown";
	}
}

/* resp_etag: the response's strong ETag (a hash of the body), made on
 * the first call; "" when the response carries none (no RESP_ETAG, or
 * not a 200). */
const char *resp_etag(struct resp *rs)
{
	if (!rs->etag[0] && (rs->flags & RESP_ETAG) && rs->status == 200) {
		unsigned char hash[16];
		char hex[2 * 16 + 1];

		crypto_generichash(hash, sizeof(hash), (const unsigned char *)rs->body.data,
				   rs->body.len, NULL, 0);
		sodium_bin2hex(hex, sizeof(hex), hash, sizeof(hash));
		snprintf(rs->etag, sizeof(rs->etag), "\"%s\"", hex);
	}
	return rs->etag;
}

/* resp_etag_match: 1 when the If-None-Match list names etag (or is "*"),
 * comparing weakly as RFC 9110 asks for If-None-Match. */
int resp_etag_match(const char *inm, const char *etag)
{
	size_t elen = strlen(etag);
	const char *p = inm;

	if (!inm)
		return 0;
	while (*p) {
		const char *start;
		while (*p == ' ' || *p == ',' || *p == '\t')
			p++;
		if (*p == '*')
			return 1;
		if (strncmp(p, "W/", 2) == 0)
			p += 2;
		start = p;
		while (*p && *p != ',')
			p++;
		{
			size_t n = (size_t)(p - start);
			while (n && (start[n - 1] == ' ' || start[n - 1] == '\t'))
				n--;
			if (n == elen && memcmp(start, etag, n) == 0)
				return 1;
		}
	}
	return 0;
}

/* resp_head: the header block of rs with status and etag ("" for
 * none), ending in the blank line, into h. A kept answer (rs->wire) only
 * comes here for a 304, which has no length. */
void resp_head(const struct resp *rs, int status, const char *etag, struct buf *h)
{
	buf_printf(h, "Status: %d %s\r\n", status, resp_reason(status));
	if (status != 304) {
		buf_printf(h, "Content-Type: %s\r\n", rs->content_type);
		buf_printf(h, "Content-Length: %zu\r\n", rs->body.len);
	}
	buf_printf(h, "Cache-Control: %s\r\n", rs->cache_control);
	if (etag[0])
		buf_printf(h, "ETag: %s\r\n", etag);
	buf_puts(h, resp_security_headers);
	if (rs->headers.len)
		buf_append(h, rs->headers.data, rs->headers.len);
	buf_puts(h, "\r\n");
}

/* resp_send: write status line, headers and (unless HEAD or 304) body;
 * a kept answer (rs->wire) goes out as it was kept. */
int resp_send(struct resp *rs, const struct req *r, const struct req_io *io)
{
	struct buf h;
	const char *etag = resp_etag(rs);
	int rc, body;

	if (etag[0] && r && resp_etag_match(r->if_none_match, etag))
		rs->status = 304;
	body = rs->status != 304 && !(r && r->method == M_HEAD);
	if (rs->wire && rs->status == 200)
		return io->write(io->ctx, rs->wire, body ? rs->wire_len : rs->wire_head);

	buf_init(&h);
	resp_head(rs, rs->status, etag, &h);
	rc = io->write(io->ctx, h.data, h.len);
	if (rc == 0 && body && rs->body.len)
		rc = io->write(io->ctx, rs->body.data, rs->body.len);
	buf_free(&h);
	return rc;
}
