#!/bin/bash
# CGI mode (tests/cgi_lib.sh), a reader asking: the question form and its
# CSRF token, refusals that keep the text, the ticket page, a published
# answer, the rate limit, and votes on an article.
. "$(dirname "$0")/cgi_lib.sh"

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

# An editor answers and publishes (in the store here; the editor pages:
# cgi_admin_test.sh): the ticket shows the answer, the topic lists the
# question, and search finds it.
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

finish cgi_ask_test
