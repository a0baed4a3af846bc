#!/bin/bash
# End-to-end in CGI mode: the real binary, real templates and a real SQLite
# file built from content/, driven by CGI variables (as cgit's tests do).
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
            ${QUANYI_WRAP-} "$QUANYI_FCGI" -d "$db" -t "$top_srcdir/templates" </dev/null >"$tmp/out" 2>"$tmp/err"
    fi
    local rc=$?
    [ $rc -eq 0 ] || fail "$method $uri: exit status $rc: $(head -c 600 "$tmp/err")"
    sed '/^\r$/q' "$tmp/out" > "$tmp/head"
    sed '1,/^\r$/d' "$tmp/out" > "$tmp/body"
    status=$(sed -n '1s/^Status: \([0-9]*\).*/\1/p' "$tmp/out")
}

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
# A known word past the 256th byte of one long run of characters (a
# query fuzz_search found: it crashed the worker before the fix).
cgi GET "/search?q=$(printf '%%E5%%95%%8A%.0s' $(seq 1 90))%E5%82%AC%E6%94%B6"
expect_eq "a known word at the end of 92 characters" "$status" 200
expect_grep "the word at the end is searched for" '<mark>催收' "$tmp/body"

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
cgi GET "/search?q=%E8%AF%89%E8%AE%BC%E6%97%B6%E6%95%88"
expect_grep "search: glossary hit" 'href="/glossary#' "$tmp/body"

# Asking a question. form_token: fetch /ask with $COOKIE (or get one).
form_token() {
    cgi GET /ask
    c=$(sed -n 's/^Set-Cookie: \(qy_csrf=[0-9a-f]*\);.*/\1/p' "$tmp/head")
    [ -n "$c" ] && COOKIE=$c
    tok=$(grep -o 'name="csrf" value="[0-9a-f]*"' "$tmp/body" | sed 's/.*value="//; s/"$//')
}
COOKIE=
form_token
expect_grep "ask: cookie is HttpOnly and SameSite" 'HttpOnly; SameSite=Strict' "$tmp/head"
expect_grep "ask: never cached" 'Cache-Control: no-store' "$tmp/head"
expect_grep "ask: label tied to field" '<label for="f-BODY">' "$tmp/body"
expect_grep "ask: says not to type numbers" '请不要填写身份证号' "$tmp/body"
[ ${#tok} = 40 ] && ok || fail "ask: no token in the form"
title=%E5%82%AC%E6%94%B6%E6%89%93%E7%BB%99%E6%88%91%E5%A6%88        # 催收打给我妈
body=%E6%88%91%E7%9A%84%E6%89%8B%E6%9C%BA13812345678%EF%BC%8C%E8%BA%AB%E4%BB%BD%E8%AF%81110105199003071239%EF%BC%8C%E6%AC%A0%E6%AC%BE5000%E5%85%83%EF%BC%8C2026-11-01%E5%88%B0%E6%9C%9F
good="topic=collection&title=$title&body=$body&consent=yes&website="

# No token, a forged one, another browser's cookie, another site: 403 with
# the form and the text kept.
cgi POST /ask "$good"
expect_eq "ask: no token" "$status" 403
expect_grep "ask: 403 keeps the title" 'value="催收打给我妈"' "$tmp/body"
expect_grep "ask: 403 offers the form" 'action="/ask"' "$tmp/body"
cgi POST /ask "csrf=${tok:0:8}0000000000000000000000000000000&$good"
expect_eq "ask: forged token" "$status" 403
COOKIE=qy_csrf=00000000000000000000000000000000 cgi POST /ask "csrf=$tok&$good"
expect_eq "ask: token of another browser" "$status" 403
FETCH_SITE=cross-site cgi POST /ask "csrf=$tok&$good"
expect_eq "ask: cross-site post" "$status" 403

# Bad fields: shown at each field, everything typed kept.
cgi POST /ask "csrf=$tok&topic=&title=ab&body=$body&website="
expect_eq "ask: missing and short fields" "$status" 422
expect_grep "ask: message at the title" 'id="e-TITLE"' "$tmp/body"
expect_grep "ask: message at the topic" 'id="e-TOPIC"' "$tmp/body"
expect_grep "ask: message at the consent" 'id="e-CONSENT"' "$tmp/body"
expect_grep "ask: field marked invalid" 'aria-invalid="true"' "$tmp/body"
expect_grep "ask: body kept" '我的手机13812345678' "$tmp/body"
expect_grep "ask: short title kept" 'value="ab"' "$tmp/body"
cgi POST /ask "csrf=$tok&topic=collection&title=%FF%FEabcd&body=$body&consent=yes"
expect_eq "ask: invalid UTF-8" "$status" 400
expect_grep "ask: invalid UTF-8 explained" '不是有效的 UTF-8' "$tmp/body"
expect_grep "ask: body kept after 400" '我的手机13812345678' "$tmp/body"
cgi POST /ask "csrf=$tok&topic=collection&title=$title&body=a%01b$body&consent=yes"
expect_eq "ask: control character" "$status" 400
cgi POST /ask "csrf=$tok&topic=nosuch&title=$title&body=$body&consent=yes"
expect_eq "ask: unknown topic" "$status" 422
cgi POST /ask "csrf=$tok&topic=collection&title=$title&body=$body&consent=yes&website=http%3A%2F%2Fspam"
expect_eq "ask: honeypot filled" "$status" 422
cgi POST /ask "csrf=$tok&$(printf 'body=%0.s' 1)$(head -c 70000 /dev/zero | tr '\0' a)"
expect_eq "ask: body over the cap" "$status" 413

# Too fast: a form sent the moment it was served.
form_token
cgi POST /ask "csrf=$tok&$good"
expect_eq "ask: sent too fast" "$status" 422
expect_grep "ask: too fast explained" '提交得太快' "$tmp/body"

# Accepted: stored (masked) before the redirect to the ticket page.
sleep 3
cgi POST /ask "csrf=$tok&$good"
expect_eq "ask: accepted" "$status" 303
loc=$(sed -n 's/^Location: \(.*\)\r$/\1/p' "$tmp/head")
case $loc in /ask/[0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f]) ok ;;
    *) fail "ask: redirect to a 20-hex ticket, got '$loc'" ;; esac
