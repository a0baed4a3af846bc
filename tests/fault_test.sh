#!/bin/bash
# Faults: the program as its own supervisor on a unix socket, driven by
# tests/fcgi_client (FastCGI, the way nginx talks to it) while things go
# wrong:
#  - kill -9 of workers under load: replaced, at most the request each was
#    answering is lost, later requests succeed;
#  - SIGHUP under load: no request fails, no worker dies;
#  - SIGTERM under load: the request in flight (a POST whose body is still
#    arriving) and every queued one is answered, nothing is cut off;
#  - a socket kept across restarts (as systemd's socket unit does): each
#    run serves, nothing waiting in the socket during a restart is lost;
#  - kill -9 of the whole program during a stream of questions: after a
#    restart the database is intact and every question that got its 303
#    is there, by ticket;
#  - a read-only database (file mode 0444 for an unprivileged server;
#    where mount namespaces are allowed, a read-only bind mount that stops
#    even root): pages read, every write route answers 503 with
#    Retry-After, the typed text kept, nothing crashes;
#  - a full disk (a small tmpfs where mount namespaces are allowed, and
#    always the database size cap, -M): 503 with Retry-After and the text
#    kept, the database intact, writes work again once there is room.
. "$(dirname "$0")/lib.sh"
client=$top_builddir/tests/fcgi_client
[ -x "$client" ] || { echo "tests/fcgi_client not built"; exit 99; }
command -v sqlite3 >/dev/null || { echo "sqlite3 not installed"; exit 77; }

# The run folder, the database and the templates (tests/lib.sh); the
# program too lives there, so that a server run as an unprivileged user
# can reach it. No nginx: the supervisors are started below (start_app),
# each handed to stack_also so that an early exit still ends them.
stack_dir fault
stack_site
cp "$QUANYI_FCGI" "$run/quanyi-fcgi"
prog=$run/quanyi-fcgi
# On exit, a request still waiting for $run/go may finish, then stack_stop
# ends the supervisors and the process that keeps the private mount
# namespace.
trap '[ -n "$run" ] && [ ! -f "$run/go" ] && : > "$run/go"; stack_stop' EXIT
slug=limitation-period-three-years

# start_app NAME [PREFIX... --] ARGS...: start the program as its own
# supervisor on $run/NAME.sock (stderr in $run/NAME.log); its pid in $app,
# its exit status in $run/NAME.status once it ends (a subshell waits for
# it, so that killing it is no news to this shell). A PREFIX (a command
# that runs the program, ending in --) may put it in another user or mount
# namespace.
start_app() {
    local name=$1 prefix=()
    shift
    if printf '%s\n' "$@" | grep -qx -- --; then
        while [ "$1" != -- ]; do prefix+=("$1"); shift; done
        shift
    fi
    rm -f "$run/$name.pid" "$run/$name.sock" "$run/$name.status"
    ( "${prefix[@]}" sh -c 'echo $$ > "$0"; exec "$@"' "$run/$name.pid" \
        "$prog" -t "$run/templates" -s "$run/$name.sock" -m 0666 -n 2 "$@" 2>>"$run/$name.log"
      echo $? > "$run/$name.status" ) 2>/dev/null &
    for i in $(seq 1 200); do [ -s "$run/$name.pid" ] && break; sleep 0.05; done
    app=$(cat "$run/$name.pid")
    stack_also "$app"
    if ! quanyi_wait_for "$run/$name.sock" 400; then
        cat "$run/$name.log"
        fail "$name: program did not start"
        return 1
    fi
    # The socket is there before the workers are forked: wait for both, so
    # that a list of workers taken now is complete.
    for i in $(seq 1 200); do [ "$(stack_workers "$app" | wc -l)" -ge 2 ] && break; sleep 0.05; done
}

# ended NAME: wait (at most 15 s) for the program started as NAME to end;
# its exit status in $stop_status.
ended() {
    for i in $(seq 1 300); do [ -s "$run/$1.status" ] && break; sleep 0.05; done
    stop_status=$(cat "$run/$1.status" 2>/dev/null || echo none)
}

