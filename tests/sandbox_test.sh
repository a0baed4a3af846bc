#!/bin/bash
# The seccomp sandbox in the real program behind a real nginx: every worker
# runs under its filter (Seccomp: 2 in /proc/PID/status) and still answers
# every kind of page -- reading, search, the question form, votes, the
# letter tool, an editor's save and answer -- and a SIGHUP reload. A worker
# made to try a forbidden call ($QUANYI_SANDBOX_PROBE=1, then SIGUSR1) is
# killed by SIGSYS alone: the supervisor replaces it and the other worker
# keeps serving. With -S off the same call is allowed. In CGI mode the probe
# kills the process before it answers.
. "$(dirname "$0")/lib.sh"
[ -x "$nginx_bin" ] || { echo "nginx not installed"; exit 77; }
command -v curl >/dev/null || { echo "curl not installed"; exit 77; }

# The program with its probe armed, behind a private nginx from the
# shipped config less its limit on POSTs (this test posts more often than
# a reader may; e2e_test.sh checks the limit).
stack_start sandbox --env QUANYI_SANDBOX_PROBE=1 --post-rate off
stack_editor alice sandbox-pass-9

# seccomp_of PID: the Seccomp: line of a process (0 none, 2 filter).
seccomp_of() { sed -n 's/^Seccomp:[[:space:]]*//p' "/proc/$1/status" 2>/dev/null; }
# wait_gone PID: until the process has ended (at most 10 s).
wait_gone() {
    local i
    for i in $(seq 1 200); do kill -0 "$1" 2>/dev/null || return 0; sleep 0.05; done
    return 1
}
# wait_workers SUPERVISOR N: until it has N workers (at most 10 s).
wait_workers() {
    local i
    for i in $(seq 1 200); do [ "$(stack_workers "$1" | wc -l)" -eq "$2" ] && return 0; sleep 0.05; done
    return 1
}

wait_workers "$app_pid" 2 || fail "two workers did not start"

# get URL [curl args...]: status in $status, headers in $run/h, body in
# $run/b. The cookie keeps nginx's micro-cache out of the way: every
# request reaches a worker.
get() { stack_get "$@" -b "$run/jar" -c "$run/jar"; }
# token: the form token on the last page.
token() { grep -o 'name="csrf" value="[0-9a-f]*"' "$run/b" | head -1 | sed 's/.*value="//; s/"$//'; }
printf '127.0.0.1\tFALSE\t/\tFALSE\t0\tsandbox\t1\n' > "$run/jar"

# Every worker is inside its filter; the supervisor, which handles no
# request, is not (systemd's SystemCallFilter covers it in production).
before=$(stack_workers "$app_pid")
for w in $before; do expect_eq "worker $w: Seccomp" "$(seccomp_of "$w")" 2; done
expect_eq "supervisor: Seccomp" "$(seccomp_of "$app_pid")" 0

# Reading pages, both kinds of search, tools, feeds, errors.
slug=jail-or-fraud
for u in / /c/overdue "/a/$slug" /channels /glossary /ask /tools/letter \
    "/tools/timeline?due=2024-02-29" "/tools/court?paper=complaint&received=2026-09-16" \
    "/tools/court?paper=complaint&received=2026-09-16&format=ics" /tools/complaint /feed.xml /sitemap.xml \
    "/search?q=$(urlenc 征信)" "/search?q=$(urlenc 催收电话打给家人)"; do
    get "$u"
    expect_eq "GET $u" "$status" 200
done
expect_grep "search found articles" 'href="/a/' "$run/b"
get /nope
expect_eq "404 page" "$status" 404
get "/search?q=%FF"
expect_eq "400 page" "$status" 400
get / -X POST --data 'a=1'
expect_eq "405 page" "$status" 405

# A reader's question: token, the minimum fill time, 303 to the ticket.
get /ask
tok=$(token)
sleep 3
get /ask -H 'Sec-Fetch-Site: same-origin' --data-urlencode "csrf=$tok" \
    --data-urlencode topic=collection --data-urlencode "title=沙箱里的工人还能收问题吗" \
    --data-urlencode "body=催收公司每天打电话给我家人，我的手机号13912345678也被发到了群里，怎么办？" \
    --data-urlencode consent=yes --data-urlencode website=
