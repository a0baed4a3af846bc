/* letter: the four letters of /tools/letter as plain text. The wording of
 * each rule is this site's paraphrase of what FACTS.md records; each one
 * is labelled 【法律】, 【行政法规】, 【部门规章】, 【行业自律】 or 【尚未核实】
 * so that the reader (and the addressee) can see how much weight it has. */
#include "letter.h"

#include <string.h>

#include "timeline.h"

/* The rules, as the letters quote them. */
#define LR_1032 "【法律】《民法典》第1032条：自然人享有隐私权，包括私人生活安宁和不愿为他人知晓的私密信息；任何组织或者个人不得以刺探、侵扰、泄露、公开等方式侵害他人的隐私权。"
#define LR_1033 "【法律】《民法典》第1033条：除法律另有规定或者本人明确同意外，任何组织或者个人不得以电话、短信、即时通讯工具等方式侵扰他人的私人生活安宁。"
#define LR_PIPL6 "【法律】《个人信息保护法》第6条：处理个人信息应当具有明确、合理的目的，采取对个人权益影响最小的方式，限于实现处理目的的最小范围。"
#define LR_PSA "【法律】《治安管理处罚法》第50条（2025年修订，2026年1月1日起施行）："
#define LR_PSA_END "，公安机关可以处拘留或者罚款（是否构成，由公安机关认定）。"
#define LR_CBA "【行业自律】中国银行业协会《金融机构个人消费类贷款催收工作指引（试行）》（2026年1月发布）："
#define LR_CARD68 "【部门规章】《商业银行信用卡业务监督管理办法》第68条：不得对与债务无关的第三人进行催收，不得采用暴力、胁迫、恐吓或者辱骂等手段（只适用于银行信用卡）。"
#define LR_NIFA "【行业自律】中国互联网金融协会《互联网金融逾期债务催收自律公约（试行）》（2018年发布）：利息、罚息和各项费用合计超过法律允许的资金成本上限的部分，不得催收。"
#define LR_PBOC "【尚未核实】中国人民银行公告〔2021〕第3号：放贷机构应当明示年化利率，年化利率按利息和与借款直接相关的各项费用计算（本人尚未核实公告原文）。"
#define LR_CREDIT15 "【行政法规】《征信业管理条例》第15条：信息提供者向征信机构提供个人不良信息，应当事先告知信息主体本人（依法公开的信息除外）。"
#define LR_CREDIT16 "【行政法规】《征信业管理条例》第16条：个人不良信息自不良行为或者事件终止之日起保存5年，超过5年的应当删除。"
#define LR_CREDIT25 "【行政法规】《征信业管理条例》第25条：信息主体认为信息有错误、遗漏的，可以向征信机构或者信息提供者提出异议；受理方应当在收到异议之日起20日内核查并书面答复，确有错误的应当更正。"

