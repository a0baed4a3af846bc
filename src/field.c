/* field: the table of input fields and the validators behind it. */
#include "field.h"

#include <limits.h>
#include <stdio.h>
#include <string.h>

#include "date.h"

static const char *const field_yes[] = { "yes", NULL };
static const char *const field_yes_no[] = { "yes", "no", NULL };
static const char *const field_status[] = { "published", "draft", NULL };
static const char *const field_action[] = { "preview", "save", "claim", NULL };
static const char *const field_decision[] = { "publish", "private", "reject", NULL };
static const char *const field_one[] = { "1", NULL };
static const char *const field_letter_types[] = {
	"negotiate", "stop-contact", "credit-dispute", "complaint", NULL
};
static const char *const field_letter_tos[] = { "lender", "collector", "bureau", NULL };
static const char *const field_plan_as[] = { "print", "txt", "ics", NULL };
static const char *const field_formats[] = { "html", "txt", "ics", NULL };
static const char *const field_papers[] = {
	"complaint", "summons", "payment-order", "judgment", "ruling", "arbitration", "award",
	"enforcement", "frozen", "objection-ruling", NULL
};
static const char *const field_channels[] = {
	"bank", "lender", "12378", "credit-dispute", "pboc", "12315", "12345", "other", NULL
};

/* The fields. Handlers reach a value only through this table, after it
 * has passed its validator. */
