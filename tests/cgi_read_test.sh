#!/bin/bash
# CGI mode (tests/cgi_lib.sh), a reader's journey: the home page, topics,
# articles, the glossary and the channel guide, the feed and the sitemap,
# and the error pages.
. "$(dirname "$0")/cgi_lib.sh"

# Pages that exist.
slug=$(ls "$top_srcdir/content/articles" | head -1); slug=${slug%.md}
for uri in / /c/overdue /c/collection /c/complaints /channels /glossary /ask /search "/search?q=%E5%82%AC%E6%94%B6" "/a/$slug"; do
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

# The site navigation marks the page's topic: as the page on the topic
# page, as the current section elsewhere.
cgi GET /c/overdue
expect_grep "topic page is the current page" 'href="/c/overdue" aria-current="page"' "$tmp/body"
cgi GET /channels
expect_grep "channels page is in the complaints section" 'href="/c/complaints" aria-current="true"' "$tmp/body"
expect_nogrep "channels page is not the complaints page" 'aria-current="page">' <(grep 'href="/c/' "$tmp/body")

# The article page: sources box, reviewed date, breadcrumbs, ETag and 304.
cgi GET "/a/$slug"
expect_grep "article: sources" '法律依据' "$tmp/body"
expect_grep "article: reviewed" '最后核实' "$tmp/body"
expect_nogrep "article: no safety box where it does not belong" 'class="safety"' "$tmp/body"
expect_grep "article: crumbs" 'class="crumbs"' "$tmp/body"
etag=$(sed -n 's/^ETag: \(.*\)\r$/\1/p' "$tmp/head")
[ -n "$etag" ] && ok || fail "article: no ETag"
INM=$etag cgi GET "/a/$slug"
expect_eq "article: If-None-Match" "$status" 304
[ -s "$tmp/body" ] && fail "304 has a body" || ok
INM='"other"' cgi GET "/a/$slug"
expect_eq "article: other ETag" "$status" 200
# The safety box, and the law quoted under the sources.
cgi GET /a/when-to-call-110
expect_grep "article: safety box on a page about danger" '人身安全受到威胁先打<a href="tel:110">110</a>；撑不住了可以打<a href="tel:12356">12356</a>' "$tmp/body"
cgi GET /
expect_grep "home: safety box" '撑不住了可以打<a href="tel:12356">12356</a>' "$tmp/body"
cgi GET /a/court-summons-respond
expect_grep "article: the cited article's text, quoted" '<details class="law"><summary>原文：《中华人民共和国民事诉讼法》第128条（2023年修正）</summary>' "$tmp/body"
expect_grep "article: quotation marks" '<p>「人民法院应当在立案之日起五日内将起诉状副本发送被告' "$tmp/body"

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
cgi GET "/%ff"
expect_eq "GET /%ff" "$status" 400
expect_grep "GET /%ff: says why" '请求有误' "$tmp/body"

# Escaping: markup typed into any parameter comes back inert (in search:
# cgi_search_test.sh).
for p in $xss_params; do
    for uri in "/?q=$p" "/a/$slug?q=$p" "/nope?q=$p"; do
        expect_inert "$uri"
    done
done

# Bodies over the cap.
big=$(head -c 70000 /dev/zero | tr '\0' a)
cgi POST /search "q=$big"
expect_eq "POST 70000 bytes" "$status" 413
expect_grep "413 page" '提交的内容太大' "$tmp/body"
# Glossary and channel guide: every term has its anchor; articles link
# the terms they use; the guide lists channels in order.
cgi GET /glossary
for f in "$top_srcdir"/content/glossary/*.md; do
    t=$(basename "$f" .md)
    expect_grep "glossary: $t" "id=\"$t\"" "$tmp/body"
done
cgi GET /a/limitation-period-three-years
expect_grep "article: terms box" '本文用到的术语' "$tmp/body"
expect_grep "article: links a term" 'href="/glossary#' "$tmp/body"
expect_grep "article: disclaimer" '不代理个案' "$tmp/body"
expect_grep "article: page reviewed" '本页内容最后核实于' "$tmp/body"
cgi GET /channels
expect_grep "channels: guide" '我遇到的是' "$tmp/body"
expect_grep "channels: not handled" '不管什么' "$tmp/body"
expect_grep "channels: what to prepare" '准备什么' "$tmp/body"

# Feed and sitemap: well-formed XML, escaped, every published article.
articles=$(grep -l '^status: published' "$top_srcdir"/content/articles/*.md | wc -l | tr -d ' ')
cgi GET /feed.xml
expect_eq "feed" "$status" 200
expect_grep "feed: Atom type" 'Content-Type: application/atom+xml; charset=utf-8' "$tmp/head"
cp "$tmp/body" "$tmp/feed.xml"
n=$(grep -c '<entry>' "$tmp/feed.xml")
[ "$n" -eq "$articles" ] || [ "$n" -eq 50 ] && ok || fail "feed: $n entries for $articles articles"
expect_grep "feed: entry link" '<link rel="alternate" type="text/html" href="http://127.0.0.1:8080/a/' "$tmp/feed.xml"
expect_grep "feed: summaries" '<summary>' "$tmp/feed.xml"
# Absolute links come from the configured site address, never from the
# request's Host (a cached page would carry them to every reader).
HOST=127.0.0.1:6666 cgi GET /feed.xml
expect_nogrep "feed: Host is not used" '6666' "$tmp/body"
HOST=127.0.0.1:6666 SITE_URL=https://quanyi.example cgi GET /sitemap.xml
expect_grep "sitemap: the configured address" '<loc>https://quanyi.example/a/' "$tmp/body"
expect_nogrep "sitemap: Host is not used" '6666' "$tmp/body"
cgi GET /sitemap.xml
expect_eq "sitemap" "$status" 200
expect_grep "sitemap: XML type" 'Content-Type: application/xml; charset=utf-8' "$tmp/head"
cp "$tmp/body" "$tmp/sitemap.xml"
for f in $(grep -l '^status: published' "$top_srcdir"/content/articles/*.md); do
    s=$(basename "$f" .md)
    grep -qF "<loc>http://127.0.0.1:8080/a/$s</loc>" "$tmp/sitemap.xml" && ok || fail "sitemap: no /a/$s"
done
for p in / /c/overdue /c/collection /c/complaints /channels /glossary /tools/timeline /tools/letter; do
    expect_grep "sitemap: $p" "<loc>http://127.0.0.1:8080$p</loc>" "$tmp/sitemap.xml"
done
if command -v xmllint >/dev/null; then
    for f in feed sitemap; do
        if out=$(xmllint --noout "$tmp/$f.xml" 2>&1); then ok; else fail "$f.xml is not well-formed: $out"; fi
    done
else
    echo "note: xmllint not installed (Debian: libxml2-utils); XML well-formedness not checked"
fi
cgi GET /
expect_grep "home: tools section" 'href="/tools/timeline"' "$tmp/body"
expect_grep "home: letter tool" 'href="/tools/letter"' "$tmp/body"
expect_grep "layout: feed link" 'href="/feed.xml"' "$tmp/body"

finish cgi_read_test
