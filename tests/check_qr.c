/* Unit tests: the QR encoder (src/qr.c) against the standard's tables:
 * capacities at level M, the format and version information, the
 * function patterns, and a version that is too small. That a phone can
 * read the codes is qr_test.sh's job (zbarimg decodes them). */
#include <string.h>

#include "check_suites.h"
#include "qr.h"

/* Table 7: bytes held in byte mode at level M, versions 1-10, and 40. */
START_TEST(test_capacity)
{
	static const size_t want[] = { 0, 14, 26, 42, 62, 84, 106, 122, 152, 180, 213 };

	for (int v = 1; v <= 10; v++)
		ck_assert_msg(qr_capacity(v) == want[v], "version %d holds %zu bytes, want %zu", v,
			      qr_capacity(v), want[v]);
	ck_assert_uint_eq(qr_capacity(40), 2331);
	ck_assert_uint_eq(qr_capacity(0), 0);
	ck_assert_uint_eq(qr_capacity(41), 0);
}
END_TEST

/* Annex C: the format information of level M for each mask, and the
 * version information of versions 7, 8, 21 and 40 (Annex D). */
START_TEST(test_format_and_version)
{
	static const unsigned fmt[8] = { 0x5412, 0x5125, 0x5e7c, 0x5b4b, 0x45f9, 0x40ce, 0x4f97, 0x4aa0 };

	for (int m = 0; m < 8; m++)
		ck_assert_msg(qr_format_bits(m) == fmt[m], "mask %d: format %04x, want %04x", m,
			      qr_format_bits(m), fmt[m]);
	ck_assert_uint_eq(qr_version_bits(7), 0x07c94);
	ck_assert_uint_eq(qr_version_bits(8), 0x085bc);
	ck_assert_uint_eq(qr_version_bits(21), 0x15683);
	ck_assert_uint_eq(qr_version_bits(40), 0x28c69);
}
END_TEST

/* expect_finder: a finder pattern (dark ring, light ring, dark 3x3) with
 * its upper left corner at (x, y), and a light separator around it. */
static void expect_finder(const struct qr *q, int x, int y)
{
	for (int dy = -1; dy <= 7; dy++)
		for (int dx = -1; dx <= 7; dx++) {
			int cx = dx - 3, cy = dy - 3;
			int d = (cx < 0 ? -cx : cx) > (cy < 0 ? -cy : cy) ? (cx < 0 ? -cx : cx) : (cy < 0 ? -cy : cy);

			ck_assert_msg(qr_dark(q, x + dx, y + dy) == (d != 2 && d != 4),
				      "finder at %d,%d: module %d,%d", x, y, x + dx, y + dy);
		}
}

/* The smallest version that holds the data, the patterns where the
 * standard puts them, and the dark module; the chosen mask's format
 * information is in both places. */
START_TEST(test_symbol)
{
	static struct qr q;
	unsigned char data[2400];

	memset(data, 'a', sizeof(data));
	ck_assert_int_eq(qr_encode(&q, data, 14, -1), 0);
	ck_assert_int_eq(q.version, 1);
	ck_assert_int_eq(q.size, 21);
	ck_assert_int_eq(qr_encode(&q, data, 15, -1), 0);
	ck_assert_int_eq(q.version, 2);
	ck_assert_int_eq(qr_encode(&q, data, 100, -1), 0);   /* a page address */
	ck_assert_int_eq(q.version, 6);
	ck_assert_int_eq(qr_encode(&q, data, 120, 3), 0);
	ck_assert_int_eq(q.version, 7);
	ck_assert_int_eq(q.mask, 3);
	expect_finder(&q, 0, 0);
	expect_finder(&q, q.size - 7, 0);
	expect_finder(&q, 0, q.size - 7);
	ck_assert(qr_dark(&q, 8, q.size - 8));
	/* version 7's alignment patterns are centred on 6, 22 and 38 */
	ck_assert(qr_dark(&q, 22, 22) && !qr_dark(&q, 23, 22) && qr_dark(&q, 24, 22));
	ck_assert(qr_dark(&q, 38, 22) && !qr_dark(&q, 38, 21) && qr_dark(&q, 38, 20));
	/* timing patterns: alternating between the finders */
	for (int i = 8; i < q.size - 8; i++) {
		ck_assert_int_eq(qr_dark(&q, i, 6), i % 2 == 0);
		ck_assert_int_eq(qr_dark(&q, 6, i), i % 2 == 0);
	}
	/* the format bits along row 8 at the right: bits 0-7 */
	for (int i = 0; i < 8; i++)
		ck_assert_int_eq(qr_dark(&q, q.size - 1 - i, 8), (qr_format_bits(3) >> i) & 1);
	/* the version bits below the upper right finder */
	for (int i = 0; i < 18; i++)
		ck_assert_int_eq(qr_dark(&q, q.size - 11 + i % 3, i / 3), (int)((qr_version_bits(7) >> i) & 1));
	ck_assert_int_eq(qr_encode(&q, data, 2331, -1), 0);
	ck_assert_int_eq(q.version, 40);
	ck_assert_int_eq(qr_encode(&q, data, 2332, -1), -1);
	ck_assert_int_eq(qr_encode(&q, data, 10, 8), -1);
}
END_TEST

/* The automatic mask is the one of lowest penalty. */
START_TEST(test_mask_choice)
{
	static struct qr q;
	const char *url = "https://quanyi.example/a/keep-evidence-log";
	long best = -1;
	int chosen;

	ck_assert_int_eq(qr_encode(&q, (const unsigned char *)url, strlen(url), -1), 0);
	chosen = q.mask;
	for (int m = 0; m < 8; m++) {
		long score;

		ck_assert_int_eq(qr_encode(&q, (const unsigned char *)url, strlen(url), m), 0);
		score = qr_penalty(&q);
		if (best < 0 || score < best)
			best = score;
	}
	ck_assert_int_eq(qr_encode(&q, (const unsigned char *)url, strlen(url), chosen), 0);
	ck_assert_int_eq(qr_penalty(&q), best);
}
END_TEST

/* The SVG path: one move per row with dark modules, inside the quiet zone. */
START_TEST(test_svg_path)
{
	static struct qr q;
	struct buf b;

	buf_init(&b);
	ck_assert_int_eq(qr_encode(&q, (const unsigned char *)"x", 1, 0), 0);
	qr_svg_path(&q, &b);
	/* the top row starts with the upper left finder, 7 modules */
	ck_assert_msg(strncmp(b.data, "M4 4.5h7m", 9) == 0, "path starts %.20s", b.data);
	ck_assert_ptr_null(strpbrk(b.data, "<>\"&"));
	buf_free(&b);
}
END_TEST

Suite *suite_qr(void)
{
	Suite *s = suite_create("qr");
	TCase *tc = tcase_create("qr");

	tcase_add_test(tc, test_capacity);
	tcase_add_test(tc, test_format_and_version);
	tcase_add_test(tc, test_symbol);
	tcase_add_test(tc, test_mask_choice);
	tcase_add_test(tc, test_svg_path);
	suite_add_tcase(s, tc);
	return s;
}