# stop_app NAME PID: SIGTERM, then wait (at most 15 s, then SIGKILL)
# until it is gone; its exit status in $stop_status.
stop_app() {
    stack_term "$2" 15 || fail "supervisor $2 still running 15 s after SIGTERM"
    ended "$1"
}

# fc SOCKET METHOD URI [BODY] [client options...]: requests through
# fcgi_client with what nginx would pass (cookie in $COOKIE, editor in
# $RUSER). %n and %a in URI and BODY are the request number and a
# per-request address.
fc() {
    local sock=$1 method=$2 uri=$3 body qs=""
    shift 3
    case $uri in *\?*) qs=${uri#*\?} ;; esac
    if [ "$method" = POST ]; then
        body=$1
        shift
        timeout 300 "$client" -s "$sock" -e REQUEST_METHOD=POST -e "REQUEST_URI=$uri" -e "QUERY_STRING=$qs" \
            -e CONTENT_TYPE=application/x-www-form-urlencoded -e "HTTP_COOKIE=${COOKIE-}" \
            -e "REMOTE_USER=${RUSER-}" -e "REMOTE_ADDR=${ADDR:-%a}" -b "$body" "$@"
    else
        timeout 300 "$client" -s "$sock" -e "REQUEST_METHOD=$method" -e "REQUEST_URI=$uri" \
            -e "QUERY_STRING=$qs" -e "HTTP_COOKIE=${COOKIE-}" -e "REMOTE_USER=${RUSER-}" \
            -e "REMOTE_ADDR=${ADDR:-127.0.0.1}" "$@"
    fi
}

# cgi [PREFIX... --] METHOD URI [BODY]: one request in CGI mode (program
# options in $OPTS, the database in $CGI_DB); answer in $run/out,
# status in $status, exit status in $cgi_rc.
cgi() {
    local prefix=() method uri body qs=""
    if printf '%s\n' "$@" | grep -qx -- --; then
        while [ "$1" != -- ]; do prefix+=("$1"); shift; done
        shift
    fi
    method=$1 uri=$2 body=${3-}
    case $uri in *\?*) qs=${uri#*\?} ;; esac
    printf '%s' "$body" | "${prefix[@]}" env -i PATH="$PATH" ASAN_OPTIONS="${ASAN_OPTIONS-}" \
        ${QUANYI_SANDBOX:+"QUANYI_SANDBOX=$QUANYI_SANDBOX"} \
        UBSAN_OPTIONS="${UBSAN_OPTIONS-}" REQUEST_METHOD="$method" REQUEST_URI="$uri" \
        QUERY_STRING="$qs" CONTENT_TYPE=application/x-www-form-urlencoded \
        CONTENT_LENGTH="${#body}" HTTP_COOKIE="${COOKIE-}" REMOTE_ADDR="${ADDR:-127.0.0.1}" \
        REMOTE_USER="${RUSER-}" "$prog" -d "${CGI_DB:-$db}" -t "$run/templates" ${OPTS-} \
        >"$run/out" 2>"$run/err"
    cgi_rc=$?
    status=$(sed -n '1s/^Status: \([0-9]*\).*/\1/p' "$run/out")
    [ -n "$status" ] || status=none
}

# token_from FILE: the cookie (into COOKIE, if the answer set one) and the
# form token (into TOK) of a form page.
token_from() {
    local c
    c=$(sed -n 's/^Set-Cookie: \(qy_csrf=[0-9a-f]*\);.*/\1/p' "$1" | head -1)
    [ -n "$c" ] && COOKIE=$c
    TOK=$(grep -ao 'name="csrf" value="[0-9a-f]*"' "$1" | head -1 | sed 's/.*value="//; s/"$//')
}

# wait_lines FILE N: wait (at most 60 s) until FILE has N lines.
wait_lines() {
    for i in $(seq 1 1200); do
        [ -f "$1" ] && [ "$(wc -l < "$1")" -ge "$2" ] && return 0
        sleep 0.05
    done
    fail "$1: never reached $2 lines"
    return 1
}

