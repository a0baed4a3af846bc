# Helpers for quanyi's shell tests. Each test counts failures and exits
# non-zero when there are any (automake: 77 = skipped, 99 = hard error).
failures=0
checks=0

ok()   { checks=$((checks + 1)); }
fail() { checks=$((checks + 1)); failures=$((failures + 1)); printf 'FAIL: %s\n' "$*"; }

# expect_eq WHAT GOT WANT
expect_eq() { if [ "$2" = "$3" ]; then ok; else fail "$1: got '$2', want '$3'"; fi; }

# readable WHAT FILE: FILE is there and can be read; else a failure
# that names it (a missing answer must never pass for an empty one).
readable() {
    if [ ! -e "$2" ]; then fail "$1: no file $2"; return 1; fi
    if [ -d "$2" ] || [ ! -r "$2" ]; then fail "$1: cannot read $2"; return 1; fi
}

# expect_grep WHAT PATTERN FILE: FILE contains the fixed string PATTERN.
expect_grep() {
    readable "$1" "$3" || return 0
    grep -qF -- "$2" "$3"
    case $? in
        0) ok ;;
        1) fail "$1: '$2' not found" ;;
        *) fail "$1: grep could not read $3" ;;
    esac
}

# expect_nogrep WHAT PATTERN FILE: FILE does not contain PATTERN (and is
# there to read: grep's error is not "not found").
expect_nogrep() {
    readable "$1" "$3" || return 0
    grep -qF -- "$2" "$3"
    case $? in
        0) fail "$1: '$2' found" ;;
        1) ok ;;
        *) fail "$1: grep could not read $3" ;;
    esac
}

# finish NAME: print the closing line and exit: non-zero when a check
# failed, or when none ran (a test that checked nothing has not passed).
finish() {
    printf '%s: %d checks, %d failures\n' "$1" "$checks" "$failures"
    if [ "$checks" -eq 0 ]; then
        printf 'FAIL: %s: no checks ran\n' "$1"
        exit 1
    fi
    [ "$failures" -eq 0 ]
    exit $?
}

: "${top_srcdir:=$(cd "$(dirname "$0")/.." && pwd)}"
: "${top_builddir:=$top_srcdir/build}"
QUANYI_FCGI=$top_builddir/src/quanyi-fcgi
QUANYICTL=$top_builddir/src/quanyictl

# urlenc TEXT: every byte percent-encoded, in capitals (tests/fcgi_client
# reads %a and %n as its own).
urlenc() { printf '%s' "$1" | od -An -tx1 -v | tr -d ' \n' | tr a-f A-F | sed 's/../%&/g'; }

# --- The stack ---------------------------------------------------------------
# The program as its own supervisor on a unix socket, behind a private
# nginx (nginx/dev.conf.in, filled in by scripts/lib.sh's
# quanyi_nginx_conf), everything in one run folder. stack_start makes it
# all; its pieces serve a test that needs less (fault_test.sh: no nginx).
# They set:
#   run        the run folder, /tmp/quanyi-NAME-XXXXXX (mode 755)
#   db         $run/q.db, imported from content/
#   sock       $run/q.sock, the program's socket
#   app_pid    the supervisor ("" once stopped); app_status its exit status
#   port base  nginx's loopback port, and http://127.0.0.1:$port
#   nginx_pid  nginx ("" once stopped)
# On exit stack_stop ends what was started (by pid: processes given to
# stack_also, nginx, the supervisor) and removes the run folder, unless
# KEEP_RUN is set (then it says where it is).
# This file stays POSIX sh (tpl_lint.sh and others run under /bin/sh): the
# stack is only for bash tests, and scripts/lib.sh is bash.
if [ -n "${BASH_VERSION-}" ]; then
    . "$top_srcdir/scripts/lib.sh"
    # (nginx itself reads $NGINX for inherited sockets: never export that name)
    nginx_bin=${QUANYI_NGINX:-$(quanyi_nginx_bin)}
fi
run="" app_pid="" app_status="" nginx_pid="" stack_pids=""

