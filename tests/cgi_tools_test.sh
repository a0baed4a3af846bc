#!/bin/bash
# CGI mode (tests/cgi_lib.sh), the tools: the timeline (a GET form holding
# only dates) and the letter builder (a POST form with a token; nothing
# stored).
. "$(dirname "$0")/cgi_lib.sh"

# entry SLUG NAME: the first line of wording entry NAME of
# content/wording/SLUG.md, up to its first placeholder: what the tools
# say is the content's, so the tests look it up rather than repeat it.
entry() {
    local e
    e=$(awk -v n="### $2" '$0 == n { f = 1; next } f && /^### / { exit } f && NF { print; exit }' \
        "$top_srcdir/content/wording/$1.md" | sed 's/{.*//')
    [ -n "$e" ] || fail "no wording entry $2 in $1"
    printf '%s' "$e"
}

# expect_wants WHAT SLUG WANTS: the page in $tmp/body holds each of WANTS
# (separated by |): a plain string, !string (must not hold it) or @name
# (the text of entry name of content/wording/SLUG.md).
expect_wants() {
    local c wants
    IFS='|' read -ra wants <<< "$3"
    for c in "${wants[@]}"; do
        case $c in
            !*) expect_nogrep "$1: lacks ${c#!}" "${c#!}" "$tmp/body" ;;
            @*) expect_grep "$1: ${c#@}" "$(entry "$2" "${c#@}")" "$tmp/body" ;;
            *) expect_grep "$1: holds $c" "$c" "$tmp/body" ;;
        esac
    done
}

COOKIE=
cgi GET /tools/timeline
expect_eq "timeline: form" "$status" 200
expect_grep "timeline: label tied to field" '<label for="f-DUE">' "$tmp/body"
expect_grep "timeline: a date control" 'name="due" type="date"' "$tmp/body"
expect_grep "timeline: hint from the wording" "$(entry timeline hint.due)" "$tmp/body"
expect_nogrep "timeline: no typed format promised for a date control" '格式：' "$tmp/body"
expect_grep "timeline: GET form" 'action="/tools/timeline" method="get"' "$tmp/body"
expect_grep "timeline: CSP" "Content-Security-Policy: default-src 'none'" "$tmp/head"
expect_nogrep "timeline: no script" "<script" "$tmp/body"
cgi GET "/tools/timeline?due=2024-02-29&demand=&part=&plan=&repaid="
expect_eq "timeline: leap-day due date" "$status" 200
expect_grep "timeline: plain last day on 28 February" '<time datetime="2027-02-28">2027年2月28日</time>' "$tmp/body"
expect_grep "timeline: a Sunday moves to Monday" '<time datetime="2027-03-01">2027年3月1日</time>' "$tmp/body"
expect_grep "timeline: 2027 holidays not entered" '尚未录入2027年节假日安排，请自行核对' "$tmp/body"
expect_grep "timeline: rule cited" "$(entry timeline start.rule)" "$tmp/body"
expect_grep "timeline: says what it does not mean" '这个结果不代表什么' "$tmp/body"
expect_grep "timeline: notes from the wording" "$(entry timeline notes)" "$tmp/body"
expect_grep "timeline: links the articles" 'href="/a/partial-payment-limitation"' "$tmp/body"
expect_grep "timeline: result not cached" 'Cache-Control: no-store' "$tmp/head"
cgi GET "/tools/timeline?due=2023-10-01"
expect_grep "timeline: last day in 国庆" '<time datetime="2026-10-01">2026年10月1日</time>' "$tmp/body"
expect_grep "timeline: moved to 8 October" '<time datetime="2026-10-08">2026年10月8日</time>' "$tmp/body"
expect_nogrep "timeline: 2026 is entered" '尚未录入2026年' "$tmp/body"
cgi GET "/tools/timeline?due=2020-01-15&demand=2022-06-30&part=2021-03-01&plan=2023-05-31"
expect_eq "timeline: three interruptions" "$status" 200
expect_grep "timeline: latest interruption sets the end" '<time datetime="2026-05-31">2026年5月31日</time>' "$tmp/body"
expect_grep "timeline: and it is past" "$(entry timeline summary.end.expired)" "$tmp/body"
expect_grep "timeline: demand rule" "$(entry timeline interrupt.rule.demand)" "$tmp/body"
expect_grep "timeline: a demand usually restarts it" "$(entry timeline interrupt.title.demand)" "$tmp/body"
cgi GET "/tools/timeline?due=2021-03-31&repaid=2023-08-31"
expect_grep "timeline: credit record date" '<time datetime="2028-08-31">2028年8月31日</time>' "$tmp/body"
expect_grep "timeline: credit rule" "$(entry timeline credit.rule)" "$tmp/body"
cgi GET "/tools/timeline?due=2023-02-29&demand=2024-01-01"
expect_eq "timeline: not a date" "$status" 400
expect_grep "timeline: says why at the field" '<p class="error" id="e-DUE">“最后一期到期日”填的是“2023-02-29”，这一天不存在' "$tmp/body"
expect_grep "timeline: bad date kept, in a text box" 'name="due" type="text" value="2023-02-29"' "$tmp/body"
expect_grep "timeline: the hint says what the box takes" '请按 年-月-日 填写' "$tmp/body"
expect_grep "timeline: other date kept" 'value="2024-01-01"' "$tmp/body"
expect_grep "timeline: error tied to field" 'aria-describedby="h-DUE e-DUE" aria-invalid="true"' "$tmp/body"
cgi GET "/tools/timeline?due=2199-01-01"
expect_eq "timeline: future date" "$status" 422
expect_grep "timeline: future refused" '不能晚于今天' "$tmp/body"
expect_grep "timeline: future date kept" 'value="2199-01-01"' "$tmp/body"
cgi GET "/tools/timeline?due=2020-01-01&plan=2022-01-01&repaid=2021-01-01"
expect_eq "timeline: plan after repayment" "$status" 422
expect_grep "timeline: order explained" 'id="e-PLAN"' "$tmp/body"
expect_grep "timeline: order names both dates" '“达成还款计划的日期”晚于“全部还清的日期”' "$tmp/body"
cgi GET "/tools/timeline?demand=2024-01-01&part=2022-01-02&repaid=2022-01-01"
expect_eq "timeline: no due date" "$status" 422
expect_grep "timeline: due date asked for" '请填写“最后一期到期日”：诉讼时效从这一天开始算。' "$tmp/body"
expect_grep "timeline: part payment after repayment" 'id="e-PART"' "$tmp/body"
cgi GET "/tools/timeline?due=%3Cscript%3E"
expect_eq "timeline: markup as a date" "$status" 400
expect_nogrep "timeline: markup escaped" "<script" "$tmp/body"