static const struct letter_item letter_behaviours[LB__N] = {
	[LB_NIGHT] = { "在夜间（22:00 至次日 8:00）打电话、发信息或上门催收",
		"在夜间（22:00至次日8:00）打电话、发信息或上门催收",
		LR_CBA "未经债务人同意，不得在22:00至次日8:00进行电话催收、上门催收等催收活动。\n"
		LR_1033 },
	[LB_FREQUENT] = { "一天之内反复拨打我的电话",
		"一天之内反复拨打我的电话",
		LR_CBA "电话未接通的，除与债务人另有约定外，每天对同一号码的拨打不得超过6次。\n"
		LR_1033 "\n"
		LR_PSA "以滋扰、纠缠等方式干扰他人正常生活的" LR_PSA_END },
	[LB_THIRD] = { "打电话或发信息给我的家人、同事、朋友或紧急联系人",
		"打电话或发信息给我的家人、同事、朋友或紧急联系人等与债务无关的第三人",
		LR_1032 "\n"
		LR_PIPL6 "\n"
		LR_CBA "只有在联系不上债务人时（如号码无效、连续3次未接通），才可以联系与债务无关的第三人，"
		"且只能询问债务人的联系方式或请其转告，不得透露债务信息；第三人表示反对的，应当停止联系。\n"
		LR_CARD68 },
	[LB_DISCLOSE] = { "向别人透露我的欠款情况，或给我的通讯录群发信息（“爆通讯录”）",
		"向他人透露我的欠款情况，或向我的通讯录联系人群发信息",
		LR_1032 "\n"
		LR_PIPL6 "\n"
		LR_PSA "散布他人隐私的" LR_PSA_END "\n"
		LR_CBA "禁止散布债务人的隐私信息，禁止非法获取个人信息。" },
	[LB_EMPLOYER] = { "打电话到我的工作单位、联系我的领导，或到单位找我",
		"打电话到我的工作单位、联系我的领导或同事，或到单位找我",
		LR_1032 "\n"
		LR_CBA "未经债务人同意，不得进入其住所或工作场所；与债务无关的第三人只能在联系不上债务人时"
		"联系，且不得透露债务信息。" },
	[LB_THREAT] = { "威胁使用暴力，或威胁上门、到家里或单位找我",
		"威胁使用暴力，或威胁上门、到我家里或单位找我",
		LR_PSA "写恐吓信或者以其他方法威胁他人人身安全的" LR_PSA_END "\n"
		LR_CBA "禁止恐吓、威胁、暴力或黑恶手段催收；未经债务人同意，不得进入其住所或工作场所。" },
	[LB_IMPERSONATE] = { "冒充法院、公安、律师或其他国家机关，或用它们的名义发函",
		"冒充法院、公安、律师或其他国家机关，或以它们的名义发送函件",
		LR_CBA "不得冒用行政机关、司法机关的名义催收，包括以其名义发送函件。\n"
		"【尚未核实】冒充国家机关工作人员可能违反法律，具体条文本人尚未核实；本人保留向公安机关报案的权利。" },
	[LB_MISLEAD] = { "夸大后果或虚构事实，如说“已经立案”“上了黑名单”“马上来抓人”",
		"夸大后果或虚构事实，例如声称“已经立案”“已列入黑名单”",
		LR_CBA "不得作虚假或者误导性的陈述，例如虚构“黑名单”，夸大欠款金额或者法律后果。" },
	[LB_INSULT] = { "发来辱骂、侮辱或恐吓的信息",
		"发送辱骂、侮辱或恐吓的信息",
		LR_PSA "公然侮辱他人，或者多次发送侮辱、恐吓等信息干扰他人正常生活的" LR_PSA_END "\n"
		LR_CBA "禁止以侮辱、恐吓、威胁等方式催收。\n"
		LR_CARD68 },
	[LB_FEES] = { "收取事先没说明的费用，或以催收名义加收费用",
		"收取事先没有说明的费用，或以催收名义加收费用",
		LR_CBA "不得以催收名义收取额外费用，不得诱导债务人借新还旧。\n"
		LR_NIFA "\n"
		LR_PBOC },
};

static const struct letter_item letter_disputes[LD__N] = {
	[LD_WRONG] = { "记录里的金额、日期或逾期状态与实际不符",
		"报告中这笔账户的金额、日期或逾期状态与实际情况不符", LR_CREDIT25 },
	[LD_PAID] = { "欠款已经还清，但账户状态没有更新",
		"这笔欠款已经全部还清，但报告中的账户状态没有更新", LR_CREDIT25 },
	[LD_NOTICE] = { "报送不良信息之前，没有人事先告诉我",
		"报送机构在报送不良信息之前没有事先告知本人", LR_CREDIT15 },
	[LD_EXPIRED] = { "不良记录从还清（不良行为结束）起已超过5年，还没有删除",
		"这条不良信息自不良行为终止之日起已超过5年，仍未删除", LR_CREDIT16 },
	[LD_NOT_MINE] = { "这笔借款不是我本人办的（可能被冒用身份）",
		"这笔借款不是本人办理的，可能是他人冒用本人身份", LR_CREDIT25 },
};

