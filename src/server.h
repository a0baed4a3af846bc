/* server: the FastCGI supervisor and its pre-forked workers. */
#ifndef QUANYI_SERVER_H
#define QUANYI_SERVER_H

#include "app.h"

int server_open_socket(const char *path, int mode, struct buf *err);
int server_run(struct site *a, int listen_fd, int workers, int sandbox);
int server_cgi(struct site *a, int sandbox);

#endif
