/* server: run the program as its own small supervisor. The parent owns
 * the listening socket and never handles a request; it forks N
 * single-threaded workers, restarts any that die, forwards SIGHUP (reload
 * templates) and stops everything cleanly on SIGTERM or SIGINT. */
#define _GNU_SOURCE
#include "server.h"

#include "sandbox.h"

#include <errno.h>
#include <fcgiapp.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

enum { SERVER_MAX_WORKERS = 64, SERVER_GRACE_SECONDS = 10 };

/* Signal flags: the only state a signal handler may touch. */
static volatile sig_atomic_t server_stop;
static volatile sig_atomic_t server_hup;
static volatile sig_atomic_t server_child;
static volatile sig_atomic_t server_probe; /* SIGUSR1 with SANDBOX_PROBE */
static int server_listen_fd = -1;   /* see server_on_signal */
static int server_is_worker;
static const char *server_socket_path;  /* the socket this program made (-s) */

/* server_on_signal: record the signal. A stopping worker on a socket
 * this program made (and removes) makes it non-blocking, so that it can
 * still take the connections already queued (answering them) while an
 * accept() with none left fails at once. On a socket it was given
 * (systemd, spawn-fcgi), which outlives it, it leaves the queue to the
 * next run and closes its own copy, so that an accept() about to start
 * fails at once. */
static void server_on_signal(int sig)
{
	int saved = errno;

	if (sig == SIGHUP) {
		server_hup = 1;
	} else if (sig == SIGCHLD) {
		server_child = 1;
	} else if (sig == SIGUSR1) {
		server_probe = 1;
	} else {
		server_stop = 1;
		if (server_is_worker && server_listen_fd >= 0 && server_socket_path) {
			int fl = fcntl(server_listen_fd, F_GETFL);
			if (fl != -1)
				fcntl(server_listen_fd, F_SETFL, fl | O_NONBLOCK);
		} else if (server_is_worker && server_listen_fd >= 0) {
			FCGX_ShutdownPending();
			close(server_listen_fd);
			server_listen_fd = -1;
		}
	}
	errno = saved;
}

/* server_signals: install handlers without SA_RESTART, so that a blocking
 * accept() returns EINTR. SIGUSR1 is caught only for the sandbox probe
 * (tests); otherwise it keeps its default action. */
static void server_signals(int sandbox)
{
	struct sigaction sa;

	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = server_on_signal;
	sigemptyset(&sa.sa_mask);
	sigaction(SIGTERM, &sa, NULL);
	sigaction(SIGINT, &sa, NULL);
	sigaction(SIGHUP, &sa, NULL);
	sigaction(SIGCHLD, &sa, NULL);
	if (sandbox & SANDBOX_PROBE)
		sigaction(SIGUSR1, &sa, NULL);
	sa.sa_handler = SIG_IGN;
	sigaction(SIGPIPE, &sa, NULL);
}

/* server_open_socket: listen on the unix socket path (a stale socket file
 * is replaced, any other file is not), with permissions mode. */
int server_open_socket(const char *path, int mode, struct buf *err)
{
	struct stat st;
	int fd;

	if (lstat(path, &st) == 0) {
		if (!S_ISSOCK(st.st_mode)) {
			buf_printf(err, "%s exists and is not a socket", path);
			return -1;
		}
		unlink(path);
	}
	fd = FCGX_OpenSocket(path, 128);
	if (fd < 0) {
		buf_printf(err, "cannot listen on %s: %s", path, strerror(errno));
		return -1;
	}
	if (chmod(path, (mode_t)mode) != 0) {
		buf_printf(err, "cannot chmod %s: %s", path, strerror(errno));
		close(fd);
		return -1;
	}
	server_socket_path = path;
	return fd;
}

/* FastCGI side of struct req_io. */
static const char *server_fcgi_param(void *ctx, const char *name)
{
	return FCGX_GetParam(name, ((FCGX_Request *)ctx)->envp);
}

static int server_fcgi_read(void *ctx, char *buf, int n)
{
	return FCGX_GetStr(buf, n, ((FCGX_Request *)ctx)->in);
}

static int server_fcgi_write(void *ctx, const char *buf, size_t n)
{
	FCGX_Stream *out = ((FCGX_Request *)ctx)->out;

	while (n) {
		int chunk = n > 1 << 20 ? 1 << 20 : (int)n;
		if (FCGX_PutStr(buf, chunk, out) != chunk)
			return -1;
		buf += chunk;
		n -= (size_t)chunk;
	}
	return 0;
}

/* server_worker: enter the sandbox (unless it is off), then accept and
 * answer requests until told to stop. Signals are blocked while a request
 * is being answered, so a request in flight always finishes. Never
 * returns. */