static const struct {
	const char *slug, *title, *help;
} letter_types[LT__N] = {
	[LT_NEGOTIATE] = { "negotiate", "协商还款申请",
		"还不上但愿意还：向贷款机构要欠款明细，申请减免罚息、分期或延期。" },
	[LT_STOP_CONTACT] = { "stop-contact", "要求停止联系第三人",
		"催收打给家人、同事、紧急联系人或单位：要求只联系你本人。" },
	[LT_CREDIT_DISPUTE] = { "credit-dispute", "征信异议申请",
		"信用报告里的记录有错、还清后没更新或超过5年没删：要求核查更正。" },
	[LT_COMPLAINT] = { "complaint", "投诉信",
		"催收方式违规：先向贷款机构投诉，没有结果再向监管部门（如12378）投诉。" },
};

static const struct {
	const char *slug, *label;
} letter_tos[LTO__N] = {
	[LTO_LENDER] = { "lender", "贷款机构（平台）" },
	[LTO_COLLECTOR] = { "collector", "催收机构" },
	[LTO_BUREAU] = { "bureau", "中国人民银行征信中心" },
};

/* letter_type_slug: the form value of letter type t. */
const char *letter_type_slug(enum letter_type t)
{
	return letter_types[t].slug;
}

/* letter_type_title: the title of letter type t. */
const char *letter_type_title(enum letter_type t)
{
	return letter_types[t].title;
}

/* letter_type_help: one sentence on when to use letter type t. */
const char *letter_type_help(enum letter_type t)
{
	return letter_types[t].help;
}

/* letter_type_parse: the type whose slug is s, or -1. */
int letter_type_parse(const char *s)
{
	for (int i = 0; s && i < LT__N; i++)
		if (strcmp(s, letter_types[i].slug) == 0)
			return i;
	return -1;
}

/* letter_to_slug: the form value of addressee to. */
const char *letter_to_slug(enum letter_to to)
{
	return letter_tos[to].slug;
}

/* letter_to_label: what the form calls addressee to. */
const char *letter_to_label(enum letter_to to)
{
	return letter_tos[to].label;
}

/* letter_to_parse: the addressee whose slug is s, or -1. */
int letter_to_parse(const char *s)
{
	for (int i = 0; s && i < LTO__N; i++)
		if (strcmp(s, letter_tos[i].slug) == 0)
			return i;
	return -1;
}

/* letter_to_allowed: 1 if a letter of type t can go to addressee to: a
 * negotiation or complaint to the lender, a stop-contact letter to the
 * lender or its collector, a dispute to the bureau or the lender. */
int letter_to_allowed(enum letter_type t, enum letter_to to)
{
	switch (t) {
	case LT_STOP_CONTACT: return to == LTO_LENDER || to == LTO_COLLECTOR;
	case LT_CREDIT_DISPUTE: return to == LTO_BUREAU || to == LTO_LENDER;
	default: return to == LTO_LENDER;
	}
}

/* letter_to_default: where letter type t goes when the reader does not say. */
enum letter_to letter_to_default(enum letter_type t)
{
	return t == LT_CREDIT_DISPUTE ? LTO_BUREAU : LTO_LENDER;
}

/* letter_behaviour: the wording and rules of behaviour b. */
const struct letter_item *letter_behaviour(enum letter_behaviour b)
{
	return &letter_behaviours[b];
}

/* letter_dispute: the wording and basis of dispute reason d. */
const struct letter_item *letter_dispute(enum letter_dispute d)
{
	return &letter_disputes[d];
}

/* letter_uses_behaviours: 1 if letter type t lists collection behaviours
 * (a credit dispute lists dispute reasons instead). */
int letter_uses_behaviours(enum letter_type t)
{
	return t != LT_CREDIT_DISPUTE;
}

/* letter_has: 1 if s is set and not empty. */
static int letter_has(const char *s)
{
	return s && *s;
}

/* letter_date: an ISO date as "2026年3月1日" (or as given if not a date). */
static void letter_date(struct buf *b, const char *iso)
{
	struct date d;
	char zh[32];

	if (date_parse(iso, &d)) {
		date_zh(d, zh, sizeof(zh));
		buf_puts(b, zh);
	} else {
		buf_puts(b, iso ? iso : "");
	}
}

