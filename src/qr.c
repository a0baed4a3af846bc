/* qr: QR codes (ISO/IEC 18004:2015, Model 2), byte mode, error correction
 * level M, written from the standard: the data bits (§7.4), split into
 * blocks with Reed-Solomon error correction over GF(256) and interleaved
 * (§7.5, §7.6), placed around the function patterns (§7.7), masked with the
 * pattern of lowest penalty (§7.8), then the format and version
 * information (§7.9, §7.10). */
#include "qr.h"

#include <stdlib.h>
#include <string.h>

/* Table 9, level M: error correction codewords per block and the number
 * of blocks, by version (index 0 unused). */
static const unsigned char qr_ecc_per_block[QR_VERSION_MAX + 1] = {
	0, 10, 16, 26, 18, 24, 16, 18, 22, 22, 26, 30, 22, 22, 24, 24, 28, 28, 26, 26,
	26, 26, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28,
};
static const unsigned char qr_blocks[QR_VERSION_MAX + 1] = {
	0, 1, 1, 1, 2, 2, 4, 4, 4, 5, 5, 5, 8, 9, 9, 10, 10, 11, 13, 14,
	16, 17, 17, 18, 20, 21, 23, 25, 26, 28, 29, 31, 33, 35, 37, 38, 40, 43, 45, 47, 49,
};

#define QR_DARK 1
#define QR_FUNC 2

/* qr_align_count: how many alignment pattern centres a side has (0 for
 * version 1). */
static int qr_align_count(int version)
{
	return version == 1 ? 0 : version / 7 + 2;
}

/* qr_align_positions: the row and column coordinates of the alignment
 * patterns' centres (Annex E): 6, then evenly spaced up to size - 7 by
 * an even step (26 for version 32, the one exception). Returns how many. */
static int qr_align_positions(int version, int pos[7])
{
	int n = qr_align_count(version), size = 17 + 4 * version, step;

	if (n == 0)
		return 0;
	if (version == 32) {
		step = 26;
	} else {
		step = (size - 13 + n - 2) / (n - 1);
		step += step & 1;
	}
	pos[0] = 6;
	for (int i = n - 1, p = size - 7; i >= 1; i--, p -= step)
		pos[i] = p;
	return n;
}

/* qr_raw_modules: the modules of a symbol left for data and error
 * correction once the function patterns and the format and version
 * information are placed. */
static int qr_raw_modules(int version)
{
	int size = 17 + 4 * version, n = qr_align_count(version);
	int raw = size * size - 3 * 64 - 31 - 2 * (size - 16);

	if (n)
		raw -= 25 * (n * n - 3) - 10 * (n - 2);
	if (version >= 7)
		raw -= 36;
	return raw;
}

/* qr_data_codewords: the data codewords a version holds at level M. */
static int qr_data_codewords(int version)
{
	return qr_raw_modules(version) / 8 - qr_ecc_per_block[version] * qr_blocks[version];
}

/* qr_count_bits: the width of byte mode's character count (Table 3). */
static int qr_count_bits(int version)
{
	return version <= 9 ? 8 : 16;
}

/* qr_capacity: how many bytes a version (1-40) holds at level M in byte
 * mode; 0 for a version that does not exist. */
size_t qr_capacity(int version)
{
	if (version < 1 || version > QR_VERSION_MAX)
		return 0;
	return (size_t)(qr_data_codewords(version) * 8 - 4 - qr_count_bits(version)) / 8;
}

/* qr_gf_mul: multiplication in GF(256) with the field's polynomial
 * x^8 + x^4 + x^3 + x^2 + 1 (0x11d). */
static unsigned qr_gf_mul(unsigned a, unsigned b)
{
	unsigned r = 0;

	while (b) {
		if (b & 1)
			r ^= a;
		a <<= 1;
		if (a & 0x100)
			a ^= 0x11d;
		b >>= 1;
	}
	return r;
}