static void server_worker(struct site *a, int listen_fd, int sandbox)
{
	FCGX_Request rq;
	struct req_io io = { server_fcgi_param, server_fcgi_read, server_fcgi_write, &rq };
	sigset_t block;
	struct buf err;
	int code = 0;

	server_is_worker = 1;
	server_listen_fd = listen_fd;
	buf_init(&err);
	if (site_open_store(a, &err) != 0) {
		fprintf(stderr, "quanyi[%d]: %s\n", (int)getpid(), err.data);
		buf_free(&err);
		site_close(a);
		exit(1);
	}
	sigemptyset(&block);
	sigaddset(&block, SIGTERM);
	sigaddset(&block, SIGINT);
	sigaddset(&block, SIGHUP);
	sigaddset(&block, SIGUSR1);
	FCGX_InitRequest(&rq, listen_fd, FCGI_FAIL_ACCEPT_ON_INTR);
	if ((sandbox & SANDBOX_ON) && sandbox_enter(listen_fd, &err) != 0) {
		fprintf(stderr, "quanyi[%d]: %s\n", (int)getpid(), err.data);
		FCGX_Free(&rq, 0);
		buf_free(&err);
		site_close(a);
		exit(1);
	}
	for (;;) {
		int rc;

		if (server_probe) {
			server_probe = 0;
			fprintf(stderr, "quanyi[%d]: sandbox probe: trying a forbidden call\n",
				(int)getpid());
			if (sandbox_probe() == 0)
				fprintf(stderr, "quanyi[%d]: sandbox probe: the call was allowed "
					"(sandbox off)\n", (int)getpid());
		}
		if (server_hup) {
			server_hup = 0;
			buf_reset(&err);
			if (site_reload(a, &err) != 0)
				fprintf(stderr, "quanyi[%d]: reload: %s\n", (int)getpid(), err.data);
		}
		/* Once stopping, this only takes connections already queued on
		 * a socket of our own; on a given one it stops at once. */
		if (server_stop && !server_socket_path)
			break;
		sigprocmask(SIG_UNBLOCK, &block, NULL);
		rc = FCGX_Accept_r(&rq);
		sigprocmask(SIG_BLOCK, &block, NULL);
		if (rc < 0) {
			if (rc == -EINTR)
				continue;
			/* EAGAIN: the socket went non-blocking, so the program is
			 * stopping, even if this worker's own signal is still due. */
			if (server_stop || rc == -EAGAIN || rc == -EWOULDBLOCK)
				break;
			fprintf(stderr, "quanyi[%d]: accept failed (%d)\n", (int)getpid(), rc);
			code = 1;
			break;
		}
		app_handle(a, &io);
		FCGX_Finish_r(&rq);
	}
	FCGX_Free(&rq, 0);
	buf_free(&err);
	site_close(a);
	exit(code);
}

/* server_spawn: fork one worker; its pid, or -1. */
static pid_t server_spawn(struct site *a, int listen_fd, int sandbox)
{
	pid_t pid = fork();

	if (pid == 0) {
		sigset_t none;
		sigemptyset(&none);
		signal(SIGCHLD, SIG_DFL);
		sigprocmask(SIG_SETMASK, &none, NULL);
		sigset_t block;
		sigemptyset(&block);
		sigaddset(&block, SIGTERM);
		sigaddset(&block, SIGINT);
		sigaddset(&block, SIGHUP);
		sigaddset(&block, SIGUSR1);
		sigprocmask(SIG_BLOCK, &block, NULL);
		server_worker(a, listen_fd, sandbox);
	}
	if (pid < 0)
		fprintf(stderr, "quanyi: fork failed: %s\n", strerror(errno));
	return pid;
}

/* server_now: monotonic seconds. */
static double server_now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* server_log_end: say how worker pid ended (status from waitpid); a clean
 * exit with 0 only when always is set. */
static void server_log_end(pid_t pid, int status, int always)
{
	if (WIFSIGNALED(status) && WTERMSIG(status) == SIGSYS)
		fprintf(stderr, "quanyi: worker %d killed by signal %d: "
			"a system call outside the sandbox\n", (int)pid, WTERMSIG(status));
	else if (WIFSIGNALED(status))
		fprintf(stderr, "quanyi: worker %d killed by signal %d\n", (int)pid,
			WTERMSIG(status));
	else if (always || WEXITSTATUS(status) != 0)
		fprintf(stderr, "quanyi: worker %d exited with %d\n", (int)pid,
			WEXITSTATUS(status));
}

/* server_run: supervise workers on listen_fd until SIGTERM/SIGINT;
 * sandbox holds SANDBOX_* flags for the workers. Returns the exit status
 * for the process. */
