/* timeline: limitation-period and credit-record dates, step by step.
 * Every rule cited here is one FACTS.md marks verified; where the step
 * rests on this site's reading of a rule (how the end date is counted,
 * when a repaid debt's "bad behaviour" ends), the step says so. */
#include "timeline.h"

#include <stdio.h>
#include <string.h>

/* The rules the steps cite, as the reader sees them. */
#define TL_RULE_START "《民法典》第188条、第189条"
#define TL_RULE_DEMAND "《民法典》第195条第（一）项；最高人民法院《关于审理民事案件适用诉讼时效制度若干问题的规定》第8条"
#define TL_RULE_AGREE "《民法典》第195条第（二）项；最高人民法院《关于审理民事案件适用诉讼时效制度若干问题的规定》第14条"
#define TL_RULE_END "《民法典》第188条（3年）；到期日的算法是本站的理解"
#define TL_RULE_192 "《民法典》第192条"
#define TL_RULE_READING "本站的理解（尚未核实）"
#define TL_RULE_CREDIT "《征信业管理条例》第16条；起算日是本站的理解"

/* timeline_given: 1 if the reader entered date d. */
static int timeline_given(struct date d)
{
	return d.y != 0;
}

/* timeline_step_add: append a step to r; NULL when the list is full. */
static struct timeline_step *timeline_step_add(struct timeline_result *r,
					       enum timeline_step_kind kind,
					       enum timeline_event ev,
					       struct date date,
					       const char *title, const char *rule,
					       int reading)
{
	struct timeline_step *s;

	if (r->nsteps >= TIMELINE_STEPS_MAX)
		return NULL;
	s = &r->step[r->nsteps++];
	s->kind = kind;
	s->event = ev;
	s->date = date;
	s->title = title;
	s->rule = rule;
	s->reading = reading;
	buf_init(&s->text);
	buf_puts(&s->text, "");
	return s;
}

/* timeline_what: what the reader did or met on an event's date. */
static const char *timeline_what(enum timeline_event ev)
{
	switch (ev) {
	case TL_DEMAND: return "催收到达你";
	case TL_PART: return "你还了一部分钱";
	case TL_PLAN: return "你和出借人达成还款计划";
	case TL_REPAID: return "你全部还清";
	default: return "最后一期到期";
	}
}

/* timeline_interrupt_text: why event ev restarts the period. */
static void timeline_interrupt_text(struct buf *b, enum timeline_event ev, const char *day)
{
	if (ev == TL_DEMAND)
		buf_printf(b, "%s，出借人或催收方的催收到达了你。权利人要求履行的，诉讼时效中断"
			   "（第195条第（一）项）；用短信等数据电文发出、到达或者应当到达你的，"
			   "同样算数（规定第8条）。", day);
	else if (ev == TL_PART)
		buf_printf(b, "%s，你还了一部分钱。部分履行属于“义务人同意履行”（规定第14条），"
			   "诉讼时效中断（第195条第（二）项）。", day);
	else
		buf_printf(b, "%s，你和出借人达成了还款计划。同意制定清偿债务计划属于"
			   "“义务人同意履行”（规定第14条），诉讼时效中断（第195条第（二）项）。", day);
}

/* timeline_days_text: "还有 N 天" or "就是今天". */
static void timeline_days_text(struct buf *b, long days)
{
	if (days == 0)
		buf_puts(b, "这一天就是今天。");
	else
		buf_printf(b, "距今天还有 %ld 天。", days);
}

/* timeline_compute: the steps for in (dates the form has checked): the
 * start, each later event in date order with its effect, and either the
 * day the period would end or, if the debt was repaid, the day the
 * negative record should be deleted. Free with timeline_free. */
