/* fuzz_request: the request parser (src/request.c) on arbitrary requests.
 *
 * Input: one flags byte, then the request URI, a newline, the Cookie
 * header, a newline, and the body. Flags: 1 = send QUERY_STRING as well,
 * 2 = POST, 4 = the body is a urlencoded form, 8 = CONTENT_LENGTH claims
 * one byte more than is sent, 16 = the body arrives a few bytes at a time.
 *
 * Properties: req_parse answers exactly the status a reference parser
 * predicts; every field holds exactly the value the reference decodes
 * for the first occurrence of its key; a field the validator accepted is
 * well-formed UTF-8 without forbidden controls (text) and never holds a
 * NUL; the path is valid text; req_percent_decode agrees with the
 * reference decoder and round-trips. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fuzz_util.h"
#include "request.h"

enum {
	FUZZ_REQUEST_QS = 1,
	FUZZ_REQUEST_POST = 2,
	FUZZ_REQUEST_FORM = 4,
	FUZZ_REQUEST_SHORT = 8,
	FUZZ_REQUEST_TRICKLE = 16
};

/* One fuzzed request: its CGI parameters and its body. */
struct fuzz_request_in {
	const char *method, *uri, *qs, *cookie, *ctype;
	char clen[32];
	const char *body;
	size_t body_len, body_pos;
	int trickle;
};

/* fuzz_request_param: the io->param callback: the named parameter. */
static const char *fuzz_request_param(void *ctx, const char *name)
{
	const struct fuzz_request_in *in = ctx;

	if (strcmp(name, "REQUEST_METHOD") == 0)
		return in->method;
	if (strcmp(name, "REQUEST_URI") == 0)
		return in->uri;
	if (strcmp(name, "QUERY_STRING") == 0)
		return in->qs;
	if (strcmp(name, "HTTP_COOKIE") == 0)
		return in->cookie;
	if (strcmp(name, "CONTENT_TYPE") == 0)
		return in->ctype;
	if (strcmp(name, "CONTENT_LENGTH") == 0)
		return in->clen[0] ? in->clen : NULL;
	if (strcmp(name, "REMOTE_ADDR") == 0)
		return "127.0.0.1";
	return NULL;
}

/* fuzz_request_read: the io->read callback: the next bytes of the body
 * (at most 7 at a time when trickling), 0 at its end. */
static int fuzz_request_read(void *ctx, char *buf, int n)
{
	struct fuzz_request_in *in = ctx;
	size_t left = in->body_len - in->body_pos, k = (size_t)n;

	if (k > left)
		k = left;
	if (in->trickle && k > 7)
		k = 1 + in->body_pos % 7;
	memcpy(buf, in->body + in->body_pos, k);
	in->body_pos += k;
	return (int)k;
}

/* The reference's view of the fields: the first value of each key. */
struct fuzz_request_ref {
	int present[F__MAX];
	char *val[F__MAX];
	size_t len[F__MAX];
};

/* fuzz_request_field_index: the field whose name is key (klen bytes),
 * found by walking the table, or -1. */
static int fuzz_request_field_index(const char *key, size_t klen)
{
	for (int i = 0; i < F__MAX; i++) {
		const char *name = field_def((enum field_id)i)->name;
		if (strlen(name) == klen && memcmp(name, key, klen) == 0)
			return i;
	}
	return -1;
}

/* fuzz_request_ref_pairs: the reference form parser: pairs split at '&'
 * or ';', key and value at the first '=', both percent-decoded with '+'
 * as space; the first value of a key wins. 0, or -1 when an escape is
 * malformed. */
static int fuzz_request_ref_pairs(const char *s, size_t len, struct fuzz_request_ref *ref)
{
	size_t start = 0;

	while (start <= len) {
		size_t end = start, eq;
		char *k, *v;
		size_t kl, vl;
		int id;

		while (end < len && s[end] != '&' && s[end] != ';')
			end++;
		if (end == start) {
			start = end + 1;
			continue;
		}
		eq = start;
		while (eq < end && s[eq] != '=')
			eq++;
		k = malloc(eq - start + 1);
		v = malloc(end - eq + 1);
		if (!k || !v)
			abort();
		if (fuzz_util_pct_decode(s + start, eq - start, 1, k, &kl) < 0 ||
		    (eq < end && fuzz_util_pct_decode(s + eq + 1, end - eq - 1, 1, v, &vl) < 0)) {
			free(k);
			free(v);
			return -1;
		}
		if (eq == end) {
			v[0] = '\0';
			vl = 0;
		}
		id = fuzz_request_field_index(k, kl);
		free(k);
		if (id >= 0 && !ref->present[id]) {
			ref->present[id] = 1;
			ref->val[id] = v;
			ref->len[id] = vl;
		} else {
			free(v);
		}
		start = end + 1;
	}
	return 0;
}

