/* fcgi_client: a small FastCGI client for the fault tests. It talks to
 * the program's unix socket the way nginx does (one request per
 * connection), runs many requests from a few processes at once, and
 * prints one line per request as soon as its answer is complete:
 *
 *   <n> <status> <body bytes> <Location or ->       a complete answer
 *   <n> ERR <why>                                   anything else
 *
 * A line with a status is only printed once FCGI_END_REQUEST arrived and
 * the body matched its Content-Length, so "303" in the output means the
 * program finished the request (for /ask: the question was committed).
 *
 * usage: fcgi_client -s SOCKET [-n N] [-c C] [-e NAME=VALUE]... [-b BODY]
 *                    [-w FILE] [-o N] [-f FILE] [-O DIR]
 *   -n N     requests in all (default 1), numbered 0..N-1
 *   -c C     processes sending them at once (default 1)
 *   -e       a FastCGI parameter; in VALUE, %n is the request number and
 *            %a an address that differs for every request (10.x.y.z)
 *   -b BODY  the request body (CONTENT_LENGTH is set from it; %n and %a
 *            as in -e)
 *   -w FILE  send half of the body, print "<n> WAITING", and send the
 *            rest only once FILE exists (a request kept in flight)
 *   -o N     print the first N bytes of each answer (headers and body)
 *            after its line
 *   -f FILE  one request per line, "METHOD<tab>URI<tab>BODY" (the body
 *            may be left out): REQUEST_METHOD, REQUEST_URI and
 *            QUERY_STRING come from it; -n defaults to the number of lines
 *   -O DIR   write each complete answer (headers and body) to DIR/<n>
 */
#define _GNU_SOURCE
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

enum {
	FC_BEGIN_REQUEST = 1,
	FC_END_REQUEST = 3,
	FC_PARAMS = 4,
	FC_STDIN = 5,
	FC_STDOUT = 6,
	FC_STDERR = 7,
	FC_MAX_PARAMS = 64,
	FC_MAX_RECORD = 65535
};

struct fc_opts {
	const char *socket;
	long n, c;
	const char *param[FC_MAX_PARAMS];
	int nparams;
	const char *body;
	const char *wait_file;
	long show;
	char **lines;          /* -f: the requests, split on tabs in place */
	char *line_text;       /* what lines point into */
	long nlines;
	const char *out_dir;
};

struct fc_buf {
	char *data;
	size_t len, cap;
};

/* fc_die: print why and stop the whole client. */
static void fc_die(const char *why)
{
	fprintf(stderr, "fcgi_client: %s\n", why);
	exit(2);
}

/* fc_put: append n bytes to b. */
static void fc_put(struct fc_buf *b, const void *p, size_t n)
{
	if (b->len + n + 1 > b->cap) {
		size_t cap = b->cap ? b->cap : 256;
		while (cap < b->len + n + 1)
			cap *= 2;
		b->data = realloc(b->data, cap);
		if (!b->data)
			fc_die("out of memory");
		b->cap = cap;
	}
	memcpy(b->data + b->len, p, n);
	b->len += n;
	b->data[b->len] = '\0';
}

/* fc_expand: VALUE with %n and %a filled in for request i. */
static void fc_expand(const char *v, long i, struct fc_buf *out)
{
	char num[48];

	out->len = 0;
	fc_put(out, "", 0);
	for (; *v; v++) {
		if (v[0] == '%' && v[1] == 'n') {
			snprintf(num, sizeof(num), "%ld", i);
			fc_put(out, num, strlen(num));
			v++;
		} else if (v[0] == '%' && v[1] == 'a') {
			snprintf(num, sizeof(num), "10.%ld.%ld.%ld", (i >> 16) & 255, (i >> 8) & 255,
				 i & 255);
			fc_put(out, num, strlen(num));
			v++;
		} else {
			fc_put(out, v, 1);
		}
	}
}

/* fc_record: append one record of type with content p (n bytes). */
static void fc_record(struct fc_buf *b, int type, const void *p, size_t n)
{
	unsigned char h[8] = { 1, (unsigned char)type, 0, 1, (unsigned char)(n >> 8),
			       (unsigned char)(n & 255), 0, 0 };

	fc_put(b, h, sizeof(h));
	fc_put(b, p, n);
}

