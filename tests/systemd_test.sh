#!/bin/bash
# The shipped systemd units, checked without a running systemd:
#  - `systemd-analyze verify` finds nothing wrong with quanyi.socket and
#    quanyi.service (ExecStart pointed at the built program);
#  - `systemd-analyze security --offline` rates the service at most 1.0
#    ("SAFE"; an unhardened service rates about 9), and the lines the
#    least-privilege design rests on are there;
#  - the unit's SystemCallFilter allows every call the program's own
#    sandbox allows (else systemd would kill a worker the sandbox lets
#    live), and every call the program made in a traced run: start-up as
#    supervisor, workers entering their filter, requests, SIGHUP, SIGTERM.
. "$(dirname "$0")/lib.sh"
command -v systemd-analyze >/dev/null || { echo "systemd-analyze not installed"; exit 77; }

tmp=$(mktemp -d /tmp/quanyi-systemd-XXXXXX)
app_pid=""
cleanup() {
    [ -n "$app_pid" ] && kill -TERM "$app_pid" 2>/dev/null
    wait 2>/dev/null
    rm -rf "$tmp"
}
trap cleanup EXIT
unit=$top_srcdir/nginx/quanyi.service
sed "s|^ExecStart=/usr/bin/quanyi-fcgi |ExecStart=$QUANYI_FCGI |" "$unit" > "$tmp/quanyi.service"
cp "$top_srcdir/nginx/quanyi.socket" "$tmp/"
grep -q "^ExecStart=$QUANYI_FCGI " "$tmp/quanyi.service" && ok || fail "ExecStart is not /usr/bin/quanyi-fcgi"

out=$(cd "$tmp" && systemd-analyze verify quanyi.socket quanyi.service 2>&1)
expect_eq "verify: exit status" "$?" 0
expect_eq "verify: no complaints" "$out" ""

out=$(cd "$tmp" && systemd-analyze security --offline=yes --threshold=10 quanyi.service 2>&1)
expect_eq "security: exposure at most 1.0" "$?" 0
level=$(printf '%s\n' "$out" | sed -n 's/.*Overall exposure level for quanyi.service: \([0-9.]*\).*/\1/p')
echo "systemd-analyze security: exposure $level"
[ -n "$level" ] && ok || fail "security: no exposure level in: $out"

# has_line LINE: the unit has exactly this line.
has_line() { if grep -qxF -- "$1" "$unit"; then ok; else fail "unit lacks '$1'"; fi; }
for l in User=quanyi NoNewPrivileges=yes ProtectSystem=strict PrivateTmp=yes \
    ReadWritePaths=/var/lib/quanyi CapabilityBoundingSet= RestrictAddressFamilies=AF_UNIX \
    PrivateNetwork=yes MemoryDenyWriteExecute=yes RestrictNamespaces=yes LockPersonality=yes \
    ProtectProc=invisible UMask=0077 SystemCallArchitectures=native; do
    has_line "$l"
done

# expand NAME...: system call names, with @groups opened recursively.
expand() {
    local n
    for n in "$@"; do
        case $n in
        @*) expand $(systemd-analyze syscall-filter "$n" 2>/dev/null |
                         sed -e '1d' -e '/^[[:space:]]*#/d' -e 's/^[[:space:]]*//' -e '/^$/d') ;;
        *) echo "$n" ;;
        esac
    done
}
# The unit's effective list: its allow lines, less its ~deny lines.
allow=$(sed -n 's/^SystemCallFilter=\([^~].*\)/\1/p' "$unit")
deny=$(sed -n 's/^SystemCallFilter=~\(.*\)/\1/p' "$unit")
expand $allow | sort -u > "$tmp/allow"
expand $deny | sort -u > "$tmp/deny"
comm -23 "$tmp/allow" "$tmp/deny" > "$tmp/unit"
[ "$(wc -l < "$tmp/unit")" -gt 100 ] && ok || fail "the unit's system call list looks empty"
grep -qx seccomp "$tmp/unit" && ok || fail "the unit forbids seccomp: workers could not enter their filter"
grep -qx execve "$tmp/deny" && fail "execve denied: systemd could not start the program" || ok

