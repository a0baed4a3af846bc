/* fuzz_content: the content/ file parser (src/content.c), which also
 * reads what editors paste into /admin for topics, channels, glossary
 * terms and situations.
 *
 * Input: one byte choosing the kind of file (category, article, channel,
 * glossary term, situation), then the file's text.
 *
 * Properties: a file the parser accepts is written back by
 * content_format byte for byte (the parser is strict so that import and
 * export round-trip), its header values and body are valid UTF-8 text,
 * and a refused file gets a message naming the line (or the end of the
 * file), in valid UTF-8 when the file was (as everything from /admin is). */
#include <stdlib.h>
#include <string.h>

#include "content.h"
#include "fuzz_util.h"

/* LLVMFuzzerTestOneInput: parse, and check the round trip or the error. */
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const enum content_kind kinds[] = {
		CONTENT_CATEGORY, CONTENT_ARTICLE, CONTENT_CHANNEL, CONTENT_GLOSSARY, CONTENT_SITUATION
	};
	enum content_kind kind;
	struct content_doc doc;
	struct arena a;
	struct buf err, out;
	char *text;
	int rc;

	if (size < 1)
		return 0;
	kind = kinds[data[0] % 5];
	text = fuzz_util_strndup(data + 1, size - 1);
	arena_init(&a);
	buf_init(&err);
	buf_init(&out);
	rc = content_parse(kind, text, size - 1, &a, &doc, &err);
	if (rc == 0) {
		FUZZ_CHECK(err.len == 0, "no message for a good file");
		FUZZ_CHECK(doc.body && fuzz_util_text_err(doc.body, strlen(doc.body), 1, NULL) == FE_OK,
			   "the body is valid text");
		for (int i = 0; i < CONTENT_MAXKEYS; i++)
			if (doc.val[i])
				FUZZ_CHECK(*doc.val[i] &&
					   fuzz_util_text_err(doc.val[i], strlen(doc.val[i]), 1, NULL) == FE_OK,
					   "a header value is non-empty valid text");
		content_format(&doc, &out);
		FUZZ_CHECK(out.len == size - 1 && memcmp(out.data, text, out.len) == 0,
			   "an accepted file is written back byte for byte");
	} else {
		FUZZ_CHECK(rc == -1, "content_parse answers 0 or -1");
		FUZZ_CHECK(err.len > 0 && (strncmp(err.data, "line ", 5) == 0 ||
					   strncmp(err.data, "end of file", 11) == 0),
			   "a refused file gets a message naming the line");
		if (fuzz_util_utf8_ok(text, size - 1))
			FUZZ_CHECK(fuzz_util_utf8_ok(err.data, err.len),
				   "the message about a UTF-8 file is valid UTF-8");
	}
	buf_free(&err);
	buf_free(&out);
	arena_free(&a);
	free(text);
	return 0;
}