/* letter_text: free text with CR LF and lone CR made LF, each line
 * indented by indent. */
static void letter_text(struct buf *b, const char *s, const char *indent)
{
	int bol = 1;

	for (; *s; s++) {
		if (*s == '\r') {
			if (s[1] == '\n')
				continue;
			buf_putc(b, '\n');
			bol = 1;
			continue;
		}
		if (bol && *s != '\n')
			buf_puts(b, indent);
		buf_putc(b, *s);
		bol = *s == '\n';
	}
	if (!bol)
		buf_putc(b, '\n');
}

/* letter_addressee: who the letter is to, on one line. */
static void letter_addressee(struct buf *b, const struct letter_input *in)
{
	switch (in->to) {
	case LTO_BUREAU:
		buf_puts(b, "中国人民银行征信中心");
		break;
	case LTO_COLLECTOR:
		buf_printf(b, "%s（受%s委托的催收机构）", letter_has(in->collector) ? in->collector :
			   "____________", in->lender);
		break;
	default:
		buf_puts(b, in->lender);
		if (in->type == LT_COMPLAINT)
			buf_puts(b, " 客户投诉部门");
		else if (in->type == LT_CREDIT_DISPUTE)
			buf_puts(b, "（征信信息报送部门）");
		else
			buf_puts(b, " 客户服务部门");
		break;
	}
}

/* letter_subject: the one-line subject of the letter: "京东白条（京东金融）"
 * when the product is given, else just the lender. */
static void letter_subject(struct buf *b, const struct letter_input *in)
{
	struct buf loan;

	buf_init(&loan);
	if (letter_has(in->product))
		buf_printf(&loan, "%s（%s）", in->product, in->lender);
	else
		buf_puts(&loan, in->lender);
	switch (in->type) {
	case LT_NEGOTIATE:
		buf_printf(b, "关于%s欠款的协商还款申请", loan.data);
		break;
	case LT_STOP_CONTACT:
		buf_printf(b, "要求停止就%s欠款联系与债务无关的第三人", loan.data);
		break;
	case LT_CREDIT_DISPUTE:
		buf_printf(b, "对%s账户的征信信息提出异议", loan.data);
		break;
	default:
		buf_printf(b, "投诉%s的催收行为", loan.data);
		break;
	}
	buf_free(&loan);
}

/* letter_basics: section 一, the facts of the loan. */
static void letter_basics(struct buf *b, const struct letter_input *in)
{
	buf_puts(b, "一、基本情况\n");
	buf_printf(b, "　　贷款机构（平台）：%s\n", in->lender);
	if (letter_has(in->product))
		buf_printf(b, "　　借款产品：%s\n", in->product);
	buf_printf(b, "　　借款人：%s\n", letter_has(in->name) ? in->name : "____________");
	if (letter_has(in->account))
		buf_printf(b, "　　借款合同号或账户尾号：%s\n", in->account);
	else
		buf_puts(b, "　　借款合同号或账户尾号：____________\n");
	if (letter_has(in->amount))
		buf_printf(b, "　　目前欠款金额：约%s元\n", in->amount);
	if (letter_has(in->since)) {
		buf_puts(b, "　　开始逾期的日期：");
		letter_date(b, in->since);
		buf_putc(b, '\n');
	}
	if (letter_has(in->paid_off)) {
		buf_puts(b, "　　全部还清的日期：");
		letter_date(b, in->paid_off);
		buf_putc(b, '\n');
	}
	if (letter_has(in->last)) {
		buf_puts(b, in->type == LT_CREDIT_DISPUTE ? "　　最近一次相关日期：" :
			 "　　最近一次发生问题的日期：");
		letter_date(b, in->last);
		buf_putc(b, '\n');
	}
	if (in->type == LT_STOP_CONTACT && in->to == LTO_COLLECTOR)
		buf_printf(b, "　　催收机构：%s\n", letter_has(in->collector) ? in->collector : "____________");
	else if (letter_has(in->collector))
		buf_printf(b, "　　催收机构：%s\n", in->collector);
}

