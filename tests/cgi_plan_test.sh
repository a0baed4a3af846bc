#!/bin/bash
# CGI mode (tests/cgi_lib.sh), 我的行动方案: the start page, one question
# per screen (answers kept on an error, back and forward), the plan with
# its rules and dates, the paper view, the .txt, the .ics (read by a real
# iCalendar parser, python3-icalendar), and saving, reopening by the typed
# code and deleting; nothing stored unless the reader saves.
. "$(dirname "$0")/cgi_lib.sh"

# pos SLUG: the position of question SLUG of content/plan.
pos() { sed -n 's/^position: //p' "$top_srcdir/content/plan/$1.md"; }
# query "slug=v&slug=v": the same answers as the form sends them (a<position>).
query() {
    local out="" kv
    IFS='&' read -ra kvs <<< "$1"
    for kv in "${kvs[@]}"; do out="$out${out:+&}a$(pos "${kv%%=*}")=${kv#*=}"; done
    printf '%s' "$out"
}
saved_plans() { sqlite3 "$db" "SELECT count(*) FROM plan_saved"; }

cgi GET /plan
expect_eq "plan: start" "$status" 200
expect_grep "plan: says what is kept" '保存什么、不保存什么' "$tmp/body"
expect_grep "plan: the way in" 'href="/plan?at=1"' "$tmp/body"
expect_grep "plan: the box to reopen" 'name="code"' "$tmp/body"
expect_grep "plan: not cached" 'Cache-Control: no-store' "$tmp/head"
cgi GET "/plan?at=1"
expect_eq "plan: first question" "$status" 200
expect_grep "plan: one question a screen" '第 1 步，共' "$tmp/body"
expect_grep "plan: goes forward" 'name="at" value="2"' "$tmp/body"

# A path from the tests' own data: a payment order a week ago.
row=$(grep -v '^#' "$top_srcdir/tests/plan_paths.tsv" | grep -F 'papers=payment-order' | head -1)
[ -n "$row" ] || { echo "no payment-order path in plan_paths.tsv"; exit 99; }
today=$(printf '%s' "$row" | cut -f2)
q=$(query "$(printf '%s' "$row" | cut -f3)")
before=$(saved_plans)
cgi GET "/plan/result?$q"
expect_eq "plan: result" "$status" 200
expect_grep "plan: today first" '<h2>今天</h2>' "$tmp/body"
expect_grep "plan: the rule behind a step" 'class="plan-rule">依据：' "$tmp/body"
expect_grep "plan: the quoted law" '<details class="law">' "$tmp/body"
expect_grep "plan: a dated deadline" 'class="plan-deadline"' "$tmp/body"
expect_grep "plan: a change link per answer" 'class="plan-change"' "$tmp/body"
expect_grep "plan: save offered" 'action="/plan/save"' "$tmp/body"
expect_grep "plan: not indexed" 'noindex' "$tmp/body"
expect_eq "plan: nothing stored by looking" "$(saved_plans)" "$before"
cgi GET "/plan/result?$q&as=print"
expect_grep "plan: paper view" 'class="print-view"' "$tmp/body"
cgi GET "/plan/result?$q&as=txt"
expect_eq "plan: txt" "$status" 200
expect_grep "plan: txt type" 'Content-Type: text/plain; charset=utf-8' "$tmp/head"
expect_grep "plan: txt named for the plan and the day" "filename*=UTF-8''%E6%88%91%E7%9A%84%E8%A1%8C%E5%8A%A8%E6%96%B9%E6%A1%88-" "$tmp/head"
expect_grep "plan: txt has the steps" '今天' "$tmp/body"
cgi GET "/plan/result?$q&as=ics"
expect_eq "plan: ics" "$status" 200
expect_grep "plan: ics type" 'Content-Type: text/calendar; charset=utf-8' "$tmp/head"
cp "$tmp/body" "$tmp/plan.ics"
if out=$(/usr/bin/python3 - "$tmp/plan.ics" <<'PY'
import sys, icalendar, datetime
cal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())
events = [c for c in cal.walk('VEVENT')]
assert events, "no event"
for e in events:
    start = e.decoded('DTSTART')
    assert type(start) is datetime.date, "not a date-only event"
    assert e.decoded('DTEND') == start + datetime.timedelta(days=1), "not one day"
    alarms = [a for a in e.walk('VALARM')]
    assert alarms and alarms[0].decoded('TRIGGER') == datetime.timedelta(hours=-15), "no alarm at 9:00 the day before"
print(len(events))
PY
); then ok; else fail "plan: ics not read by icalendar: $out"; fi