/* qr_rs_generator: the generator polynomial of degree n (at most 30),
 * (x - a^0)(x - a^1)...(x - a^(n-1)), highest power first in g[0..n]. */
static void qr_rs_generator(int n, unsigned char g[31])
{
	unsigned root = 1;

	memset(g, 0, 31);
	g[0] = 1;
	for (int i = 0; i < n; i++) {
		/* multiply by (x + root): each coefficient gains root times itself
		 * and the one above it moves down a power */
		for (int j = i + 1; j >= 1; j--)
			g[j] = (unsigned char)(g[j] ^ qr_gf_mul(g[j - 1], root));
		root = qr_gf_mul(root, 2);
	}
}

/* qr_rs_remainder: the n error correction codewords of len data
 * codewords: the remainder of data * x^n divided by the generator g. */
static void qr_rs_remainder(const unsigned char *data, int len, const unsigned char g[31], int n,
			    unsigned char *ecc)
{
	memset(ecc, 0, (size_t)n);
	for (int i = 0; i < len; i++) {
		unsigned factor = data[i] ^ ecc[0];

		memmove(ecc, ecc + 1, (size_t)(n - 1));
		ecc[n - 1] = 0;
		for (int j = 0; j < n; j++)
			ecc[j] = (unsigned char)(ecc[j] ^ qr_gf_mul(g[j + 1], factor));
	}
}

/* qr_put_bits: append the low n bits of v, most significant first, to the
 * bit string in out at *at. */
static void qr_put_bits(unsigned char *out, int *at, unsigned v, int n)
{
	for (int i = n - 1; i >= 0; i--, (*at)++)
		if ((v >> i) & 1)
			out[*at >> 3] = (unsigned char)(out[*at >> 3] | (0x80 >> (*at & 7)));
}

/* qr_eci: whether data needs an ECI header saying it is UTF-8 (§7.4.2;
 * designator 26): only when a byte is not ASCII, since without one a
 * reader may take byte mode for another character set. */
static int qr_eci(const unsigned char *data, size_t len)
{
	for (size_t i = 0; i < len; i++)
		if (data[i] >= 0x80)
			return 1;
	return 0;
}

/* qr_fits: whether len bytes (with an ECI header when eci) fit version. */
static int qr_fits(int version, size_t len, int eci)
{
	return (size_t)(eci ? 12 : 0) + 4 + (size_t)qr_count_bits(version) + 8 * len <=
	       (size_t)qr_data_codewords(version) * 8;
}

/* qr_codewords: the final codeword sequence for data in version: the ECI
 * header if eci, mode, count, data, terminator, padding (§7.4.10), then
 * the blocks' data codewords interleaved and their error correction
 * codewords interleaved (§7.6). out has room for qr_raw_modules / 8
 * codewords. */
static void qr_codewords(int version, const unsigned char *data, size_t len, int eci,
			 unsigned char *out)
{
	unsigned char bits[3706] = { 0 };  /* version 40's 3706 codewords */
	unsigned char gen[31], ecc[30];
	int ndata = qr_data_codewords(version), at = 0;
	int nblocks = qr_blocks[version], necc = qr_ecc_per_block[version];
	int total = qr_raw_modules(version) / 8;
	int nshort = nblocks - total % nblocks, short_len = total / nblocks - necc;
	int k = 0;

	if (eci) {
		qr_put_bits(bits, &at, 7, 4);   /* ECI: 0111, then UTF-8 */
		qr_put_bits(bits, &at, 26, 8);
	}
	qr_put_bits(bits, &at, 4, 4);   /* byte mode: 0100 */
	qr_put_bits(bits, &at, (unsigned)len, qr_count_bits(version));
	for (size_t i = 0; i < len; i++)
		qr_put_bits(bits, &at, data[i], 8);
	at += ndata * 8 - at < 4 ? ndata * 8 - at : 4;   /* terminator */
	at = (at + 7) & ~7;
	for (int pad = 0xec; at < ndata * 8; pad ^= 0xec ^ 0x11)
		qr_put_bits(bits, &at, (unsigned)pad, 8);

	qr_rs_generator(necc, gen);
	for (int b = 0; b < nblocks; b++) {
		int blen = short_len + (b < nshort ? 0 : 1);

		/* data codeword j of block b: column j of the interleave, where the
		 * short blocks have no codeword in the last data column */
		for (int j = 0; j < blen; j++) {
			int col = j < short_len ? j * nblocks + b : short_len * nblocks + (b - nshort);

			out[col] = bits[k + j];
		}
		qr_rs_remainder(bits + k, blen, gen, necc, ecc);
		for (int j = 0; j < necc; j++)
			out[ndata + j * nblocks + b] = ecc[j];
		k += blen;
	}
}

