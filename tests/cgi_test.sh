#!/bin/bash
# End-to-end in CGI mode: the real binary, real templates and a real SQLite
# file built from content/, driven by CGI variables (as cgit's tests do).
. "$(dirname "$0")/lib.sh"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
db=$tmp/q.db
"$QUANYICTL" -d "$db" import "$top_srcdir/content" >/dev/null || { echo "import failed"; exit 99; }

# cgi METHOD URI [BODY [CONTENT_TYPE]]: run one request; output in $tmp/out,
# headers in $tmp/head, body in $tmp/body, status in $status.
cgi() {
    local method=$1 uri=$2 body=${3-} ctype=${4:-application/x-www-form-urlencoded} qs=""
    case $uri in *\?*) qs=${uri#*\?} ;; esac
    if [ "$method" = POST ]; then
        printf '%s' "$body" | env -i PATH="$PATH" ASAN_OPTIONS="${ASAN_OPTIONS-}" \
            UBSAN_OPTIONS="${UBSAN_OPTIONS-}" REQUEST_METHOD=POST REQUEST_URI="$uri" \
            QUERY_STRING="$qs" CONTENT_TYPE="$ctype" CONTENT_LENGTH="${#body}" \
            HTTP_IF_NONE_MATCH="${INM-}" \
            "$QUANYI_FCGI" -d "$db" -t "$top_srcdir/templates" >"$tmp/out" 2>"$tmp/err"
    else
        env -i PATH="$PATH" ASAN_OPTIONS="${ASAN_OPTIONS-}" UBSAN_OPTIONS="${UBSAN_OPTIONS-}" \
            REQUEST_METHOD="$method" REQUEST_URI="$uri" QUERY_STRING="$qs" \
            HTTP_IF_NONE_MATCH="${INM-}" \
            "$QUANYI_FCGI" -d "$db" -t "$top_srcdir/templates" </dev/null >"$tmp/out" 2>"$tmp/err"
    fi
    local rc=$?
    [ $rc -eq 0 ] || fail "$method $uri: exit status $rc: $(head -c 600 "$tmp/err")"
    sed '/^\r$/q' "$tmp/out" > "$tmp/head"
    sed '1,/^\r$/d' "$tmp/out" > "$tmp/body"
    status=$(sed -n '1s/^Status: \([0-9]*\).*/\1/p' "$tmp/out")
}

# Pages that exist.
slug=$(ls "$top_srcdir/content/articles" | head -1); slug=${slug%.md}
for uri in / /c/overdue /c/collection /c/complaints /channels /search "/search?q=%E5%82%AC%E6%94%B6" "/a/$slug"; do
    cgi GET "$uri"
    expect_eq "GET $uri" "$status" 200
    expect_grep "GET $uri: lang" '<html lang="zh-CN">' "$tmp/body"
    expect_grep "GET $uri: CSP" "Content-Security-Policy: default-src 'none'" "$tmp/head"
    expect_grep "GET $uri: nosniff" "X-Content-Type-Options: nosniff" "$tmp/head"
    expect_grep "GET $uri: referrer" "Referrer-Policy: same-origin" "$tmp/head"
    expect_grep "GET $uri: frame-ancestors" "frame-ancestors 'none'" "$tmp/head"
    len=$(sed -n 's/^Content-Length: \([0-9]*\)\r$/\1/p' "$tmp/head")
    expect_eq "GET $uri: Content-Length" "$len" "$(wc -c < "$tmp/body" | tr -d ' ')"
    expect_nogrep "GET $uri: no inline script" "<script" "$tmp/body"
done

# The article page: sources box, reviewed date, breadcrumbs, ETag and 304.
cgi GET "/a/$slug"
expect_grep "article: sources" '法律依据' "$tmp/body"
expect_grep "article: reviewed" '最后核实' "$tmp/body"
expect_grep "article: crumbs" 'class="crumbs"' "$tmp/body"
etag=$(sed -n 's/^ETag: \(.*\)\r$/\1/p' "$tmp/head")
[ -n "$etag" ] && ok || fail "article: no ETag"
INM=$etag cgi GET "/a/$slug"
expect_eq "article: If-None-Match" "$status" 304
[ -s "$tmp/body" ] && fail "304 has a body" || ok
INM='"other"' cgi GET "/a/$slug"
expect_eq "article: other ETag" "$status" 200

# HEAD: headers only, same length.
cgi HEAD /c/overdue
expect_eq "HEAD" "$status" 200
[ -s "$tmp/body" ] && fail "HEAD has a body" || ok

# Not found, bad method, bad input.
for uri in /nope /a/no-such-article /c/nope /a/../../etc/passwd "/a/x%2Fy" /a/UPPER "/a/%2e%2e" /static/site.css; do
    cgi GET "$uri"
    expect_eq "GET $uri" "$status" 404
    expect_grep "GET $uri: Chinese page" '页面不存在' "$tmp/body"
done
cgi POST / "a=1"
expect_eq "POST /" "$status" 405
expect_grep "405 Allow" "Allow: GET, HEAD" "$tmp/head"
cgi DELETE /a/x
expect_eq "DELETE" "$status" 405
long=$(printf 'x%.0s' $(seq 1 101))
for uri in "/search?q=%FF" "/search?q=%E5%82" "/search?q=a%01b" "/search?q=$long" "/search?page=0" "/search?q=%zz" "/%ff"; do
    cgi GET "$uri"
    expect_eq "GET $uri" "$status" 400
    expect_grep "GET $uri: says why" '请求有误' "$tmp/body"
done
cgi GET "/search?q=$(printf '%%E5%%82%%AC%.0s' $(seq 1 100))"
expect_eq "100 Chinese characters" "$status" 200

# Escaping: markup typed into any parameter comes back inert.
for p in '%3Cscript%3Ealert(1)%3C%2Fscript%3E' '%22%3E%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E' \
         "%27%3E%3Csvg%20onload%3Dalert(1)%3E" '%EF%BC%9Cscript%EF%BC%9E'; do
    for uri in "/search?q=$p" "/?q=$p" "/a/$slug?q=$p" "/nope?q=$p"; do
        cgi GET "$uri"
        expect_nogrep "$uri: raw <script" "<script" "$tmp/body"
        expect_nogrep "$uri: raw <img" "<img" "$tmp/body"
        expect_nogrep "$uri: raw <svg" "<svg" "$tmp/body"
        expect_nogrep "$uri: attribute breakout" '"><img' "$tmp/body"
        expect_nogrep "$uri: attribute breakout" "'><svg" "$tmp/body"
    done
done
cgi GET "/search?q=%3Cscript%3E"
expect_grep "search echoes escaped" '&lt;script&gt;' "$tmp/body"

# Bodies over the cap.
big=$(head -c 70000 /dev/zero | tr '\0' a)
cgi POST /search "q=$big"
expect_eq "POST 70000 bytes" "$status" 413
expect_grep "413 page" '提交的内容太大' "$tmp/body"
finish cgi_test
