/* sandbox: a seccomp allow-list (libseccomp) that a worker enters after
 * start-up, once its database connection is open and its templates are
 * loaded. The list is what a worker was seen to call while answering every
 * kind of request (strace over the tests/cgi_*_test.sh journeys,
 * tests/e2e_test.sh and tests/sandbox_test.sh; see docs/SECURITY.md). Anything else -- exec, fork,
 * new sockets, connect, ptrace, chmod, mount, setuid, executable memory --
 * kills the whole process at once (SCMP_ACT_KILL_PROCESS, logged by the
 * kernel's audit log): a kill cannot be caught or ignored, so a worker
 * taken over through a bug cannot talk its way out of the filter. */
#define _GNU_SOURCE
#include "sandbox.h"

#include <errno.h>
#include <fcntl.h>
#include <sched.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <termios.h>
#include <unistd.h>

#include <seccomp.h>

/* System calls a worker makes while it serves, any arguments. Names that
 * do not exist on this architecture (open on arm64, say) are skipped. */
static const char *const sandbox_allowed[] = {
	/* memory (mmap and mprotect are below: never executable) */
	"brk", "munmap", "mremap", "madvise",
	/* the database, its WAL, journal and temporary files; templates on
	 * SIGHUP. Which files: the systemd unit's ProtectSystem=strict and
	 * ReadWritePaths= decide. */
	"openat", "close", "read", "pread64", "readv", "write", "pwrite64", "writev",
	"lseek", "fstat", "newfstatat", "fcntl", "fsync", "fdatasync", "ftruncate",
	"unlink", "unlinkat", "access", "faccessat", "readlink", "readlinkat",
	"getdents64",
	/* SQLite gives a new WAL or shared-memory file the database file's
	 * mode when the umask took some of it away (systemd's UMask=0077) */
	"fchmod",
	/* the FastCGI connection once accepted (accept itself is below) */
	"poll", "ppoll", "shutdown",
	/* time (busy waits on a locked database), randomness, identity */
	"clock_gettime", "gettimeofday", "nanosleep", "clock_nanosleep", "getrandom",
	"getpid", "gettid", "getuid", "geteuid", "getgid", "getegid",
	/* glibc's qsort asks how much memory there is (the feed and the
	 * sitemap sort their entries) */
	"sysinfo",
	/* signals (SIGHUP reload, SIGTERM stop) and the end */
	"rt_sigprocmask", "rt_sigaction", "rt_sigreturn", "futex", "exit", "exit_group",
};

#if defined(__SANITIZE_ADDRESS__)
/* Test builds only (--enable-sanitizers): AddressSanitizer reads
 * /proc/self/maps with open(), probes memory through a pipe, and at exit
 * LeakSanitizer stops the process with a traced helper thread. None of this
 * is in a production build's filter. */
static const char *const sandbox_allowed_sanitizer[] = {
	"open", "getdents", "pipe", "pipe2", "sigaltstack", "prctl", "ptrace", "wait4",
	"sched_yield", "getppid",
};
/* LeakSanitizer's helper shares the memory and is not a thread: clone with
 * exactly these flags (fork's flags stay forbidden). */
#define SANDBOX_LSAN_CLONE (CLONE_VM | CLONE_FS | CLONE_FILES | CLONE_UNTRACED)
#endif

/* sandbox_flags: work out the flags from -S or $QUANYI_SANDBOX (mode: "on",
 * "off", or NULL/empty for on) and $QUANYI_SANDBOX_PROBE (probe: "1" to let
 * SIGUSR1 trigger sandbox_probe, for tests). 0, or -1 for a bad mode. */
int sandbox_flags(const char *mode, const char *probe, int *flags)
{
	*flags = 0;
	if (!mode || !*mode || strcmp(mode, "on") == 0)
		*flags |= SANDBOX_ON;
	else if (strcmp(mode, "off") != 0)
		return -1;
	if (probe && strcmp(probe, "1") == 0)
		*flags |= SANDBOX_PROBE;
	return 0;
}

/* sandbox_allow: allow the named calls with any arguments. */
static int sandbox_allow(scmp_filter_ctx ctx, const char *const *names, size_t n,
			 struct buf *err)
{
	for (size_t i = 0; i < n; i++) {
		int nr = seccomp_syscall_resolve_name(names[i]);
		int rc;

		if (nr == __NR_SCMP_ERROR)
			continue;
		rc = seccomp_rule_add(ctx, SCMP_ACT_ALLOW, nr, 0);
		if (rc != 0) {
			buf_printf(err, "sandbox: cannot allow %s: %s", names[i], strerror(-rc));
			return -1;
		}
	}
	return 0;
}

/* sandbox_rules: the calls allowed only with some arguments or in some
 * cases: memory that is never executable, accept on the worker's own
 * socket (and TCP_NODELAY on what it accepts), the terminal query stdio
 * makes, signals only to this process (abort()), and fchown only as root. */