# count FILE FIELD2: how many result lines have that status (or ERR).
count() { awk -v s="$2" '$1 ~ /^[0-9]+$/ && $2 == s' "$1" | wc -l | tr -d ' '; }

title=$(urlenc '催收打电话给我家里人')
# The question's body; %n (the request number) makes each one different.
qbody="$(urlenc '第')%n$(urlenc '条测试问题：催收公司每天打电话给我父母，说要上门，我该怎么办？')"
pct=%n

start_app main -d "$db" || finish fault_test
main=$app

# One form token for every post below: every database here is a copy of
# this one, with the same secret. Questions need the form to be older
# than 3 seconds; ripe waits for that.
COOKIE=
fc "$run/main.sock" GET /ask -o 100000 > "$run/form.out"
token_from "$run/form.out"
tok=$TOK
served=$(date +%s)
[ ${#tok} = 40 ] && [ -n "$COOKIE" ] && ok || fail "ask: no form token or cookie"
ripe() { while [ $(( $(date +%s) - served )) -lt 4 ]; do sleep 0.2; done; }

# --- kill -9 of workers under load ------------------------------------
old_workers=$(stack_workers "$main")
expect_eq "two workers" "$(printf '%s\n' $old_workers | wc -l | tr -d ' ')" 2
fc "$run/main.sock" GET "/a/$slug" -n 1500 -c 4 > "$run/kill.out" &
load=$!
w1=$(printf '%s\n' $old_workers | sed -n 1p)
w2=$(printf '%s\n' $old_workers | sed -n 2p)
wait_lines "$run/kill.out" 200 && kill -9 "$w1"
wait_lines "$run/kill.out" 700 && kill -9 "$w2"
wait "$load"
n200=$(count "$run/kill.out" 200)
lost=$(( 1500 - n200 ))
echo "kill -9 of 2 workers under load: 1500 requests, $lost lost"
[ "$lost" -le 2 ] && ok || fail "kill -9 of two workers lost $lost requests (at most one each)"
bad=$(awk '$2 != 200 && $2 != "ERR"' "$run/kill.out" | head -3)
expect_eq "kill -9: every answer was a whole 200" "$bad" ""
for i in $(seq 1 100); do [ "$(stack_workers "$main" | wc -l)" -eq 2 ] && break; sleep 0.05; done
new_workers=$(stack_workers "$main")
expect_eq "two workers again" "$(printf '%s\n' $new_workers | wc -l | tr -d ' ')" 2
for w in $new_workers; do
    case " $old_workers " in *" $w "*) fail "worker $w was not replaced" ;; *) ok ;; esac
done
expect_eq "supervisor saw both deaths" "$(grep -c 'killed by signal 9' "$run/main.log")" 2
fc "$run/main.sock" GET / -n 200 -c 2 > "$run/after.out"
expect_eq "requests after the kills" "$(count "$run/after.out" 200)" 200

# --- SIGHUP under load ---------------------------------------------------
hup_workers=$(stack_workers "$main")
fc "$run/main.sock" GET "/a/$slug" -n 1000 -c 2 > "$run/hup1.out" &
l1=$!
fc "$run/main.sock" GET "/search?q=$(urlenc '催收 家人')" -n 600 -c 2 > "$run/hup2.out" &
l2=$!
for k in 1 2 3 4 5; do
    wait_lines "$run/hup1.out" $((k * 150)) && kill -HUP "$main"
done
wait "$l1" "$l2"
expect_eq "SIGHUP: every article request answered" "$(count "$run/hup1.out" 200)" 1000
expect_eq "SIGHUP: every search answered" "$(count "$run/hup2.out" 200)" 600
expect_eq "SIGHUP: no worker died" "$(stack_workers "$main" | tr '\n' ' ')" "$(printf '%s\n' $hup_workers | tr '\n' ' ')"

