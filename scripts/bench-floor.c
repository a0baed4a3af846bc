/* bench-floor: the FastCGI floor for scripts/bench. The least a libfcgi
 * program can do per request: accept, read the parameters (libfcgi does
 * that inside FCGX_Accept_r), write a fixed answer held in memory, finish.
 * It is shaped like quanyi-fcgi (a parent that pre-forks N single-threaded
 * workers on one unix socket), so that the only difference between the
 * two behind the same nginx is quanyi's own work.
 *
 * usage: bench-floor SOCKET RESPONSE_FILE WORKERS
 * RESPONSE_FILE holds a whole CGI answer (headers, blank line, body), as
 * quanyi-fcgi prints it in CGI mode. Stops on SIGTERM or SIGINT. Not part
 * of the product: scripts/bench compiles it on the fly. */
#include <errno.h>
#include <fcgiapp.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

enum { FLOOR_MAX_WORKERS = 16 };

static volatile sig_atomic_t floor_stop;

/* floor_on_signal: note that we were asked to stop. */
static void floor_on_signal(int sig)
{
	(void)sig;
	floor_stop = 1;
}

/* floor_read_file: the whole of path in a malloc'd buffer; its size in *n. */
static char *floor_read_file(const char *path, size_t *n)
{
	FILE *f = fopen(path, "rb");
	char *data = NULL;
	long size;

	if (!f)
		return NULL;
	if (fseek(f, 0, SEEK_END) == 0 && (size = ftell(f)) > 0 && fseek(f, 0, SEEK_SET) == 0) {
		data = malloc((size_t)size);
		if (data && fread(data, 1, (size_t)size, f) != (size_t)size) {
			free(data);
			data = NULL;
		}
		*n = (size_t)size;
	}
	fclose(f);
	return data;
}

/* floor_worker: answer every request on fd with the same bytes until
 * accept fails (the parent's SIGTERM). Never returns. */
static void floor_worker(int fd, const char *answer, size_t n)
{
	FCGX_Request rq;

	signal(SIGTERM, SIG_DFL);
	signal(SIGINT, SIG_DFL);
	FCGX_InitRequest(&rq, fd, 0);
	while (FCGX_Accept_r(&rq) >= 0) {
		FCGX_PutStr(answer, (int)n, rq.out);
		FCGX_Finish_r(&rq);
	}
	_exit(0);
}

int main(int argc, char **argv)
{
	pid_t pids[FLOOR_MAX_WORKERS];
	struct sigaction sa;
	size_t n = 0;
	char *answer;
	int fd, workers;

	if (argc != 4 || (workers = atoi(argv[3])) < 1 || workers > FLOOR_MAX_WORKERS) {
		fputs("usage: bench-floor SOCKET RESPONSE_FILE WORKERS(1..16)\n", stderr);
		return 2;
	}
	answer = floor_read_file(argv[2], &n);
	if (!answer) {
		fprintf(stderr, "bench-floor: cannot read %s\n", argv[2]);
		return 1;
	}
	if (FCGX_Init() != 0) {
		fputs("bench-floor: libfcgi failed to start\n", stderr);
		return 1;
	}
	unlink(argv[1]);
	fd = FCGX_OpenSocket(argv[1], 128);
	if (fd < 0) {
		fprintf(stderr, "bench-floor: cannot listen on %s\n", argv[1]);
		return 1;
	}
	/* nginx's workers may run as another user (nobody). */
	if (chmod(argv[1], 0666) != 0) {
		perror("bench-floor: chmod");
		return 1;
	}
	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = floor_on_signal;
	sigemptyset(&sa.sa_mask);
	sigaction(SIGTERM, &sa, NULL);
	sigaction(SIGINT, &sa, NULL);
	for (int i = 0; i < workers; i++) {
		pids[i] = fork();
		if (pids[i] == 0)
			floor_worker(fd, answer, n);
		if (pids[i] < 0) {
			perror("bench-floor: fork");
			workers = i;
			floor_stop = 1;
			break;
		}
	}
	while (!floor_stop)
		pause();
	for (int i = 0; i < workers; i++)
		kill(pids[i], SIGTERM);
	for (int i = 0; i < workers; i++)
		while (waitpid(pids[i], NULL, 0) < 0 && errno == EINTR)
			;
	close(fd);
	unlink(argv[1]);
	free(answer);
	return 0;
}