static const struct field_def field_table[F__MAX] = {
	[F_Q] = { "q", "搜索词", FK_LINE, 0, 100, NULL },
	[F_PAGE] = { "page", "页码", FK_INT, 1, 1000, NULL },
	[F_CSRF] = { "csrf", "表单校验码", FK_LINE, 0, 64, NULL },
	[F_TOPIC] = { "topic", "问题类别", FK_SLUG, 1, 64, NULL },
	[F_TITLE] = { "title", "标题", FK_LINE, 4, 60, NULL },
	[F_BODY] = { "body", "问题描述", FK_TEXT, 10, 3000, NULL },
	[F_CONSENT] = { "consent", "同意公开", FK_ENUM, 0, 0, field_yes },
	[F_URGENT] = { "urgent", "显示安全提示", FK_ENUM, 0, 0, field_yes },
	[F_WEBSITE] = { "website", "网址", FK_LINE, 0, 200, NULL },
	[F_HELPFUL] = { "helpful", "是否有帮助", FK_ENUM, 0, 0, field_yes_no },
	[F_VOTED] = { "voted", "投票结果", FK_ENUM, 0, 0, field_yes_no },
	[F_SLUG] = { "slug", "地址", FK_SLUG, 1, 64, NULL },
	[F_CATEGORY] = { "category", "话题", FK_SLUG, 1, 64, NULL },
	[F_SUMMARY] = { "summary", "简短回答", FK_LINE, 10, 300, NULL },
	[F_KEYWORDS] = { "keywords", "关键词", FK_LINE, 0, 300, NULL },
	[F_STATUS] = { "status", "状态", FK_ENUM, 0, 0, field_status },
	[F_REVIEWED] = { "reviewed", "核实日期", FK_DATE, 0, 0, NULL },
	[F_SOURCES] = { "sources", "法律依据", FK_TEXT, 1, 5000, NULL },
	[F_MD] = { "md", "正文", FK_TEXT, 1, 60000, NULL },
	[F_BASE] = { "base", "起始版本", FK_INT, 0, 1000000, NULL },
	[F_ACTION] = { "action", "操作", FK_ENUM, 0, 0, field_action },
	[F_REV] = { "rev", "版本", FK_INT, 1, 1000000, NULL },
	[F_RA] = { "ra", "旧版本", FK_INT, 1, 1000000, NULL },
	[F_RB] = { "rb", "新版本", FK_INT, 1, 1000000, NULL },
	[F_SAVED] = { "saved", "已保存版本", FK_INT, 0, 1000000, NULL },
	[F_ANSWER] = { "answer", "回答", FK_TEXT, 0, 20000, NULL },
	[F_DECISION] = { "decision", "处理方式", FK_ENUM, 0, 0, field_decision },
	[F_REASON] = { "reason", "不回答的原因", FK_LINE, 0, 300, NULL },
	[F_DOC] = { "doc", "文件内容", FK_TEXT, 1, 60000, NULL },
	[F_KIND] = { "kind", "内容种类", FK_SLUG, 1, 32, NULL },
	[F_AGE] = { "age", "核实期限（天）", FK_INT, 1, 3650, NULL },
	[F_TL_DUE] = { "due", "最后一期到期日", FK_DATE, 0, 0, NULL },
	[F_TL_DEMAND] = { "demand", "最后一次催收到达的日期", FK_DATE, 0, 0, NULL },
	[F_TL_PART] = { "part", "最后一次部分还款的日期", FK_DATE, 0, 0, NULL },
	[F_TL_PLAN] = { "plan", "达成还款计划的日期", FK_DATE, 0, 0, NULL },
	[F_TL_REPAID] = { "repaid", "全部还清的日期", FK_DATE, 0, 0, NULL },
	[F_LT_TYPE] = { "type", "文书类型", FK_ENUM, 0, 0, field_letter_types },
	[F_LT_TO] = { "to", "寄给谁", FK_ENUM, 0, 0, field_letter_tos },
	[F_LT_LENDER] = { "lender", "贷款机构（平台）", FK_LINE, 1, 60, NULL },
	[F_LT_PRODUCT] = { "product", "借款产品", FK_LINE, 0, 40, NULL },
	[F_LT_COLLECTOR] = { "collector", "催收机构名称", FK_LINE, 0, 60, NULL },
	[F_LT_ACCOUNT] = { "account", "借款合同号或账户尾号", FK_LINE, 0, 40, NULL },
	[F_LT_AMOUNT] = { "amount", "欠款金额", FK_LINE, 0, 16, NULL },
	[F_LT_MONTHLY] = { "monthly", "每月能还的金额", FK_LINE, 0, 16, NULL },
	[F_LT_SINCE] = { "since", "开始逾期的日期", FK_DATE, 0, 0, NULL },
	[F_LT_LAST] = { "last", "最近一次发生问题的日期", FK_DATE, 0, 0, NULL },
	[F_LT_PAIDOFF] = { "paidoff", "全部还清的日期", FK_DATE, 0, 0, NULL },
	[F_LT_NAME] = { "sender", "你的姓名", FK_LINE, 0, 20, NULL },
	[F_LT_FACTS] = { "facts", "事情经过", FK_TEXT, 0, 2000, NULL },
	[F_FORMAT] = { "format", "输出格式", FK_ENUM, 0, 0, field_formats },
	[F_LB_NIGHT] = { "b_night", "夜间催收", FK_ENUM, 0, 0, field_one },
	[F_LB_FREQUENT] = { "b_frequent", "一天反复拨打", FK_ENUM, 0, 0, field_one },
	[F_LB_THIRD] = { "b_third", "联系家人、同事或紧急联系人", FK_ENUM, 0, 0, field_one },
	[F_LB_DISCLOSE] = { "b_disclose", "透露欠款或爆通讯录", FK_ENUM, 0, 0, field_one },
	[F_LB_EMPLOYER] = { "b_employer", "联系工作单位", FK_ENUM, 0, 0, field_one },
	[F_LB_THREAT] = { "b_threat", "威胁暴力或上门", FK_ENUM, 0, 0, field_one },
	[F_LB_IMPERSONATE] = { "b_impersonate", "冒充法院、公安或律师", FK_ENUM, 0, 0, field_one },
	[F_LB_MISLEAD] = { "b_mislead", "夸大后果或虚构事实", FK_ENUM, 0, 0, field_one },
	[F_LB_INSULT] = { "b_insult", "辱骂或恐吓信息", FK_ENUM, 0, 0, field_one },
	[F_LB_FEES] = { "b_fees", "未说明的费用", FK_ENUM, 0, 0, field_one },
	[F_LD_WRONG] = { "d_wrong", "金额、日期或状态不对", FK_ENUM, 0, 0, field_one },
	[F_LD_PAID] = { "d_paid", "还清后未更新", FK_ENUM, 0, 0, field_one },
	[F_LD_NOTICE] = { "d_notice", "报送前未告知", FK_ENUM, 0, 0, field_one },
	[F_LD_EXPIRED] = { "d_expired", "超过5年未删除", FK_ENUM, 0, 0, field_one },
	[F_LD_NOT_MINE] = { "d_notmine", "不是本人的借款", FK_ENUM, 0, 0, field_one },
	[F_PA_1] = { "a1", "回答", FK_LINE, 0, 300, NULL },
	[F_PA_2] = { "a2", "回答", FK_LINE, 0, 300, NULL },
	[F_PA_3] = { "a3", "回答", FK_LINE, 0, 300, NULL },
	[F_PA_4] = { "a4", "回答", FK_LINE, 0, 300, NULL },
	[F_PA_5] = { "a5", "回答", FK_LINE, 0, 300, NULL },
	[F_PA_6] = { "a6", "回答", FK_LINE, 0, 300, NULL },
	[F_PA_7] = { "a7", "回答", FK_LINE, 0, 300, NULL },
	[F_PA_8] = { "a8", "回答", FK_LINE, 0, 300, NULL },
	[F_PA_9] = { "a9", "回答", FK_LINE, 0, 300, NULL },
	[F_PA_10] = { "a10", "回答", FK_LINE, 0, 300, NULL },
	[F_PA_11] = { "a11", "回答", FK_LINE, 0, 300, NULL },
	[F_PA_12] = { "a12", "回答", FK_LINE, 0, 300, NULL },
	[F_PA_13] = { "a13", "回答", FK_LINE, 0, 300, NULL },
	[F_PA_14] = { "a14", "回答", FK_LINE, 0, 300, NULL },
	[F_PA_15] = { "a15", "回答", FK_LINE, 0, 300, NULL },
	[F_PA_16] = { "a16", "回答", FK_LINE, 0, 300, NULL },
	[F_PLAN_AT] = { "at", "第几个问题", FK_INT, 1, 17, NULL },
	[F_PLAN_AS] = { "as", "输出格式", FK_ENUM, 0, 0, field_plan_as },
	[F_PLAN_CODE] = { "code", "方案代码", FK_LINE, 1, 40, NULL },
	[F_PLAN_DELETE] = { "delete", "确认删除", FK_ENUM, 0, 0, field_yes },
	[F_CT_PAPER] = { "paper", "收到的文书", FK_ENUM, 0, 0, field_papers },
	[F_CT_RECEIVED] = { "received", "收到文书的日期", FK_DATE, 0, 0, NULL },
	[F_CT_HEARING] = { "hearing", "开庭日期", FK_DATE, 0, 0, NULL },
	[F_CT_SUIT] = { "suit", "收到起诉状的日期", FK_DATE, 0, 0, NULL },
	[F_CP_CHANNEL] = { "channel", "投诉渠道", FK_ENUM, 0, 0, field_channels },
	[F_CP_FILED] = { "filed", "对方收到投诉的日期", FK_DATE, 0, 0, NULL },
	[F_CP_TICKET] = { "ticket", "投诉工单号", FK_LINE, 0, 40, NULL },
};