/* fc_len: append a FastCGI name or value length. */
static void fc_len(struct fc_buf *b, size_t n)
{
	unsigned char l[4] = { (unsigned char)((n >> 24) | 0x80), (unsigned char)(n >> 16),
			       (unsigned char)(n >> 8), (unsigned char)n };

	if (n < 128) {
		unsigned char one = (unsigned char)n;
		fc_put(b, &one, 1);
	} else {
		fc_put(b, l, 4);
	}
}

/* fc_stdin: append the body as STDIN records (without the empty one). */
static void fc_stdin(struct fc_buf *b, const char *p, size_t n)
{
	while (n) {
		size_t k = n > FC_MAX_RECORD ? FC_MAX_RECORD : n;
		fc_record(b, FC_STDIN, p, k);
		p += k;
		n -= k;
	}
}

/* fc_write_all: write all of p, or -1. */
static int fc_write_all(int fd, const char *p, size_t n)
{
	while (n) {
		ssize_t w = write(fd, p, n);
		if (w < 0 && errno == EINTR)
			continue;
		if (w <= 0)
			return -1;
		p += w;
		n -= (size_t)w;
	}
	return 0;
}

/* fc_read_all: read exactly n bytes into p: 0, or -1 at end or error. */
static int fc_read_all(int fd, unsigned char *p, size_t n)
{
	while (n) {
		ssize_t r = read(fd, p, n);
		if (r < 0 && errno == EINTR)
			continue;
		if (r <= 0)
			return -1;
		p += r;
		n -= (size_t)r;
	}
	return 0;
}

/* fc_line: print one result line with a single write, so the lines of
 * several processes never mix. */
static void fc_line(const char *text)
{
	if (fc_write_all(1, text, strlen(text)) != 0)
		exit(3);
}

/* fc_header: the value of header name in the CGI head, copied into out. */
static int fc_header(const char *head, const char *name, char *out, size_t outsz)
{
	size_t n = strlen(name);
	const char *l = head;

	while (l && *l) {
		if (strncasecmp(l, name, n) == 0 && l[n] == ':') {
			const char *v = l + n + 1, *e;
			while (*v == ' ')
				v++;
			e = strpbrk(v, "\r\n");
			if (!e)
				e = v + strlen(v);
			snprintf(out, outsz, "%.*s", (int)(e - v), v);
			return 1;
		}
		l = strchr(l, '\n');
		if (l)
			l++;
	}
	return 0;
}

/* fc_wait_file: wait until path exists. */
static void fc_wait_file(const char *path)
{
	struct stat st;
	struct timespec ts = { 0, 20 * 1000 * 1000 };

	while (stat(path, &st) != 0)
		nanosleep(&ts, NULL);
}