# stack_dir NAME: a new run folder; stack_stop runs on exit.
stack_dir() {
    run=$(mktemp -d "/tmp/quanyi-$1-XXXXXX") || { echo "cannot make a run folder"; exit 99; }
    chmod 755 "$run"
    trap stack_stop EXIT
}

# stack_site: the database, and copies of templates/ and static/ in the
# run folder, which nginx's workers (they may run as nobody) and a server
# run as another user can always reach.
stack_site() {
    db=$run/q.db
    "$QUANYICTL" -d "$db" import "$top_srcdir/content" >/dev/null || { echo "import failed"; exit 99; }
    cp -R "$top_srcdir/templates" "$run/templates"
    cp -R "$top_srcdir/static" "$run/static"
    chmod -R a+rX "$run/templates" "$run/static"
}

# stack_app [VAR=VALUE...]: the program as its own supervisor, two
# workers, on $sock (mode 0666, for nginx's workers), VAR=VALUE in its
# environment, its stderr in $run/app.log.
stack_app() {
    sock=$run/q.sock
    # The port nginx will listen on is chosen now: the program makes its
    # absolute links from the site address, as in production: the one a
    # test gives (--env QUANYI_SITE_URL=…), else this stack's own.
    [ -n "${port-}" ] || port=$(quanyi_free_port) || { echo "no free port"; exit 99; }
    env QUANYI_SITE_URL="http://127.0.0.1:$port" "$@" "$QUANYI_FCGI" -d "$db" -t "$run/templates" \
        -s "$sock" -m 0666 -n 2 2>"$run/app.log" &
    app_pid=$!
    quanyi_wait_for "$sock" 400 || { cat "$run/app.log"; echo "program did not start"; exit 99; }
}

# stack_nginx [--post-rate RATE]: nginx on a free loopback port, serving
# $run/static and the program. --post-rate puts a private copy of nginx/'s
# snippets in $run/nginx with another limit on POSTs than the shipped one
# (6 a minute from one address, burst 3; e2e_test.sh checks it): RATE in
# its place (600r/m), or "off" for none, for a test that posts more often
# than a reader may.
stack_nginx() {
    local rate="" i
    case ${1-} in
        --post-rate) rate=$2 ;;
        "") ;;
        *) echo "stack_nginx: unknown option $1"; exit 99 ;;
    esac
    [ -n "${port-}" ] || port=$(quanyi_free_port) || { echo "no free port"; exit 99; }
    quanyi_nginx_conf "$run" "$port" "$sock" "$run"
    if [ -n "$rate" ]; then
        mkdir -p "$run/nginx"
        cp "$QUANYI_TOP/nginx/quanyi-http.conf" "$QUANYI_TOP/nginx/quanyi-locations.conf" "$run/nginx/"
        if [ "$rate" = off ]; then
            sed -i '/limit_req zone=/d' "$run/nginx/quanyi-locations.conf"
        else
            sed -i "s|rate=6r/m;|rate=$rate;|" "$run/nginx/quanyi-http.conf"
            grep -q "rate=$rate;" "$run/nginx/quanyi-http.conf" ||
                { echo "the POST rate line in nginx/quanyi-http.conf changed; update tests/lib.sh"; exit 99; }
        fi
        sed -i "s|$QUANYI_TOP/nginx/|$run/nginx/|g" "$run/nginx.conf"
    fi
    "$nginx_bin" -p "$run" -e "$run/nginx-error.log" -c "$run/nginx.conf" -g 'daemon off;' &
    nginx_pid=$!
    base=http://127.0.0.1:$port
    for i in $(seq 1 100); do curl -s -o /dev/null "$base/static/site.css" && break; sleep 0.05; done
}

# stack_start NAME [--env VAR=VALUE]... [--post-rate RATE]: the whole
# stack: stack_dir NAME, stack_site, stack_app VAR=VALUE..., stack_nginx.
stack_start() {
    local name=$1 rate="" n
    shift
    # Each option is taken off the front; the VAR=VALUE of each --env go
    # on the back, and are all that is left at the end.
    n=$#
    while [ "$n" -gt 0 ]; do
        case $1 in
            --env) set -- "$@" "$2" ;;
            --post-rate) rate=$2 ;;
            *) echo "stack_start: unknown option $1"; exit 99 ;;
        esac
        shift 2
        n=$((n - 2))
    done
    stack_dir "$name"
    stack_site
    stack_app "$@"
    if [ -n "$rate" ]; then stack_nginx --post-rate "$rate"; else stack_nginx; fi
}