/* fuzz_request_expect: the status req_parse must answer for in, by the
 * reference rules, with the fields it must hold in ref. */
static int fuzz_request_expect(const struct fuzz_request_in *in, struct fuzz_request_ref *ref)
{
	const char *uri = in->uri, *q, *qs;
	size_t plen, dl;
	char *path;
	int bad;

	if (!uri || uri[0] != '/')
		return 400;
	q = strchr(uri, '?');
	plen = q ? (size_t)(q - uri) : strlen(uri);
	path = malloc(plen + 1);
	if (!path)
		abort();
	bad = fuzz_util_pct_decode(uri, plen, 0, path, &dl) < 0 ||
	      fuzz_util_text_err(path, dl, 0, NULL) != FE_OK;
	free(path);
	if (bad)
		return 400;
	qs = in->qs ? in->qs : q ? q + 1 : "";
	if (fuzz_request_ref_pairs(qs, strlen(qs), ref) < 0)
		return 400;
	if (strcmp(in->method, "POST") == 0) {
		long clen = strtol(in->clen, NULL, 10);
		if (clen > REQ_BODY_MAX)
			return 413;
		if (clen > (long)in->body_len)
			return 400;
		if (strcmp(in->ctype, "application/x-www-form-urlencoded") == 0 &&
		    fuzz_request_ref_pairs(in->body, in->body_len, ref) < 0)
			return 400;
	}
	return 0;
}

/* fuzz_request_check_fields: every field of r matches the reference, and
 * an accepted one is clean text. */
static void fuzz_request_check_fields(const struct req *r, const struct fuzz_request_ref *ref)
{
	int nerr = 0;

	for (int i = 0; i < F__MAX; i++) {
		const struct field_value *fv = &r->fields[i];
		const struct field_def *def = field_def((enum field_id)i);

		FUZZ_CHECK(fv->present == ref->present[i], "a field is present iff the reference saw its key");
		if (!fv->present) {
			FUZZ_CHECK(req_str(r, (enum field_id)i) == NULL, "absent field has no value");
			continue;
		}
		FUZZ_CHECK(fv->len == ref->len[i] && memcmp(fv->str, ref->val[i], fv->len) == 0,
			   "field value equals the reference decoding of its first occurrence");
		FUZZ_CHECK(fv->str[fv->len] == '\0', "field value is NUL-terminated");
		if (fv->err != FE_OK) {
			nerr++;
			FUZZ_CHECK(req_str(r, (enum field_id)i) == NULL, "an invalid field is not handed out");
			continue;
		}
		FUZZ_CHECK(req_str(r, (enum field_id)i) == fv->str, "a valid field is handed out");
		FUZZ_CHECK(strlen(fv->str) == fv->len, "an accepted field holds no NUL");
		FUZZ_CHECK(fuzz_util_text_err(fv->str, fv->len, def->kind == FK_TEXT, NULL) == FE_OK,
			   "an accepted field is well-formed UTF-8 without forbidden characters");
		if (def->kind == FK_INT)
			FUZZ_CHECK(fv->num >= def->min && fv->num <= def->max &&
				   req_int(r, (enum field_id)i, def->min - 1) == fv->num,
				   "an accepted integer is in range");
	}
	FUZZ_CHECK(r->nerrors == nerr, "nerrors counts the invalid fields");
}

/* fuzz_request_check_decode: req_percent_decode on s agrees with the
 * reference, writes no more than it may, and undoes an encoding. */
