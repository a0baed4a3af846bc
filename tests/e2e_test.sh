#!/bin/bash
# End-to-end through a real nginx: the program as its own supervisor on a
# unix socket, nginx on a free loopback port, curl as the browser. Also
# checks the supervisor: a killed worker is replaced, SIGHUP reloads
# templates, SIGTERM stops cleanly.
. "$(dirname "$0")/lib.sh"
[ -x "$nginx_bin" ] || { echo "nginx not installed"; exit 77; }
command -v curl >/dev/null || { echo "curl not installed"; exit 77; }
# The site address the program is told (-u): absolute links come from
# it, never from the Host a request names.
site=https://quanyi.example
stack_start e2e --env QUANYI_SITE_URL=$site

# get URL [curl args...]: status in $status, headers in $run/h, body in $run/b.
get() { stack_get "$@"; }

get /
expect_eq "home" "$status" 200
expect_grep "home: topics" '逾期还款' "$run/b"
expect_grep "home: search box" 'action="/search"' "$run/b"
expect_grep "home: CSP" "content-security-policy: default-src 'none'" <(tr 'A-Z' 'a-z' < "$run/h")
expect_grep "home: nosniff" "x-content-type-options: nosniff" <(tr 'A-Z' 'a-z' < "$run/h")
expect_grep "home: referrer" "referrer-policy: same-origin" <(tr 'A-Z' 'a-z' < "$run/h")
expect_nogrep "nginx version hidden" "nginx/" "$run/h"

# Browse home -> topic -> article, following the links on the pages.
topic=$(grep -oE 'href="/c/[a-z0-9-]+"' "$run/b" | head -1 | sed 's/href="//; s/"$//')
get "$topic"
expect_eq "topic $topic" "$status" 200
article=$(grep -oE 'href="/a/[a-z0-9-]+"' "$run/b" | head -1 | sed 's/href="//; s/"$//')
[ -n "$article" ] && ok || fail "topic page links no article"
get "$article"
expect_eq "article $article" "$status" 200
expect_grep "article: sources" '法律依据' "$run/b"
etag=$(sed -n 's/^[Ee][Tt]ag: \(.*\)\r$/\1/p' "$run/h")
get "$article" -H "If-None-Match: $etag"
expect_eq "article 304" "$status" 304
get "$article" -I
expect_eq "HEAD article" "$status" 200

# The micro-cache (nginx/quanyi-locations.conf): a reading page is kept
# for a second and served again by nginx; what is private or changes
# something never is. cache_status prints the X-Cache-Status of $run/h.
cache_status() { sed -n 's/^[Xx]-[Cc]ache-[Ss]tatus: \(.*\)\r$/\1/p' "$run/h"; }
# A page asked for twice in a row is served from the cache (the first
# try of a pair may fall on the end of the second: up to five pairs).
hit=""
for i in 1 2 3 4 5; do
    get "$article"
    cp "$run/b" "$run/b1"
    get "$article"
    [ "$(cache_status)" = HIT ] && { hit=yes; break; }
done
expect_eq "micro-cache: a reading page is served from the cache" "$hit" yes
cmp -s "$run/b" "$run/b1" && ok || fail "micro-cache: the cached page differs from the program's"
get "$article" -H 'Cookie: x=1'
expect_eq "micro-cache: a request with a cookie goes to the program" "$(cache_status)" BYPASS
get "$article" -H 'If-None-Match: "nope"'
expect_eq "micro-cache: conditional GET still 200" "$status" 200
# A page that sets a cookie (every form) is never kept: each answer has a
# fresh cookie.
get /ask
c1=$(grep -i '^set-cookie: qy_csrf=' "$run/h")
get /ask
c2=$(grep -i '^set-cookie: qy_csrf=' "$run/h")
[ -n "$c1" ] && [ -n "$c2" ] && [ "$c1" != "$c2" ] && ok ||
    fail "micro-cache: a Set-Cookie answer was served again"
[ "$(cache_status)" != HIT ] && ok || fail "micro-cache: /ask served from the cache"
# Errors and no-store pages are never kept.
get /nope
get /nope
[ "$(cache_status)" != HIT ] && ok || fail "micro-cache: a 404 was served from the cache"

# Static files come from nginx, cached, with the same headers.
get /static/site.css
expect_eq "css" "$status" 200
expect_grep "css: cached" "max-age=604800" "$run/h"
expect_grep "css: nosniff" "nosniff" "$run/h"
get /static/nope.css
expect_eq "missing static" "$status" 404

