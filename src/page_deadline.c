/* page_deadline: what /tools/court and /tools/complaint share: the
 * deadlines on the page, as a calendar file and as a text file. */
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "ics.h"
#include "page.h"
#include "store_value.h"
#include "store_wording.h"

/* page_deadline_nodate: what an item without a last day says instead:
 * the hearing rows ask for the hearing date, the others say the law
 * fixes no number of days. */
static const char *page_deadline_nodate(const struct wording *w, const struct deadline_item *it)
{
	if (wording_get(w, "hearing.missing") &&
	    (strcmp(it->row, "hearing") == 0 || strcmp(it->row, "arbitration-validity") == 0))
		return wording_text(w, "hearing.missing");
	return wording_text(w, "no-date");
}

/* page_deadline_fill: the deadlines of r into d: the warning for a year
 * without holidays (section UNCOVERED), then one section ITEM each with
 * its title, period, both last days (SAFE, and LEGAL when it moved),
 * whether it is past (PASSED, TODAY or LEFT with DAYS), and its texts. */
void page_deadline_fill(struct tpl_dict *d, const struct wording *w, const struct deadline_result *r)
{
	char zh[32], iso[11];

	if (r->uncovered_year) {
		char year[16];
		struct wording_var v = { "year", year };
		struct buf warn;

		snprintf(year, sizeof(year), "%d", r->uncovered_year);
		buf_init(&warn);
		wording_fill(w, "calendar.uncovered", &v, 1, &warn);
		tpl_set(tpl_section(d, "UNCOVERED"), "TEXT", warn.data);
		buf_free(&warn);
	}
	for (int i = 0; i < r->n; i++) {
		const struct deadline_item *it = &r->v[i];
		struct tpl_dict *s = tpl_section(d, "ITEM");

		tpl_set(s, "TITLE", it->title);
		tpl_set(s, "CITE", it->cite);
		tpl_set(s, "HOW", it->how);
		tpl_set(s, "MISSED", it->missed);
		if (it->period)
			tpl_set(tpl_section(s, "PERIOD"), "TEXT", it->period);
		if (!it->dated) {
			tpl_set(tpl_section(s, "NODATE"), "TEXT", page_deadline_nodate(w, it));
			continue;
		}
		date_zh(it->due.safe, zh, sizeof(zh));
		date_iso(it->due.safe, iso);
		tpl_set(s, "SAFE", zh);
		tpl_set(s, "SAFE_ISO", iso);
		tpl_show(s, "DATED");
		if (it->due.moved) {
			struct tpl_dict *m = tpl_section(s, "MOVED");

			date_zh(it->due.legal, zh, sizeof(zh));
			date_iso(it->due.legal, iso);
			tpl_set(m, "LEGAL", zh);
			tpl_set(m, "LEGAL_ISO", iso);
		}
		if (it->passed)
			tpl_show(s, "PASSED");
		else if (it->days_left == 0)
			tpl_show(s, "TODAY");
		else
			tpl_set_int(tpl_section(s, "LEFT"), "DAYS", it->days_left);
	}
}

/* page_deadline_ics: answer with the dated deadlines of r as a calendar
 * file: each on its plain last day (the safest), the moved day in its
 * description, an alarm the day before. uid names the paper or channel
 * and the date it counts from, so that importing twice updates. */
void page_deadline_ics(struct page *p, const struct wording *w, const struct deadline_result *r,
		       const char *uid, const char *ascii, const char *utf8)
{
	struct ics_event ev[DEADLINE_MAX];
	struct buf text[DEADLINE_MAX][4], cal;
	char stamp[32];
	time_t now = time(NULL);
	struct tm tm;
	size_t n = 0;

	gmtime_r(&now, &tm);
	strftime(stamp, sizeof(stamp), "%Y%m%dT%H%M%SZ", &tm);
	for (int i = 0; i < r->n; i++) {
		const struct deadline_item *it = &r->v[i];
		struct wording_var v[] = { { "title", it->title }, { "legal", NULL } };
		char legal[32];

		if (!it->dated)
			continue;
		for (int k = 0; k < 4; k++)
			buf_init(&text[n][k]);
		buf_printf(&text[n][0], "%s-%s@quanyi", uid, it->row);
		wording_fill(w, "ics.summary", v, 1, &text[n][1]);
		wording_fill(w, "ics.alarm", v, 1, &text[n][2]);
		if (it->due.moved) {
			date_zh(it->due.legal, legal, sizeof(legal));
			v[1].value = legal;
			wording_fill(w, "ics.moved", &v[1], 1, &text[n][3]);
			buf_putc(&text[n][3], '\n');
		}
		buf_printf(&text[n][3], "%s\n%s\n%s", it->how, it->cite, it->missed);
		ev[n].day = it->due.safe;
		ev[n].uid = text[n][0].data;
		ev[n].summary = text[n][1].data;
		ev[n].alarm = text[n][2].data;
		ev[n].description = text[n][3].data;
		n++;
	}
	buf_init(&cal);
	ics_calendar(ev, n, stamp, &cal);
	page_download(p, "text/calendar; charset=utf-8", ascii, utf8, cal.data, cal.len);
	buf_free(&cal);
	for (size_t i = 0; i < n; i++)
		for (int k = 0; k < 4; k++)
			buf_free(&text[i][k]);
}

