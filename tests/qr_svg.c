/* qr_svg TEXT [MASK]: print the QR code of TEXT (src/qr.c) as an SVG
 * document, drawn as the layout draws it, with data mask MASK (0-7) or the
 * one of lowest penalty; on standard error the version and mask. For
 * qr_test.sh, which has zbarimg read it back. Exit 1 when TEXT is too long. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "qr.h"

int main(int argc, char **argv)
{
	static struct qr q;
	struct buf path;
	int mask = argc > 2 ? atoi(argv[2]) : -1, view;

	if (argc < 2 || qr_encode(&q, (const unsigned char *)argv[1], strlen(argv[1]), mask) != 0) {
		fprintf(stderr, "qr_svg: cannot encode\n");
		return 1;
	}
	buf_init(&path);
	qr_svg_path(&q, &path);
	view = q.size + 2 * QR_QUIET;
	printf("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %d %d\" width=\"%d\" height=\"%d\">"
	       "<rect width=\"%d\" height=\"%d\" fill=\"#fff\"/>"
	       "<path stroke=\"#000\" shape-rendering=\"crispEdges\" d=\"%s\"/></svg>\n",
	       view, view, view * 4, view * 4, view, view, path.data ? path.data : "");
	fprintf(stderr, "version %d mask %d\n", q.version, q.mask);
	buf_free(&path);
	return 0;
}