# --- kill -9 of everything during a stream of questions -----------------
ripe
post="csrf=$tok&topic=collection&title=$title%n&body=$qbody&consent=yes&website="
fc "$run/main.sock" POST /ask "$post" -n 3000 -c 4 > "$run/stream.out" &
load=$!
wait_lines "$run/stream.out" 150
kill -9 "$main" $(stack_workers "$main")
wait "$load"
ended main
expect_eq "kill -9: the program died of it" "$stop_status" 137
stack_forget "$main"
got=$(count "$run/stream.out" 303)
echo "kill -9 of the program: $got questions got their 303 before it, $(count "$run/stream.out" ERR) did not"
[ "$got" -ge 100 ] && ok || fail "only $got questions accepted before the kill"
expect_eq "stream: nothing but 303 or a lost connection" \
    "$(awk '$2 != 303 && $2 != "ERR"' "$run/stream.out" | head -3)" ""
expect_eq "after kill -9: integrity" "$(sqlite3 "$db" 'PRAGMA integrity_check')" ok
awk '$2 == 303 { sub("^/ask/", "", $4); print $4 }' "$run/stream.out" > "$run/tickets"
missing=$(printf '.mode list\nCREATE TEMP TABLE t(ticket TEXT);\n.import %s t\nSELECT count(*) FROM t WHERE ticket NOT IN (SELECT ticket FROM question);\n' \
    "$run/tickets" | sqlite3 "$db")
expect_eq "every question answered with 303 is stored (of $got)" "$missing" 0
start_app main -d "$db" || finish fault_test
main=$app
last=$(tail -1 "$run/tickets")
fc "$run/main.sock" GET "/ask/$last" -o 100000 > "$run/ticket.out"
expect_eq "restart: the last ticket page" "$(head -1 "$run/ticket.out" | cut -d' ' -f2)" 200
fc "$run/main.sock" POST /ask "$post" -n 5 > "$run/again.out"
expect_eq "restart: questions accepted again" "$(count "$run/again.out" 303)" 5

# --- SIGTERM under load ---------------------------------------------------
# A question whose body is still arriving when the signal comes, and a
# stream of page requests: everything that reached the program is
# answered in full; afterwards connections are refused, never cut off.
rm -f "$run/go"
fc "$run/main.sock" POST /ask "$post" -w "$run/go" > "$run/slow.out" &
slow=$!
fc "$run/main.sock" GET "/a/$slug" -n 20000 -c 3 > "$run/term.out" &
load=$!
wait_lines "$run/slow.out" 1
wait_lines "$run/term.out" 300
term_main=$main
kill -TERM "$main"
sleep 0.3
: > "$run/go"
wait "$slow" "$load"
stop_app main "$term_main"
expect_eq "SIGTERM: exit status" "$stop_status" 0
expect_eq "SIGTERM: the question in flight was stored" "$(sed -n 2p "$run/slow.out" | cut -d' ' -f2)" 303
t=$(sed -n '2s|.* /ask/||p' "$run/slow.out")
expect_eq "SIGTERM: its ticket is there" "$(sqlite3 "$db" "SELECT count(*) FROM question WHERE ticket = '$t'")" 1
answered=$(count "$run/term.out" 200)
echo "SIGTERM under load: $answered answered, $(count "$run/term.out" ERR) refused afterwards"
[ "$answered" -ge 300 ] && ok || fail "SIGTERM: only $answered requests answered"
cut=$(awk '$2 != 200 && !($2 == "ERR" && $3 == "connect")' "$run/term.out" | head -3)
expect_eq "SIGTERM: no request cut off (answered $answered, refused $(count "$run/term.out" ERR))" "$cut" ""
[ -e "$run/main.sock" ] && fail "SIGTERM: socket left behind" || ok
expect_eq "after SIGTERM: integrity" "$(sqlite3 "$db" 'PRAGMA integrity_check')" ok