cgi GET "$loc"
expect_eq "ticket page" "$status" 200
expect_grep "ticket: status" '等待回答' "$tmp/body"
expect_grep "ticket: bookmark" '加入书签' "$tmp/body"
expect_grep "ticket: phone masked" '138****5678' "$tmp/body"
expect_grep "ticket: ID masked" '1101**********1239' "$tmp/body"
expect_grep "ticket: amount and date kept" '5000元，2026-11-01到期' "$tmp/body"
expect_nogrep "ticket: no raw phone" '13812345678' "$tmp/body"
expect_grep "ticket: not indexed" 'content="noindex"' "$tmp/body"
expect_grep "ticket: not cached" 'no-store' "$tmp/head"
n=$(sqlite3 "$db" "SELECT count(*) FROM question WHERE body LIKE '%13812345678%' OR title LIKE '%13812345678%'" 2>/dev/null || echo 0)
expect_eq "no raw phone stored" "$n" 0
cgi GET /ask/0123456789abcdef0123
expect_eq "unknown ticket" "$status" 404

# An editor answers and publishes (the store side; the editor pages come
# later): the ticket shows the answer, the topic lists the question, and
# search finds it.
qid=$(sqlite3 "$db" "SELECT id FROM question ORDER BY id DESC LIMIT 1")
sqlite3 "$db" "UPDATE question SET status='published', answer_md='先书面要求停止联系家人。', answer_html='<p>先书面要求停止联系家人。</p>' WHERE id=$qid"
cgi GET "$loc"
expect_grep "ticket: answer shown" '先书面要求停止联系家人' "$tmp/body"
expect_grep "ticket: link to public page" "href=\"/q/$qid\"" "$tmp/body"
cgi GET "/q/$qid"
expect_eq "published question page" "$status" 200
expect_grep "published question: answer" '先书面要求停止联系家人' "$tmp/body"
cgi GET /c/collection
expect_grep "topic lists the published question" "href=\"/q/$qid\"" "$tmp/body"
cgi GET "/search?q=$title"
expect_grep "search finds the published question" "href=\"/q/$qid\"" "$tmp/body"
for uri in /q/0 /q/007 /q/99999 /q/abc; do
    cgi GET "$uri"
    expect_eq "GET $uri" "$status" 404
done