/* fc_one: send request i and print its result line. */
static void fc_one(const struct fc_opts *o, long i)
{
	struct fc_buf req = { 0 }, params = { 0 }, val = { 0 }, out = { 0 }, bodyb = { 0 };
	struct sockaddr_un sa;
	unsigned char begin[8] = { 0, 1, 0, 0, 0, 0, 0, 0 }, h[8];
	size_t blen, half;
	char line[512], status[16] = "200", loc[256] = "-", clen[32] = "", bl[32];
	const char *sep, *body, *sent;
	int fd = -1, ended = 0;

	if (o->lines) {
		char *l = o->lines[i % o->nlines], *uri = strchr(l, '\t'), *b = NULL, *q;

		if (!uri)
			fc_die("a request line needs METHOD<tab>URI");
		b = strchr(uri + 1, '\t');
		fc_len(&params, strlen("REQUEST_METHOD"));
		fc_len(&params, (size_t)(uri - l));
		fc_put(&params, "REQUEST_METHOD", strlen("REQUEST_METHOD"));
		fc_put(&params, l, (size_t)(uri - l));
		uri++;
		q = memchr(uri, '?', b ? (size_t)(b - uri) : strlen(uri));
		fc_len(&params, strlen("REQUEST_URI"));
		fc_len(&params, b ? (size_t)(b - uri) : strlen(uri));
		fc_put(&params, "REQUEST_URI", strlen("REQUEST_URI"));
		fc_put(&params, uri, b ? (size_t)(b - uri) : strlen(uri));
		fc_len(&params, strlen("QUERY_STRING"));
		fc_len(&params, q ? (b ? (size_t)(b - q - 1) : strlen(q + 1)) : 0);
		fc_put(&params, "QUERY_STRING", strlen("QUERY_STRING"));
		if (q)
			fc_put(&params, q + 1, b ? (size_t)(b - q - 1) : strlen(q + 1));
		fc_put(&bodyb, b ? b + 1 : "", b ? strlen(b + 1) : 0);
	} else {
		fc_expand(o->body ? o->body : "", i, &bodyb);
	}
	sent = bodyb.data;
	blen = bodyb.len;
	half = blen / 2;

	for (int k = 0; k < o->nparams; k++) {
		const char *eq = strchr(o->param[k], '=');
		fc_expand(eq + 1, i, &val);
		fc_len(&params, (size_t)(eq - o->param[k]));
		fc_len(&params, val.len);
		fc_put(&params, o->param[k], (size_t)(eq - o->param[k]));
		fc_put(&params, val.data, val.len);
	}
	if (o->body || blen) {
		snprintf(bl, sizeof(bl), "%zu", blen);
		fc_len(&params, strlen("CONTENT_LENGTH"));
		fc_len(&params, strlen(bl));
		fc_put(&params, "CONTENT_LENGTH", strlen("CONTENT_LENGTH"));
		fc_put(&params, bl, strlen(bl));
	}
	fc_record(&req, FC_BEGIN_REQUEST, begin, sizeof(begin));
	for (size_t off = 0; off < params.len; off += FC_MAX_RECORD) {
		size_t k = params.len - off > FC_MAX_RECORD ? FC_MAX_RECORD : params.len - off;
		fc_record(&req, FC_PARAMS, params.data + off, k);
	}
	fc_record(&req, FC_PARAMS, "", 0);
	if (!o->wait_file) {
		fc_stdin(&req, sent, blen);
		fc_record(&req, FC_STDIN, "", 0);
	} else {
		fc_stdin(&req, sent, half);
	}

	memset(&sa, 0, sizeof(sa));
	sa.sun_family = AF_UNIX;
	snprintf(sa.sun_path, sizeof(sa.sun_path), "%s", o->socket);
	fd = socket(AF_UNIX, SOCK_STREAM, 0);
	if (fd < 0 || connect(fd, (struct sockaddr *)&sa, sizeof(sa)) != 0) {
		snprintf(line, sizeof(line), "%ld ERR connect %s\n", i, strerror(errno));
		goto done;
	}
	if (fc_write_all(fd, req.data, req.len) != 0) {
		snprintf(line, sizeof(line), "%ld ERR send\n", i);
		goto done;
	}
	if (o->wait_file) {
		struct fc_buf rest = { 0 };
		snprintf(line, sizeof(line), "%ld WAITING\n", i);
		fc_line(line);
		fc_wait_file(o->wait_file);
		fc_stdin(&rest, sent + half, blen - half);
		fc_record(&rest, FC_STDIN, "", 0);
		if (fc_write_all(fd, rest.data, rest.len) != 0) {
			free(rest.data);
			snprintf(line, sizeof(line), "%ld ERR send rest\n", i);
			goto done;
		}
		free(rest.data);
	}
	while (!ended && fc_read_all(fd, h, sizeof(h)) == 0) {
		size_t n = (size_t)h[4] << 8 | h[5], pad = h[6];
		unsigned char *c = malloc(n + pad + 1);

		if (!c)
			fc_die("out of memory");
		if (fc_read_all(fd, c, n + pad) != 0) {
			free(c);
			break;
		}
		if (h[1] == FC_STDOUT)
			fc_put(&out, c, n);
		else if (h[1] == FC_END_REQUEST)
			ended = 1;
		free(c);
	}
	if (!ended) {
		snprintf(line, sizeof(line), "%ld ERR truncated after %zu bytes\n", i, out.len);
		goto done;
	}
	sep = out.data ? strstr(out.data, "\r\n\r\n") : NULL;
	if (!sep) {
		snprintf(line, sizeof(line), "%ld ERR no header end\n", i);
		goto done;
	}
	body = sep + 4;
	fc_header(out.data, "Status", status, sizeof(status));
	status[3] = '\0';
	fc_header(out.data, "Location", loc, sizeof(loc));
	if (fc_header(out.data, "Content-Length", clen, sizeof(clen)) &&
	    strtoul(clen, NULL, 10) != out.len - (size_t)(body - out.data)) {
		snprintf(line, sizeof(line), "%ld ERR Content-Length %s but %zu bytes\n", i, clen,
			 out.len - (size_t)(body - out.data));
		goto done;
	}
	snprintf(line, sizeof(line), "%ld %s %zu %s\n", i, status,
		 out.len - (size_t)(body - out.data), loc);
	if (o->out_dir) {
		char path[4096];
		FILE *f;

		snprintf(path, sizeof(path), "%s/%ld", o->out_dir, i);
		f = fopen(path, "wb");
		if (!f || fwrite(out.data, 1, out.len, f) != out.len || fclose(f) != 0)
			fc_die("cannot write an answer to -O DIR");
	}
	if (o->show > 0) {
		struct fc_buf b = { 0 };
		size_t n = out.len < (size_t)o->show ? out.len : (size_t)o->show;

		fc_put(&b, line, strlen(line));
		fc_put(&b, out.data, n);
		fc_put(&b, "\n", 1);
		fc_line(b.data);
		free(b.data);
		line[0] = '\0';
	}
done:
	if (line[0])
		fc_line(line);
	if (fd >= 0)
		close(fd);
	free(req.data);
	free(params.data);
	free(val.data);
	free(out.data);
	free(bodyb.data);
}