/* field_def: the definition of field id. */
const struct field_def *field_def(enum field_id id)
{
	return &field_table[id];
}

/* field_lookup: the id of the field called name (len bytes), or -1. */
int field_lookup(const char *name, size_t len)
{
	for (int i = 0; i < F__MAX; i++) {
		const char *n = field_table[i].name;
		if (strlen(n) == len && memcmp(n, name, len) == 0)
			return i;
	}
	return -1;
}

/* field_utf8_repair: s (len bytes) as valid text for showing back in a
 * form: each ill-formed byte or forbidden character becomes U+FFFD. */
void field_utf8_repair(const char *s, size_t len, int multiline, struct buf *out)
{
	size_t i = 0;

	while (i < len) {
		size_t n = 1;
		unsigned char c = (unsigned char)s[i];

		if (c >= 0xc2 && c <= 0xdf)
			n = 2;
		else if (c >= 0xe0 && c <= 0xef)
			n = 3;
		else if (c >= 0xf0 && c <= 0xf4)
			n = 4;
		if (n > len - i || field_utf8_check(s + i, n, multiline, NULL) != FE_OK) {
			buf_puts(out, "\xef\xbf\xbd");
			i++;
			continue;
		}
		buf_append(out, s + i, n);
		i += n;
	}
}

/* field_is_forbidden_cp: code points never accepted in text: C0 and C1
 * controls, DEL, bidirectional overrides and isolates (used to disguise
 * text), and the non-characters U+FFFE and U+FFFF. */