# Rate limit: five questions an hour per client, then 429 with the text
# kept and a Retry-After.
for i in 1 2 3 4; do cgi POST /ask "csrf=$tok&$good"; done
expect_eq "ask: fifth question" "$status" 303
cgi POST /ask "csrf=$tok&$good"
expect_eq "ask: sixth question" "$status" 429
expect_grep "ask: Retry-After" 'Retry-After: ' "$tmp/head"
expect_grep "ask: 429 keeps the text" '我的手机13812345678' "$tmp/body"
ADDR=10.0.0.9 cgi POST /ask "csrf=$tok&$good"
expect_eq "ask: another client is not limited" "$status" 303
n=$(sqlite3 "$db" "SELECT count(*) FROM post_log WHERE client LIKE '%127.0.0.1%' OR client LIKE '%10.0.0.9%'")
expect_eq "no raw address stored" "$n" 0

# Votes: the article carries the form; a vote redirects back with thanks.
cgi GET /a/limitation-period-three-years
vtok=$(grep -o 'name="csrf" value="[0-9a-f]*"' "$tmp/body" | head -1 | sed 's/.*value="//; s/"$//')
expect_grep "article: vote form" 'action="/vote/limitation-period-three-years"' "$tmp/body"
cgi POST /vote/limitation-period-three-years "csrf=$vtok&helpful=yes"
expect_eq "vote" "$status" 303
expect_grep "vote: back to the article" 'Location: /a/limitation-period-three-years?voted=yes#feedback' "$tmp/head"
cgi POST /vote/limitation-period-three-years "csrf=$vtok&helpful=no"
n=$(sqlite3 "$db" "SELECT yes || '/' || no FROM article_vote v JOIN article a ON a.id = v.article_id WHERE a.slug = 'limitation-period-three-years'")
expect_eq "votes counted" "$n" "1/1"
cgi GET "/a/limitation-period-three-years?voted=yes"
expect_grep "vote: thanks" '谢谢你的反馈' "$tmp/body"
cgi POST /vote/limitation-period-three-years "helpful=yes"
expect_eq "vote without token" "$status" 403
cgi POST /vote/credit-record-removal "csrf=$vtok&helpful=yes"
expect_eq "vote token of another article" "$status" 403
cgi POST /vote/limitation-period-three-years "csrf=$vtok&helpful=maybe"
expect_eq "vote: bad choice" "$status" 400
cgi GET /vote/limitation-period-three-years
expect_eq "vote: GET" "$status" 405

# Tools: the timeline (a GET form holding only dates) and the letter
# builder (a POST form with a token; nothing stored).
COOKIE=
cgi GET /tools/timeline
expect_eq "timeline: form" "$status" 200
expect_grep "timeline: label tied to field" '<label for="f-DUE">' "$tmp/body"
expect_grep "timeline: GET form" 'action="/tools/timeline" method="get"' "$tmp/body"
expect_grep "timeline: CSP" "Content-Security-Policy: default-src 'none'" "$tmp/head"
expect_nogrep "timeline: no script" "<script" "$tmp/body"
cgi GET "/tools/timeline?due=2024-02-29&demand=&part=&plan=&repaid="
expect_eq "timeline: leap-day due date" "$status" 200
expect_grep "timeline: ends on 28 February" '诉讼时效到 <strong><time datetime="2027-02-28">2027年2月28日</time></strong> 届满' "$tmp/body"
expect_grep "timeline: rule cited" '《民法典》第188条、第189条' "$tmp/body"
expect_grep "timeline: says what it does not mean" '这个结果不代表什么' "$tmp/body"
expect_grep "timeline: links the articles" 'href="/a/partial-payment-limitation"' "$tmp/body"
expect_grep "timeline: result not cached" 'Cache-Control: no-store' "$tmp/head"
cgi GET "/tools/timeline?due=2020-01-15&demand=2022-06-30&part=2021-03-01&plan=2023-05-31"
expect_eq "timeline: three interruptions" "$status" 200
expect_grep "timeline: latest interruption sets the end" '<time datetime="2026-05-31">2026年5月31日</time></strong> 届满。这一天已经过去' "$tmp/body"
expect_grep "timeline: demand rule" '最高人民法院《关于审理民事案件适用诉讼时效制度若干问题的规定》第8条' "$tmp/body"
cgi GET "/tools/timeline?due=2021-03-31&repaid=2023-08-31"
expect_grep "timeline: credit record date" '<time datetime="2028-08-31">2028年8月31日</time>' "$tmp/body"
expect_grep "timeline: credit rule" '《征信业管理条例》第16条' "$tmp/body"
cgi GET "/tools/timeline?due=2023-02-29&demand=2024-01-01"
expect_eq "timeline: not a date" "$status" 400
expect_grep "timeline: says why at the field" '<p class="error" id="e-DUE">“最后一期到期日”不是有效的日期' "$tmp/body"
expect_grep "timeline: bad date kept" 'value="2023-02-29"' "$tmp/body"
expect_grep "timeline: other date kept" 'value="2024-01-01"' "$tmp/body"
expect_grep "timeline: error tied to field" 'aria-describedby="h-DUE e-DUE" aria-invalid="true"' "$tmp/body"
cgi GET "/tools/timeline?due=2199-01-01"
expect_eq "timeline: future date" "$status" 422
expect_grep "timeline: future refused" '不能晚于今天' "$tmp/body"
expect_grep "timeline: future date kept" 'value="2199-01-01"' "$tmp/body"
cgi GET "/tools/timeline?due=2020-01-01&plan=2022-01-01&repaid=2021-01-01"
expect_eq "timeline: plan after repayment" "$status" 422
expect_grep "timeline: order explained" 'id="e-PLAN"' "$tmp/body"
cgi GET "/tools/timeline?due=%3Cscript%3E"
expect_eq "timeline: markup as a date" "$status" 400
expect_nogrep "timeline: markup escaped" "<script" "$tmp/body"