static int sandbox_rules(scmp_filter_ctx ctx, int listen_fd, struct buf *err)
{
	int rc;

	rc = seccomp_rule_add(ctx, SCMP_ACT_ALLOW, SCMP_SYS(mmap), 1,
			      SCMP_A2(SCMP_CMP_MASKED_EQ, PROT_EXEC, 0));
	if (rc == 0)
		rc = seccomp_rule_add(ctx, SCMP_ACT_ALLOW, SCMP_SYS(mprotect), 1,
				      SCMP_A2(SCMP_CMP_MASKED_EQ, PROT_EXEC, 0));
	if (rc == 0)
		rc = seccomp_rule_add(ctx, SCMP_ACT_ALLOW, SCMP_SYS(ioctl), 1,
				      SCMP_A1(SCMP_CMP_EQ, TCGETS));
	if (rc == 0)
		rc = seccomp_rule_add(ctx, SCMP_ACT_ALLOW, SCMP_SYS(tgkill), 1,
				      SCMP_A0(SCMP_CMP_EQ, (scmp_datum_t)getpid()));
	/* SQLite gives the files it makes (journal, WAL) to the database's
	 * owner, but only when it runs as root (tests; never under systemd). */
	if (rc == 0 && geteuid() == 0)
		rc = seccomp_rule_add(ctx, SCMP_ACT_ALLOW, SCMP_SYS(fchown), 0);
#if defined(__SANITIZE_ADDRESS__)
	if (rc == 0)
		rc = seccomp_rule_add(ctx, SCMP_ACT_ALLOW, SCMP_SYS(clone), 1,
				      SCMP_A0(SCMP_CMP_EQ, SANDBOX_LSAN_CLONE));
#endif
	if (rc == 0 && listen_fd >= 0) {
		rc = seccomp_rule_add(ctx, SCMP_ACT_ALLOW, SCMP_SYS(accept), 1,
				      SCMP_A0(SCMP_CMP_EQ, (scmp_datum_t)listen_fd));
		if (rc == 0)
			rc = seccomp_rule_add(ctx, SCMP_ACT_ALLOW, SCMP_SYS(accept4), 1,
					      SCMP_A0(SCMP_CMP_EQ, (scmp_datum_t)listen_fd));
		/* libfcgi turns Nagle off on a TCP connection (spawn-fcgi -p) */
		if (rc == 0)
			rc = seccomp_rule_add(ctx, SCMP_ACT_ALLOW, SCMP_SYS(setsockopt), 2,
					      SCMP_A1(SCMP_CMP_EQ, IPPROTO_TCP),
					      SCMP_A2(SCMP_CMP_EQ, TCP_NODELAY));
	}
	if (rc != 0)
		buf_printf(err, "sandbox: cannot add a rule: %s", strerror(-rc));
	return rc == 0 ? 0 : -1;
}

/* sandbox_check: 0 if this system can load the filter (Linux 4.14 or later
 * with seccomp; not under valgrind, which does not support it), else -1
 * with err. The supervisor asks before it forks any worker. */
int sandbox_check(struct buf *err)
{
	unsigned int level = seccomp_api_get();

	if (level >= 3)
		return 0;
	buf_printf(err, "sandbox: seccomp cannot kill a process on a forbidden system call here "
		   "(API level %u, 3 needed: Linux 4.14 or later, and not under valgrind); "
		   "start with -S off to run without the sandbox", level);
	return -1;
}

/* sandbox_enter: load the filter into this process (and any it would
 * fork, though a worker cannot fork). listen_fd is the FastCGI socket the
 * worker accepts on, or -1 (CGI mode: nothing to accept). 0, or -1 with
 * err when the kernel or libseccomp cannot do it. */
int sandbox_enter(int listen_fd, struct buf *err)
{
	scmp_filter_ctx ctx;
	int rc;

	if (sandbox_check(err) != 0)
		return -1;
	ctx = seccomp_init(SCMP_ACT_KILL_PROCESS);
	if (!ctx) {
		buf_puts(err, "sandbox: cannot create a seccomp filter");
		return -1;
	}
	/* Calls from another ABI (32-bit int 0x80, x32) die too; the kernel
	 * logs every kill; a binary tree keeps the filter cheap. */
	rc = seccomp_attr_set(ctx, SCMP_FLTATR_ACT_BADARCH, SCMP_ACT_KILL_PROCESS);
	if (rc == 0)
		rc = seccomp_attr_set(ctx, SCMP_FLTATR_CTL_LOG, 1);
	if (rc == 0)
		rc = seccomp_attr_set(ctx, SCMP_FLTATR_CTL_OPTIMIZE, 2);
	if (rc != 0) {
		buf_printf(err, "sandbox: cannot configure the filter: %s", strerror(-rc));
		seccomp_release(ctx);
		return -1;
	}
	if (sandbox_allow(ctx, sandbox_allowed,
			  sizeof(sandbox_allowed) / sizeof(sandbox_allowed[0]), err) != 0 ||
#if defined(__SANITIZE_ADDRESS__)
	    sandbox_allow(ctx, sandbox_allowed_sanitizer,
			  sizeof(sandbox_allowed_sanitizer) / sizeof(sandbox_allowed_sanitizer[0]),
			  err) != 0 ||
#endif
	    sandbox_rules(ctx, listen_fd, err) != 0) {
		seccomp_release(ctx);
		return -1;
	}
	rc = seccomp_load(ctx);
	seccomp_release(ctx);
	if (rc != 0) {
		buf_printf(err, "sandbox: cannot load the seccomp filter: %s; start with -S off "
			   "to run without the sandbox", strerror(-rc));
		return -1;
	}
	return 0;
}

/* sandbox_probe: make a call the filter forbids (open a network socket).
 * Inside the sandbox this never returns: the kernel kills the process.
 * Outside it returns 0 (the call was allowed), or -1 if it failed anyway. */
int sandbox_probe(void)
{
	int fd = socket(AF_INET, SOCK_STREAM, 0);

	if (fd < 0)
		return -1;
	close(fd);
	return 0;
}
