/* law_cite: read the law citations out of an article's source lines
 * ("《中华人民共和国民法典》第1159条、第1161条（2020年通过…）") and the
 * articles out of a law file's body ("### 第128条" sections). Text only:
 * no store, no pages. */
#ifndef QUANYI_LAW_CITE_H
#define QUANYI_LAW_CITE_H

#include <stddef.h>

#include "arena.h"
#include "buf.h"

enum { LAW_CITE_MAX = 64, LAW_NUM_MAX = 24 };

/* One cited article (num "" when the line names the law without one). */
struct law_cite {
	int line;               /* which source line, from 0 */
	const char *name;       /* the title as cited, 〈〉 read as 《》 */
	char num[LAW_NUM_MAX];  /* "128", "293之一" */
	const char *hint;       /* the whole line, for the version it names */
};

/* One article of a law file. */
struct law_text {
	char num[LAW_NUM_MAX];
	long ord;               /* for ordering: 293之一 after 293 */
	const char *text;       /* its paragraphs, one blank line apart */
};

int law_cite_parse(const char *sources, struct arena *a, struct law_cite *out, int max);
int law_cite_parse_text(const char *text, struct arena *a, struct law_cite *out, int max);
void law_cite_json(const struct law_cite *c, int n, struct buf *out);
char *law_cite_name_key(const char *name, size_t len, struct arena *a);
int law_text_parse(const char *body, struct arena *a, struct law_text **out, size_t *n,
		   struct buf *err);
long law_num_ord(const char *num);

#endif