# robots.txt from static/, naming the sitemap at this host; the feed and
# the sitemap use the configured site address.
get /robots.txt
expect_eq "robots.txt" "$status" 200
expect_grep "robots.txt: sitemap at this host" "Sitemap: http://127.0.0.1:$port/sitemap.xml" "$run/b"
get /sitemap.xml
expect_eq "sitemap" "$status" 200
expect_grep "sitemap: absolute addresses" "<loc>$site/tools/letter</loc>" "$run/b"
get /feed.xml
expect_eq "feed" "$status" 200
expect_grep "feed: absolute addresses" "<id>$site/a/" "$run/b"
get "/tools/timeline?due=2024-02-29"
expect_eq "timeline through nginx" "$status" 200
expect_grep "timeline: 28 February" '2027年2月28日' "$run/b"

# Compression (gzip) for static files and the reading pages, which hold
# no secret; never for a page with a form token or a ticket (BREACH:
# docs/SECURITY.md). The test nginx, like Debian's, has "gzip on" for the
# whole http block. encoding prints the Content-Encoding of $run/h.
encoding() { sed -n 's/^[Cc]ontent-[Ee]ncoding: \(.*\)\r$/\1/p' "$run/h"; }
gz=(-H 'Accept-Encoding: gzip')
for url in "$article" /static/site.css /c/overdue /channels / "/search?q=%E5%BE%81%E4%BF%A1" /sitemap.xml; do
    get "$url" "${gz[@]}"
    expect_eq "gzip: $url" "$(encoding)" gzip
done
get "$article" "${gz[@]}"
expect_grep "gzip: Vary on the article" "Vary: Accept-Encoding" "$run/h"
gunzip -c "$run/b" > "$run/b.txt" 2>/dev/null || fail "gzip: the article does not decompress"
expect_grep "gzip: the article decompressed" '法律依据' "$run/b.txt"
get /static/site.css "${gz[@]}"
gunzip -c "$run/b" | cmp -s - "$top_srcdir/static/site.css" && ok || fail "gzip: site.css decompresses to another file"
get "$article"
expect_eq "gzip: not without Accept-Encoding" "$(encoding)" ""
for url in /ask "/tools/letter?type=complaint"; do
    get "$url" "${gz[@]}"
    expect_eq "no gzip: $url (a form token)" "$(encoding)" ""
    expect_grep "no gzip: $url has its token" 'name="csrf"' "$run/b"
done
get /favicon.ico
expect_eq "favicon" "$status" 200
expect_grep "favicon: an icon" "Content-Type: image/x-icon" "$run/h"
get /static/touch-icon.png
expect_eq "touch icon" "$status" 200

# Errors.
get /nope
expect_eq "404" "$status" 404
expect_grep "404 page" '页面不存在' "$run/b"
get /a/x%2Fy
expect_eq "encoded slash" "$status" 404
get "/search?q=%FF"
expect_eq "bad UTF-8" "$status" 400
get / -X POST --data 'a=1'
expect_eq "POST /" "$status" 405
get /search -X POST --data-binary @<(head -c 70000 /dev/zero | tr '\0' a)
expect_eq "nginx body cap" "$status" 413
expect_grep "413 page in Chinese" '提交的内容太大' "$run/b"
get "/search?q=%3Cscript%3Ealert(1)%3C/script%3E"
expect_eq "search xss" "$status" 200
expect_nogrep "search xss escaped" "<script>alert" "$run/b"

# Editors through nginx: basic auth with the hash quanyictl writes (the
# file's mode is kept: nginx's workers may run as nobody).
stack_editor alice correct-horse-9
get /admin/
expect_eq "admin without a password" "$status" 401
get /admin/ -u alice:wrong-password
expect_eq "admin with a wrong password" "$status" 401
get /admin/ -u alice:correct-horse-9
expect_eq "admin with the password" "$status" 200
expect_grep "admin shows the editor" '编辑：alice' "$run/b"
get /admin/a/jail-or-fraud -u alice:correct-horse-9
expect_eq "admin edit form through nginx" "$status" 200
expect_grep "admin edit form holds the article" 'name="md"' "$run/b"
# Editors' pages never come from the micro-cache, even asked twice.
get /admin/ -u alice:correct-horse-9
get /admin/ -u alice:correct-horse-9 "${gz[@]}"
expect_eq "micro-cache: /admin bypassed" "$(cache_status)" BYPASS
expect_eq "no gzip: /admin" "$(encoding)" ""

# A question through nginx, as a browser sends it: the cookie from the
# form page, the token in the form, the redirect to the ticket page.
jar=$run/jar
get /ask -c "$jar"
expect_eq "ask form" "$status" 200
tok=$(grep -o 'name="csrf" value="[0-9a-f]*"' "$run/b" | sed 's/.*value="//; s/"$//')
sleep 3
get /ask -b "$jar" -H 'Sec-Fetch-Site: same-origin' --data-urlencode "csrf=$tok" \
    --data-urlencode topic=collection --data-urlencode "title=催收每天打给我同事" \
    --data-urlencode "body=平台外包的催收公司每天给我同事打电话，我的手机号13912345678也被他们发到了群里。" \
    --data-urlencode consent=yes --data-urlencode website=