/* letter_rules: the rule lines of an item, each indented. */
static void letter_rules(struct buf *b, const char *rules)
{
	letter_text(b, rules, "　　　　");
}

/* letter_count: how many bits of mask are set. */
static int letter_count(unsigned mask)
{
	int n = 0;

	for (; mask; mask >>= 1)
		n += (int)(mask & 1u);
	return n;
}

/* letter_events: section 二, what happened: the reader's own account, then
 * each behaviour (or dispute reason) with the rules it breaks. */
static void letter_events(struct buf *b, const struct letter_input *in)
{
	int k = 0, ncheck;

	buf_puts(b, "\n二、");
	buf_puts(b, in->type == LT_CREDIT_DISPUTE ? "异议的内容\n" : "事情经过\n");
	if (in->type == LT_NEGOTIATE)
		buf_puts(b, "　　本人目前无法按原约定偿还上述欠款，但本人愿意还款，"
			 "希望与贵方协商一个能够承受的还款方案。\n");
	if (letter_has(in->facts))
		letter_text(b, in->facts, "　　");
	if (in->type == LT_CREDIT_DISPUTE) {
		ncheck = letter_count(in->disputes);
		if (ncheck)
			buf_puts(b, "　　本人对报告中的这笔信息有以下异议，依据如下：\n");
		for (int i = 0; i < LD__N; i++) {
			if (!(in->disputes & (1u << i)))
				continue;
			buf_printf(b, "　　（%d）%s。\n", ++k, letter_disputes[i].line);
			buf_puts(b, "　　　　依据：\n");
			letter_rules(b, letter_disputes[i].rules);
		}
		return;
	}
	ncheck = letter_count(in->behaviours);
	if (!ncheck) {
		if (!letter_has(in->facts) && in->type != LT_NEGOTIATE)
			buf_puts(b, "　　（请在这里写明发生了什么：时间、来电号码、说了什么。）\n");
		return;
	}
	buf_printf(b, "　　%s在催收中有以下行为：\n",
		   in->to == LTO_COLLECTOR ? "贵方" : "贵方或贵方委托的催收方");
	for (int i = 0; i < LB__N; i++) {
		if (!(in->behaviours & (1u << i)))
			continue;
		buf_printf(b, "　　（%d）%s。\n", ++k, letter_behaviours[i].line);
		buf_puts(b, "　　　　这违反或可能违反：\n");
		letter_rules(b, letter_behaviours[i].rules);
	}
	buf_puts(b, "　　说明：标为【行业自律】的是行业协会的自律规范，约束其会员机构，不是法律；它是否"
		 "适用于贵方，本人尚未核实，请贵方说明。标为【尚未核实】的内容，本人尚未核实原文。\n");
}