/* fc_lines: read the request lines of path into o->lines (*n of them). */
static void fc_lines(struct fc_opts *o, const char *path, long *n)
{
	FILE *f = fopen(path, "rb");
	struct fc_buf all = { 0 };
	char chunk[65536];
	size_t got;
	long cap = 0;

	if (!f)
		fc_die("cannot read the -f file");
	while ((got = fread(chunk, 1, sizeof(chunk), f)) > 0)
		fc_put(&all, chunk, got);
	fclose(f);
	o->line_text = all.data;
	*n = 0;
	for (char *l = all.data, *e; l && *l; l = e ? e + 1 : NULL) {
		e = strchr(l, '\n');
		if (e)
			*e = '\0';
		if (!*l)
			continue;
		if (*n == cap) {
			cap = cap ? cap * 2 : 64;
			o->lines = realloc(o->lines, (size_t)cap * sizeof(*o->lines));
			if (!o->lines)
				fc_die("out of memory");
		}
		o->lines[(*n)++] = l;
	}
}

int main(int argc, char **argv)
{
	struct fc_opts o = { 0 };
	int ch, bad = 0, have_n = 0;

	o.n = 1;
	o.c = 1;
	while ((ch = getopt(argc, argv, "s:n:c:e:b:w:o:f:O:")) != -1) {
		switch (ch) {
		case 's': o.socket = optarg; break;
		case 'n': o.n = strtol(optarg, NULL, 10); have_n = 1; break;
		case 'c': o.c = strtol(optarg, NULL, 10); break;
		case 'e':
			if (o.nparams == FC_MAX_PARAMS || !strchr(optarg, '='))
				fc_die("bad -e");
			o.param[o.nparams++] = optarg;
			break;
		case 'b': o.body = optarg; break;
		case 'w': o.wait_file = optarg; break;
		case 'o': o.show = strtol(optarg, NULL, 10); break;
		case 'f': fc_lines(&o, optarg, &o.nlines); if (!have_n) o.n = o.nlines; break;
		case 'O': o.out_dir = optarg; break;
		default: bad = 1;
		}
	}
	if (bad || !o.socket || o.n < 0 || o.c < 1 || o.c > 64 || optind != argc ||
	    (o.lines && o.nlines == 0)) {
		fputs("usage: fcgi_client -s SOCKET [-n N] [-c C] [-e NAME=VALUE]... [-b BODY]"
		      " [-w FILE] [-o N] [-f FILE] [-O DIR]\n", stderr);
		return 2;
	}
	signal(SIGPIPE, SIG_IGN);
	for (long k = 0; k < o.c; k++) {
		pid_t pid = fork();
		if (pid < 0)
			fc_die("fork failed");
		if (pid == 0) {
			for (long i = k; i < o.n; i += o.c)
				fc_one(&o, i);
			_exit(0);
		}
	}
	while (wait(NULL) > 0 || errno == EINTR)
		;
	free(o.lines);
	free(o.line_text);
	return 0;
}