expect_eq "ask through nginx" "$status" 303
[ "$(cache_status)" != HIT ] && ok || fail "micro-cache: a POST was answered from the cache"
loc=$(sed -n 's/^[Ll]ocation: \(.*\)\r$/\1/p' "$run/h")
get "$loc"
expect_eq "ticket through nginx" "$status" 200
expect_grep "ticket: masked" '139****5678' "$run/b"
get "$loc?q=guess" "${gz[@]}"
expect_eq "no gzip: a ticket page (its id beside the reader's text)" "$(encoding)" ""
expect_grep "no gzip: the ticket page shows its id" "${loc#/ask/}" "$run/b"
get "$loc"
[ "$(cache_status)" != HIT ] && ok || fail "micro-cache: a ticket page was served from the cache"
get /ask -b "$jar" --data-urlencode "csrf=$tok" --data-urlencode topic=collection
expect_eq "ask with missing fields through nginx" "$status" 422
# nginx's own limit on POSTs (6 a minute, burst 3) answers 429 first.
n429=0
for i in $(seq 1 8); do
    get /ask -b "$jar" --data-urlencode "csrf=$tok"
    [ "$status" = 429 ] && n429=$((n429 + 1))
done
[ "$n429" -ge 1 ] && ok || fail "nginx limit_req never answered 429"
expect_grep "nginx 429 page" '请等一分钟后再试' "$run/b"

# Supervisor: kill -9 a worker; the next requests (past the micro-cache)
# still succeed.
worker=$(stack_workers "$app_pid" | head -1)
[ -n "$worker" ] && ok || fail "no worker processes"
kill -9 "$worker" 2>/dev/null
good=0
for i in $(seq 1 20); do get / -H 'Cookie: x=1'; [ "$status" = 200 ] && good=$((good + 1)); done
expect_eq "requests after killing a worker" "$good" 20
n=$(stack_workers "$app_pid" | wc -l)
expect_eq "workers after restart" "$n" 2

# Each worker keeps finished reading pages (src/cache.c); a change
# committed by another process shows at once on every worker, and a
# reading page is the same bytes whether made or kept.
slug=${article#/a/}
for i in 1 2 3 4 5 6; do get "$article" -H 'Cookie: x=1'; done
cp "$run/b" "$run/kept"
get "$article" -H 'Cookie: x=1'
cmp -s "$run/b" "$run/kept" && ok || fail "page cache: a kept page differs from a made one"
"$QUANYICTL" -d "$db" backup "$run/before.db" >/dev/null || fail "backup before the change"
# (sqlite3 changes a column the search index does not hold: the shell has
# no "quanyi" tokenizer, which the index's triggers need.)
sqlite3 "$db" "PRAGMA busy_timeout=5000; UPDATE article SET body_html = body_html || '<p>（已更新）</p>' WHERE slug = '$slug';" >/dev/null ||
    fail "could not change the article with sqlite3"
fresh=0
for i in 1 2 3 4 5 6; do
    get "$article" -H 'Cookie: x=1'
    grep -q '（已更新）' "$run/b" && fresh=$((fresh + 1))
done
expect_eq "page cache: a change by another process shows on every worker at once" "$fresh" 6
"$QUANYICTL" -d "$db" restore "$run/before.db" >/dev/null || fail "restore while serving"
fresh=0
for i in 1 2 3 4 5 6; do
    get "$article" -H 'Cookie: x=1'
    grep -q '（已更新）' "$run/b" || fresh=$((fresh + 1))
done
expect_eq "page cache: a restored backup shows on every worker at once" "$fresh" 6

# SIGHUP reloads templates without a restart.
sed -i 's|<p class="lead"><strong>简短回答：</strong>|<p class="lead" data-reloaded="yes"><strong>简短回答：</strong>|' "$run/templates/article.tpl"
touch -d '+2 seconds' "$run/templates/article.tpl"
kill -HUP "$app_pid"
sleep 0.5
reloaded=0
for i in 1 2 3 4; do
    get "$article" -H 'Cookie: x=1'    # from the workers, not the micro-cache
    grep -q 'data-reloaded="yes"' "$run/b" && reloaded=$((reloaded + 1))
done
expect_eq "after SIGHUP, every worker uses the new template" "$reloaded" 4

# SIGTERM: the supervisor and workers exit, the socket is removed.
stack_stop_app 5
[ $? -eq 2 ] && fail "supervisor still running after SIGTERM" || ok
expect_eq "supervisor exit status" "$app_status" 0
[ -e "$sock" ] && fail "socket left behind" || ok
finish e2e_test