expect_eq "POST /ask" "$status" 303
loc=$(sed -n 's/^[Ll]ocation: \(.*\)\r$/\1/p' "$run/h")
get "$loc"
expect_eq "ticket page" "$status" 200
expect_grep "ticket: number masked" '139****5678' "$run/b"

# A vote, and the letter tool's POST.
get "/a/$slug"
get "/vote/$slug" -H 'Sec-Fetch-Site: same-origin' --data "csrf=$(token)&helpful=yes"
expect_eq "POST vote" "$status" 303
get "/tools/letter?type=complaint"
get /tools/letter -H 'Sec-Fetch-Site: same-origin' \
    --data "csrf=$(token)&type=complaint&lender=$(urlenc 京东金融)&b_night=1&format=html"
expect_eq "POST letter" "$status" 200
expect_grep "letter built" '致：京东金融' "$run/b"

# An editor: the list, the edit form, a save (303, live at once), the
# queue, and an answer published to /q/<id>.
ed=(-u alice:sandbox-pass-9 -H 'Sec-Fetch-Site: same-origin')
for u in /admin/ /admin/questions /admin/docs; do
    get "$u" "${ed[@]}"
    expect_eq "GET $u" "$status" 200
done
get "/admin/a/$slug" "${ed[@]}"
expect_eq "admin edit form" "$status" 200
atok=$(token)
rev=$(grep -o 'name="base" value="[0-9]*"' "$run/b" | sed 's/.*value="//; s/"$//')
f=$top_srcdir/content/articles/$slug.md
field() { sed -n "s/^$1: //p" "$f"; }
md="$(sed '1,/^$/d' "$f")
沙箱测试补充的一段话。"
get "/admin/a/$slug" "${ed[@]}" --data "csrf=$atok&base=$rev&action=save&title=$(urlenc "$(field title)")&category=$(field category)&summary=$(urlenc "$(field summary)")&keywords=$(urlenc "$(field keywords)")&status=published&reviewed=$(field reviewed)&sources=$(urlenc "$(field source)")&md=$(urlenc "$md")"
expect_eq "admin save" "$status" 303
get "/a/$slug"
expect_grep "the saved text is live" '沙箱测试补充的一段话' "$run/b"
qid=$(sed -n 's|.*href="/admin/q/\([0-9]*\)".*|\1|p' < <(curl -s -u alice:sandbox-pass-9 "$base/admin/questions") | head -1)
[ -n "$qid" ] && ok || fail "the question is not in the queue"
get "/admin/q/$qid" "${ed[@]}"
get "/admin/q/$qid" "${ed[@]}" --data "csrf=$(token)&action=save&decision=publish&answer=$(urlenc '先保存通话记录。')&reason="
expect_eq "admin publishes an answer" "$status" 303
get "/q/$qid"
expect_eq "published question" "$status" 200

# SIGHUP: every worker re-reads the templates, inside its filter.
sed -i 's|<p class="lead"><strong>简短回答：</strong>|<p class="lead" data-sandbox="reloaded"><strong>简短回答：</strong>|' "$run/templates/article.tpl"
touch -d '+2 seconds' "$run/templates/article.tpl"
kill -HUP "$app_pid"
sleep 0.5
n=0
for i in 1 2 3 4; do get "/a/$slug"; grep -q 'data-sandbox="reloaded"' "$run/b" && n=$((n + 1)); done
expect_eq "after SIGHUP, the new template" "$n" 4

# Nothing so far touched the filter: the same two workers, none killed.
expect_eq "the same workers served everything" "$(stack_workers "$app_pid" | xargs)" "$(echo $before)"
expect_nogrep "no worker killed" 'killed by signal' "$run/app.log"

