# Shared by the CGI-mode tests (cgi_*_test.sh), one for each journey: the
# real binary, the real templates and a real SQLite file built from
# content/, driven by CGI variables (as cgit's tests do). Each test has
# its own temporary folder and database, so that none depends on what
# another did. Source it in place of lib.sh.
. "$(dirname "$0")/lib.sh"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
db=$tmp/q.db
"$QUANYICTL" -d "$db" import "$top_srcdir/content" >/dev/null || { echo "import failed"; exit 99; }

# cgi METHOD URI [BODY [CONTENT_TYPE]]: run one request; output in $tmp/out,
# headers in $tmp/head, body in $tmp/body, status in $status. A command in
# $QUANYI_WRAP runs the program (tests/valgrind_test.sh: under valgrind).
cgi() {
    local method=$1 uri=$2 body=${3-} ctype=${4:-application/x-www-form-urlencoded} qs=""
    case $uri in *\?*) qs=${uri#*\?} ;; esac
    if [ "$method" = POST ]; then
        printf '%s' "$body" | env -i PATH="$PATH" ASAN_OPTIONS="${ASAN_OPTIONS-}" \
            UBSAN_OPTIONS="${UBSAN_OPTIONS-}" REQUEST_METHOD=POST REQUEST_URI="$uri" \
            QUERY_STRING="$qs" CONTENT_TYPE="$ctype" CONTENT_LENGTH="$(printf '%s' "$body" | wc -c)" \
            HTTP_IF_NONE_MATCH="${INM-}" HTTP_COOKIE="${COOKIE-}" \
            HTTP_SEC_FETCH_SITE="${FETCH_SITE-}" REMOTE_ADDR="${ADDR:-127.0.0.1}" \
            REMOTE_USER="${RUSER-}" \
            ${QUANYI_WRAP-} "$QUANYI_FCGI" -d "$db" -t "$top_srcdir/templates" >"$tmp/out" 2>"$tmp/err"
    else
        env -i PATH="$PATH" ASAN_OPTIONS="${ASAN_OPTIONS-}" UBSAN_OPTIONS="${UBSAN_OPTIONS-}" \
            REQUEST_METHOD="$method" REQUEST_URI="$uri" QUERY_STRING="$qs" \
            HTTP_IF_NONE_MATCH="${INM-}" HTTP_COOKIE="${COOKIE-}" REMOTE_USER="${RUSER-}" \
            HTTP_HOST="${HOST-}" ${SITE_URL:+QUANYI_SITE_URL=$SITE_URL} \
            ${QUANYI_WRAP-} "$QUANYI_FCGI" -d "$db" -t "$top_srcdir/templates" </dev/null >"$tmp/out" 2>"$tmp/err"
    fi
    local rc=$?
    [ $rc -eq 0 ] || fail "$method $uri: exit status $rc: $(head -c 600 "$tmp/err")"
    sed '/^\r$/q' "$tmp/out" > "$tmp/head"
    sed '1,/^\r$/d' "$tmp/out" > "$tmp/body"
    status=$(sed -n '1s/^Status: \([0-9]*\).*/\1/p' "$tmp/out")
}

# Markup typed into a parameter (cgi_read_test.sh, cgi_search_test.sh),
# percent-encoded: a script, an attribute breakout into an image and into
# an SVG, and a script in full-width brackets.
xss_params="%3Cscript%3Ealert(1)%3C%2Fscript%3E %22%3E%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E
%27%3E%3Csvg%20onload%3Dalert(1)%3E %EF%BC%9Cscript%EF%BC%9E"
# expect_inert URI: the page for URI holds none of that markup raw.
expect_inert() {
    cgi GET "$1"
    expect_nogrep "$1: raw <script" "<script" "$tmp/body"
    expect_nogrep "$1: raw <img" "<img" "$tmp/body"
    # (the reading pages draw their own QR code as <svg class="qr">)
    expect_nogrep "$1: raw <svg" "<svg onload" "$tmp/body"
    expect_nogrep "$1: attribute breakout" '"><img' "$tmp/body"
    expect_nogrep "$1: attribute breakout" "'><svg" "$tmp/body"
}