static int field_is_forbidden_cp(unsigned long cp, int multiline)
{
	if (cp < 0x20)
		return !(multiline && (cp == '\n' || cp == '\r' || cp == '\t'));
	if (cp >= 0x7f && cp <= 0x9f)
		return 1;
	if ((cp >= 0x202a && cp <= 0x202e) || (cp >= 0x2066 && cp <= 0x2069))
		return 1;
	return cp == 0xfffe || cp == 0xffff;
}

/* field_utf8_check: check that s is well-formed UTF-8 (no overlong forms,
 * no surrogates, nothing past U+10FFFF) without forbidden controls, and
 * count its characters into *chars. */
enum field_err field_utf8_check(const char *s, size_t len, int multiline,
				size_t *chars)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t i = 0, n = 0;

	while (i < len) {
		unsigned long cp;
		int extra;
		unsigned char c = p[i];

		if (c < 0x80) {
			cp = c;
			extra = 0;
		} else if (c >= 0xc2 && c <= 0xdf) {
			cp = c & 0x1f;
			extra = 1;
		} else if (c >= 0xe0 && c <= 0xef) {
			cp = c & 0x0f;
			extra = 2;
		} else if (c >= 0xf0 && c <= 0xf4) {
			cp = c & 0x07;
			extra = 3;
		} else {
			return FE_UTF8;
		}
		if (len - i <= (size_t)extra && extra > 0)
			return FE_UTF8;
		for (int k = 1; k <= extra; k++) {
			if ((p[i + k] & 0xc0) != 0x80)
				return FE_UTF8;
			cp = (cp << 6) | (p[i + k] & 0x3f);
		}
		if ((extra == 2 && cp < 0x800) || (extra == 3 && cp < 0x10000) ||
		    cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff))
			return FE_UTF8;
		if (field_is_forbidden_cp(cp, multiline))
			return FE_CONTROL;
		i += (size_t)extra + 1;
		n++;
	}
	if (chars)
		*chars = n;
	return FE_OK;
}

/* field_slug_ok: 1 if s is 1-64 bytes of [a-z0-9-], not starting or
 * ending with '-'. */
int field_slug_ok(const char *s, size_t len)
{
	if (len == 0 || len > 64 || s[0] == '-' || s[len - 1] == '-')
		return 0;
	for (size_t i = 0; i < len; i++) {
		char c = s[i];
		if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'))
			return 0;
	}
	return 1;
}

/* field_date_ok: 1 if s is YYYY-MM-DD naming a real date between the
 * years 1900 and 2199. */
int field_date_ok(const char *s, size_t len)
{
	return date_ok(s, len, 1900, 2199);
}

/* A piece of an amount as typed: a number in Arabic digits (value in
 * fen, with how many digits it had and whether it had a point), a Chinese
 * digit, 零, or a unit (十 百 千 万). */
enum field_amount_tok { FAT_NUM, FAT_DIGIT, FAT_ZERO, FAT_UNIT };

struct field_amount_piece {
	enum field_amount_tok tok;
	long long fen;     /* FAT_NUM, FAT_DIGIT: the value in fen */
	int single;        /* one digit, no point: "2万5" means 2万5千 */
	int decimals;      /* FAT_NUM: digits after the point */
	long long unit;    /* FAT_UNIT: 10, 100, 1000, 10000 */
};

/* The Chinese digits and units readers type (including the forms used on
 * banknotes and cheques), as UTF-8. */
static const struct { const char *s; int digit; long long unit; } field_amount_words[] = {
	{ "零", 0, 0 }, { "〇", 0, 0 }, { "一", 1, 0 }, { "壹", 1, 0 }, { "二", 2, 0 },
	{ "两", 2, 0 }, { "贰", 2, 0 }, { "三", 3, 0 }, { "叁", 3, 0 }, { "四", 4, 0 },
	{ "肆", 4, 0 }, { "五", 5, 0 }, { "伍", 5, 0 }, { "六", 6, 0 }, { "陆", 6, 0 },
	{ "七", 7, 0 }, { "柒", 7, 0 }, { "八", 8, 0 }, { "捌", 8, 0 }, { "九", 9, 0 },
	{ "玖", 9, 0 }, { "十", -1, 10 }, { "拾", -1, 10 }, { "百", -1, 100 }, { "佰", -1, 100 },
	{ "千", -1, 1000 }, { "仟", -1, 1000 }, { "万", -1, 10000 }, { "萬", -1, 10000 },
};

