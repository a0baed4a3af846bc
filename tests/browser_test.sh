#!/bin/bash
# Real-browser tests: Debian's chromium, driven by playwright-core, walks
# the readers' and editors' journeys through a real nginx (the program as
# its own supervisor on a unix socket, as in e2e_test.sh), runs axe-core
# on every page type, checks each at 320, 375 and 1280 px and in print
# and saves a screenshot of each (zbarimg reads the QR code of a page),
# and the Nu Html Checker validates the HTML the browser received. npm
# packages come from tests/browser/package-lock.json (quanyi_npm_setup),
# installed under the build directory so that a read-only source tree
# (make distcheck) works. Screenshots: $top_builddir/tests/screenshots/.
. "$(dirname "$0")/lib.sh"

# missing WHAT: a tool is not installed. scripts/test installs everything;
# a developer's plain `make check` without them skips, CI never does.
missing() {
    echo "browser_test: $1 not installed (scripts/test installs it)"
    [ "${CI:-}" = true ] && exit 99
    exit 77
}
[ -x "$nginx_bin" ] || missing nginx
chromium_bin=${QUANYI_CHROMIUM:-/usr/bin/chromium}
[ -x "$chromium_bin" ] || missing chromium
command -v node >/dev/null || missing node
command -v java >/dev/null || missing java
command -v zbarimg >/dev/null || missing zbarimg

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

# The dev nginx config, with one change: the journeys send about ten POSTs
# in half a minute from one address, more than the shipped limit (6 a
# minute, burst 3; e2e_test.sh checks that limit): a private copy of the
# shared snippets raises the rate for this test only.
# The program is told a site address other than the one the browser uses,
# so that printed and shared addresses are seen to come from it.
site=https://quanyi.example
stack_start browser --post-rate 600r/m --env QUANYI_SITE_URL=$site
# The editor signs in through nginx's basic auth with this password.
editor_pass=browser-horse-42
stack_editor ed "$editor_pass"

# The journeys, axe and the screenshots; then the Nu Html Checker on the
# HTML the browser received.
rc=0
QUANYI_NODE_MODULES=$modules QUANYI_CHROMIUM=$chromium_bin \
    node "$top_srcdir/tests/browser/journeys.mjs" --base "$base" --site "$site" --editor "ed:$editor_pass" \
    --shots "$shots" --pages "$pages" --eval "$top_srcdir/tests/search_eval.tsv" || rc=1
QUANYI_NODE_MODULES=$modules node "$top_srcdir/tests/browser/vnu.mjs" "$pages" | tee "$run/vnu.out"
[ "${PIPESTATUS[0]}" -eq 0 ] || rc=1

# Stop nginx and the program (its workers' leak reports come at exit);
# under the sanitizers in scripts/test any report in its log fails.
stack_stop_nginx
stack_stop_app 60 || rc=1
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