# --- a socket that outlives the program (as systemd's socket unit keeps
# it) ----------------------------------------------------------------------
# It comes non-blocking (as with systemd's NonBlocking=yes): each run must
# still serve, and what waits in the socket during a restart is answered
# by the next run.
keeper_bin=$top_builddir/tests/listen_exec
"$keeper_bin" "$run/kept.sock" 2 "$prog" -d "$db" -t "$run/templates" -n 2 \
    > "$run/kept.out" 2> "$run/kept.log" &
keeper=$!
stack_also "$keeper"
wait_lines "$run/kept.out" 1
kept1=$(sed -n 's/^run 1 pid //p' "$run/kept.out")
quanyi_wait_for "$run/kept.sock" 200
timeout 120 "$client" -s "$run/kept.sock" -e REQUEST_METHOD=GET -e REQUEST_URI=/ -e QUERY_STRING= \
    -n 100 -c 2 > "$run/kept1.out"
expect_eq "kept socket, first run: answered" "$(count "$run/kept1.out" 200)" 100
timeout 120 "$client" -s "$run/kept.sock" -e REQUEST_METHOD=GET -e "REQUEST_URI=/a/$slug" -e QUERY_STRING= \
    -n 400 -c 2 > "$run/kept-gap.out" &
gap=$!
wait_lines "$run/kept-gap.out" 100
kill -TERM "$kept1"
wait_lines "$run/kept.out" 3
kept2=$(sed -n 's/^run 2 pid //p' "$run/kept.out")
wait "$gap"
expect_eq "kept socket: every request across the restart answered ($(awk '$2 != 200' "$run/kept-gap.out" | head -3 | tr '\n' ' '))" \
    "$(count "$run/kept-gap.out" 200)" 400
timeout 120 "$client" -s "$run/kept.sock" -e REQUEST_METHOD=GET -e REQUEST_URI=/ -e QUERY_STRING= \
    -n 100 -c 2 > "$run/kept2.out"
expect_eq "kept socket, second run: answered" "$(count "$run/kept2.out" 200)" 100
kill -TERM "$kept2"
wait "$keeper"
stack_forget "$keeper"
expect_eq "kept socket: both runs stopped cleanly" "$(grep -c '^run [12] exit 0$' "$run/kept.out")" 2
expect_eq "kept socket: no worker failed" "$(grep -c 'accept failed\|killed by signal\|exited with' "$run/kept.log")" 0

# --- a read-only database ----------------------------------------------
# Root writes through file modes, so the server runs as nobody (or as the
# user running the test); the folder stays writable for SQLite's -shm.
if [ "$(id -u)" -eq 0 ]; then
    as_user=(setpriv --reuid=nobody --regid=nogroup --clear-groups --)
else
    as_user=(env --)
fi
sqlite3 "$db" 'PRAGMA wal_checkpoint(TRUNCATE)' >/dev/null
rodir=$run/ro
mkdir "$rodir"
cp "$db" "$rodir/q.db"
# A second revision of the article, so that restoring the first one has
# something to write.
RUSER=alice CGI_DB=$rodir/q.db cgi GET "/admin/a/$slug"
base=$(grep -ao 'name="base" value="[0-9]*"' "$run/out" | sed 's/.*value="//; s/"$//')
f=$top_srcdir/content/articles/$slug.md
form="title=$(urlenc "$(sed -n 's/^title: //p' "$f")")&category=$(sed -n 's/^category: //p' "$f")"
form="$form&summary=$(urlenc "$(sed -n 's/^summary: //p' "$f")")&keywords=$(urlenc "$(sed -n 's/^keywords: //p' "$f")")"
form="$form&status=published&reviewed=$(sed -n 's/^reviewed: //p' "$f")&sources=$(urlenc "$(sed -n 's/^source: //p' "$f")")"
RUSER=alice CGI_DB=$rodir/q.db cgi POST "/admin/a/$slug" "csrf=$tok&base=$base&action=save&$form&md=$(urlenc "$(sed '1,/^$/d' "$f")
第二版。")"
expect_eq "a second revision to restore from" "$status" 303
sqlite3 "$rodir/q.db" 'PRAGMA wal_checkpoint(TRUNCATE)' >/dev/null
chmod 444 "$rodir/q.db"
chmod 777 "$rodir"
CGI_DB=$rodir/q.db
OPTS=
for uri in / "/a/$slug" /c/collection "/search?q=$(urlenc '征信')" /ask /glossary /channels; do
    cgi "${as_user[@]}" GET "$uri"
    expect_eq "read-only: GET $uri" "$status" 200