# The sandbox's production list (src/sandbox.c: sandbox_allowed and the
# calls allowed with conditions in sandbox_rules).
sed -n '/^static const char \*const sandbox_allowed\[\]/,/^};/p' "$top_srcdir/src/sandbox.c" |
    grep -v '^static' | grep -o '"[a-z0-9_]*"' | tr -d '"' > "$tmp/sandbox"
sed -n '/^static int sandbox_rules/,/^}/p' "$top_srcdir/src/sandbox.c" |
    grep -o 'SCMP_SYS([a-z0-9_]*)' | sed 's/SCMP_SYS(\(.*\))/\1/' | grep -vx clone >> "$tmp/sandbox"
sort -u -o "$tmp/sandbox" "$tmp/sandbox"
[ "$(wc -l < "$tmp/sandbox")" -gt 30 ] && ok || fail "could not read the sandbox's list"
# (fchown: SQLite calls it only as root, and the unit never runs as root.)
missing=$(comm -23 "$tmp/sandbox" "$tmp/unit" | grep -vx fchown | xargs)
expect_eq "sandbox calls the unit forbids" "$missing" ""

# A traced run: supervisor start-up, two workers, requests, SIGHUP, SIGTERM.
if command -v strace >/dev/null && [ -x "$top_builddir/tests/fcgi_client" ]; then
    db=$tmp/q.db
    "$QUANYICTL" -d "$db" import "$top_srcdir/content" >/dev/null || { echo "import failed"; exit 99; }
    sock=$tmp/q.sock
    # LeakSanitizer cannot run under ptrace: no leak check in this run.
    ASAN_OPTIONS=detect_leaks=0 strace -f -qq -o "$tmp/trace" \
        "$QUANYI_FCGI" -d "$db" -t "$top_srcdir/templates" -s "$sock" -n 2 2>"$tmp/app.log" &
    app_pid=$!
    for i in $(seq 1 400); do [ -S "$sock" ] && break; sleep 0.05; done
    sup=$(pgrep -P "$app_pid" | head -1)
    [ -n "$sup" ] && ok || fail "traced program did not start"
    printf 'GET\t/\nGET\t/a/jail-or-fraud\nGET\t/search?q=%%E5%%BE%%81%%E4%%BF%%A1\nPOST\t/ask\tcsrf=x&title=t\nGET\t/nope\n' \
        > "$tmp/reqs"
    "$top_builddir/tests/fcgi_client" -s "$sock" -f "$tmp/reqs" > "$tmp/answers" 2>"$tmp/client.err"
    expect_eq "traced run: answers" "$(awk '{print $2}' "$tmp/answers" | sort | xargs)" "200 200 200 403 404"
    kill -HUP "$sup"
    sleep 0.3
    "$top_builddir/tests/fcgi_client" -s "$sock" -f "$tmp/reqs" > "$tmp/answers" 2>"$tmp/client.err"
    expect_eq "traced run after SIGHUP" "$(awk '{print $2}' "$tmp/answers" | sort | xargs)" "200 200 200 403 404"
    kill -TERM "$sup"
    wait "$app_pid"
    app_pid=""
    sed -E -e 's/^[0-9]+ +//' -e 's/^<\.\.\. ([a-z0-9_]+) resumed>.*/\1/' -e 's/\(.*//' "$tmp/trace" |
        grep -E '^[a-z0-9_]+$' | sort -u > "$tmp/called"
    [ "$(wc -l < "$tmp/called")" -gt 20 ] && ok || fail "the trace is empty"
    # Running as root, SQLite also gives its new files to root (fchown).
    extra=""
    if [ "$(id -u)" -eq 0 ]; then extra="-e fchown"; fi
    outside=$(comm -23 "$tmp/called" "$tmp/unit" | grep -vx -e '' $extra | xargs)
    expect_eq "calls the unit would forbid" "$outside" ""
    expect_nogrep "no worker killed" "killed by signal" "$tmp/app.log"
else
    echo "strace or tests/fcgi_client missing: traced run skipped"
fi
finish systemd_test
