#!/bin/bash
# Real-browser tests: Debian's chromium, driven by playwright-core, walks
# the readers' and editors' journeys through a real nginx (the program as
# its own supervisor on a unix socket, as in e2e_test.sh), runs axe-core
# on every page type, saves a screenshot of each at 375 and 1280 px, and
# the Nu Html Checker validates the HTML the browser received. npm
# packages come from tests/browser/package-lock.json (quanyi_npm_setup),
# installed under the build directory so that a read-only source tree
# (make distcheck) works. Screenshots: $top_builddir/tests/screenshots/.
. "$(dirname "$0")/lib.sh"
. "$top_srcdir/scripts/lib.sh"

# missing WHAT: a tool is not installed. scripts/test installs everything;
# a developer's plain `make check` without them skips, CI never does.
missing() {
    echo "browser_test: $1 not installed (scripts/test installs it)"
    [ "${CI:-}" = true ] && exit 99
    exit 77
}
nginx_bin=${QUANYI_NGINX:-$(quanyi_nginx_bin)}
[ -x "$nginx_bin" ] || missing nginx
chromium_bin=${QUANYI_CHROMIUM:-/usr/bin/chromium}
[ -x "$chromium_bin" ] || missing chromium
command -v node >/dev/null || missing node
command -v java >/dev/null || missing java

# npm packages: QUANYI_NODE_MODULES names a folder holding node_modules,
# else they are installed (once per package-lock.json) in the build tree.
modules=${QUANYI_NODE_MODULES:-$top_builddir/tests/browser}
if [ -z "${QUANYI_NODE_MODULES:-}" ]; then
    quanyi_npm_setup "$modules" || { echo "browser_test: npm ci failed"; exit 99; }
fi

shots=$top_builddir/tests/screenshots
pages=$top_builddir/tests/browser-pages
rm -rf "$shots" "$pages"
mkdir -p "$shots" "$pages"

run=$(mktemp -d /tmp/quanyi-browser-XXXXXX)
chmod 755 "$run"
app_pid="" nginx_pid=""
# stop_program: SIGTERM, then up to a minute for the supervisor to stop
# its workers and exit (a hang must not hang make check: after that the
# workers and the supervisor get SIGKILL, by pid, and the test fails).
stop_program() {
    local i w
    kill -TERM "$app_pid"
    for i in $(seq 1 600); do
        kill -0 "$app_pid" 2>/dev/null || break
        sleep 0.1
    done
    if kill -0 "$app_pid" 2>/dev/null; then
        echo "the program did not stop within a minute of SIGTERM"
        for w in $(pgrep -P "$app_pid"); do kill -KILL "$w"; done
        kill -KILL "$app_pid"
        wait "$app_pid" 2>/dev/null
        return 1
    fi
    wait "$app_pid" || { echo "the program exited with status $? after SIGTERM"; return 1; }
}
cleanup() {
    [ -n "$nginx_pid" ] && kill -QUIT "$nginx_pid" 2>/dev/null && wait "$nginx_pid" 2>/dev/null
    [ -n "$app_pid" ] && stop_program >/dev/null
    rm -rf "$run"
}
trap cleanup EXIT

db=$run/q.db
"$QUANYICTL" -d "$db" import "$top_srcdir/content" >/dev/null || { echo "import failed"; exit 99; }
cp -R "$top_srcdir/templates" "$run/templates"
cp -R "$top_srcdir/static" "$run/static"
chmod -R a+rX "$run/static"
sock=$run/q.sock
"$QUANYI_FCGI" -d "$db" -t "$run/templates" -s "$sock" -m 0666 -n 2 2>"$run/app.log" &
app_pid=$!
quanyi_wait_for "$sock" || { cat "$run/app.log"; echo "program did not start"; exit 99; }

# The editor signs in through nginx's basic auth with this password.
editor_pass=browser-horse-42
: > "$run/editors"
chmod 644 "$run/editors"
printf '%s\n' "$editor_pass" | "$QUANYICTL" editor add ed -p "$run/editors" >/dev/null ||
    { echo "editor add failed"; exit 99; }

# The dev nginx config, with one change: the journeys send about ten POSTs
# in half a minute from one address, more than the shipped limit (6 a
# minute, burst 3; e2e_test.sh checks that limit). This private copy of the
# shared snippets raises the rate for this test only.
port=$(quanyi_free_port)
quanyi_nginx_conf "$run" "$port" "$sock" "$run"
mkdir "$run/nginx"
cp "$QUANYI_TOP/nginx/quanyi-http.conf" "$QUANYI_TOP/nginx/quanyi-locations.conf" "$run/nginx/"
sed -i 's|rate=6r/m;|rate=600r/m;|' "$run/nginx/quanyi-http.conf"
grep -q 'rate=600r/m;' "$run/nginx/quanyi-http.conf" ||
    { echo "browser_test: the POST rate line in nginx/quanyi-http.conf changed; update this test"; exit 99; }
sed -i "s|$QUANYI_TOP/nginx/|$run/nginx/|g" "$run/nginx.conf"
"$nginx_bin" -p "$run" -e "$run/nginx-error.log" -c "$run/nginx.conf" -g 'daemon off;' &
nginx_pid=$!
base=http://127.0.0.1:$port
for i in $(seq 1 100); do curl -s -o /dev/null "$base/static/site.css" && break; sleep 0.05; done

# The journeys, axe and the screenshots; then the Nu Html Checker on the
# HTML the browser received.
rc=0
QUANYI_NODE_MODULES=$modules QUANYI_CHROMIUM=$chromium_bin \
    node "$top_srcdir/tests/browser/journeys.mjs" --base "$base" --editor "ed:$editor_pass" \
    --shots "$shots" --pages "$pages" || rc=1
QUANYI_NODE_MODULES=$modules node "$top_srcdir/tests/browser/vnu.mjs" "$pages" | tee "$run/vnu.out"
[ "${PIPESTATUS[0]}" -eq 0 ] || rc=1

# Stop nginx and the program (its workers' leak reports come at exit);
# under the sanitizers in scripts/test any report in its log fails.
kill -QUIT "$nginx_pid"
wait "$nginx_pid" 2>/dev/null
nginx_pid=""
stop_program || rc=1
app_pid=""
if grep -qE 'ERROR: AddressSanitizer|ERROR: LeakSanitizer|runtime error:' "$run/app.log"; then
    echo "sanitizer report in the program's log:"
    grep -E -A5 'ERROR: AddressSanitizer|ERROR: LeakSanitizer|runtime error:' "$run/app.log" | head -40
    rc=1
fi
if [ $rc -ne 0 ]; then
    echo "-- program log (last lines) --"
    tail -n 20 "$run/app.log"
    echo "-- nginx error log (last lines) --"
    tail -n 20 "$run/nginx-error.log"
fi

# Closing lines: where the screenshots are, then axe, vnu and the journeys.
echo "screenshots: $shots"
grep '^axe: ' "$pages/summary.txt" 2>/dev/null || echo "axe: did not run to the end"
grep '^vnu: ' "$run/vnu.out" || echo "vnu: did not run to the end"
grep '^journeys: ' "$pages/summary.txt" 2>/dev/null || echo "journeys: 0 passed, 1 failed (did not run to the end)"
exit $rc