# stack_editor USER PASSWORD: an editor in $run/editors, the file nginx's
# basic auth reads (made with mode 644, which quanyictl keeps: nginx's
# workers may run as nobody).
stack_editor() {
    [ -e "$run/editors" ] || { : > "$run/editors"; chmod 644 "$run/editors"; }
    printf '%s\n' "$2" | "$QUANYICTL" editor add "$1" -p "$run/editors" >/dev/null ||
        { echo "editor add failed"; exit 99; }
}

# stack_get URL [curl args...]: one request through nginx; the status in
# $status, the headers in $run/h, the body in $run/b.
stack_get() {
    local url=$1
    shift
    status=$(curl -s -o "$run/b" -D "$run/h" -w '%{http_code}' "$@" "$base$url")
}

# stack_workers PID: a supervisor's workers (its children), one a line.
stack_workers() { pgrep -P "$1" | sort; }

# stack_also PID...: processes the test started (clients, another
# server) that stack_stop ends, by pid.
stack_also() { stack_pids="$stack_pids $*"; }
# stack_forget PID...: ones that have ended, or that the test has waited
# for: never signalled again (their pid may be another process's by then).
stack_forget() {
    local p q keep=""
    for q in $stack_pids; do
        for p in "$@"; do [ "$q" = "$p" ] && continue 2; done
        keep="$keep $q"
    done
    stack_pids=$keep
}

# stack_term PID [SECONDS [SIGNAL]]: SIGNAL (TERM), then wait up to
# SECONDS (60) until the process has ended: 0. If it has not, its
# children and it get SIGKILL, by pid (a hang must not hang make check),
# and 1. Either way stack_stop forgets it.
stack_term() {
    local pid=$1 tries=$(( ${2:-60} * 20 )) i w
    kill -"${3:-TERM}" "$pid" 2>/dev/null
    for i in $(seq 1 "$tries"); do
        kill -0 "$pid" 2>/dev/null || { stack_forget "$pid"; return 0; }
        sleep 0.05
    done
    for w in $(pgrep -P "$pid"); do kill -KILL "$w" 2>/dev/null; done
    kill -KILL "$pid" 2>/dev/null
    stack_forget "$pid"
    return 1
}

# stack_stop_app [SECONDS]: SIGTERM to the supervisor, which stops its
# workers and exits (stack_term, 60 s unless told); its exit status in
# $app_status. 0 when it ended with status 0, 1 when with another, 2 when
# it was still running after SECONDS (then killed); it says which on
# stdout unless 0.
stack_stop_app() {
    local secs=${1:-60} rc=0
    [ -n "$app_pid" ] || return 0
    if ! stack_term "$app_pid" "$secs"; then
        echo "the program did not stop within $secs s of SIGTERM"
        rc=2
    fi
    wait "$app_pid"
    app_status=$?
    app_pid=""
    if [ $rc -eq 0 ] && [ "$app_status" -ne 0 ]; then
        echo "the program exited with status $app_status after SIGTERM"
        rc=1
    fi
    return $rc
}

# stack_stop_nginx: nginx's graceful stop (SIGQUIT), at most 30 s.
stack_stop_nginx() {
    [ -n "$nginx_pid" ] || return 0
    stack_term "$nginx_pid" 30 QUIT
    wait "$nginx_pid" 2>/dev/null
    nginx_pid=""
}

# stack_stop: end everything started (the processes given to stack_also,
# nginx, the supervisor), then remove the run folder unless KEEP_RUN is
# set. On exit, from stack_dir's trap; a test may call it sooner.
stack_stop() {
    local p
    for p in $stack_pids; do
        stack_term "$p" 10
        wait "$p" 2>/dev/null
    done
    stack_stop_nginx
    stack_stop_app >/dev/null
    [ -n "$run" ] || return 0
    if [ -n "${KEEP_RUN-}" ]; then echo "kept $run"; else rm -rf "$run"; fi
    run=""
}