enum { FIELD_AMOUNT_PIECES = 24 };
#define FIELD_AMOUNT_MAX_FEN 100000000000000LL   /* 1,000,000,000,000 yuan */

/* field_amount_arabic: the Arabic number at s (digits, optionally grouped
 * by commas in threes, optionally a point and up to four digits) into *pc,
 * its value in 1/10000 yuan; its length in bytes, or 0 when it is not
 * one. Full-width digits and separators were made ASCII before. */
static size_t field_amount_arabic(const char *s, struct field_amount_piece *pc)
{
	size_t i = 0, digits = 0, group = 0;
	int commas = 0;
	long long v = 0;

	memset(pc, 0, sizeof(*pc));
	pc->tok = FAT_NUM;
	while ((s[i] >= '0' && s[i] <= '9') || s[i] == ',') {
		if (s[i] == ',') {
			if (digits == 0 || (commas ? group != 3 : group > 3) ||
			    !(s[i + 1] >= '0' && s[i + 1] <= '9'))
				return 0;
			commas = 1;
			group = 0;
		} else {
			if (digits >= 13)
				return 0;
			v = v * 10 + (s[i] - '0');
			digits++;
			group++;
		}
		i++;
	}
	if (digits == 0 || (commas && group != 3))
		return 0;
	pc->single = digits == 1;
	v *= 10000;
	if (s[i] == '.') {
		long long frac = 0, scale = 1000;

		for (i++; s[i] >= '0' && s[i] <= '9'; i++) {
			if (pc->decimals == 4)
				return 0;
			frac += (s[i] - '0') * scale;
			scale /= 10;
			pc->decimals++;
		}
		if (pc->decimals == 0)
			return 0;
		v += frac;
		pc->single = 0;
	}
	pc->fen = v;
	return i;
}

/* field_amount_pieces: s cut into pieces (see above): spaces, a leading
 * ¥ or ￥ and a trailing 元, 块 or 块钱 dropped, full-width digits, comma
 * and point read as ASCII. Values are in 1/10000 yuan. The count, or -1
 * when s has anything else. */
static int field_amount_pieces(const char *s, struct field_amount_piece *out)
{
	char ascii[96];
	size_t o = 0, len = strlen(s);
	int n = 0;
	const char *end = s + len;

	/* the currency words at either end */
	while (end > s && end[-1] == ' ')
		end--;
	if (end - s >= 6 && memcmp(end - 6, "块钱", 6) == 0)
		end -= 6;
	else if (end - s >= 3 && (memcmp(end - 3, "元", 3) == 0 || memcmp(end - 3, "块", 3) == 0))
		end -= 3;
	while (s < end && *s == ' ')
		s++;
	if (end - s >= 2 && memcmp(s, "\xc2\xa5", 2) == 0)           /* ¥ */
		s += 2;
	else if (end - s >= 3 && memcmp(s, "\xef\xbf\xa5", 3) == 0)  /* ￥ */
		s += 3;
	/* full-width digits, comma and point as ASCII; spaces dropped */
	while (s < end) {
		const unsigned char *u = (const unsigned char *)s;

		if (o + 4 >= sizeof(ascii))
			return -1;
		if (*s == ' ') {
			s++;
		} else if (end - s >= 3 && u[0] == 0xe3 && u[1] == 0x80 && u[2] == 0x80) {
			s += 3;                                     /* U+3000 */
		} else if (end - s >= 3 && u[0] == 0xef && u[1] == 0xbc && u[2] >= 0x90 && u[2] <= 0x99) {
			ascii[o++] = (char)('0' + (u[2] - 0x90));   /* ０-９ */
			s += 3;
		} else if (end - s >= 3 && u[0] == 0xef && u[1] == 0xbc && u[2] == 0x8c) {
			ascii[o++] = ',';                           /* ， */
			s += 3;
		} else if (end - s >= 3 && u[0] == 0xef && u[1] == 0xbc && u[2] == 0x8e) {
			ascii[o++] = '.';                           /* ． */
			s += 3;
		} else {
			size_t k = *u < 0x80 ? 1 : *u >= 0xf0 ? 4 : *u >= 0xe0 ? 3 : 2;

			if ((size_t)(end - s) < k)
				return -1;
			memcpy(ascii + o, s, k);
			o += k;
			s += k;
		}
	}
	ascii[o] = '\0';
	for (const char *p = ascii; *p;) {
		struct field_amount_piece *pc;
		size_t k;
		int found = 0;

		if (n >= FIELD_AMOUNT_PIECES)
			return -1;
		pc = &out[n];
		if (*p >= '0' && *p <= '9') {
			if (!(k = field_amount_arabic(p, pc)))
				return -1;
			p += k;
			n++;
			continue;
		}
		for (size_t i = 0; i < sizeof(field_amount_words) / sizeof(field_amount_words[0]); i++) {
			size_t wl = strlen(field_amount_words[i].s);

			if (strncmp(p, field_amount_words[i].s, wl) != 0)
				continue;
			memset(pc, 0, sizeof(*pc));
			if (field_amount_words[i].unit) {
				pc->tok = FAT_UNIT;
				pc->unit = field_amount_words[i].unit;
			} else if (field_amount_words[i].digit == 0) {
				pc->tok = FAT_ZERO;
			} else {
				pc->tok = FAT_DIGIT;
				pc->fen = (long long)field_amount_words[i].digit * 10000;
				pc->single = 1;
			}
			p += wl;
			found = 1;
			break;
		}
		if (!found)
			return -1;
		n++;
	}
	return n;
}