# The limitation period counted from the last demand the reader gives,
# in a year the holiday table does not cover yet (said, not guessed).
row=$(grep -v '^#' "$top_srcdir/tests/plan_paths.tsv" | grep -F 'last-demand-date=2024-05-10' | head -1)
[ -n "$row" ] || { echo "no last-demand path in plan_paths.tsv"; exit 99; }
cgi GET "/plan/result?$(query "$(printf '%s' "$row" | cut -f3)")"
expect_eq "plan: limitation path" "$status" 200
expect_grep "plan: the limitation's estimated end" '2027年5月10日' "$tmp/body"
expect_grep "plan: a year without a holiday table is said" '尚未录入2027年节假日安排' "$tmp/body"

# Bad input: a date in the future, a choice that does not exist; the
# question comes back with the answer kept.
first=$(ls "$top_srcdir"/content/plan/*.md | xargs grep -l '^kind: date' | head -1)
dpos=$(sed -n 's/^position: //p' "$first")
cgi GET "/plan/result?$q&a$dpos=2199-01-01"
expect_eq "plan: a date in the future" "$status" 422
expect_grep "plan: says so at the field" 'id="e-Q"' "$tmp/body"
expect_grep "plan: the date kept" 'value="2199-01-01"' "$tmp/body"
cgi GET "/plan?at=2"
expect_eq "plan: a question left unanswered" "$status" 422
expect_grep "plan: asks for an answer" '请先回答这个问题' "$tmp/body"
cgi GET "/plan?at=2&a1=nosuch"
expect_eq "plan: not a choice" "$status" 422
expect_grep "plan: not a choice, said" '这不是这个问题的选项' "$tmp/body"
# Contradictory answers: no paper received, yet a date it was received.
ppos=$(pos papers)
cgi GET "/plan/result?$(printf '%s' "$q" | sed "s/a$ppos=[a-z-]*/a$ppos=none/")"
expect_eq "plan: contradictory answers" "$status" 422
expect_grep "plan: the contradiction explained" '和你前面的回答对不上' "$tmp/body"
expect_grep "plan: the date kept" 'value="2026-' "$tmp/body"
cgi GET "/plan?at=2&a1=%3Cscript%3E"
expect_nogrep "plan: markup escaped" '<script>' "$tmp/body"

# Save, reopen by the typed code, delete.
cgi GET /plan
c=$(sed -n 's/^Set-Cookie: \(qy_csrf=[0-9a-f]*\);.*/\1/p' "$tmp/head")
tok=$(grep -o 'name="csrf" value="[0-9a-f]*"' "$tmp/body" | head -1 | sed 's/.*value="//; s/"$//')
cgi POST /plan/save "$q"
expect_eq "plan: save without a token" "$status" 403
expect_eq "plan: nothing saved without a token" "$(saved_plans)" "$before"
COOKIE=$c cgi POST /plan/save "csrf=$tok&$q"
expect_eq "plan: saved" "$status" 303
loc=$(sed -n 's/^Location: \(.*\)\r$/\1/p' "$tmp/head")
code=${loc#/plan/p/}
[ ${#code} = 16 ] && ok || fail "plan: a 16-character code, got '$code'"
expect_eq "plan: one plan kept" "$(saved_plans)" "$((before + 1))"
n=$(sqlite3 "$db" "SELECT count(*) FROM plan_saved WHERE answers GLOB '*[^a-z0-9=&,-]*'")
expect_eq "plan: only choices and dates kept" "$n" 0
cgi GET "$loc"
expect_eq "plan: reopened" "$status" 200
shown=$(printf '%s' "$code" | tr 'a-z' 'A-Z' | sed 's/\(....\)/\1-/g; s/-$//')
expect_grep "plan: the code shown to write down" "$shown" "$tmp/body"
typed=$(printf '%s' "$shown" | tr 'A-Z' 'a-z' | sed 's/-/ /')
COOKIE=$c cgi POST /plan/open "csrf=$tok&code=$(urlenc "$typed")"
expect_eq "plan: opened by the typed code" "$status" 303
expect_grep "plan: to the plan" "Location: $loc" "$tmp/head"
COOKIE=$c cgi POST /plan/open "csrf=$tok&code=AAAA-BBBB"
expect_eq "plan: a wrong code" "$status" 404
expect_grep "plan: the wrong code kept" 'value="AAAA-BBBB"' "$tmp/body"
COOKIE=$c cgi POST "$loc" "csrf=$tok"
expect_eq "plan: delete asks to confirm" "$status" 400
COOKIE=$c cgi POST "$loc" "csrf=$tok&delete=yes"
expect_eq "plan: deleted" "$status" 303
expect_eq "plan: gone from the database" "$(saved_plans)" "$before"
cgi GET "$loc"
expect_eq "plan: gone" "$status" 404
finish cgi_plan_test