int server_run(struct site *a, int listen_fd, int workers, int sandbox)
{
	pid_t pids[SERVER_MAX_WORKERS] = { 0 };
	double started[SERVER_MAX_WORKERS] = { 0 };
	sigset_t block, old;
	int fast_deaths = 0;

	if (workers < 1 || workers > SERVER_MAX_WORKERS) {
		fprintf(stderr, "quanyi: workers must be 1..%d\n", SERVER_MAX_WORKERS);
		return 2;
	}
	if (sandbox & SANDBOX_ON) {
		struct buf err;
		buf_init(&err);
		if (sandbox_check(&err) != 0) {
			fprintf(stderr, "quanyi: %s\n", err.data);
			buf_free(&err);
			return 1;
		}
		buf_free(&err);
	}
	/* Workers open their own connections after fork. */
	store_close(a->store);
	a->store = NULL;
	/* Workers wait in accept(): the socket must block, however it was
	 * handed over (systemd's NonBlocking=yes makes it non-blocking). */
	{
		int fl = fcntl(listen_fd, F_GETFL);
		if (fl != -1 && (fl & O_NONBLOCK))
			fcntl(listen_fd, F_SETFL, fl & ~O_NONBLOCK);
	}

	sigemptyset(&block);
	sigaddset(&block, SIGTERM);
	sigaddset(&block, SIGINT);
	sigaddset(&block, SIGHUP);
	sigaddset(&block, SIGCHLD);
	sigprocmask(SIG_BLOCK, &block, &old);
	server_signals(sandbox);
	fprintf(stderr, "quanyi: supervisor %d starting %d workers\n", (int)getpid(), workers);

	while (!server_stop) {
		pid_t pid;
		int status;

		while ((pid = waitpid(-1, &status, WNOHANG)) > 0) {
			for (int i = 0; i < workers; i++) {
				if (pids[i] != pid)
					continue;
				pids[i] = 0;
				server_log_end(pid, status, 1);
				if (server_now() - started[i] < 1.0)
					fast_deaths++;
				else
					fast_deaths = 0;
			}
		}
		if (fast_deaths > 2 * workers) {
			/* Workers die as soon as they start: do not spin. */
			struct timespec ts = { 1, 0 };
			nanosleep(&ts, NULL);
			fast_deaths = 0;
		}
		for (int i = 0; i < workers && !server_stop; i++) {
			if (pids[i] == 0) {
				pids[i] = server_spawn(a, listen_fd, sandbox);
				started[i] = server_now();
				if (pids[i] < 0)
					pids[i] = 0;
			}
		}
		if (server_hup) {
			struct buf err;
			server_hup = 0;
			buf_init(&err);
			if (site_reload(a, &err) != 0)
				fprintf(stderr, "quanyi: reload: %s\n", err.data);
			buf_free(&err);
			for (int i = 0; i < workers; i++)
				if (pids[i] > 0)
					kill(pids[i], SIGHUP);
		}
		if (!server_stop && !server_child && !server_hup)
			sigsuspend(&old);
		server_child = 0;
	}

	fprintf(stderr, "quanyi: stopping\n");
	/* No new connections (they fail at once, so nginx can say so); the
	 * workers answer those already queued, then exit. */
	if (server_socket_path)
		unlink(server_socket_path);
	for (int i = 0; i < workers; i++)
		if (pids[i] > 0)
			kill(pids[i], SIGTERM);
	{
		double deadline = server_now() + SERVER_GRACE_SECONDS;
		int left;
		do {
			pid_t pid;
			int status;
			struct timespec ts = { 0, 20 * 1000 * 1000 };
			while ((pid = waitpid(-1, &status, WNOHANG)) > 0)
				for (int i = 0; i < workers; i++)
					if (pids[i] == pid) {
						pids[i] = 0;
						server_log_end(pid, status, 0);
					}
			left = 0;
			for (int i = 0; i < workers; i++)
				left += pids[i] > 0;
			if (left)
				nanosleep(&ts, NULL);
		} while (left && server_now() < deadline);
		for (int i = 0; i < workers; i++) {
			if (pids[i] > 0) {
				kill(pids[i], SIGKILL);
				waitpid(pids[i], NULL, 0);
			}
		}
	}
	close(listen_fd);
	return 0;
}

/* CGI side of struct req_io: environment, stdin and stdout. */
static const char *server_cgi_param(void *ctx, const char *name)
{
	return getenv(name);
}

static int server_cgi_read(void *ctx, char *buf, int n)
{
	return (int)fread(buf, 1, (size_t)n, stdin);
}

static int server_cgi_write(void *ctx, const char *buf, size_t n)
{
	return fwrite(buf, 1, n, stdout) == n ? 0 : -1;
}

/* server_cgi: enter the sandbox (unless it is off), then answer the one
 * CGI request described by the environment. With SANDBOX_PROBE (tests) it
 * first tries a forbidden call, which kills it inside the sandbox. */
int server_cgi(struct site *a, int sandbox)
{
	struct req_io io = { server_cgi_param, server_cgi_read, server_cgi_write, NULL };
	struct buf err;
	int rc;

	buf_init(&err);
	if ((sandbox & SANDBOX_ON) && sandbox_enter(-1, &err) != 0) {
		fprintf(stderr, "quanyi: %s\n", err.data);
		buf_free(&err);
		return 1;
	}
	buf_free(&err);
	if ((sandbox & SANDBOX_PROBE) && sandbox_probe() == 0)
		fputs("quanyi: sandbox probe: the call was allowed (sandbox off)\n", stderr);
	rc = app_handle(a, &io);

	if (fflush(stdout) != 0)
		rc = -1;
	return rc == 0 ? 0 : 1;
}