static void fuzz_request_check_decode(const char *s, size_t len, int plus)
{
	char *out = malloc(len + 1), *ref = malloc(len + 1);
	size_t ol = 0, rl = 0;
	int rc, rrc;

	if (!out || !ref)
		abort();
	rc = req_percent_decode(s, len, plus, out, &ol);
	rrc = fuzz_util_pct_decode(s, len, plus, ref, &rl);
	FUZZ_CHECK(rc == rrc, "req_percent_decode accepts what the reference accepts");
	if (rc == 0) {
		FUZZ_CHECK(ol == rl && memcmp(out, ref, ol) == 0 && out[ol] == '\0',
			   "req_percent_decode decodes as the reference does");
		if (!memchr(out, '\0', ol)) {
			/* Encode every byte but the unreserved ones, in both
			 * hex cases, and decode again. */
			static const char hex[] = "0123456789ABCDEF0123456789abcdef";
			char *enc = malloc(3 * ol + 1), *back = malloc(3 * ol + 1);
			size_t el = 0, bl = 0;

			if (!enc || !back)
				abort();
			for (size_t i = 0; i < ol; i++) {
				unsigned char c = (unsigned char)out[i];
				const char *h = hex + (i % 2) * 16;
				if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
				    (c >= '0' && c <= '9') || strchr("-._~", c)) {
					enc[el++] = (char)c;
				} else {
					enc[el++] = '%';
					enc[el++] = h[c >> 4];
					enc[el++] = h[c & 15];
				}
			}
			FUZZ_CHECK(req_percent_decode(enc, el, 1, back, &bl) == 0 && bl == ol &&
				   memcmp(back, out, ol) == 0, "decoding undoes percent-encoding");
			free(enc);
			free(back);
		}
	}
	free(out);
	free(ref);
}

/* LLVMFuzzerTestOneInput: one request through req_parse and the checks. */
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct fuzz_request_in in;
	struct fuzz_request_ref ref;
	struct req_io io = { fuzz_request_param, fuzz_request_read, NULL, &in };
	struct req r;
	const char *why = NULL;
	char *uri, *cookie, *qs = NULL;
	size_t e1, e2;
	unsigned flags;
	int rc, want;

	if (size < 1)
		return 0;
	flags = data[0];
	data++;
	size--;
	e1 = fuzz_util_split(data, size, 0);
	uri = fuzz_util_strndup(data, e1);
	if (e1 < size) {
		e2 = fuzz_util_split(data, size, e1 + 1);
		cookie = fuzz_util_strndup(data + e1 + 1, e2 - e1 - 1);
	} else {
		e2 = size;
		cookie = fuzz_util_strndup(data, 0);
	}

	memset(&in, 0, sizeof(in));
	memset(&ref, 0, sizeof(ref));
	in.method = flags & FUZZ_REQUEST_POST ? "POST" : "GET";
	in.uri = uri;
	in.cookie = cookie;
	if ((flags & FUZZ_REQUEST_QS) && strchr(uri, '?'))
		in.qs = qs = strdup(strchr(uri, '?') + 1);
	in.ctype = flags & FUZZ_REQUEST_FORM ? "application/x-www-form-urlencoded" : "text/plain";
	in.body = e2 < size ? (const char *)data + e2 + 1 : "";
	in.body_len = e2 < size ? size - e2 - 1 : 0;
	in.trickle = (flags & FUZZ_REQUEST_TRICKLE) != 0;
	if (flags & FUZZ_REQUEST_POST)
		snprintf(in.clen, sizeof(in.clen), "%zu",
			 in.body_len + ((flags & FUZZ_REQUEST_SHORT) ? 1 : 0));

	fuzz_request_check_decode((const char *)data, size, 0);
	fuzz_request_check_decode((const char *)data, size, 1);

	want = fuzz_request_expect(&in, &ref);
	rc = req_parse(&r, &io, &why);
	FUZZ_CHECK(rc == want, "req_parse answers the status the reference predicts");
	FUZZ_CHECK((rc == 0) == (why == NULL), "a refused request says why");
	FUZZ_CHECK(r.path && r.path[0] == '/' &&
		   fuzz_util_text_err(r.path, strlen(r.path), 0, NULL) == FE_OK,
		   "the path is valid text starting with /");
	if (rc == 0) {
		struct buf errs;

		fuzz_request_check_fields(&r, &ref);
		buf_init(&errs);
		req_errors(&r, &errs);
		FUZZ_CHECK((errs.len > 0) == (r.nerrors > 0) && fuzz_util_utf8_ok(errs.data ? errs.data : "", errs.len),
			   "req_errors says something, in UTF-8, exactly when a field is invalid");
		buf_free(&errs);
		if (in.method[0] == 'P')
			FUZZ_CHECK(r.body_len == in.body_len && memcmp(r.body, in.body, r.body_len) == 0,
				   "the body is read whole");
	}
	req_free(&r);
	for (int i = 0; i < F__MAX; i++)
		free(ref.val[i]);
	free(uri);
	free(cookie);
	free(qs);
	return 0;
}