void timeline_compute(const struct timeline_input *in, struct timeline_result *out)
{
	const struct date *d = in->date;
	enum timeline_event order[TL__N];
	struct date start, end, repaid_on = { 0, 0, 0 };
	char sday[32], eday[32], day[32];
	struct timeline_step *s;
	int n = 0, repaid = 0, waived = 0;

	memset(out, 0, sizeof(*out));
	if (!timeline_given(d[TL_DUE]))
		return;
	start = d[TL_DUE];
	end = date_add_years(start, TIMELINE_YEARS);
	date_zh(start, sday, sizeof(sday));
	s = timeline_step_add(out, TLS_START, TL_DUE, start, "诉讼时效开始计算", TL_RULE_START, 0);
	buf_printf(&s->text, "你填写的最后一期到期日是%s。诉讼时效一般是3年，从出借人知道或者应当"
		   "知道权利受到损害、也知道该向谁主张之日起计算（第188条）；约定分期还款的，"
		   "从最后一期的履行期限届满之日起计算（第189条）。所以从%s起算。", sday, sday);

	/* The other events in date order; on the same day, in form order. */
	for (int i = TL_DEMAND; i < TL__N; i++)
		if (timeline_given(d[i]))
			order[n++] = (enum timeline_event)i;
	for (int i = 1; i < n; i++)
		for (int j = i; j > 0 && date_cmp(d[order[j - 1]], d[order[j]]) > 0; j--) {
			enum timeline_event t = order[j];
			order[j] = order[j - 1];
			order[j - 1] = t;
		}

	for (int i = 0; i < n; i++) {
		enum timeline_event ev = order[i];
		struct date at = d[ev];

		date_zh(at, day, sizeof(day));
		date_zh(end, eday, sizeof(eday));
		if (ev == TL_REPAID) {
			int after_end = !waived && date_cmp(at, end) > 0;

			repaid = 1;
			repaid_on = at;
			s = timeline_step_add(out, TLS_REPAID, ev, at, "全部还清",
					      after_end ? TL_RULE_192 : TL_RULE_READING, !after_end);
			if (!s)
				break;
			if (after_end)
				buf_printf(&s->text, "你在%s全部还清，这时诉讼时效已经在%s届满。"
					   "按《民法典》第192条，时效届满后自愿履行的，不能再以时效届满为由"
					   "要求返还。", day, eday);
			else
				buf_printf(&s->text, "你在%s全部还清。还清以后，出借人没有剩余欠款可以"
					   "追讨，诉讼时效对你就不再有实际意义（本站的理解）。", day);
			continue;
		}
		if (repaid) {
			s = timeline_step_add(out, TLS_AFTER_REPAID, ev, at, "还清以后", TL_RULE_READING, 1);
			if (!s)
				break;
			buf_printf(&s->text, "%s：%s，这发生在你全部还清之后，不影响任何时效。已经还清仍被"
				   "催收的，请保留记录（截图、通话记录），可以向贷款机构投诉。", day,
				   timeline_what(ev));
			continue;
		}
		if (date_cmp(at, d[TL_DUE]) <= 0) {
			s = timeline_step_add(out, TLS_BEFORE_START, ev, at, "不影响起算",
					      TL_RULE_READING, 1);
			if (!s)
				break;
			buf_printf(&s->text, "%s：%s。这一天%s起算日%s。时效要从起算日才开始计算，"
				   "这之前（含当天）发生的事不会让它重新开始，起算日不变。", day,
				   timeline_what(ev), date_cmp(at, d[TL_DUE]) == 0 ? "就是" : "早于",
				   sday);
			continue;
		}
		if (waived || date_cmp(at, end) > 0) {
			if (ev == TL_DEMAND) {
				s = timeline_step_add(out, TLS_EXPIRED_DEMAND, ev, at, "时效届满后的催收",
						      TL_RULE_READING, 1);
				if (!s)
					break;
				if (waived)
					buf_printf(&s->text, "%s：催收到达你。因为在这之前你已经在时效届满后"
						   "同意还款（见上一步），本工具不再计算时效。", day);
				else
					buf_printf(&s->text, "%s：催收到达你，这发生在时效届满（%s）之后。"
						   "时效已经结束，本站理解这次催收不会让它重新开始（尚未核实；"
						   "法院可能考虑其他事实）。欠款本身并没有消失，出借人仍然可以催要，"
						   "也可以起诉。", day, eday);
			} else {
				s = timeline_step_add(out, TLS_EXPIRED_AGREE, ev, at,
						      "时效届满后同意还款", TL_RULE_192, 1);
				if (!s)
					break;
				if (waived)
					buf_printf(&s->text, "%s：%s。在这之前你已经在时效届满后同意还款"
						   "（见上一步），本工具不再计算时效。", day, timeline_what(ev));
				else
					buf_printf(&s->text, "%s：%s，这发生在时效届满（%s）之后。按"
						   "《民法典》第192条，时效届满后义务人同意履行的，不能再以时效"
						   "届满为由抗辩；已经自愿履行的部分，也不能要求返还。部分还款"
						   "是否等于同意偿还全部欠款、之后的时效怎样计算，法院会看具体"
						   "情况，本站尚未核实，所以本工具不再往下计算到期日。", day,
						   timeline_what(ev), eday);
				waived = 1;
			}
			continue;
		}
		start = at;
		end = date_add_years(start, TIMELINE_YEARS);
		date_zh(end, eday, sizeof(eday));
		s = timeline_step_add(out, TLS_INTERRUPT, ev, at, "时效中断，重新计算",
				      ev == TL_DEMAND ? TL_RULE_DEMAND : TL_RULE_AGREE, 0);
		if (!s)
			break;
		timeline_interrupt_text(&s->text, ev, day);
		buf_printf(&s->text, "时效从这一天起重新计算3年，按本站的算法到%s为止。", eday);
		date_zh(start, sday, sizeof(sday));
	}

	out->start = start;
	out->waived = waived;
	out->repaid = repaid;
	if (!repaid && !waived) {
		long left = date_day_number(end) - date_day_number(in->today);

		out->end = end;
		out->expired = left < 0;
		out->days_left = left < 0 ? 0 : left;
		date_zh(end, eday, sizeof(eday));
		s = timeline_step_add(out, TLS_END, TL_DUE, end, "时效届满日", TL_RULE_END, 1);
		if (s) {
			buf_printf(&s->text, "如果%s以后再没有催收到达你、你没有再还款或答应还款，出借人"
				   "也没有起诉或申请仲裁，按本站的算法，诉讼时效到%s（含这一天）届满。",
				   sday, eday);
			if (out->expired)
				buf_puts(&s->text, "\n按你填写的日期，这一天已经过去：时效看起来已经届满。"
					 "这不等于欠款消失：出借人仍然可以催要、可以起诉，你要在诉讼中自己"
					 "提出时效抗辩，法院不会主动适用（第192条、第193条）。");
			else {
				buf_putc(&s->text, '\n');
				timeline_days_text(&s->text, left);
				buf_puts(&s->text, "在此之前，任何一次催收到达你、部分还款或答应还款，"
					 "都会让它重新开始。");
			}
			buf_printf(&s->text, "\n本站的算法：从%s起算3年，到期那一年的同月同日是最后一天；"
				   "那一年没有这一天的（2月29日），取该月最后一天（2月28日）。这是本站对"
				   "期间计算的理解；最后一天如果是法定节假日，可能顺延，本工具不计算节假日。",
				   sday);
		}
	}
	if (repaid) {
		long left;

		out->credit_end = date_add_years(repaid_on, TIMELINE_CREDIT_YEARS);
		left = date_day_number(out->credit_end) - date_day_number(in->today);
		out->credit_passed = left <= 0;
		date_zh(out->credit_end, eday, sizeof(eday));
		date_zh(repaid_on, day, sizeof(day));
		s = timeline_step_add(out, TLS_CREDIT, TL_REPAID, out->credit_end,
				      "不良记录应当删除的日期", TL_RULE_CREDIT, 1);
		if (s) {
			buf_printf(&s->text, "《征信业管理条例》第16条：不良信息从不良行为或者事件终止之日"
				   "起保存5年，期满应当删除。对逾期欠款，本站理解“终止之日”就是还清之日"
				   "（%s），这一点尚未核实，以征信中心或报送机构的答复为准。按这个理解，记录"
				   "应在%s前后删除。", day, eday);
			if (out->credit_passed)
				buf_puts(&s->text, "\n按你填写的日期，这一天已经到了或过去了。如果记录还在，"
					 "可以向征信中心或报送机构提出异议（第25条）。");
			else {
				buf_putc(&s->text, '\n');
				timeline_days_text(&s->text, left);
				buf_puts(&s->text, "在这5年里，你可以为这条记录附上个人声明（第16条）。");
			}
			buf_puts(&s->text, "\n如果你从来没有逾期，报告里没有不良记录，这一步不适用。");
		}
	}
}

/* timeline_free: release the steps' texts. */
void timeline_free(struct timeline_result *r)
{
	for (int i = 0; i < r->nsteps; i++)
		buf_free(&r->step[i].text);
	r->nsteps = 0;
}