cgi GET "/tools/letter?type=complaint"
expect_eq "letter: form" "$status" 200
c=$(sed -n 's/^Set-Cookie: \(qy_csrf=[0-9a-f]*\);.*/\1/p' "$tmp/head")
ltok=$(grep -o 'name="csrf" value="[0-9a-f]*"' "$tmp/body" | sed 's/.*value="//; s/"$//')
[ ${#ltok} = 40 ] && ok || fail "letter: no token in the form"
[ -n "$c" ] && ok || fail "letter: no token cookie"
expect_grep "letter: never cached" 'Cache-Control: no-store' "$tmp/head"
expect_grep "letter: POST form" 'action="/tools/letter" method="post"' "$tmp/body"
expect_grep "letter: type chosen from the link" 'value="complaint" checked' "$tmp/body"
expect_grep "letter: behaviour checkbox" '<label for="f-b_night">' "$tmp/body"
expect_grep "letter: download button" 'name="format" value="txt"' "$tmp/body"
lender=%E4%BA%AC%E4%B8%9C%E9%87%91%E8%9E%8D                        # 京东金融
lbody="type=complaint&lender=$lender&product=%E4%BA%AC%E4%B8%9C%E7%99%BD%E6%9D%A1&b_night=1&b_third=1&facts=%3Cscript%3Ealert(1)%3C%2Fscript%3E"
cgi POST /tools/letter "$lbody"
expect_eq "letter: no token" "$status" 403
expect_grep "letter: 403 shows the form" 'action="/tools/letter"' "$tmp/body"
expect_grep "letter: 403 keeps the lender" 'value="京东金融"' "$tmp/body"
expect_grep "letter: 403 keeps the boxes" 'name="b_third" type="checkbox" value="1" checked' "$tmp/body"
expect_grep "letter: 403 keeps the text, escaped" '&lt;script&gt;alert(1)&lt;/script&gt;</textarea>' "$tmp/body"
COOKIE=$c cgi POST /tools/letter "csrf=$ltok&type=complaint&lender=&amount=abc"
expect_eq "letter: bad fields" "$status" 422
expect_grep "letter: lender required" 'id="e-LENDER"' "$tmp/body"
expect_grep "letter: amount explained" 'id="e-AMOUNT"' "$tmp/body"
expect_grep "letter: amount kept" 'value="abc"' "$tmp/body"
COOKIE=$c cgi POST /tools/letter "csrf=$ltok&$lbody&format=html"
expect_eq "letter: built" "$status" 200
expect_grep "letter: addressee" '致：京东金融 客户投诉部门' "$tmp/body"
expect_grep "letter: night rule" '22:00至次日8:00' "$tmp/body"
expect_grep "letter: third-party rule" '《民法典》第1032条' "$tmp/body"
expect_grep "letter: qualified" '【行业自律】' "$tmp/body"
expect_grep "letter: how to send" '寄出前请读' "$tmp/body"
expect_nogrep "letter: facts escaped" '<script>' "$tmp/body"
expect_nogrep "letter: no token cookie needed again" 'Set-Cookie' "$tmp/head"
COOKIE=$c cgi POST /tools/letter "csrf=$ltok&$lbody&format=txt"
expect_eq "letter: download" "$status" 200
expect_grep "letter: plain text" 'Content-Type: text/plain; charset=utf-8' "$tmp/head"
expect_grep "letter: as a file" 'Content-Disposition: attachment; filename="letter.txt"' "$tmp/head"
expect_grep "letter: download not cached" 'Cache-Control: no-store' "$tmp/head"
expect_grep "letter: file holds the letter" '投诉信' "$tmp/body"
expect_grep "letter: file keeps the text as typed" '<script>alert(1)</script>' "$tmp/body"
n=$(sqlite3 "$db" "SELECT count(*) FROM question WHERE body LIKE '%alert(1)%'" 2>/dev/null || echo 0)
expect_eq "letter: nothing stored" "$n" 0
cgi GET /tools/letter/x
expect_eq "letter: no sub-pages" "$status" 404

# Feed and sitemap: well-formed XML, escaped, every published article.
articles=$(grep -l '^status: published' "$top_srcdir"/content/articles/*.md | wc -l | tr -d ' ')
cgi GET /feed.xml
expect_eq "feed" "$status" 200
expect_grep "feed: Atom type" 'Content-Type: application/atom+xml; charset=utf-8' "$tmp/head"
cp "$tmp/body" "$tmp/feed.xml"
n=$(grep -c '<entry>' "$tmp/feed.xml")
[ "$n" -eq "$articles" ] || [ "$n" -eq 50 ] && ok || fail "feed: $n entries for $articles articles"
expect_grep "feed: entry link" '<link rel="alternate" type="text/html" href="http://localhost/a/' "$tmp/feed.xml"
expect_grep "feed: summaries" '<summary>' "$tmp/feed.xml"
cgi GET /sitemap.xml
expect_eq "sitemap" "$status" 200
expect_grep "sitemap: XML type" 'Content-Type: application/xml; charset=utf-8' "$tmp/head"
cp "$tmp/body" "$tmp/sitemap.xml"
for f in $(grep -l '^status: published' "$top_srcdir"/content/articles/*.md); do
    s=$(basename "$f" .md)
    grep -qF "<loc>http://localhost/a/$s</loc>" "$tmp/sitemap.xml" && ok || fail "sitemap: no /a/$s"
done
for p in / /c/overdue /c/collection /c/complaints /channels /glossary /tools/timeline /tools/letter; do
    expect_grep "sitemap: $p" "<loc>http://localhost$p</loc>" "$tmp/sitemap.xml"
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

# Editors. Without REMOTE_USER (nginx misconfigured) nothing under /admin
# answers, not even a 404.
for uri in /admin/ /admin/new /admin/a/jail-or-fraud /admin/questions /admin/nope /admin; do
    cgi GET "$uri"
    expect_eq "GET $uri without a user" "$status" 403
done
cgi POST /admin/a/jail-or-fraud "title=x"
expect_eq "POST /admin without a user" "$status" 403

# urlenc TEXT: every byte percent-encoded.
urlenc() { printf '%s' "$1" | od -An -tx1 -v | tr -d ' \n' | sed 's/../%&/g'; }
# article_form SLUG: the posted fields of content/articles/SLUG.md, body
# and title replaced by $2 and $3 when given.
article_form() {
    local f=$top_srcdir/content/articles/$1.md md
    md=${2-$(sed '1,/^$/d' "$f")}
    printf 'title=%s&category=%s&summary=%s&keywords=%s&status=%s&reviewed=%s&sources=%s&md=%s' \
        "$(urlenc "${3-$(sed -n 's/^title: //p' "$f")}")" "$(sed -n 's/^category: //p' "$f")" \
        "$(urlenc "$(sed -n 's/^summary: //p' "$f")")" "$(urlenc "$(sed -n 's/^keywords: //p' "$f")")" \
        published "$(sed -n 's/^reviewed: //p' "$f")" \
        "$(urlenc "$(sed -n 's/^source: //p' "$f")")" "$(urlenc "$md")"
}
export RUSER=alice
cgi GET /admin/
expect_eq "admin list" "$status" 200
expect_grep "admin list: votes column" '有帮助 / 没帮助' "$tmp/body"
expect_grep "admin list: a topic by its title" '<td class="nw" data-label="话题">催收权益</td>' "$tmp/body"
expect_grep "admin list: cells named for a phone" '<td class="nw" data-label="核实日期">' "$tmp/body"
expect_grep "admin: not indexed" 'content="noindex"' "$tmp/body"
cgi GET "/admin/?category=&status=draft"
expect_eq "admin list, empty filter" "$status" 200
cgi GET /admin/a/jail-or-fraud
expect_eq "admin edit form" "$status" 200
COOKIE=$(sed -n 's/^Set-Cookie: \(qy_csrf=[0-9a-f]*\);.*/\1/p' "$tmp/head")
atok=$(grep -o 'name="csrf" value="[0-9a-f]*"' "$tmp/body" | head -1 | sed 's/.*value="//; s/"$//')
base=$(grep -o 'name="base" value="[0-9]*"' "$tmp/body" | sed 's/.*value="//; s/"$//')
[ -n "$base" ] && ok || fail "admin edit: no base revision"
newmd="$(sed '1,/^$/d' "$top_srcdir/content/articles/jail-or-fraud.md")
编辑 alice 补充的一段话。"

# Preview renders the public article template, nothing is saved.
cgi POST /admin/a/jail-or-fraud "csrf=$atok&base=$base&action=preview&$(article_form jail-or-fraud "$newmd")"
expect_eq "admin preview" "$status" 200
expect_grep "preview uses the article template" '法律依据' "$tmp/body"
expect_grep "preview shows the new text" '编辑 alice 补充的一段话' "$tmp/body"
cgi GET /a/jail-or-fraud
expect_nogrep "preview did not save" '编辑 alice 补充的一段话' "$tmp/body"

# Save: a new revision, live at once, found by search.
cgi POST /admin/a/jail-or-fraud "csrf=$atok&base=$base&action=save&$(article_form jail-or-fraud "$newmd")"
expect_eq "admin save" "$status" 303
expect_grep "save redirects to the form" "Location: /admin/a/jail-or-fraud?saved=$((base + 1))" "$tmp/head"
cgi GET /a/jail-or-fraud
expect_grep "saved text is live" '编辑 alice 补充的一段话' "$tmp/body"
n=$(sqlite3 "$db" "SELECT editor FROM article_revision r JOIN article a ON a.id = r.article_id WHERE a.slug = 'jail-or-fraud' ORDER BY r.revision DESC LIMIT 1")
expect_eq "revision records the editor" "$n" alice
cgi GET "/search?q=$(urlenc '补充的一段话')"
expect_grep "search index follows the edit" 'href="/a/jail-or-fraud"' "$tmp/body"

# A second editor who started from the old revision gets a conflict, with
# both texts shown and theirs kept.
RUSER=bob cgi POST /admin/a/jail-or-fraud "csrf=$atok&base=$base&action=save&$(article_form jail-or-fraud "bob 的版本")"
expect_eq "admin conflict" "$status" 409
expect_grep "conflict: says so" '别人保存了第' "$tmp/body"
expect_grep "conflict: shows theirs" '编辑 alice 补充的一段话' "$tmp/body"
expect_grep "conflict: keeps bob's text" 'bob 的版本' "$tmp/body"
expect_grep "conflict: now based on the newer revision" "name=\"base\" value=\"$((base + 1))\"" "$tmp/body"
cgi GET /a/jail-or-fraud
expect_nogrep "conflict: nothing overwritten" 'bob 的版本' "$tmp/body"

# Bad input keeps the text; a bad token is refused with the text kept.
cgi POST /admin/a/jail-or-fraud "csrf=$atok&base=$((base + 1))&action=save&$(article_form jail-or-fraud "保留这段文字" "")"
expect_eq "admin: empty title" "$status" 422
expect_grep "admin: message at the title" 'id="e-TITLE"' "$tmp/body"
expect_grep "admin: text kept" '保留这段文字' "$tmp/body"
cgi POST /admin/a/jail-or-fraud "csrf=bad&base=$((base + 1))&action=save&$(article_form jail-or-fraud "保留这段文字")"
expect_eq "admin: bad token" "$status" 403
expect_grep "admin: text kept after 403" '保留这段文字' "$tmp/body"

# History, comparison and restore (as a new revision).
cgi GET "/admin/h/jail-or-fraud?ra=$base&rb=$((base + 1))"
expect_eq "admin history" "$status" 200
expect_grep "history: the added line" '<ins>+ 编辑 alice 补充的一段话。</ins>' "$tmp/body"
cgi POST /admin/restore/jail-or-fraud "csrf=$atok&rev=$base"
expect_eq "admin restore" "$status" 303
cgi GET /a/jail-or-fraud
expect_nogrep "restored text is live" '编辑 alice 补充的一段话' "$tmp/body"
n=$(sqlite3 "$db" "SELECT max(r.revision) FROM article_revision r JOIN article a ON a.id = r.article_id WHERE a.slug = 'jail-or-fraud'")
expect_eq "restore made a new revision" "$n" $((base + 2))

# A new article, and a taken address.
cgi POST /admin/new "csrf=$atok&base=0&action=save&slug=new-test-article&$(article_form jail-or-fraud "新文章正文" "新文章的标题是什么？")"
expect_eq "admin new article" "$status" 303
cgi GET /a/new-test-article
expect_eq "new article is live" "$status" 200
cgi POST /admin/new "csrf=$atok&base=0&action=save&slug=new-test-article&$(article_form jail-or-fraud "另一篇" "又一个标题？")"
expect_eq "admin new article, address taken" "$status" 409

# The question queue: answer privately, then publish; reject needs a reason.
cgi GET /admin/questions
expect_eq "admin queue" "$status" 200
qn=$(sqlite3 "$db" "SELECT id FROM question WHERE status = 'new' ORDER BY id LIMIT 1")
expect_grep "queue lists a new question" "href=\"/admin/q/$qn\"" "$tmp/body"
cgi POST "/admin/q/$qn" "csrf=$atok&action=save&decision=reject&answer=&reason="
expect_eq "reject without a reason" "$status" 422
cgi POST "/admin/q/$qn" "csrf=$atok&action=preview&decision=private&answer=$(urlenc '**先**保存证据。')"
expect_grep "answer preview" '<strong>先</strong>保存证据' "$tmp/body"
cgi POST "/admin/q/$qn" "csrf=$atok&action=save&decision=private&answer=$(urlenc '**先**保存证据。')"
expect_eq "answer privately" "$status" 303
t=$(sqlite3 "$db" "SELECT ticket FROM question WHERE id = $qn")
cgi GET "/ask/$t"
expect_grep "ticket shows the private answer" '<strong>先</strong>保存证据' "$tmp/body"
cgi GET "/q/$qn"
expect_eq "private answer is not public" "$status" 404
cgi POST "/admin/q/$qn" "csrf=$atok&action=save&decision=reject&answer=&reason=$(urlenc '问题里没有足够的信息')"
cgi GET "/ask/$t"
expect_grep "ticket shows the reason" '问题里没有足够的信息' "$tmp/body"
# Topics, channels, terms and situations: the whole file text, parsed
# strictly, each save kept as a revision, conflicts caught.
cgi GET /admin/docs
expect_eq "admin docs" "$status" 200
expect_grep "docs list a glossary term" 'href="/admin/d/glossary/limitation-period"' "$tmp/body"
cgi GET /admin/d/glossary/limitation-period
expect_eq "admin term form" "$status" 200
expect_grep "term form holds the file text" 'term: 诉讼时效' "$tmp/body"
termtext=$(sed 's/^position: 1$/position: 1/' "$top_srcdir/content/glossary/limitation-period.md")
edited="${termtext}
编辑补充：这一句由编辑加上。"
cgi POST /admin/d/glossary/limitation-period "csrf=$atok&base=0&doc=$(urlenc "$edited")"
expect_eq "admin term save" "$status" 303
cgi GET /glossary
expect_grep "term edit is live" '编辑补充：这一句由编辑加上' "$tmp/body"
n=$(sqlite3 "$db" "SELECT count(*) FROM doc_revision WHERE kind = 'glossary' AND slug = 'limitation-period'")
expect_eq "term save kept as a revision, after the imported text" "$n" 2
editor=$(sqlite3 "$db" "SELECT editor FROM doc_revision WHERE kind = 'glossary' AND slug = 'limitation-period' AND revision = 1")
expect_eq "the imported text is revision 1" "$editor" import
cgi POST /admin/d/glossary/limitation-period "csrf=$atok&base=0&doc=$(urlenc "$termtext")"
expect_eq "term conflict" "$status" 409
expect_grep "term conflict shows theirs" '编辑补充：这一句由编辑加上' "$tmp/body"
cgi POST /admin/d/glossary/limitation-period "csrf=$atok&base=1&doc=$(urlenc "term: 诉讼时效
bogus: x

正文")"
expect_eq "term that does not parse" "$status" 422
expect_grep "parse error names the line" 'line 2' "$tmp/body"
expect_grep "bad text kept" 'bogus: x' "$tmp/body"
# Preview renders the public page from the posted text and saves nothing.
cgi POST /admin/d/glossary/limitation-period "csrf=$atok&base=2&action=preview&doc=$(urlenc "${termtext}
预览里的**新句子**。")"
expect_eq "term preview" "$status" 200
expect_grep "term preview renders the glossary page" '<dl class="glossary">' "$tmp/body"
expect_grep "term preview shows the Markdown rendered" '<strong>新句子</strong>' "$tmp/body"
expect_grep "term preview keeps the text" '预览里的**新句子**' "$tmp/body"
cgi GET /glossary
expect_nogrep "a preview is not saved" '新句子' "$tmp/body"
n=$(sqlite3 "$db" "SELECT count(*) FROM doc_revision WHERE kind = 'glossary' AND slug = 'limitation-period'")
expect_eq "a preview adds no revision" "$n" 2
cgi POST /admin/d/category/overdue "csrf=$atok&base=0&action=preview&doc=$(urlenc "$(sed 's/^title: .*/title: 预览中的话题名/' "$top_srcdir/content/categories/overdue.txt")")"
expect_eq "topic preview" "$status" 200
expect_grep "topic preview renders the topic page with its questions" 'href="/a/' "$tmp/body"
expect_grep "topic preview shows the new title" '预览中的话题名' "$tmp/body"
cgi POST /admin/d/channel/12378 "csrf=$atok&base=0&action=preview&doc=$(urlenc "name: 坏")"
expect_eq "a channel preview that does not parse" "$status" 422
# History: every revision, a comparison, restore as a new revision.
cgi GET /admin/dh/glossary/limitation-period
expect_eq "term history" "$status" 200
expect_grep "term history lists the import" '导入（content/ 文件）' "$tmp/body"
expect_grep "term history offers a comparison" 'ra=1&amp;rb=2' "$tmp/body"
cgi GET "/admin/dh/glossary/limitation-period?ra=1&rb=2"
expect_grep "term comparison shows the added line" '<ins>+ 编辑补充：这一句由编辑加上。</ins>' "$tmp/body"
cgi POST /admin/dh/glossary/limitation-period "csrf=$atok&base=2&rev=1"
expect_eq "term restore" "$status" 303
cgi GET /glossary
expect_nogrep "the restored text is live" '编辑补充' "$tmp/body"
n=$(sqlite3 "$db" "SELECT count(*) FROM doc_revision WHERE kind = 'glossary' AND slug = 'limitation-period'")
expect_eq "restore adds a revision, keeps the rest" "$n" 3
cgi POST /admin/dh/glossary/limitation-period "csrf=$atok&base=2&rev=2"
expect_eq "restore over a newer revision" "$status" 409
cgi POST /admin/dh/glossary/limitation-period "csrf=forged&base=3&rev=2"
expect_eq "restore with a forged token" "$status" 403
cgi POST /admin/dh/glossary/limitation-period "csrf=$atok&base=3&rev=99"
expect_eq "restore of a revision that is not there" "$status" 404
cgi GET "/admin/dh/glossary/limitation-period?ra=1&rb=99"
expect_eq "comparison with a revision that is not there" "$status" 404
cgi GET /admin/dh/glossary/no-such-term
expect_eq "history of nothing" "$status" 404
cgi GET /admin/dh/channel/12378
expect_grep "history of a document never saved" '还没有编辑保存过' "$tmp/body"
cgi GET /admin/d/nosuchkind/x
expect_eq "unknown kind" "$status" 404
cgi GET "/admin/docs?kind=glossary&slug=new-term"
expect_eq "new term from the list" "$status" 303
expect_grep "new term goes to its edit page" 'Location: /admin/d/glossary/new-term' "$tmp/head"
cgi GET "/admin/docs?kind=glossary&slug=Bad%20Slug%3C"
expect_eq "new term with a bad address" "$status" 422
expect_grep "bad address is explained" '只能用小写字母' "$tmp/body"
expect_grep "bad address is kept" 'value="Bad Slug&lt;"' "$tmp/body"
cgi GET "/admin/docs?kind=poem&slug=x"
expect_eq "new item of an unknown kind" "$status" 422
cgi GET /admin/d/situation/new-situation
expect_grep "new situation gets a skeleton" 'channels: lender' "$tmp/body"
unset RUSER

finish cgi_test
