/* Unit tests: the seccomp sandbox. Each test forks a child that enters the
 * filter; the parent sees how the child ended. Allowed work (pages read
 * from SQLite and rendered, a write with a temporary file, a sort, a new
 * connection that makes the WAL under systemd's umask, a normal exit)
 * must end with status 0; each forbidden call must end with SIGSYS. The
 * same tests pass in a plain build and in the sanitizer build, whose
 * filter lets LeakSanitizer run at exit (see src/sandbox.c). */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/un.h>
#include <netinet/in.h>
#include <arpa/inet.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <fcgiapp.h>
#include <sodium.h>

#include "app.h"
#include "check_fake.h"
#include "check_suites.h"
#include "sandbox.h"

/* sandbox_run: fork; the child runs fn(arg) and exits with its result;
 * the wait status of the child. */
static int sandbox_run(int (*fn)(void *), void *arg)
{
	pid_t pid;
	int status = 0;

	fflush(NULL);
	pid = fork();
	ck_assert_int_ge(pid, 0);
	if (pid == 0)
		exit(fn(arg));
	ck_assert_int_eq(waitpid(pid, &status, 0), pid);
	return status;
}

/* sandbox_expect_exit0: status is a normal exit with 0. */
static void sandbox_expect_exit0(int status)
{
	ck_assert_msg(WIFEXITED(status), "child killed by signal %d",
		      WIFSIGNALED(status) ? WTERMSIG(status) : 0);
	ck_assert_int_eq(WEXITSTATUS(status), 0);
}

/* sandbox_expect_sigsys: status is a kill by SIGSYS. */
static void sandbox_expect_sigsys(int status, const char *what)
{
	ck_assert_msg(WIFSIGNALED(status) && WTERMSIG(status) == SIGSYS,
		      "%s: want SIGSYS, got %s %d", what,
		      WIFSIGNALED(status) ? "signal" : "exit",
		      WIFSIGNALED(status) ? WTERMSIG(status) : WEXITSTATUS(status));
}

START_TEST(test_flags)
{
	int f;

	ck_assert_int_eq(sandbox_flags(NULL, NULL, &f), 0);
	ck_assert_int_eq(f, SANDBOX_ON);
	ck_assert_int_eq(sandbox_flags("", "", &f), 0);
	ck_assert_int_eq(f, SANDBOX_ON);
	ck_assert_int_eq(sandbox_flags("on", "0", &f), 0);
	ck_assert_int_eq(f, SANDBOX_ON);
	ck_assert_int_eq(sandbox_flags("off", NULL, &f), 0);
	ck_assert_int_eq(f, 0);
	ck_assert_int_eq(sandbox_flags("on", "1", &f), 0);
	ck_assert_int_eq(f, SANDBOX_ON | SANDBOX_PROBE);
	ck_assert_int_eq(sandbox_flags("off", "1", &f), 0);
	ck_assert_int_eq(f, SANDBOX_PROBE);
	ck_assert_int_eq(sandbox_flags("yes", NULL, &f), -1);
	ck_assert_int_eq(sandbox_flags("OFF", NULL, &f), -1);
}
END_TEST

/* sandbox_cmp: qsort's order for ints. */
static int sandbox_cmp(const void *a, const void *b)
{
	int x = *(const int *)a, y = *(const int *)b;

	return (x > y) - (x < y);
}

/* sandbox_get: answer GET uri with a; 0 when the status line is 200. */
static int sandbox_get(struct site *a, const char *uri)
{
	const char *q = strchr(uri, '?');
	const char *env[] = { "REQUEST_METHOD", "GET", "REQUEST_URI", uri,
			      "QUERY_STRING", q ? q + 1 : "", NULL };
	struct fake f;
	struct req_io io;
	int ok;

	fake_io(&f, env, NULL, &io);
	ok = app_handle(a, &io) == 0 && f.out.data &&
	     strncmp(f.out.data, "Status: 200", 11) == 0;
	buf_free(&f.out);
	return ok ? 0 : -1;
}

/* sandbox_serve: in the child: enter the sandbox, then do what a worker
 * does: read and render pages, write to the database (with a temporary
 * table, which SQLite keeps in a file), ask for randomness and time, sort
 * (qsort), grow and shrink memory, then exit normally. The exit code says which step
 * failed. */