done
cgi "${as_user[@]}" POST /ask "csrf=$tok&topic=collection&title=$title&body=${qbody//"$pct"/1}&consent=yes&website="
expect_eq "read-only: ask" "$status" 503
expect_eq "read-only: ask exits cleanly" "$cgi_rc" 0
expect_grep "read-only: Retry-After" 'Retry-After: ' "$run/out"
expect_grep "read-only: says why" '只能阅读，暂时不能保存' "$run/out"
expect_grep "read-only: the title kept" 'value="催收打电话给我家里人"' "$run/out"
expect_grep "read-only: the question kept" '催收公司每天打电话给我父母' "$run/out"
cgi "${as_user[@]}" GET "/a/$slug"
vtok=$(grep -ao 'name="csrf" value="[0-9a-f]*"' "$run/out" | head -1 | sed 's/.*value="//; s/"$//')
cgi "${as_user[@]}" POST "/vote/$slug" "csrf=$vtok&helpful=yes"
expect_eq "read-only: vote" "$status" 503
expect_grep "read-only: vote Retry-After" 'Retry-After: ' "$run/out"
export RUSER=alice
cgi "${as_user[@]}" GET "/admin/a/$slug"
base=$(grep -ao 'name="base" value="[0-9]*"' "$run/out" | sed 's/.*value="//; s/"$//')
form="$form&md=$(urlenc "$(sed '1,/^$/d' "$f")
只读时编辑补充的一段话。")"
cgi "${as_user[@]}" POST "/admin/a/$slug" "csrf=$tok&base=$base&action=save&$form"
expect_eq "read-only: article save" "$status" 503
expect_grep "read-only: the editor's text kept" '只读时编辑补充的一段话' "$run/out"
expect_grep "read-only: article Retry-After" 'Retry-After: ' "$run/out"
qid=$(sqlite3 "$rodir/q.db" "SELECT id FROM question ORDER BY id LIMIT 1")
cgi "${as_user[@]}" POST "/admin/q/$qid" "csrf=$tok&action=save&decision=private&answer=$(urlenc '只读时写下的回答。')"
expect_eq "read-only: answer a question" "$status" 503
expect_grep "read-only: the answer kept" '只读时写下的回答' "$run/out"
cgi "${as_user[@]}" GET /admin/d/glossary/limitation-period
doc=$(cat "$top_srcdir/content/glossary/limitation-period.md")
cgi "${as_user[@]}" POST /admin/d/glossary/limitation-period "csrf=$tok&base=0&doc=$(urlenc "$doc
只读时补充的术语说明。")"
expect_eq "read-only: term save" "$status" 503
expect_grep "read-only: the term text kept" '只读时补充的术语说明' "$run/out"
cgi "${as_user[@]}" POST "/admin/restore/$slug" "csrf=$tok&rev=1"
expect_eq "read-only: restore" "$status" 503
unset RUSER
expect_eq "read-only: nothing written" "$(sqlite3 "$rodir/q.db" "SELECT count(*) FROM question")" \
    "$(sqlite3 "$db" "SELECT count(*) FROM question")"

# The same through the supervisor: pages read, posts get 503, no worker
# dies.
start_app ro/srv "${as_user[@]}" -d "$rodir/q.db" || finish fault_test
ro=$app
ro_workers=$(stack_workers "$ro")
fc "$run/ro/srv.sock" GET "/a/$slug" -n 100 -c 2 > "$run/ro.out"
expect_eq "read-only server: pages" "$(count "$run/ro.out" 200)" 100
fc "$run/ro/srv.sock" POST /ask "csrf=$tok&topic=collection&title=$title&body=$qbody&consent=yes&website=" \
    -n 20 -c 2 -o 100000 > "$run/ro-post.out"