/* field_amount_parse: an amount of yuan as people type it, into *fen
 * (hundredths of a yuan): "5000", "5000.50", "20,000", "2,000.50", "2万",
 * "1.5万", "2万5" (25000), "两万", "两万五千", "三千五" (3500), "一万零五百",
 * "２００００", "¥20000", "20000元", "2万块". More than 0 and less than a
 * million million yuan, in whole fen. 1 when understood, else 0. */
int field_amount_parse(const char *s, long long *fen)
{
	struct field_amount_piece pc[FIELD_AMOUNT_PIECES];
	long long total = 0, section = 0, pend = 0, last_unit = 0, smallest = 0, part;
	int n, has_pend = 0, pend_single = 0, zero = 0, wan = 0, decimals = 0;

	if (!s || (n = field_amount_pieces(s, pc)) <= 0)
		return 0;
	for (int i = 0; i < n; i++) {
		long long u = pc[i].unit;

		switch (pc[i].tok) {
		case FAT_NUM:
		case FAT_DIGIT:
			if (has_pend)
				return 0;   /* two numbers in a row: "2 5", "5一" */
			pend = pc[i].fen;
			pend_single = pc[i].single && !zero;
			decimals = pc[i].decimals;
			has_pend = 1;
			break;
		case FAT_ZERO:
			if (has_pend)
				return 0;   /* "二零二六": digits without units */
			zero = 1;
			break;
		case FAT_UNIT:
			if (u == 10000) {
				if (wan || (!has_pend && !section))
					return 0;   /* "万", "2万2万" */
				if (__builtin_add_overflow(section, has_pend ? pend : 0, &part) ||
				    __builtin_mul_overflow(part, 10000LL, &total))
					return 0;
				section = 0;
				smallest = 0;
				wan = 1;
			} else {
				if (!has_pend) {
					if (u != 10 || section)
						return 0;   /* "百", "三千十" */
					pend = 10000;   /* 十 alone: ten */
				}
				if (smallest && u >= smallest)
					return 0;   /* units out of order: "十百" */
				if (__builtin_mul_overflow(pend, u, &part) ||
				    __builtin_add_overflow(section, part, &section))
					return 0;
				smallest = u;
			}
			last_unit = u;
			has_pend = pend_single = zero = decimals = 0;
			break;
		}
	}
	if (has_pend) {
		if (pend_single && last_unit >= 100)
			part = pend * (last_unit / 10);   /* "2万5", "三千五" */
		else if (last_unit && decimals)
			return 0;   /* "2万0.5" */
		else
			part = pend;
		if (__builtin_add_overflow(section, part, &section))
			return 0;
	}
	if (__builtin_add_overflow(total, section, &total))
		return 0;
	/* total is in 1/10000 yuan: whole fen only */
	if (total <= 0 || total % 100 != 0 || total / 100 >= FIELD_AMOUNT_MAX_FEN)
		return 0;
	*fen = total / 100;
	return 1;
}

/* field_amount_format: fen as the letters write an amount of yuan:
 * "20000", "2000.50". */
