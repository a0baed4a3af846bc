/* listen_exec: hold a listening unix socket the way systemd's socket
 * units do and run a program on it (as fd 0) several times in turn, for
 * the fault tests.
 *
 *   listen_exec PATH TIMES PROG [ARGS...]
 *
 * The socket at PATH is made non-blocking (as systemd's NonBlocking=yes
 * would) and outlives each run of PROG, so connections made while no
 * run is up wait in its queue. Prints "run N pid P" when run N starts and
 * "run N exit S" when it ends; exits when all TIMES runs have ended.
 */
#define _GNU_SOURCE
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <unistd.h>

int main(int argc, char **argv)
{
	struct sockaddr_un sa;
	long times;
	int fd;

	if (argc < 4 || (times = strtol(argv[2], NULL, 10)) < 1) {
		fputs("usage: listen_exec PATH TIMES PROG [ARGS...]\n", stderr);
		return 2;
	}
	memset(&sa, 0, sizeof(sa));
	sa.sun_family = AF_UNIX;
	if (strlen(argv[1]) >= sizeof(sa.sun_path)) {
		fputs("listen_exec: path too long\n", stderr);
		return 2;
	}
	strcpy(sa.sun_path, argv[1]);
	unlink(argv[1]);
	fd = socket(AF_UNIX, SOCK_STREAM | SOCK_NONBLOCK, 0);
	if (fd < 0 || bind(fd, (struct sockaddr *)&sa, sizeof(sa)) != 0 || listen(fd, 128) != 0 ||
	    chmod(argv[1], 0666) != 0) {
		perror("listen_exec: socket");
		return 1;
	}
	setvbuf(stdout, NULL, _IOLBF, 0);
	for (long n = 1; n <= times; n++) {
		pid_t pid = fork();
		int status;

		if (pid < 0) {
			perror("listen_exec: fork");
			return 1;
		}
		if (pid == 0) {
			if (dup2(fd, 0) != 0)
				_exit(127);
			close(fd);
			execv(argv[3], argv + 3);
			_exit(127);
		}
		printf("run %ld pid %d\n", n, (int)pid);
		while (waitpid(pid, &status, 0) < 0)
			;
		printf("run %ld exit %d\n", n, WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status));
	}
	close(fd);
	unlink(argv[1]);
	return 0;
}