/* page_deadline_text: the deadlines of r as plain text into out, after
 * head: each with its last days and texts, then the notes (entries of w
 * named in notes, NULL-ended) and the wording's closing line. */
void page_deadline_text(const struct wording *w, const struct deadline_result *r, const char *head,
			const char *const *notes, struct buf *out)
{
	char zh[32];

	buf_printf(out, "%s\n\n", head);
	for (int i = 0; i < r->n; i++) {
		const struct deadline_item *it = &r->v[i];

		buf_printf(out, "%d. %s", i + 1, it->title);
		if (it->period)
			buf_printf(out, "（%s）", it->period);
		buf_putc(out, '\n');
		if (it->dated) {
			struct wording_var v[] = { { "date", zh }, { "legal", zh } };

			date_zh(it->due.safe, zh, sizeof(zh));
			buf_puts(out, "   ");
			wording_fill(w, "txt.safe", v, 1, out);
			if (it->due.moved) {
				date_zh(it->due.legal, zh, sizeof(zh));
				buf_putc(out, ' ');
				wording_fill(w, "ics.moved", &v[1], 1, out);
			}
			buf_putc(out, '\n');
		} else {
			buf_printf(out, "   %s\n", page_deadline_nodate(w, it));
		}
		buf_printf(out, "   %s\n   依据：%s\n   %s\n\n", it->how, it->cite, it->missed);
	}
	for (; notes && *notes; notes++)
		buf_printf(out, "%s\n", wording_text(w, *notes));
	if (r->uncovered_year) {
		char year[16];
		struct wording_var v = { "year", year };

		snprintf(year, sizeof(year), "%d", r->uncovered_year);
		wording_fill(w, "calendar.uncovered", &v, 1, out);
		buf_putc(out, '\n');
	}
	buf_printf(out, "\n%s\n", wording_text(w, "txt.foot"));
}

/* page_deadline_load: the wording slug, which must have every entry of
 * needs (n of them), into *w, and the holiday calendar into *cal. 0, or
 * -1 after answering 503 (the tool cannot count without them). */
int page_deadline_load(struct page *p, const char *slug, const struct wording_need *needs, size_t n,
		       struct wording *w, struct date_calendar *cal)
{
	if (store_wording_get(p->site->store, &p->req->arena, slug, w) < 0 ||
	    !wording_complete(w, needs, n) ||
	    store_value_calendar(p->site->store, &p->req->arena, cal) < 0) {
		page_error(p, 503, "计算所需的内容暂时无法读取，请稍后再试。");
		return -1;
	}
	return 0;
}

/* page_deadline_file: answer with the deadlines of r as a calendar (ics)
 * or a text file (head, the deadlines, notes, then tail), named for the
 * tool, the paper or channel (slug) and the day they count from: ASCII
 * "<tool>-<slug>-<day>", and "<title>-<day>" for browsers that read
 * RFC 5987 names. */
void page_deadline_file(struct page *p, const struct wording *w, const struct deadline_result *r,
			const char *tool, const char *slug, const char *title, struct date from,
			const char *head, const char *const *notes, const char *tail, int ics)
{
	const char *ext = ics ? "ics" : "txt";
	char iso[11], ascii[112], uid[96];
	struct buf name, text;

	date_iso(from, iso);
	snprintf(uid, sizeof(uid), "%s-%s-%s", tool, slug, iso);
	snprintf(ascii, sizeof(ascii), "%s.%s", uid, ext);
	buf_init(&name);
	buf_printf(&name, "%s-%s.%s", title, iso, ext);
	if (ics) {
		page_deadline_ics(p, w, r, uid, ascii, name.data);
	} else {
		buf_init(&text);
		page_deadline_text(w, r, head, notes, &text);
		if (tail && *tail)
			buf_printf(&text, "\n%s\n", tail);
		page_download_text(p, ascii, name.data, text.data);
		buf_free(&text);
	}
	buf_free(&name);
}