void field_amount_format(long long fen, char out[32])
{
	if (fen % 100)
		snprintf(out, 32, "%lld.%02lld", fen / 100, fen % 100);
	else
		snprintf(out, 32, "%lld", fen / 100);
}

/* field_amount_ok: 1 if s is an amount of yuan field_amount_parse
 * understands. */
int field_amount_ok(const char *s)
{
	long long fen;

	return field_amount_parse(s, &fen);
}

/* field_int_parse: parse an optionally signed decimal integer that fits a
 * long, with no other characters; 1 on success. */
int field_int_parse(const char *s, size_t len, long *out)
{
	size_t i = 0;
	int neg = 0;
	unsigned long v = 0, lim;

	if (len == 0 || len > 20)
		return 0;
	if (s[0] == '-' || s[0] == '+') {
		neg = s[0] == '-';
		i = 1;
		if (len == 1)
			return 0;
	}
	lim = neg ? (unsigned long)LONG_MAX + 1 : (unsigned long)LONG_MAX;
	for (; i < len; i++) {
		if (s[i] < '0' || s[i] > '9')
			return 0;
		if (v > (lim - (unsigned long)(s[i] - '0')) / 10)
			return 0;
		v = v * 10 + (unsigned long)(s[i] - '0');
	}
	*out = neg ? (long)(0 - v) : (long)v;
	return 1;
}

/* field_validate: check s (len bytes) against def; FE_OK or the reason it
 * fails. For FK_INT the value is stored in *num. */
enum field_err field_validate(const struct field_def *def, const char *s,
			      size_t len, long *num)
{
	size_t chars = 0;
	enum field_err e;

	if (len == 0 && def->kind != FK_LINE && def->kind != FK_TEXT)
		return FE_MISSING;
	e = field_utf8_check(s, len, def->kind == FK_TEXT, &chars);
	if (e != FE_OK)
		return e;
	switch (def->kind) {
	case FK_LINE:
	case FK_TEXT:
		if ((long)chars < def->min)
			return len == 0 ? FE_MISSING : FE_TOO_SHORT;
		if ((long)chars > def->max)
			return FE_TOO_LONG;
		return FE_OK;
	case FK_SLUG:
		return field_slug_ok(s, len) ? FE_OK : FE_SLUG;
	case FK_INT: {
		long v;
		if (!field_int_parse(s, len, &v))
			return FE_INT;
		if (v < def->min || v > def->max)
			return FE_RANGE;
		if (num)
			*num = v;
		return FE_OK;
	}
	case FK_DATE:
		return field_date_ok(s, len) ? FE_OK : FE_DATE;
	case FK_ENUM:
		for (const char *const *c = def->choices; c && *c; c++)
			if (strlen(*c) == len && memcmp(*c, s, len) == 0)
				return FE_OK;
		return FE_CHOICE;
	}
	return FE_CHOICE;
}

/* field_err_message: append a Chinese sentence saying why the value of
 * def was refused. */
void field_err_message(const struct field_def *def, enum field_err err,
		       struct buf *out)
{
	const char *l = def->label;

	switch (err) {
	case FE_OK:
		break;
	case FE_MISSING:
		buf_printf(out, "请填写“%s”。", l);
		break;
	case FE_UTF8:
		buf_printf(out, "“%s”含有无法识别的字符（不是有效的 UTF-8 编码）。", l);
		break;
	case FE_CONTROL:
		buf_printf(out, "“%s”含有不允许的控制字符。", l);
		break;
	case FE_TOO_SHORT:
		buf_printf(out, "“%s”太短，至少需要 %ld 个字。", l, def->min);
		break;
	case FE_TOO_LONG:
		buf_printf(out, "“%s”太长，最多 %ld 个字。", l, def->max);
		break;
	case FE_SLUG:
		buf_printf(out, "“%s”只能包含小写字母、数字和连字符。", l);
		break;
	case FE_INT:
		buf_printf(out, "“%s”必须是整数。", l);
		break;
	case FE_RANGE:
		buf_printf(out, "“%s”必须在 %ld 到 %ld 之间。", l, def->min, def->max);
		break;
	case FE_DATE:
		buf_printf(out, "“%s”不是有效的日期（格式：2026-01-31）。", l);
		break;
	case FE_CHOICE:
		buf_printf(out, "“%s”不是可选的值。", l);
		break;
	}
}