# The probe: one worker tries a forbidden call and dies of SIGSYS; only it.
set -- $before
victim=$1 other=$2
kill -USR1 "$victim"
wait_gone "$victim" && ok || fail "the probed worker is still running"
expect_grep "supervisor saw SIGSYS" "worker $victim killed by signal 31: a system call outside the sandbox" "$run/app.log"
expect_nogrep "the call was not allowed" "the call was allowed" "$run/app.log"
kill -0 "$other" 2>/dev/null && ok || fail "the other worker died too"
kill -0 "$app_pid" 2>/dev/null && ok || fail "the supervisor died"
wait_workers "$app_pid" 2 || fail "the probed worker was not replaced"
for w in $(stack_workers "$app_pid"); do
    [ "$w" = "$victim" ] && fail "dead worker still listed"
    expect_eq "worker $w after the probe: Seccomp" "$(seccomp_of "$w")" 2
done
good=0
for i in $(seq 1 20); do get "/a/$slug"; [ "$status" = 200 ] && good=$((good + 1)); done
expect_eq "requests after the probe" "$good" 20

# SIGTERM: a clean stop.
stack_stop_app 10
[ $? -eq 2 ] && fail "supervisor still running after SIGTERM" || ok
expect_eq "supervisor exit status" "$app_status" 0
expect_eq "workers stopped inside the filter without a kill" "$(grep -c 'killed by signal' "$run/app.log")" 1

# -S off: no filter, and the probe's call is allowed (the worker lives).
sock2=$run/off.sock
QUANYI_SANDBOX_PROBE=1 "$QUANYI_FCGI" -d "$db" -t "$run/templates" -s "$sock2" -n 1 -S off \
    2>"$run/off.log" &
off_pid=$!
stack_also "$off_pid"
quanyi_wait_for "$sock2" || fail "-S off: did not start"
wait_workers "$off_pid" 1 || fail "-S off: no worker"
w=$(stack_workers "$off_pid")
expect_eq "-S off: Seccomp" "$(seccomp_of "$w")" 0
kill -USR1 "$w"
for i in $(seq 1 100); do grep -q 'the call was allowed' "$run/off.log" && break; sleep 0.05; done
expect_grep "-S off: the call was allowed" "sandbox probe: the call was allowed (sandbox off)" "$run/off.log"
kill -0 "$w" 2>/dev/null && ok || fail "-S off: the worker died"
stack_term "$off_pid" 10 || fail "-S off: still running after SIGTERM"
wait "$off_pid"

# A bad mode is refused before anything starts.
"$QUANYI_FCGI" -d "$db" -t "$run/templates" -S maybe </dev/null >/dev/null 2>&1
expect_eq "-S maybe" "$?" 2
env QUANYI_SANDBOX=nope REQUEST_METHOD=GET REQUEST_URI=/ QUERY_STRING= \
    "$QUANYI_FCGI" -d "$db" -t "$run/templates" </dev/null >/dev/null 2>&1
expect_eq "QUANYI_SANDBOX=nope" "$?" 2

# CGI mode: the probe kills the process inside the filter before it
# answers; with QUANYI_SANDBOX=off the call is allowed and the page comes.
# (In a subshell whose own stderr is discarded: bash reports the kill.)
cgi() {
    (env -i PATH="$PATH" ASAN_OPTIONS="${ASAN_OPTIONS-}" UBSAN_OPTIONS="${UBSAN_OPTIONS-}" \
        REQUEST_METHOD=GET REQUEST_URI=/ QUERY_STRING= "$@" \
        "$QUANYI_FCGI" -d "$db" -t "$run/templates" </dev/null >"$run/cgi.out" 2>"$run/cgi.err"
     exit $?) 2>/dev/null
}
cgi QUANYI_SANDBOX_PROBE=1
expect_eq "CGI probe: killed by SIGSYS" "$?" $((128 + 31))
[ -s "$run/cgi.out" ] && fail "CGI probe: answered anyway" || ok
cgi QUANYI_SANDBOX_PROBE=1 QUANYI_SANDBOX=off
expect_eq "CGI probe, sandbox off" "$?" 0
expect_grep "CGI probe, sandbox off: allowed" "the call was allowed" "$run/cgi.err"
expect_grep "CGI probe, sandbox off: page" "Status: 200" "$run/cgi.out"
cgi
expect_eq "CGI in the sandbox" "$?" 0
expect_grep "CGI in the sandbox: page" "Status: 200" "$run/cgi.out"
finish sandbox_test