static int sandbox_serve(void *arg)
{
	struct site *a = arg;
	struct buf err;
	unsigned char rnd[16];
	struct timespec ts = { 0, 1000 };
	static int ints[4096];
	char *big;

	buf_init(&err);
	if (sandbox_enter(-1, &err) != 0) {
		fprintf(stderr, "%s\n", err.data);
		return 10;
	}
	if (sandbox_get(a, "/") != 0)
		return 11;
	if (sandbox_get(a, "/a/a1") != 0)
		return 12;
	if (sandbox_get(a, "/search?q=%E6%AC%A0%E6%AC%BE") != 0)
		return 13;
	if (store_exec(a->store, "PRAGMA temp_store=FILE; "
				 "CREATE TEMP TABLE t AS SELECT slug FROM article; "
				 "CREATE TABLE IF NOT EXISTS sandbox_note(x); "
				 "INSERT INTO sandbox_note VALUES (randomblob(64))") != 0)
		return 14;
	randombytes_buf(rnd, sizeof(rnd));
	nanosleep(&ts, NULL);
	/* glibc's qsort asks the kernel how much memory there is (sysinfo)
	 * before it sorts more than 1 KiB, as the feed does */
	for (int i = 0; i < 4096; i++)
		ints[i] = (i * 7919) % 4096;
	qsort(ints, 4096, sizeof(ints[0]), sandbox_cmp);
	if (ints[0] != 0 || ints[4095] != 4095)
		return 17;
	big = malloc(8 << 20);
	if (!big)
		return 15;
	memset(big, 1, 8 << 20);
	big = realloc(big, 16 << 20);
	if (!big)
		return 16;
	free(big);
	buf_free(&err);
	return 0;
}

START_TEST(test_worker_work_allowed)
{
	struct site a;
	char *dir = fake_site(&a, NULL);

	sandbox_expect_exit0(sandbox_run(sandbox_serve, &a));
	fake_site_close(&a, dir);
}
END_TEST

/* sandbox_reopen: in the child: with the umask systemd gives the service
 * (0077), enter the sandbox, then open a new connection to the database
 * named by arg and write to it: SQLite makes the WAL and shared-memory
 * files and gives them the database file's mode (fchmod). */
static int sandbox_reopen(void *arg)
{
	struct buf err;
	struct store *s;
	unsigned char key[32];

	umask(077);
	buf_init(&err);
	if (sandbox_enter(-1, &err) != 0)
		return 10;
	s = store_open(arg, 0, &err);
	if (!s)
		return 11;
	if (store_secret(s, "sandbox", key, sizeof(key)) != 0)
		return 12;
	store_close(s);
	buf_free(&err);
	return 0;
}

START_TEST(test_wal_made_inside)
{
	char *dir = fake_tmpdir();
	char db[4200], wal[4300];
	struct stat st;

	ck_assert_ptr_nonnull(dir);
	snprintf(db, sizeof(db), "%s/w.db", dir);
	snprintf(wal, sizeof(wal), "%s-wal", db);
	store_close(fake_store(db));
	ck_assert_int_eq(chmod(db, 0644), 0);
	ck_assert_int_ne(stat(wal, &st), 0); /* the last close removed the WAL */
	sandbox_expect_exit0(sandbox_run(sandbox_reopen, db));
	fake_rmtree(dir);
	free(dir);
}
END_TEST

/* The forbidden calls, one per loop index. listen is a socket the child
 * may accept on; anything else it may not. */
struct sandbox_case {
	int listen;
	int other;
	int which;
};

static const char *const sandbox_case_names[] = {
	"socket (the probe)", "execve", "fork", "mmap PROT_EXEC", "mprotect PROT_EXEC",
	"accept on another socket", "kill the parent", "tgkill another process", "chmod",
	"setuid", "socketpair", "personality",
};

