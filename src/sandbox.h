/* sandbox: the seccomp filter a worker enters once it has started. From
 * then on it may make only the system calls that answering requests needs;
 * any other call kills the worker (never the supervisor), which replaces it. */
#ifndef QUANYI_SANDBOX_H
#define QUANYI_SANDBOX_H

#include "buf.h"

enum sandbox_flag {
	SANDBOX_ON = 1,    /* enter the filter (the default; -S off clears it) */
	SANDBOX_PROBE = 2, /* tests only ($QUANYI_SANDBOX_PROBE): SIGUSR1 makes a
	                    * worker try a forbidden call */
};

int sandbox_flags(const char *mode, const char *probe, int *flags);
int sandbox_check(struct buf *err);
int sandbox_enter(int listen_fd, struct buf *err);
int sandbox_probe(void);

#endif