/* qr_set: a function module at (x, y), dark or light. */
static void qr_set(struct qr *q, int x, int y, int dark)
{
	if (x >= 0 && y >= 0 && x < q->size && y < q->size)
		q->m[y * q->size + x] = (unsigned char)(QR_FUNC | (dark ? QR_DARK : 0));
}

/* qr_finder: a finder pattern with its separator, centred on (cx, cy). */
static void qr_finder(struct qr *q, int cx, int cy)
{
	for (int dy = -4; dy <= 4; dy++)
		for (int dx = -4; dx <= 4; dx++) {
			int d = abs(dx) > abs(dy) ? abs(dx) : abs(dy);

			qr_set(q, cx + dx, cy + dy, d != 2 && d != 4);
		}
}

/* qr_format: the 15 format bits for level M and mask: the 5 data bits
 * (M is 00, then the mask), 10 BCH bits (generator 0x537), XOR 0x5412. */
unsigned qr_format_bits(int mask)
{
	unsigned data = (unsigned)mask & 7, rem = data;

	for (int i = 0; i < 10; i++)
		rem = (rem << 1) ^ ((rem >> 9) * 0x537);
	return ((data << 10) | (rem & 0x3ff)) ^ 0x5412;
}

/* qr_version_bits: the 18 version bits for versions 7-40: the version,
 * then 12 BCH bits (generator 0x1f25). */
unsigned long qr_version_bits(int version)
{
	unsigned long rem = (unsigned long)version;

	for (int i = 0; i < 12; i++)
		rem = (rem << 1) ^ ((rem >> 11) * 0x1f25);
	return ((unsigned long)version << 12) | (rem & 0xfff);
}

/* qr_draw_format: both copies of the format information for mask, and
 * the dark module beside the lower left finder. */
static void qr_draw_format(struct qr *q, int mask)
{
	unsigned bits = qr_format_bits(mask);
	int s = q->size;

	for (int i = 0; i < 15; i++) {
		int b = (bits >> i) & 1;

		/* around the upper left finder: up column 8, then along row 8 */
		if (i < 6)
			qr_set(q, 8, i, b);
		else if (i < 8)
			qr_set(q, 8, i + 1, b);
		else if (i == 8)
			qr_set(q, 7, 8, b);
		else
			qr_set(q, 14 - i, 8, b);
		/* the copy: along row 8 at the right, then down column 8 */
		if (i < 8)
			qr_set(q, s - 1 - i, 8, b);
		else
			qr_set(q, 8, s - 15 + i, b);
	}
	qr_set(q, 8, s - 8, 1);
}

/* qr_draw_functions: the finder, separator, timing and alignment patterns,
 * the version information and room for the format information. */
