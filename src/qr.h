/* qr: QR codes (ISO/IEC 18004, Model 2) of a short byte string, such as a
 * page's address, for a phone-to-phone hand-over: byte mode, error
 * correction level M (15% of the symbol may be lost; an ECI header marks
 * UTF-8 when a byte is not ASCII), the smallest
 * version (1-40) that holds the data, and the data mask with the lowest
 * penalty score. Pure: no I/O, no allocation. */
#ifndef QUANYI_QR_H
#define QUANYI_QR_H

#include <stddef.h>

#include "buf.h"

#define QR_VERSION_MAX 40
#define QR_SIZE_MAX (17 + 4 * QR_VERSION_MAX)
#define QR_QUIET 4              /* light modules around the symbol */

struct qr {
	int version;            /* 1-40 */
	int size;               /* modules per side: 17 + 4 * version */
	int mask;               /* 0-7 */
	unsigned char m[QR_SIZE_MAX * QR_SIZE_MAX]; /* row by row: 1 dark, 0 light;
						       bit 1 marks function modules */
};

size_t qr_capacity(int version);
int qr_encode(struct qr *q, const unsigned char *data, size_t len, int mask);
int qr_dark(const struct qr *q, int x, int y);
unsigned qr_format_bits(int mask);
unsigned long qr_version_bits(int version);
long qr_penalty(const struct qr *q);
void qr_svg_path(const struct qr *q, struct buf *out);

#endif