expect_eq "read-only server: every question 503" "$(count "$run/ro-post.out" 503)" 20
expect_grep "read-only server: Retry-After" 'Retry-After: 300' "$run/ro-post.out"
expect_eq "read-only server: no worker died" "$(stack_workers "$ro" | tr '\n' ' ')" "$(printf '%s\n' $ro_workers | tr '\n' ' ')"
stop_app ro/srv "$ro"
expect_eq "read-only server: clean stop" "$stop_status" 0
unset CGI_DB

# --- a full disk: the size cap (-M) --------------------------------------
capdb=$run/cap.db
cp "$db" "$capdb"
CGI_DB=$capdb
OPTS="-M $(( $(stat -c %s "$capdb") / 1024 ))"
full=0
for i in $(seq 1 40); do
    ADDR=10.9.0.$i cgi POST /ask "csrf=$tok&topic=collection&title=$title&body=${qbody//"$pct"/$i}&consent=yes&website="
    [ "$status" = 503 ] && { full=1; break; }
    [ "$status" = 303 ] || { fail "size cap: question $i answered $status"; break; }
done
expect_eq "size cap: a question that does not fit gets 503" "$full" 1
expect_eq "size cap: exits cleanly" "$cgi_rc" 0
expect_grep "size cap: says the disk is full" '存储空间满了' "$run/out"
expect_grep "size cap: Retry-After" 'Retry-After: ' "$run/out"
expect_grep "size cap: the question kept" '催收公司每天打电话给我父母' "$run/out"
expect_eq "size cap: integrity" "$(sqlite3 "$capdb" 'PRAGMA integrity_check')" ok
cgi GET "/a/$slug"
expect_eq "size cap: pages still read" "$status" 200
OPTS=
ADDR=10.9.1.1 cgi POST /ask "csrf=$tok&topic=collection&title=$title&body=${qbody//"$pct"/x}&consent=yes&website="
expect_eq "size cap lifted: accepted" "$status" 303
unset CGI_DB OPTS

