/* request: parse and validate one request. The FastCGI parameters die at
 * the next accept, so everything kept is copied into the request arena. */
#include "request.h"

#include <string.h>

/* req_param: copy of parameter name, or NULL when it is absent. */
static const char *req_param(struct req *r, const struct req_io *io,
			     const char *name)
{
	const char *v = io->param(io->ctx, name);

	return v ? arena_strdup(&r->arena, v) : NULL;
}

/* req_hex: value of one hex digit, or -1. */
static int req_hex(char c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

/* req_percent_decode: decode %XX escapes (and '+' as space when asked)
 * from s into out, which must hold len+1 bytes. Returns 0, or -1 for a
 * malformed escape or an encoded NUL. */
int req_percent_decode(const char *s, size_t len, int plus_is_space,
		       char *out, size_t *outlen)
{
	size_t o = 0;

	for (size_t i = 0; i < len; i++) {
		if (s[i] == '%') {
			int hi, lo;
			if (i + 2 >= len)
				return -1;
			hi = req_hex(s[i + 1]);
			lo = req_hex(s[i + 2]);
			if (hi < 0 || lo < 0 || (hi == 0 && lo == 0))
				return -1;
			out[o++] = (char)(hi * 16 + lo);
			i += 2;
		} else if (s[i] == '+' && plus_is_space) {
			out[o++] = ' ';
		} else {
			out[o++] = s[i];
		}
	}
	out[o] = '\0';
	*outlen = o;
	return 0;
}

/* req_set_field: record one key=value pair if the key is a known field
 * and it has not been seen yet; the value is validated here. */
static void req_set_field(struct req *r, const char *key, size_t klen,
			  const char *val, size_t vlen)
{
	int id = field_lookup(key, klen);
	struct field_value *fv;

	if (id < 0)
		return;
	fv = &r->fields[id];
	if (fv->present)
		return;
	fv->present = 1;
	fv->str = arena_strndup(&r->arena, val, vlen);
	fv->len = vlen;
	fv->err = field_validate(field_def(id), val, vlen, &fv->num);
	if (fv->err != FE_OK)
		r->nerrors++;
}

/* req_parse_pairs: parse an application/x-www-form-urlencoded string into
 * the request's fields. Returns 0, or -1 when an escape is malformed. */
int req_parse_pairs(struct req *r, const char *s, size_t len)
{
	size_t i = 0;

	while (i < len) {
		size_t end = i, eq;
		char *k, *v;
		size_t kl, vl;

		while (end < len && s[end] != '&' && s[end] != ';')
			end++;
		eq = i;
		while (eq < end && s[eq] != '=')
			eq++;
		if (end > i) {
			k = arena_alloc(&r->arena, eq - i + 1);
			if (req_percent_decode(s + i, eq - i, 1, k, &kl) < 0)
				return -1;
			if (eq < end) {
				v = arena_alloc(&r->arena, end - eq);
				if (req_percent_decode(s + eq + 1, end - eq - 1, 1, v, &vl) < 0)
					return -1;
			} else {
				v = arena_strdup(&r->arena, "");
				vl = 0;
			}
			req_set_field(r, k, kl, v, vl);
		}
		i = end + 1;
	}
	return 0;
}

/* req_read_body: read exactly want bytes of body. Returns 0 or -1 when
 * the stream ends early. */
static int req_read_body(struct req *r, const struct req_io *io, size_t want)
{
	char *p = arena_alloc(&r->arena, want + 1);
	size_t got = 0;

	while (got < want) {
		int n = io->read(io->ctx, p + got, (int)(want - got));
		if (n <= 0)
			return -1;
		got += (size_t)n;
	}
	p[got] = '\0';
	r->body = p;
	r->body_len = got;
	return 0;
}

/* req_parse: fill r from io. Returns 0 when the request can be routed, or
 * the HTTP status to answer instead (400, 411, 413), with *why set to a
 * Chinese sentence. Invalid field values are not an error here: they are
 * counted in r->nerrors for the router to refuse. */
int req_parse(struct req *r, const struct req_io *io, const char **why)
{
	const char *uri, *qs, *q, *len_s;
	char *path;
	size_t plen;

	memset(r, 0, sizeof(*r));
	arena_init(&r->arena);
	*why = NULL;

	r->method_name = req_param(r, io, "REQUEST_METHOD");
	if (!r->method_name)
		r->method_name = "GET";
	if (strcmp(r->method_name, "GET") == 0)
		r->method = M_GET;
	else if (strcmp(r->method_name, "HEAD") == 0)
		r->method = M_HEAD;
	else if (strcmp(r->method_name, "POST") == 0)
		r->method = M_POST;
	else
		r->method = M_OTHER;

	r->if_none_match = req_param(r, io, "HTTP_IF_NONE_MATCH");
	r->cookie = req_param(r, io, "HTTP_COOKIE");
	r->content_type = req_param(r, io, "CONTENT_TYPE");
	r->remote_user = req_param(r, io, "REMOTE_USER");
	r->remote_addr = req_param(r, io, "REMOTE_ADDR");
	r->fetch_site = req_param(r, io, "HTTP_SEC_FETCH_SITE");
	r->host = req_param(r, io, "HTTP_HOST");
	r->scheme = req_param(r, io, "REQUEST_SCHEME");
	{
		const char *tls = io->param(io->ctx, "HTTPS");
		r->https = tls && (strcmp(tls, "on") == 0 || strcmp(tls, "1") == 0);
	}

	uri = req_param(r, io, "REQUEST_URI");
	if (!uri)
		uri = req_param(r, io, "PATH_INFO");
	if (!uri || uri[0] != '/') {
		r->path = "/";
		*why = "请求的地址无效。";
		return 400;
	}
	q = strchr(uri, '?');
	plen = q ? (size_t)(q - uri) : strlen(uri);
	path = arena_alloc(&r->arena, plen + 1);
	if (req_percent_decode(uri, plen, 0, path, &plen) < 0 ||
	    field_utf8_check(path, plen, 0, NULL) != FE_OK) {
		r->path = "/";
		*why = "请求的地址含有无效的编码或字符。";
		return 400;
	}
	r->path = path;

	qs = req_param(r, io, "QUERY_STRING");
	if (!qs)
		qs = q ? arena_strdup(&r->arena, q + 1) : "";
	r->query = qs;
	if (req_parse_pairs(r, qs, strlen(qs)) < 0) {
		*why = "地址中的参数含有无效的百分号编码。";
		return 400;
	}

	if (r->method == M_POST) {
		long clen = 0;
		len_s = req_param(r, io, "CONTENT_LENGTH");
		if (!len_s || !*len_s) {
			*why = "提交的内容缺少长度信息。";
			return 411;
		}
		if (!field_int_parse(len_s, strlen(len_s), &clen) || clen < 0) {
			*why = "提交的内容长度无效。";
			return 400;
		}
		if (clen > REQ_BODY_MAX) {
			*why = "提交的内容太大（上限 64 KiB）。";
			return 413;
		}
		if (req_read_body(r, io, (size_t)clen) < 0) {
			*why = "提交的内容不完整。";
			return 400;
		}
		if (r->content_type &&
		    strncmp(r->content_type, "application/x-www-form-urlencoded", 33) == 0 &&
		    req_parse_pairs(r, r->body, r->body_len) < 0) {
			*why = "表单内容含有无效的百分号编码。";
			return 400;
		}
	}
	return 0;
}

/* req_free: release everything the request holds. */
void req_free(struct req *r)
{
	arena_free(&r->arena);
}

/* req_str: the validated value of field id, or NULL when it is absent or
 * invalid. */
const char *req_str(const struct req *r, enum field_id id)
{
	const struct field_value *fv = &r->fields[id];

	return fv->present && fv->err == FE_OK ? fv->str : NULL;
}

/* req_raw: the value of field id as sent, valid or not (NULL if absent),
 * for showing back in a form; it may be ill-formed UTF-8. */
const char *req_raw(const struct req *r, enum field_id id)
{
	return r->fields[id].present ? r->fields[id].str : NULL;
}

/* req_err: why field id failed validation (FE_OK when it passed or is
 * absent). */
enum field_err req_err(const struct req *r, enum field_id id)
{
	return r->fields[id].present ? r->fields[id].err : FE_OK;
}

/* req_int: the validated integer value of field id, or dflt. */
long req_int(const struct req *r, enum field_id id, long dflt)
{
	const struct field_value *fv = &r->fields[id];

	return fv->present && fv->err == FE_OK ? fv->num : dflt;
}

/* req_errors: append one Chinese sentence per invalid field. */
void req_errors(const struct req *r, struct buf *out)
{
	for (int i = 0; i < F__MAX; i++) {
		const struct field_value *fv = &r->fields[i];
		if (fv->present && fv->err != FE_OK) {
			if (out->len)
				buf_putc(out, '\n');
			field_err_message(field_def(i), fv->err, out);
		}
	}
}

/* req_cookie: copy the value of cookie name from a Cookie header into out
 * (outsz bytes). Returns 1 when found and it fits, else 0. */
int req_cookie(const char *header, const char *name, char *out, size_t outsz)
{
	size_t nlen = strlen(name);
	const char *p = header;

	if (!header || outsz == 0)
		return 0;
	while (*p) {
		const char *end;
		size_t vlen;

		while (*p == ' ' || *p == ';')
			p++;
		end = strchr(p, ';');
		if (!end)
			end = p + strlen(p);
		if ((size_t)(end - p) > nlen && strncmp(p, name, nlen) == 0 &&
		    p[nlen] == '=') {
			const char *v = p + nlen + 1;
			vlen = (size_t)(end - v);
			while (vlen && v[vlen - 1] == ' ')
				vlen--;
			if (vlen + 1 > outsz)
				return 0;
			memcpy(out, v, vlen);
			out[vlen] = '\0';
			return 1;
		}
		p = end;
	}
	return 0;
}
