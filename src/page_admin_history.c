/* page_admin_history: what the history pages of articles and of
 * /admin/docs share, so that people can read them: times in China with
 * the editor's name, the changed lines only with a little context, the
 * words that changed inside a line marked, and the audit log's words. */
#include <string.h>

#include "date.h"
#include "diff.h"
#include "page.h"
#include "page_admin_history.h"

/* page_admin_history_who: an editor's name as people read it ("import"
 * is the text that came from the content/ files). */
const char *page_admin_history_who(const char *editor)
{
	return strcmp(editor, "import") == 0 ? "导入（content/ 文件）" : editor;
}

/* page_admin_history_when: a UTC time as the time in China into key of
 * d. */
void page_admin_history_when(struct tpl_dict *d, const char *key, const char *utc)
{
	char when[64];

	date_zh_time(utc, when, sizeof(when));
	tpl_set(d, key, when);
}

/* page_admin_history_seg: one run of a changed line: CH (changed, marked)
 * or EQ. */
static void page_admin_history_seg(void *ctx, enum diff_kind kind, const char *s, size_t len)
{
	tpl_setn(tpl_section(tpl_section(ctx, "SEG"), kind == DIFF_SAME ? "EQ" : "CH"), "TEXT", s,
		 len);
}

/* page_admin_history_line: one line of a comparison into a LINE section:
 * SAME, GAP (how many lines left out), or DEL/ADD with its runs (the
 * words changed from the line it replaced marked). */
static void page_admin_history_line(void *ctx, enum diff_kind kind, const char *line, size_t len,
				    const char *pair, size_t pair_len)
{
	struct tpl_dict *d = tpl_section(ctx, "LINE"), *l;

	if (kind == DIFF_GAP) {
		tpl_set_int(tpl_section(d, "GAP"), "N", (long)len);
		return;
	}
	l = tpl_section(d, kind == DIFF_ADD ? "ADD" : kind == DIFF_DEL ? "DEL" : "SAME");
	if (kind == DIFF_SAME) {
		tpl_setn(l, "TEXT", line, len);
		return;
	}
	if (!pair || (kind == DIFF_DEL ? diff_words(line, len, pair, pair_len, DIFF_DEL,
						   page_admin_history_seg, l)
				       : diff_words(pair, pair_len, line, len, DIFF_ADD,
						    page_admin_history_seg, l)) != 0)
		tpl_setn(tpl_section(tpl_section(l, "SEG"), "EQ"), "TEXT", line, len);
}

/* page_admin_history_diff: the comparison of a and b, in admin_diff.tpl
 * included as DIFF in c: the changed lines with two lines of context; TOO_LONG when
 * the texts are too long to compare, SAME_TEXT when nothing changed. */
void page_admin_history_diff(struct tpl_dict *c, const char *a, const char *b)
{
	struct tpl_dict *d = tpl_include(c, "DIFF", "admin_diff.tpl");

	if (strcmp(a, b) == 0)
		tpl_show(d, "SAME_TEXT");
	else if (diff_changes(a, b, 2, page_admin_history_line, d) != 0)
		tpl_show(d, "TOO_LONG");
}

/* page_admin_history_action: an audit log action in the words editors
 * use. */
const char *page_admin_history_action(const char *action)
{
	static const char *const words[][2] = {
		{ "save", "保存" }, { "restore", "恢复旧版本" }, { "publish", "回答并公开" },
		{ "answer", "回答（不公开）" }, { "reject", "拒绝" }, { "claim", "认领" },
		{ "value", "修改数值" },
	};

	for (size_t i = 0; i < sizeof(words) / sizeof(words[0]); i++)
		if (strcmp(words[i][0], action) == 0)
			return words[i][1];
	return action;
}

/* page_admin_history_restore: with saved, the message that revision rev
 * was restored as saved (NULL back); else the confirmation of restoring
 * rev (by editor, at created) over latest, returned for the caller's own
 * keys. */
struct tpl_dict *page_admin_history_restore(struct tpl_dict *d, long rev, long saved, long latest,
					    const char *editor, const char *created)
{
	struct tpl_dict *c;

	if (saved > 0) {
		c = tpl_section(d, "RESTORED");
		tpl_set_int(c, "REV", rev);
		tpl_set_int(c, "SAVED", saved);
		return NULL;
	}
	c = tpl_section(d, "CONFIRM");
	tpl_set_int(c, "N", rev);
	tpl_set(c, "EDITOR", page_admin_history_who(editor));
	page_admin_history_when(c, "CREATED", created);
	tpl_set_int(c, "LATEST", latest);
	tpl_set_int(c, "NEXT", latest + 1);
	tpl_show(c, rev == latest ? "IS_LATEST" : "CAN");
	return c;
}