static void qr_draw_functions(struct qr *q)
{
	int s = q->size, pos[7], n = qr_align_positions(q->version, pos);

	for (int i = 0; i < s; i++) {
		qr_set(q, 6, i, i % 2 == 0);
		qr_set(q, i, 6, i % 2 == 0);
	}
	qr_finder(q, 3, 3);
	qr_finder(q, s - 4, 3);
	qr_finder(q, 3, s - 4);
	for (int i = 0; i < n; i++)
		for (int j = 0; j < n; j++) {
			if ((i == 0 && j == 0) || (i == 0 && j == n - 1) || (i == n - 1 && j == 0))
				continue;   /* where the finders are */
			for (int dy = -2; dy <= 2; dy++)
				for (int dx = -2; dx <= 2; dx++)
					qr_set(q, pos[i] + dx, pos[j] + dy,
					       (abs(dx) > abs(dy) ? abs(dx) : abs(dy)) != 1);
		}
	if (q->version >= 7) {
		unsigned long bits = qr_version_bits(q->version);

		for (int i = 0; i < 18; i++) {
			int b = (int)((bits >> i) & 1), a = s - 11 + i % 3, c = i / 3;

			qr_set(q, a, c, b);
			qr_set(q, c, a, b);
		}
	}
	qr_draw_format(q, 0);
}

/* qr_place: the codewords' bits in the zigzag of two-module columns from
 * the lower right corner, up then down, skipping the vertical timing
 * pattern and every function module; modules left over stay light. */
static void qr_place(struct qr *q, const unsigned char *cw, int ncw)
{
	int s = q->size, bit = 0, up = 1;

	for (int right = s - 1; right >= 1; right -= 2, up = !up) {
		if (right == 6)
			right = 5;
		for (int v = 0; v < s; v++) {
			int y = up ? s - 1 - v : v;

			for (int j = 0; j < 2; j++) {
				unsigned char *m = &q->m[y * s + right - j];

				if (*m & QR_FUNC)
					continue;
				*m = 0;
				if (bit < ncw * 8 && ((cw[bit >> 3] >> (7 - (bit & 7))) & 1))
					*m = QR_DARK;
				bit++;
			}
		}
	}
}

/* qr_mask_bit: whether data mask pattern mask inverts the module in row i,
 * column j (Table 10). */
static int qr_mask_bit(int mask, int i, int j)
{
	switch (mask) {
	case 0: return (i + j) % 2 == 0;
	case 1: return i % 2 == 0;
	case 2: return j % 3 == 0;
	case 3: return (i + j) % 3 == 0;
	case 4: return (i / 2 + j / 3) % 2 == 0;
	case 5: return (i * j) % 2 + (i * j) % 3 == 0;
	case 6: return ((i * j) % 2 + (i * j) % 3) % 2 == 0;
	default: return ((i + j) % 2 + (i * j) % 3) % 2 == 0;
	}
}

/* qr_apply_mask: invert the data modules that mask selects (applying it
 * twice undoes it), and write the format information for it. */
static void qr_apply_mask(struct qr *q, int mask)
{
	for (int y = 0; y < q->size; y++)
		for (int x = 0; x < q->size; x++) {
			unsigned char *m = &q->m[y * q->size + x];

			if (!(*m & QR_FUNC) && qr_mask_bit(mask, y, x))
				*m ^= QR_DARK;
		}
	qr_draw_format(q, mask);
}

/* qr_dark: whether the module at column x, row y is dark; outside the
 * symbol (the quiet zone) every module is light. */
int qr_dark(const struct qr *q, int x, int y)
{
	if (x < 0 || y < 0 || x >= q->size || y >= q->size)
		return 0;
	return q->m[y * q->size + x] & QR_DARK;
}

/* qr_line: module i of line k, along rows (dir 0) or columns (dir 1). */
static int qr_line(const struct qr *q, int dir, int k, int i)
{
	return dir ? qr_dark(q, k, i) : qr_dark(q, i, k);
}

/* qr_penalty: the penalty score of the symbol as it is (§7.8.3): runs of
 * five or more modules of one colour in a line (3, plus 1 for each module
 * past five), 2x2 blocks of one colour (3 each), the finder-like pattern
 * 1:1:3:1:1 with four light modules before or after it in a line (40
 * each; the quiet zone counts as light), and 10 for every full 5% by
 * which the dark modules' share differs from half. */