static int sandbox_forbidden(void *arg)
{
	const struct sandbox_case *c = arg;
	struct buf err;
	void *p;

	buf_init(&err);
	if (sandbox_enter(c->listen, &err) != 0) {
		fprintf(stderr, "%s\n", err.data);
		return 10;
	}
	switch (c->which) {
	case 0:
		sandbox_probe();
		break;
	case 1: {
		char *const argv[] = { (char *)"true", NULL };
		execve("/bin/true", argv, environ);
		break;
	}
	case 2: {
		pid_t pid = fork();
		if (pid == 0)
			_exit(0);
		break;
	}
	case 3:
		p = mmap(NULL, 4096, PROT_READ | PROT_EXEC, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
		(void)p;
		break;
	case 4:
		p = mmap(NULL, 4096, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
		if (p != MAP_FAILED)
			mprotect(p, 4096, PROT_READ | PROT_EXEC);
		break;
	case 5:
		accept(c->other, NULL, NULL);
		break;
	case 6:
		kill(getppid(), 0);
		break;
	case 7:
		syscall(SYS_tgkill, (long)getppid(), (long)getppid(), 0L);
		break;
	case 8:
		chmod("/tmp", 0777);
		break;
	case 9:
		if (setuid(getuid()) != 0)
			break;
		break;
	case 10: {
		int sv[2];
		socketpair(AF_UNIX, SOCK_STREAM, 0, sv);
		break;
	}
	case 11:
		syscall(SYS_personality, 0xffffffffUL);
		break;
	}
	return 0; /* still alive: the call was allowed */
}

START_TEST(test_forbidden_calls_kill)
{
	struct sandbox_case c;
	struct sockaddr_un sa;
	char *dir = fake_tmpdir();

	ck_assert_ptr_nonnull(dir);
	memset(&sa, 0, sizeof(sa));
	sa.sun_family = AF_UNIX;
	snprintf(sa.sun_path, sizeof(sa.sun_path), "%s/l.sock", dir);
	c.listen = socket(AF_UNIX, SOCK_STREAM, 0);
	c.other = socket(AF_UNIX, SOCK_STREAM, 0);
	ck_assert_int_ge(c.listen, 0);
	ck_assert_int_ge(c.other, 0);
	ck_assert_int_eq(bind(c.listen, (struct sockaddr *)&sa, sizeof(sa)), 0);
	ck_assert_int_eq(listen(c.listen, 4), 0);
	c.which = _i;
	sandbox_expect_sigsys(sandbox_run(sandbox_forbidden, &c), sandbox_case_names[_i]);
	close(c.listen);
	close(c.other);
	fake_rmtree(dir);
	free(dir);
}
END_TEST

/* sandbox_accept: in the child: accept one connection on the allowed
 * socket inside the sandbox, read a byte, answer it, exit 0. */
static int sandbox_accept(void *arg)
{
	const struct sandbox_case *c = arg;
	struct buf err;
	char ch;
	int fd;

	buf_init(&err);
	if (sandbox_enter(c->listen, &err) != 0)
		return 10;
	fd = accept(c->listen, NULL, NULL);
	if (fd < 0)
		return 11;
	if (read(fd, &ch, 1) != 1 || write(fd, &ch, 1) != 1)
		return 12;
	shutdown(fd, SHUT_WR);
	close(fd);
	buf_free(&err);
	return 0;
}

START_TEST(test_accept_on_own_socket)
{
	struct sandbox_case c = { -1, -1, 0 };
	struct sockaddr_un sa;
	char *dir = fake_tmpdir();
	char ch = 'q';
	int fd, status;
	pid_t pid;

	ck_assert_ptr_nonnull(dir);
	memset(&sa, 0, sizeof(sa));
	sa.sun_family = AF_UNIX;
	snprintf(sa.sun_path, sizeof(sa.sun_path), "%s/a.sock", dir);
	c.listen = socket(AF_UNIX, SOCK_STREAM, 0);
	ck_assert_int_eq(bind(c.listen, (struct sockaddr *)&sa, sizeof(sa)), 0);
	ck_assert_int_eq(listen(c.listen, 4), 0);
	fflush(NULL);
	pid = fork();
	ck_assert_int_ge(pid, 0);
	if (pid == 0)
		exit(sandbox_accept(&c));
	fd = socket(AF_UNIX, SOCK_STREAM, 0);
	ck_assert_int_eq(connect(fd, (struct sockaddr *)&sa, sizeof(sa)), 0);
	ck_assert_int_eq(write(fd, &ch, 1), 1);
	ch = 0;
	ck_assert_int_eq(read(fd, &ch, 1), 1);
	ck_assert_int_eq(ch, 'q');
	close(fd);
	ck_assert_int_eq(waitpid(pid, &status, 0), pid);
	sandbox_expect_exit0(status);
	close(c.listen);
	fake_rmtree(dir);
	free(dir);
}
END_TEST

/* sandbox_fcgi_child: in the child: libfcgi accepts one request on the
 * listening socket inside the sandbox (over TCP it also sets TCP_NODELAY)
 * and answers it. */
static int sandbox_fcgi_child(void *arg)
{
	const struct sandbox_case *c = arg;
	FCGX_Request rq;
	struct buf err;

	buf_init(&err);
	if (FCGX_Init() != 0 || FCGX_InitRequest(&rq, c->listen, 0) != 0)
		return 10;
	if (sandbox_enter(c->listen, &err) != 0)
		return 11;
	if (FCGX_Accept_r(&rq) != 0)
		return 12;
	FCGX_FPrintF(rq.out, "Status: 200 OK\r\n\r\nsandboxed %s", FCGX_GetParam("X", rq.envp));
	FCGX_Finish_r(&rq);
	FCGX_Free(&rq, 1);
	buf_free(&err);
	return 0;
}

/* sandbox_fcgi_record: append a FastCGI record of type t for request 1. */
static size_t sandbox_fcgi_record(unsigned char *out, int t, const unsigned char *body, size_t n)
{
	out[0] = 1;
	out[1] = (unsigned char)t;
	out[2] = 0;
	out[3] = 1;
	out[4] = (unsigned char)(n >> 8);
	out[5] = (unsigned char)(n & 0xff);
	out[6] = 0;
	out[7] = 0;
	if (n)
		memcpy(out + 8, body, n);
	return 8 + n;
}

/* One request through real libfcgi in the sandbox, over a unix socket
 * (index 0, nginx's way) and over TCP (index 1, spawn-fcgi -p). */
START_TEST(test_fcgi_in_sandbox)
{
	struct sandbox_case c = { -1, -1, 0 };
	struct sockaddr_un su;
	struct sockaddr_in si;
	struct sockaddr *sa;
	socklen_t len;
	char *dir = fake_tmpdir();
	unsigned char req[256], ans[4096];
	const unsigned char begin[8] = { 0, 1, 0, 0, 0, 0, 0, 0 };  /* responder */
	const unsigned char param[] = { 1, 2, 'X', 'o', 'k' };      /* X=ok */
	size_t n = 0, got = 0;
	ssize_t k;
	int fd, status;
	pid_t pid;

	ck_assert_ptr_nonnull(dir);
	if (_i == 0) {
		memset(&su, 0, sizeof(su));
		su.sun_family = AF_UNIX;
		snprintf(su.sun_path, sizeof(su.sun_path), "%s/f.sock", dir);
		sa = (struct sockaddr *)&su;
		len = sizeof(su);
	} else {
		memset(&si, 0, sizeof(si));
		si.sin_family = AF_INET;
		si.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
		sa = (struct sockaddr *)&si;
		len = sizeof(si);
	}
	c.listen = socket(sa->sa_family, SOCK_STREAM, 0);
	ck_assert_int_eq(bind(c.listen, sa, len), 0);
	ck_assert_int_eq(listen(c.listen, 4), 0);
	ck_assert_int_eq(getsockname(c.listen, sa, &len), 0);
	fflush(NULL);
	pid = fork();
	ck_assert_int_ge(pid, 0);
	if (pid == 0)
		exit(sandbox_fcgi_child(&c));
	fd = socket(sa->sa_family, SOCK_STREAM, 0);
	ck_assert_int_eq(connect(fd, sa, len), 0);
	n += sandbox_fcgi_record(req + n, 1, begin, sizeof(begin));
	n += sandbox_fcgi_record(req + n, 4, param, sizeof(param));
	n += sandbox_fcgi_record(req + n, 4, NULL, 0);
	n += sandbox_fcgi_record(req + n, 5, NULL, 0);
	ck_assert_int_eq(write(fd, req, n), (ssize_t)n);
	while (got < sizeof(ans) - 1 && (k = read(fd, ans + got, sizeof(ans) - 1 - got)) > 0)
		got += (size_t)k;
	close(fd);
	ck_assert_int_eq(waitpid(pid, &status, 0), pid);
	sandbox_expect_exit0(status);
	ans[got] = 0;
	ck_assert_msg(memmem(ans, got, "sandboxed ok", 12) != NULL, "no answer over %s",
		      _i ? "TCP" : "a unix socket");
	close(c.listen);
	fake_rmtree(dir);
	free(dir);
}
END_TEST

/* Outside the sandbox the probe's call succeeds: the test above fails for
 * the right reason. */
START_TEST(test_probe_without_sandbox)
{
	ck_assert_int_eq(sandbox_probe(), 0);
}
END_TEST

Suite *suite_sandbox(void)
{
	Suite *s = suite_create("sandbox");
	TCase *tc = tcase_create("seccomp");

	tcase_set_timeout(tc, 60);
	tcase_add_test(tc, test_flags);
	tcase_add_test(tc, test_probe_without_sandbox);
	tcase_add_test(tc, test_worker_work_allowed);
	tcase_add_test(tc, test_accept_on_own_socket);
	tcase_add_test(tc, test_wal_made_inside);
	tcase_add_loop_test(tc, test_fcgi_in_sandbox, 0, 2);
	tcase_add_loop_test(tc, test_forbidden_calls_kill, 0,
			    (int)(sizeof(sandbox_case_names) / sizeof(sandbox_case_names[0])));
	suite_add_tcase(s, tc);
	return s;
}