# --- mount namespaces: a full tmpfs and a read-only bind mount ------------
# Only where this machine lets us make a private mount namespace (the
# mounts vanish with it). Paths inside it must be absolute.
if unshare -m --propagation private true 2>/dev/null; then
    unshare -m --propagation private sleep 600 &
    holder=$!
    stack_also "$holder"
    sleep 0.2
    ns=(nsenter -t "$holder" -m --)
    mnt=$run/tmpfs
    mkdir "$mnt"
    # room for the database and 2 MiB more (its WAL and shared memory)
    tmpkib=$(( $(stat -c %s "$db") / 1024 + 2048 ))
    if "${ns[@]}" mount -t tmpfs -o "size=${tmpkib}k,mode=755" quanyi-fault "$mnt" &&
       [ "$("${ns[@]}" stat -f -c %T "$mnt")" = tmpfs ] && [ "$(stat -f -c %T "$mnt")" != tmpfs ]; then
        ok
        "${ns[@]}" cp "$db" "$mnt/q.db"
        start_app full "${ns[@]}" -d "$mnt/q.db" || finish fault_test
        fullpid=$app
        # Fill what is left (bounded: never more than the tmpfs holds).
        "${ns[@]}" dd if=/dev/zero of="$mnt/filler" bs=1k count="$tmpkib" 2>/dev/null
        avail=$("${ns[@]}" df -k --output=avail "$mnt" | tail -1 | tr -d ' ')
        expect_eq "tmpfs: full" "$avail" 0
        fc "$run/full.sock" POST /ask "csrf=$tok&topic=collection&title=$title&body=$qbody&consent=yes&website=" \
            -n 20 -c 2 -o 100000 > "$run/full-post.out"
        expect_eq "full disk: every question 503" "$(count "$run/full-post.out" 503)" 20
        expect_grep "full disk: says the disk is full" '存储空间满了' "$run/full-post.out"
        expect_grep "full disk: Retry-After" 'Retry-After: 300' "$run/full-post.out"
        expect_grep "full disk: the question kept" '催收公司每天打电话给我父母' "$run/full-post.out"
        fc "$run/full.sock" GET "/a/$slug" -n 50 -c 2 > "$run/full-get.out"
        expect_eq "full disk: pages still read" "$(count "$run/full-get.out" 200)" 50
        "${ns[@]}" rm -f "$mnt/filler"
        fc "$run/full.sock" POST /ask "csrf=$tok&topic=collection&title=$title&body=$qbody&consent=yes&website=" \
            -n 5 > "$run/full-again.out"
        expect_eq "room again: questions accepted without a restart" "$(count "$run/full-again.out" 303)" 5
        expect_eq "full disk: workers survived" "$(grep -c 'killed by signal' "$run/full.log")" 0
        stop_app full "$fullpid"
        expect_eq "full disk: integrity" "$("${ns[@]}" sqlite3 "$mnt/q.db" 'PRAGMA integrity_check')" ok

        # Read-only: a replica on a read-only bind mount of a folder a
        # writable instance serves from. Even root cannot write there.
        rw=$run/rw
        robind=$run/robind
        mkdir "$rw" "$robind"
        cp "$db" "$rw/q.db"
        start_app primary "${ns[@]}" -d "$rw/q.db" || finish fault_test
        primary=$app
        "${ns[@]}" mount --bind "$rw" "$robind"
        "${ns[@]}" mount -o remount,bind,ro "$robind"
        if "${ns[@]}" touch "$robind/probe" 2>/dev/null; then
            fail "read-only bind mount is writable"
        else
            ok
        fi
        start_app replica "${ns[@]}" -d "$robind/q.db" || finish fault_test
        replica=$app
        fc "$run/replica.sock" GET "/a/$slug" -n 50 -c 2 > "$run/replica-get.out"
        expect_eq "read-only mount: pages" "$(count "$run/replica-get.out" 200)" 50
        fc "$run/replica.sock" POST /ask "csrf=$tok&topic=collection&title=$title&body=$qbody&consent=yes&website=" \
            -n 10 -c 2 -o 100000 > "$run/replica-post.out"
        expect_eq "read-only mount: every question 503" "$(count "$run/replica-post.out" 503)" 10
        expect_grep "read-only mount: says why" '只能阅读，暂时不能保存' "$run/replica-post.out"
        fc "$run/primary.sock" POST /ask "csrf=$tok&topic=collection&title=$title&body=$qbody&consent=yes&website=" \
            -n 3 > "$run/primary-post.out"
        expect_eq "the writable instance still writes" "$(count "$run/primary-post.out" 303)" 3
        t=$(sed -n '1s|.* /ask/||p' "$run/primary-post.out")
        fc "$run/replica.sock" GET "/ask/$t" > "$run/replica-ticket.out"
        expect_eq "read-only mount: sees the writable instance's question" \
            "$(cut -d' ' -f2 "$run/replica-ticket.out")" 200
        expect_eq "read-only mount: workers survived" "$(grep -c 'killed by signal' "$run/replica.log")" 0
        stop_app replica "$replica"
        stop_app primary "$primary"
        expect_eq "read-only mount: integrity" "$(sqlite3 "$rw/q.db" 'PRAGMA integrity_check')" ok
    else
        echo "note: cannot mount a tmpfs in a private namespace here; skipped the tmpfs and bind-mount checks"
    fi
    stack_term "$holder" 10
    wait "$holder" 2>/dev/null
else
    echo "note: no private mount namespace here; skipped the tmpfs and bind-mount checks (the -M size cap and file modes were tested)"
fi

asan=$(cat "$run"/*.log "$run"/ro/*.log 2>/dev/null | grep -c 'ERROR: AddressSanitizer\|runtime error:')
expect_eq "no sanitizer reports in the servers' logs" "$asan" 0
finish fault_test