long qr_penalty(const struct qr *q)
{
	static const unsigned char finder[11] = { 1, 0, 1, 1, 1, 0, 1, 0, 0, 0, 0 };
	int s = q->size;
	long score = 0, dark = 0;

	for (int dir = 0; dir < 2; dir++)
		for (int k = 0; k < s; k++) {
			int run = 1;

			for (int i = 1; i <= s; i++) {
				if (i < s && qr_line(q, dir, k, i) == qr_line(q, dir, k, i - 1)) {
					run++;
					continue;
				}
				if (run >= 5)
					score += 3 + (run - 5);
				run = 1;
			}
			for (int i = -4; i + 10 < s + 4; i++) {
				int fwd = 1, back = 1;

				for (int t = 0; t < 11 && (fwd || back); t++) {
					int m = qr_line(q, dir, k, i + t);

					fwd = fwd && m == finder[t];
					back = back && m == finder[10 - t];
				}
				score += 40 * (fwd + back);
			}
		}
	for (int y = 0; y < s; y++)
		for (int x = 0; x < s; x++) {
			int c = qr_dark(q, x, y);

			dark += c;
			if (x + 1 < s && y + 1 < s && c == qr_dark(q, x + 1, y) &&
			    c == qr_dark(q, x, y + 1) && c == qr_dark(q, x + 1, y + 1))
				score += 3;
		}
	score += 10 * (labs(dark * 20 - (long)s * s * 10) / ((long)s * s));
	return score;
}

/* qr_encode: the QR code of the len bytes of data (UTF-8 when not
 * ASCII) into q, in the smallest version that holds them, with data mask
 * mask (0-7), or with the one of lowest penalty when mask is -1. 0, or -1
 * when the data is too long for version 40 or mask is out of range. */
int qr_encode(struct qr *q, const unsigned char *data, size_t len, int mask)
{
	unsigned char cw[3706];
	int version = 1, eci = qr_eci(data, len);

	if (mask < -1 || mask > 7)
		return -1;
	while (version <= QR_VERSION_MAX && !qr_fits(version, len, eci))
		version++;
	if (version > QR_VERSION_MAX)
		return -1;
	q->version = version;
	q->size = 17 + 4 * version;
	memset(q->m, 0, (size_t)q->size * (size_t)q->size);
	qr_draw_functions(q);
	qr_codewords(version, data, len, eci, cw);
	qr_place(q, cw, qr_raw_modules(version) / 8);
	if (mask < 0) {
		long best = -1;

		for (int m = 0; m < 8; m++) {
			long score;

			qr_apply_mask(q, m);
			score = qr_penalty(q);
			if (best < 0 || score < best) {
				best = score;
				mask = m;
			}
			qr_apply_mask(q, m);
		}
	}
	qr_apply_mask(q, mask);
	q->mask = mask;
	return 0;
}

/* qr_svg_path: SVG path data that draws the dark modules as a stroke one
 * module wide (to go with stroke-width 1 and a viewBox of size + 2 *
 * QR_QUIET on each side): per row, a move to the row's first run, then a
 * relative move and a line for each run after it. */
void qr_svg_path(const struct qr *q, struct buf *out)
{
	for (int y = 0; y < q->size; y++) {
		int end = -1;

		for (int x = 0; x < q->size; x++) {
			int start = x;

			if (!qr_dark(q, x, y))
				continue;
			while (x < q->size && qr_dark(q, x, y))
				x++;
			if (end < 0)
				buf_printf(out, "M%d %d.5", start + QR_QUIET, y + QR_QUIET);
			else
				buf_printf(out, "m%d 0", start - end);
			buf_printf(out, "h%d", x - start);
			end = x;
		}
	}
}