/* letter_requests: section 三, what the reader asks for. */
static void letter_requests(struct buf *b, const struct letter_input *in)
{
	int n = 0;

	buf_puts(b, "\n三、本人的请求\n");
	switch (in->type) {
	case LT_NEGOTIATE:
		buf_printf(b, "　　%d. 请提供截至目前的书面欠款明细，分别列明本金、利息、罚息、违约金和其他费用。\n", ++n);
		buf_printf(b, "　　%d. 请说明这笔借款的年化利率（包括与借款直接相关的各项费用）。\n", ++n);
		buf_printf(b, "　　%d. 请减免罚息和违约金。\n", ++n);
		if (letter_has(in->monthly))
			buf_printf(b, "　　%d. 请以书面形式与本人约定分期或延期还款计划；本人每月最多能还%s元。\n",
				   ++n, in->monthly);
		else
			buf_printf(b, "　　%d. 请以书面形式与本人约定分期或延期还款计划。\n", ++n);
		buf_printf(b, "　　%d. 协商期间，请只与本人联系，不要联系本人的家人、同事等第三人。\n", ++n);
		buf_printf(b, "　　%d. 如果由催收机构联系本人，请告知其名称，并确认贵方的委托关系。\n", ++n);
		break;
	case LT_STOP_CONTACT:
		buf_printf(b, "　　%d. 立即停止以电话、短信、社交软件、上门等任何方式联系本人的家人、同事、朋友、"
			   "紧急联系人和工作单位等与债务无关的第三人，不得向他们透露本人的欠款信息。\n", ++n);
		buf_printf(b, "　　%d. 关于这笔欠款，只与本人联系。\n", ++n);
		if (in->to == LTO_COLLECTOR)
			buf_printf(b, "　　%d. 出示贵方受%s委托催收的依据。\n", ++n, in->lender);
		else
			buf_printf(b, "　　%d. 如果委托了催收机构，请告知其名称，并要求其同样停止联系第三人。\n", ++n);
		buf_printf(b, "　　%d. 请在收到本函后15日内书面答复处理结果。\n", ++n);
		break;
	case LT_CREDIT_DISPUTE:
		buf_printf(b, "　　%d. 依照《征信业管理条例》第25条，核查上述信息，对错误的信息予以更正%s。\n",
			   ++n, in->disputes & (1u << LD_EXPIRED) ? "，对超过保存期限的信息予以删除" : "");
		buf_printf(b, "　　%d. 核查期间，对这条信息作存在异议的标注。\n", ++n);
		buf_printf(b, "　　%d. 自收到本申请之日起20日内，书面答复核查和处理结果。\n", ++n);
		break;
	default:
		buf_printf(b, "　　%d. 调查上述行为，并立即停止。\n", ++n);
		buf_printf(b, "　　%d. 告知实际催收的机构名称，以及贵方对其采取的处理措施。\n", ++n);
		buf_printf(b, "　　%d. 书面答复调查和处理结果。贵方如属银行业保险业机构，请按《银行业保险业"
			   "消费投诉处理管理办法》规定的期限答复（一般15日，最长不超过60日）。\n", ++n);
		buf_printf(b, "　　%d. 如果没有答复，或本人对处理结果不满意，本人将向金融监管部门投诉（例如拨打12378）。\n", ++n);
		break;
	}
}

/* letter_attachments: section 四, what goes with the letter. */
static void letter_attachments(struct buf *b, const struct letter_input *in)
{
	buf_puts(b, "\n四、附件（请按实际情况附上，并在这里写明份数）\n");
	switch (in->type) {
	case LT_NEGOTIATE:
		buf_puts(b, "　　1. 经济困难的证明（如有，例如离职证明、病历、收入流水）\n"
			 "　　2. 已经还款的记录\n");
		break;
	case LT_CREDIT_DISPUTE:
		buf_puts(b, "　　1. 本人身份证复印件（写明“仅供征信异议使用”）\n"
			 "　　2. 信用报告中有问题的那一页\n"
			 "　　3. 还款凭证或结清证明（如有）\n");
		break;
	default:
		buf_puts(b, "　　1. 来电记录和短信、聊天记录的截图（能看到时间和号码）\n"
			 "　　2. 通话录音（如有）\n"
			 "　　3. 家人、同事被联系的书面说明（谁、什么时候、对方说了什么）\n");
		break;
	}
}

/* letter_build: the complete letter of in as plain text into out (which
 * it appends to): title, addressee, sender, date, subject, the facts, each
 * behaviour with the rules it breaks, the requests, the attachments and
 * the closing. A blank name leaves lines to fill in by hand. */
void letter_build(const struct letter_input *in, struct buf *out)
{
	const char *name = letter_has(in->name) ? in->name : NULL;

	buf_printf(out, "%s\n\n", letter_types[in->type].title);
	buf_puts(out, "致：");
	letter_addressee(out, in);
	buf_puts(out, "\n发信人：");
	buf_puts(out, name ? name : "____________（请手写姓名）");
	buf_puts(out, "\n联系电话：____________（请手写）\n日期：");
	letter_date(out, in->today);
	buf_puts(out, "\n事由：");
	letter_subject(out, in);
	buf_puts(out, "\n\n");
	letter_basics(out, in);
	letter_events(out, in);
	letter_requests(out, in);
	letter_attachments(out, in);
	buf_puts(out, "\n此致\n");
	letter_addressee(out, in);
	buf_puts(out, "\n\n");
	if (name)
		buf_printf(out, "发信人：%s（签名）____________\n", name);
	else
		buf_puts(out, "发信人（签名）：____________\n");
	buf_puts(out, "日期：");
	letter_date(out, in->today);
	buf_putc(out, '\n');
}