cgi GET /tools/letter
expect_eq "letter: choice" "$status" 200
expect_grep "letter: choice links a letter" 'href="/tools/letter?type=stop-contact"' "$tmp/body"
expect_nogrep "letter: no form before the choice" 'name="lender"' "$tmp/body"
cgi GET "/tools/letter?type=complaint&lender=%E4%BA%AC%E4%B8%9C%E9%87%91%E8%9E%8D&b_third=1&amount=2%E4%B8%87&sender=%E5%BC%A0%E4%B8%89&account=6222"
expect_eq "letter: form" "$status" 200
c=$(sed -n 's/^Set-Cookie: \(qy_csrf=[0-9a-f]*\);.*/\1/p' "$tmp/head")
ltok=$(grep -o 'name="csrf" value="[0-9a-f]*"' "$tmp/body" | head -1 | sed 's/.*value="//; s/"$//')
[ ${#ltok} = 40 ] && ok || fail "letter: no token in the form"
[ -n "$c" ] && ok || fail "letter: no token cookie"
expect_grep "letter: never cached" 'Cache-Control: no-store' "$tmp/head"
expect_grep "letter: POST form" 'action="/tools/letter" method="post"' "$tmp/body"
expect_grep "letter: type chosen from the link" 'name="type" value="complaint"' "$tmp/body"
expect_grep "letter: behaviour checkbox" '<label for="f-b_night">' "$tmp/body"
expect_grep "letter: a link fills in a fact" 'name="b_third" type="checkbox" value="1" checked' "$tmp/body"
expect_grep "letter: and the lender" 'value="京东金融"' "$tmp/body"
expect_grep "letter: and the amount" 'value="2万"' "$tmp/body"
expect_nogrep "letter: never a name from a link" 'value="张三"' "$tmp/body"
expect_nogrep "letter: never an account number from a link" 'value="6222"' "$tmp/body"
expect_nogrep "letter: only this letter's fields" 'name="paidoff"' "$tmp/body"
expect_grep "letter: behaviour label from the wording" "$(entry letter b.night.label)" "$tmp/body"
lender=%E4%BA%AC%E4%B8%9C%E9%87%91%E8%9E%8D                        # 京东金融
lbody="type=complaint&lender=$lender&product=%E4%BA%AC%E4%B8%9C%E7%99%BD%E6%9D%A1&amount=20%2C000&b_night=1&b_third=1&facts=%3Cscript%3Ealert(1)%3C%2Fscript%3E"
cgi POST /tools/letter "$lbody"
expect_eq "letter: no token" "$status" 403
expect_grep "letter: 403 shows the form" 'action="/tools/letter"' "$tmp/body"
expect_grep "letter: 403 keeps the lender" 'value="京东金融"' "$tmp/body"
expect_grep "letter: 403 keeps the boxes" 'name="b_third" type="checkbox" value="1" checked' "$tmp/body"
expect_grep "letter: 403 keeps the text, escaped" '&lt;script&gt;alert(1)&lt;/script&gt;</textarea>' "$tmp/body"
COOKIE=$c cgi POST /tools/letter "csrf=$ltok&type=complaint&lender=&amount=abc&last=2023-02-30"
expect_eq "letter: bad fields" "$status" 400
expect_grep "letter: lender required" 'id="e-LENDER"' "$tmp/body"
expect_grep "letter: amount explained" 'id="e-AMOUNT"' "$tmp/body"
expect_grep "letter: the message says what is taken" '2万、两万、20,000 或 2,000.50' "$tmp/body"
expect_grep "letter: amount kept" 'value="abc"' "$tmp/body"
expect_grep "letter: impossible date kept in a text box" 'name="last" type="text" value="2023-02-30"' "$tmp/body"
expect_grep "letter: impossible date explained" '2023年2月只有28天' "$tmp/body"
COOKIE=$c cgi POST /tools/letter "csrf=$ltok&$lbody&format=html"
expect_eq "letter: built" "$status" 200
expect_grep "letter: addressee" '致：京东金融 客户投诉部门' "$tmp/body"
expect_grep "letter: the amount understood" '约20000元' "$tmp/body"
expect_grep "letter: echoed at the field" '信里写作：约 20000 元' "$tmp/body"
expect_grep "letter: night rule" "$(entry letter b.night.rules)" "$tmp/body"
expect_grep "letter: third-party rule" "$(entry letter b.third.rules)" "$tmp/body"
expect_grep "letter: how to send" '寄出前请读' "$tmp/body"
expect_grep "letter: guide from the wording" "$(entry letter guide.complaint)" "$tmp/body"
expect_grep "letter: download next to the letter" 'value="txt">下载这封信（.txt）</button></p>
</form>
<pre class="letter"' "$tmp/body"
expect_nogrep "letter: facts escaped" '<script>' "$tmp/body"
expect_nogrep "letter: no token cookie needed again" 'Set-Cookie' "$tmp/head"
COOKIE=$c cgi POST /tools/letter "csrf=$ltok&$lbody&format=txt"
expect_eq "letter: download" "$status" 200
expect_grep "letter: plain text" 'Content-Type: text/plain; charset=utf-8' "$tmp/head"
expect_grep "letter: named for the letter and the day" "Content-Disposition: attachment; filename=\"letter-complaint-$(TZ=Asia/Shanghai date +%F).txt\"; filename*=UTF-8''%E6%8A%95%E8%AF%89%E4%BF%A1-$(TZ=Asia/Shanghai date +%F).txt" "$tmp/head"
expect_grep "letter: download not cached" 'Cache-Control: no-store' "$tmp/head"
expect_grep "letter: file holds the letter" '投诉信' "$tmp/body"
expect_grep "letter: file keeps the text as typed" '<script>alert(1)</script>' "$tmp/body"
expect_nogrep "letter: the file is the letter only" "$(entry letter guide.all)" "$tmp/body"
n=$(sqlite3 "$db" "SELECT count(*) FROM question WHERE body LIKE '%alert(1)%'" 2>/dev/null || echo 0)
expect_eq "letter: nothing stored" "$n" 0
# /tools/court, path by path: QUERY, the status, then what the page must
# hold (a leading ! : must not hold; @name: the court wording's entry).
# The dates lie in the past, so the rows keep holding as time goes on.
while IFS='|' read -r q want rest; do
    [ -n "$q" ] || continue
    cgi GET "/tools/court$q"
    expect_eq "court$q: status" "$status" "$want"
    expect_wants "court$q" court "$rest"
done <<'ROWS'
|200|name="paper" type="radio" value="payment-order"|name="received" type="date"|@paper.payment-order.hint|!id="result-h"|!格式：
?paper=payment-order|200|value="payment-order" checked|!id="result-h"|!class="error"
?paper=complaint&received=2026-09-16|200|<time datetime="2026-10-01">2026年10月1日</time>|<time datetime="2026-10-08">2026年10月8日</time>|@rule.answer.title|@rule.jurisdiction.title|@rule.answer.cite|@rule.answer.missed|@paper.complaint.prepare|@count.days|@count.posted|@check.real|href="/tools/court?paper=complaint&amp;received=2026-09-16&amp;format=ics"|这个期限已经过了|!尚未录入
?paper=payment-order&received=2026-02-07|200|<time datetime="2026-02-22">|<time datetime="2026-02-24">|@rule.objection.title|!@rule.answer.title
?paper=ruling&received=2026-06-10|200|<time datetime="2026-06-20">|<time datetime="2026-06-22">|@rule.appeal-ruling.title
?paper=award&received=2026-08-01|200|<time datetime="2027-02-01">|尚未录入2027年节假日安排，请自行核对|@rule.set-aside.cite
?paper=award&received=2025-08-31|200|<time datetime="2026-02-28">|!顺延后的最后一天
?paper=summons&received=2026-09-01&hearing=2026-10-20|200|<time datetime="2026-10-20">|@rule.hearing.title
?paper=summons&received=2026-09-01|200|@hearing.missing
?paper=enforcement&received=2026-09-01|200|@rule.enforcement-pay.how|@no-date
?paper=judgment&received=2026-03-01&suit=2026-05-01|422|id="e-RECEIVED"|“收到文书的日期”早于“收到起诉状的日期”|value="2026-03-01"|value="2026-05-01"|value="judgment" checked
?paper=summons&received=2026-09-01&hearing=2026-08-01|422|id="e-HEARING"|value="2026-08-01"
?paper=complaint&received=2023-02-29|400|name="received" type="text" value="2023-02-29"|2023年2月只有28天|请按 年-月-日 填写
?paper=complaint&received=2199-01-01|422|不能晚于今天|value="2199-01-01"
?received=2026-09-16|422|id="e-PAPER"|请选择你收到的是哪一种文书|value="2026-09-16"
?paper=nonsense&received=2026-09-16|422|id="e-PAPER"
?paper=complaint&received=%3Cscript%3E|400|!<script
ROWS
cgi GET "/tools/court?paper=complaint&received=2026-09-16&format=ics"
expect_eq "court: calendar" "$status" 200
expect_grep "court: calendar type" 'Content-Type: text/calendar; charset=utf-8' "$tmp/head"
expect_grep "court: calendar named" "filename=\"court-complaint-2026-09-16.ics\"; filename*=UTF-8''%E6%B3%95%E9%99%A2%E6%96%87%E4%B9%A6%E6%9C%9F%E9%99%90-2026-09-16.ics" "$tmp/head"
expect_grep "court: calendar not cached" 'Cache-Control: no-store' "$tmp/head"
expect_grep "court: a whole-day event on the safest day" 'DTSTART;VALUE=DATE:20261001' "$tmp/body"
expect_grep "court: an alarm the day before" 'TRIGGER:-PT15H' "$tmp/body"
[ "$(grep -c $'\r$' "$tmp/body")" = "$(wc -l < "$tmp/body")" ] && ok || fail "court: calendar lines end in CR LF"
cgi GET "/tools/court?paper=complaint&received=2026-09-16&format=txt"
expect_eq "court: text file" "$status" 200
expect_grep "court: text file type" 'Content-Type: text/plain; charset=utf-8' "$tmp/head"
expect_grep "court: text holds the rule" "$(entry court rule.answer.title)" "$tmp/body"
expect_grep "court: text holds the moved day" '2026年10月8日' "$tmp/body"
cgi GET /tools/court/x
expect_eq "court: no sub-pages" "$status" 404

# /tools/complaint: a posted form (the ticket number never goes into an
# address), path by path as above (@name: the complaint wording's entry).
COOKIE=
cgi GET "/tools/complaint?channel=credit-dispute&ticket=GD-1&filed=2026-09-11"
expect_eq "complaint: form" "$status" 200
expect_grep "complaint: a link chooses the channel" 'value="credit-dispute" checked' "$tmp/body"
expect_nogrep "complaint: but fills in nothing else" 'value="GD-1"' "$tmp/body"
expect_grep "complaint: a posted form" 'action="/tools/complaint" method="post"' "$tmp/body"
cc=$(sed -n 's/^Set-Cookie: \(qy_csrf=[0-9a-f]*\);.*/\1/p' "$tmp/head")
ctok=$(grep -o 'name="csrf" value="[0-9a-f]*"' "$tmp/body" | head -1 | sed 's/.*value="//; s/"$//')
[ ${#ctok} = 40 ] && ok || fail "complaint: no token in the form"
cgi POST /tools/complaint "channel=bank&filed=2026-09-10&ticket=GD-1"
expect_eq "complaint: no token" "$status" 403
expect_grep "complaint: 403 keeps the date" 'value="2026-09-10"' "$tmp/body"
expect_grep "complaint: 403 keeps the ticket" 'value="GD-1"' "$tmp/body"
while IFS='|' read -r b want rest; do
    [ -n "$b" ] || continue
    COOKIE=$cc cgi POST /tools/complaint "csrf=$ctok&$b"
    expect_eq "complaint $b: status" "$status" "$want"
    expect_wants "complaint $b" complaint "$rest"
done <<'ROWS'
channel=bank&filed=2026-09-10&ticket=GD-1|200|<time datetime="2026-09-25">|<time datetime="2026-09-28">|<time datetime="2026-10-10">|<time datetime="2026-11-09">|@reply.bank-decision.title|@reply.bank-max.cite|工单号：GD-1|@channel.bank.next|href="/tools/letter?type=complaint"|name="ticket" value="GD-1"|value="ics"
channel=credit-dispute&filed=2026-09-11|200|<time datetime="2026-10-08">|@reply.credit.how|href="/tools/letter?type=credit-dispute"
channel=12315&filed=2026-09-30|200|<time datetime="2026-10-15">|@reply.12315-accept.cite
channel=lender&filed=2026-09-10|200|@reply.lender-none.how|@no-date|@channel.lender.next
channel=other&filed=2026-09-10|200|@reply.other-none.how|!href="/tools/letter?type=
channel=pboc&filed=2026-08-01|200|@reply.pboc.how|这个期限已经过了
channel=bank&filed=2199-01-01|422|id="e-FILED"|不能晚于今天|value="2199-01-01"
channel=bank&filed=2026-02-30&ticket=x|400|name="filed" type="text" value="2026-02-30"|2026年2月只有28天|value="x"
filed=2026-09-10&ticket=GD-2|422|id="e-CHANNEL"|value="GD-2"
channel=bank&filed=2026-09-10&ticket=%3Cscript%3E|200|&lt;script&gt;|!<script>
ROWS
COOKIE=$cc cgi POST /tools/complaint "csrf=$ctok&channel=bank&filed=2026-09-10&ticket=GD-1&format=ics"
expect_eq "complaint: calendar" "$status" 200
expect_grep "complaint: calendar type" 'Content-Type: text/calendar; charset=utf-8' "$tmp/head"
expect_grep "complaint: three reply periods" 'DTSTART;VALUE=DATE:20261109' "$tmp/body"
COOKIE=$cc cgi POST /tools/complaint "csrf=$ctok&channel=bank&filed=2026-09-10&ticket=GD-1&format=txt"
expect_grep "complaint: text names the ticket" 'GD-1' "$tmp/body"
expect_grep "complaint: text named for the tool and the day" "filename=\"complaint-bank-2026-09-10.txt\"" "$tmp/head"
n=$(sqlite3 "$db" "SELECT count(*) FROM question WHERE body LIKE '%GD-1%'" 2>/dev/null || echo 0)
expect_eq "complaint: nothing stored" "$n" 0
cgi GET /tools/letter/x
expect_eq "letter: no sub-pages" "$status" 404

finish cgi_tools_test