/* letter_guide: how to send a letter of in's type, what evidence to keep,
 * and what the letter cannot do, one paragraph a line, into out. */
void letter_guide(const struct letter_input *in, struct buf *out)
{
	switch (in->type) {
	case LT_NEGOTIATE:
		buf_puts(out, "怎么寄：通过贷款机构App里的客服或投诉入口提交文字，或者用挂号信、EMS寄到贷款机构，保留寄件凭证。电话协商时自己录音。\n"
			 "注意：达成还款计划或者部分还款，会让诉讼时效中断、重新计算（《民法典》第195条第（二）项；最高人民法院《关于审理民事案件适用诉讼时效制度若干问题的规定》第14条）。对多数人来说，有一个能承受的计划通常仍然比继续逾期好，但要先想清楚。\n"
			 "注意：银行信用卡有“个性化分期”的规定（《商业银行信用卡业务监督管理办法》第70条），京东白条等其他产品有没有同样的权利，本站尚未核实；贷款机构可以不同意。\n"
			 "所有约定都要书面确认（App里的协议页面截图也可以），不要只凭电话里的口头承诺。\n"
			 "收费的“停息挂账”“代理协商”要格外小心：有媒体报道这类中介收取高额费用、转卖个人信息（单一来源，本站尚未核实）。\n");
		break;
	case LT_STOP_CONTACT:
		buf_puts(out, "怎么寄：寄给贷款机构（或它委托的催收机构），可以通过App里的客服或投诉入口提交文字，也可以寄挂号信、EMS，保留凭证。\n"
			 "家人、同事被骚扰，他们自己也可以向贷款机构投诉；受到威胁的，可以报警。\n"
			 "如果对方继续联系第三人，改用“投诉信”向贷款机构投诉；受到人身威胁，直接拨打110。\n"
			 "注意：要求停止联系第三人，不会取消欠款，也不会让催收停止；对方仍然可以联系你本人。\n");
		break;
	case LT_CREDIT_DISPUTE:
		buf_puts(out, "先查报告：每人每年可以免费查询两次自己的信用报告（《征信业管理条例》第17条），把有问题的那一页打印或截图。\n"
			 "向谁提：可以向征信中心提出，也可以向报送这条信息的机构提出（第25条）。向征信中心提交的具体方式（网点、网站等），以征信中心公布的为准，本站尚未核实。\n"
			 "答复期限：受理方应当在20日内核查并书面答复（第25条）。保存好提交凭证和答复。\n"
			 "注意：真实的不良记录不会因为异议而删除，要等保存期满（第16条）；声称能付费“征信洗白”的服务不可信。\n");
		break;
	default:
		buf_puts(out, "第一步：先向贷款机构投诉（App里的投诉入口或客服电话），把这封信的内容提交过去，记下投诉工单号和日期。\n"
			 "第二步：没有答复或者对结果不满意，再向监管部门投诉。12378（国家金融监督管理总局）受理银行、保险和消费金融公司的投诉；京东白条等产品的放款机构是否归12378受理，本站尚未核实，可以先打12378询问，或者看“投诉渠道一览”。\n"
			 "受到人身威胁、被跟踪或有人上门闹事，直接拨打110。征信方面的问题可以找12363（中国人民银行）。\n"
			 "注意：投诉不会取消欠款。\n");
		break;
	}
	buf_puts(out, "要保存的证据：通话录音、短信和聊天记录截图（能看到时间和号码）、运营商的通话记录、家人被联系的书面说明、投诉工单号、借款合同和还款记录。按时间顺序整理成一张时间线。\n"
		 "寄出前再读一遍：把所有下划线处填好，删去不符合你情况的内容。本站不保存你填写的任何内容。\n");
}
