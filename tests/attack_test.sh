#!/bin/bash
# Attacks on the running program (its own supervisor on a unix socket,
# driven by tests/fcgi_client the way nginx drives it) and on the shipped
# nginx configuration in front of it:
#  - XSS: every payload of attack/xss.txt through every field of the
#    field table on every route, and through paths and cookies; then the
#    pages that show what was stored (tickets, published questions, new
#    articles, feeds). tests/attack_check compares each answer with the
#    answers to harmless values: no new tag or attribute, no event
#    handler, no script URL, never the payload unescaped;
#  - SQL injection: every probe of attack/sqli.txt through every value
#    that reaches the database: no 500, no SQL error, no more results than
#    for harmless words, the database unchanged;
#  - CSRF: a missing, forged, expired, future, other browser's and
#    cross-site token on every POST route (the list is read from
#    src/route.c) is refused with 403;
#  - path traversal and encoded slashes in slugs: 404 (400 from nginx for
#    a path above the root), never a file;
#  - CR/LF in any value: never an extra header;
#  - oversized headers, URIs, bodies and fields: 4xx;
#  - slow clients: nginx cuts off a connection that never finishes its
#    headers (client_header_timeout) while other readers are served.
# KEEP_RUN=1 keeps the run folder (requests, answers, logs) to look at.
. "$(dirname "$0")/lib.sh"
client=$top_builddir/tests/fcgi_client
checker=$top_builddir/tests/attack_check
[ -x "$client" ] && [ -x "$checker" ] || { echo "tests/fcgi_client or attack_check not built"; exit 99; }
[ -x "$nginx_bin" ] || { echo "nginx not installed"; exit 77; }
for c in curl sqlite3 openssl; do
    command -v "$c" >/dev/null || { echo "$c not installed"; exit 77; }
done

stack_start attack
slow_pids=""

# --- slow clients (in the background while the rest runs) ---------------
# Each connection sends the start of a request and then a header line a
# second, never the blank line that ends the headers. nginx must close it
# (client_header_timeout, 10 s in nginx/quanyi-http.conf); we give up
# waiting after 20 s. One more waits after its headers without a body.
slowloris() {
    local n=$1 start rc line i
    trap '' PIPE
    exec 3<>"/dev/tcp/127.0.0.1/$port" || { echo "$n connect-failed"; return; }
    start=$(date +%s)
    if [ "$2" = body ]; then
        printf 'POST /ask HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 1000\r\n\r\ncsrf=' >&3
    else
        printf 'GET / HTTP/1.1\r\nHost: localhost\r\n' >&3
    fi
    for i in $(seq 1 20); do
        [ "$2" = body ] || printf 'X-Slow-%d: %d\r\n' "$i" "$i" >&3 2>/dev/null
        read -r -t 1 -u 3 line
        rc=$?
        if [ $rc -le 128 ]; then
            # an answer (a status line) or the end of the connection
            echo "$n closed $(( $(date +%s) - start )) ${line%%$'\r'}"
            return
        fi
    done
    echo "$n open-after-20s"
}
for n in $(seq 1 12); do slowloris "$n" headers > "$run/slow.$n" & slow_pids="$slow_pids $!"; done
slowloris 13 body > "$run/slow.13" & slow_pids="$slow_pids $!"
stack_also $slow_pids

slug=limitation-period-three-years

# A form token and its cookie, for every post (every route here checks
# tokens against the same database secret).
timeout 300 "$client" -s "$sock" -e REQUEST_METHOD=GET -e REQUEST_URI=/ask -e QUERY_STRING= -O "$run" > /dev/null
COOKIE=$(sed -n 's/^Set-Cookie: \(qy_csrf=[0-9a-f]*\);.*/\1/p' "$run/0" | head -1)
tok=$(grep -ao 'name="csrf" value="[0-9a-f]*"' "$run/0" | head -1 | sed 's/.*value="//; s/"$//')
served=$(date +%s)
[ ${#tok} = 40 ] && [ -n "$COOKIE" ] && ok || fail "no form token or cookie"
timeout 300 "$client" -s "$sock" -e REQUEST_METHOD=GET -e "REQUEST_URI=/a/$slug" -e QUERY_STRING= -O "$run" > /dev/null
vtok=$(grep -ao 'name="csrf" value="[0-9a-f]*"' "$run/0" | head -1 | sed 's/.*value="//; s/"$//')
ticket0=$(printf 'title=%s&body=%s' "$(urlenc '催收打电话给我父母')" "$(urlenc '平台的催收每天打电话给我父母，这样合法吗？')")
while [ $(( $(date +%s) - served )) -lt 4 ]; do sleep 0.2; done
timeout 300 "$client" -s "$sock" -e REQUEST_METHOD=POST -e REQUEST_URI=/ask -e QUERY_STRING= \
    -e CONTENT_TYPE=application/x-www-form-urlencoded -e "HTTP_COOKIE=$COOKIE" -e REMOTE_ADDR=10.1.1.1 \
    -b "csrf=$tok&topic=collection&$ticket0&consent=yes&website=" > "$run/q0"
ticket=$(sed -n 's|.* /ask/||p' "$run/q0")
qid=$(sqlite3 "$db" "SELECT id FROM question WHERE ticket = '$ticket'")
[ -n "$qid" ] && ok || fail "no question to attack through"
sqlite3 "$db" "UPDATE question SET status = 'published', answer_md = '先保存证据。', answer_html = '<p>先保存证据。</p>' WHERE id = $qid"

# Every field of the field table, and every route of the route table
# (slug routes with a real slug), straight from the sources.
fields=$(sed -n '/field_table\[F__MAX\]/,/^};/p' "$top_srcdir/src/field.c" |
    sed -n 's/^[[:space:]]*\[F_[A-Z_]*\] = { "\([a-z_]*\)".*/\1/p')
nfields=$(printf '%s\n' $fields | wc -l)
[ "$nfields" -ge 40 ] && ok || fail "read only $nfields fields from src/field.c"
routes=$(sed -n '/route_table\[\] = {/,/^};/p' "$top_srcdir/src/route.c" | tr -d '\n\t' |
    grep -o '{ "[^"]*", [01], [^,]*' | sed 's/{ "\([^"]*\)", \([01]\), \(.*\)/\1 \2 \3/' | tr -d ' |' |
    sed 's/^\([^01]*\)\([01]\)\(.*\)/\1 \2 \3/')
nroutes=$(printf '%s\n' "$routes" | wc -l)
[ "$nroutes" -ge 25 ] && ok || fail "read only $nroutes routes from src/route.c"
# route_path PATTERN SLUGGED: a real address for a route.
route_path() {
    [ "$2" = 1 ] || { echo "$1"; return; }
    case $1 in
        /c/) echo /c/collection ;;
        /ask/) echo "/ask/$ticket" ;;
        /q/|/admin/q/) echo "$1$qid" ;;
        /admin/d/*|/admin/dh/*)
            case $1 in
                */category/) echo "${1}overdue" ;;
                */channel/) echo "$1$(ls "$top_srcdir/content/channels" | head -1 | sed 's/\.md$//')" ;;
                */glossary/) echo "${1}limitation-period" ;;
                */situation/) echo "$1$(ls "$top_srcdir/content/situations" | head -1 | sed 's/\.md$//')" ;;
            esac ;;
        *) echo "$1$slug" ;;
    esac
}

# all_fields VALUE: every field set to VALUE, as a query or form body.
all_fields() { local f out=""; for f in $fields; do out="$out&$f=$1"; done; echo "${out#&}"; }

# requests VALUE: the request lines (METHOD<tab>URI<tab>BODY) that carry
# VALUE (percent-encoded) everywhere it can go.
requests() {
    local v=$1 n=$2 all r pat s methods path
    all=$(all_fields "$v")
    printf '%s\n' "$routes" | while read -r pat s methods; do
        path=$(route_path "$pat" "$s")
        case $methods in *M_GET*) printf 'GET\t%s?%s\n' "$path" "$all" ;; esac
        case $methods in *M_POST*) printf 'POST\t%s\t%s\n' "$path" "$all" ;; esac
        case $methods in *M_POST*) printf 'POST\t%s\tcsrf=%s&%s\n' "$path" "$tok" "$all" ;; esac
        [ "$s" = 1 ] && printf 'GET\t%s%s\n' "$pat" "$v"
    done
    # one field at a time where a page shows it back
    printf 'GET\t/search?q=%s\n' "$v"
    printf 'GET\t/?q=%s\n' "$v"
    printf 'GET\t/a/%s?q=%s\n' "$slug" "$v"
    printf 'GET\t/search?q=%s&page=2\n' "$(urlenc 催收)$v"
    for f in due demand part plan repaid; do printf 'GET\t/tools/timeline?due=2020-01-15&%s=%s\n' "$f" "$v"; done
    printf 'GET\t/tools/letter?type=%s\n' "$v"
    printf 'GET\t/admin/h/%s?ra=1&rb=%s\n' "$slug" "$v"
    # valid forms with the value in their text: shown back or stored
    printf 'POST\t/ask\tcsrf=%s&topic=collection&title=%s&body=%s&consent=yes&website=\n' \
        "$tok" "$v" "$(urlenc '我想问：')$v$(urlenc '，这样做合法吗？')"
    printf 'POST\t/ask\tcsrf=%s&topic=collection&title=%s&body=%s&consent=yes&website=\n' \
        "$tok" "$(urlenc '读者提问')" "$v$(urlenc '——这是我遇到的情况。')"
    printf 'POST\t/vote/%s\tcsrf=%s&helpful=%s\n' "$slug" "$vtok" "$v"
    printf 'POST\t/tools/letter\tcsrf=%s&type=complaint&to=lender&lender=%s&product=%s&collector=%s&sender=%s&facts=%s&b_night=1\n' \
        "$tok" "$v" "$v" "$v" "$v" "$v"
    printf 'POST\t/tools/letter\tcsrf=%s&type=complaint&to=lender&lender=%s&facts=%s&b_night=1&format=txt\n' \
        "$tok" "$v" "$v"
    printf 'POST\t/admin/new\tcsrf=%s&base=0&action=preview&slug=x-preview&title=%s&category=overdue&summary=%s&keywords=%s&status=published&reviewed=2026-01-01&sources=%s&md=%s\n' \
        "$tok" "$v" "$(urlenc '这是简短回答：')$v" "$v" "$v" "$v%0A%0A$v"
    printf 'POST\t/admin/new\tcsrf=%s&base=0&action=save&slug=xss-%s&title=%s&category=overdue&summary=%s&keywords=%s&status=published&reviewed=2026-01-01&sources=%s&md=%s\n' \
        "$tok" "$n" "$v" "$(urlenc '这是简短回答：')$v" "$v" "$v" "$v%0A%0A$v"
    printf 'POST\t/admin/q/%s\tcsrf=%s&action=preview&decision=publish&answer=%s&reason=%s\n' "$qid" "$tok" "$v" "$v"
    printf 'POST\t/admin/d/glossary/limitation-period\tcsrf=%s&base=0&action=preview&doc=%s\n' \
        "$tok" "$(urlenc "$(cat "$top_srcdir/content/glossary/limitation-period.md")")%0A%0A$v"
}

# payloads FILE: the payloads of FILE, one a line, percent-encoded
# ("raw:" lines as they are).
payloads() {
    local line
    grep -v '^#' "$1" | grep -v '^$' | while IFS= read -r line; do
        case $line in raw:*) printf '%s\n' "${line#raw:}" ;; *) urlenc "$line"; echo ;; esac
    done
}

# send REQFILE OUTDIR [client options]: run every request line, answers
# in OUTDIR/<line number from 0>, result lines in OUTDIR.txt.
send() {
    local req=$1 out=$2
    shift 2
    mkdir -p "$out"
    timeout 300 "$client" -s "$sock" -f "$req" -c 4 -O "$out" -e CONTENT_TYPE=application/x-www-form-urlencoded \
        -e "HTTP_COOKIE=${SEND_COOKIE-$COOKIE}" -e REMOTE_USER=alice -e REMOTE_ADDR=%a "$@" > "$out.txt"
}

# --- SQL injection ------------------------------------------------------
# Each probe in every value that reaches the database, next to the same
# request with a harmless value.
before=$(sqlite3 "$db" "SELECT (SELECT count(*) FROM article) || '/' || (SELECT count(*) FROM question) || '/' || (SELECT count(*) FROM sqlite_master)")
sqli_requests() {
    local v=$1
    printf 'GET\t/search?q=%s\n' "$v"
    printf 'GET\t/search?q=%s%s\n' "$(urlenc 征信)" "$v"
    printf 'GET\t/search?q=qzxqzx%%20%s\n' "$v"
    printf 'GET\t/search?q=%s%%20%s\n' "$(urlenc 褀)" "$v"
    printf 'GET\t/search?q=%s&page=%s\n' "$(urlenc 催收)" "$v"
    printf 'GET\t/a/%s\n' "$v"
    printf 'GET\t/a/%s%s\n' "$slug" "$v"
    printf 'GET\t/c/%s\n' "$v"
    printf 'GET\t/q/%s\n' "$v"
    printf 'GET\t/q/%s%s\n' "$qid" "$v"
    printf 'GET\t/ask/%s\n' "$v"
    printf 'GET\t/ask/%s%s\n' "$ticket" "$v"
    printf 'GET\t/admin/?category=%s&status=%s\n' "$v" "$v"
    printf 'GET\t/admin/questions?status=%s\n' "$v"
    printf 'GET\t/admin/h/%s?ra=%s&rb=1\n' "$slug" "$v"
    printf 'GET\t/admin/d/glossary/%s\n' "$v"
    printf 'POST\t/vote/%s\tcsrf=%s&helpful=yes\n' "$v" "$vtok"
    printf 'POST\t/ask\tcsrf=%s&topic=%s&title=%s&body=%s&consent=yes&website=\n' "$tok" "$v" "$v" "$v"
    printf 'POST\t/admin/q/%s\tcsrf=%s&action=preview&decision=publish&answer=%s\n' "$qid" "$tok" "$v"
}
sqli_requests "$(urlenc 欠款)" > "$run/sqli-base.req"
sper=$(wc -l < "$run/sqli-base.req")
: > "$run/sqli.req"
nprobe=0
while IFS= read -r p; do
    nprobe=$((nprobe + 1))
    sqli_requests "$p" >> "$run/sqli.req"
done < <(payloads "$top_srcdir/tests/attack/sqli.txt")
send "$run/sqli-base.req" "$run/sqli-base"
send "$run/sqli.req" "$run/sqli"
echo "SQL injection: $nprobe probes, $sper places each ($(wc -l < "$run/sqli.req") requests)"
expect_eq "SQL injection: no 5xx or lost answer" "$(awk '$2 ~ /^5/ || $2 == "ERR"' "$run/sqli.txt" | head -3)" ""
# Same status as the harmless request, or a clear refusal (4xx). A probe
# that happens to be a well-formed slug (0x27) opens a new document's
# form, where the harmless Chinese word is not a slug.
docline=$(( $(grep -n '/admin/d/glossary/' "$run/sqli-base.req" | cut -d: -f1) - 1 ))
odd=$(awk -v per="$sper" -v doc="$docline" 'NR == FNR { want[$1] = $2; next }
    { w = want[$1 % per]
      if ($2 != w && $2 !~ /^4/ && !($1 % per == doc && $2 == 200)) print $1, $2, "want", w }' \
    "$run/sqli-base.txt" "$run/sqli.txt" | head -3)
expect_eq "SQL injection: statuses as for a harmless value, or a 4xx refusal" "$odd" ""
errs=$(grep -l -a 'SQL logic error\|syntax error\|no such column\|no such table\|unrecognized token\|fts5:\|malformed MATCH\|SQLITE_\|near "' "$run/sqli/"* 2>/dev/null | head -3)
expect_eq "SQL injection: no database error shown" "$errs" ""
# A probe must not widen a search: next to a word no article has (qzxqzx,
# a Latin word, and 褀, one character, both from the index), no article
# can have every word, so nothing is found, or only the "some of your
# words" fallback is offered.
widened=""
for l in $(grep -n 'q=qzxqzx\|q=%E8%A4%80' "$run/sqli-base.req" | cut -d: -f1); do
    k=$((l - 1))
    while [ "$k" -lt "$(wc -l < "$run/sqli.req")" ]; do
        f=$run/sqli/$k
        if ! grep -q '没有文章同时包含你输入的所有词\|没有找到与' "$f"; then
            widened="$widened $k"
        fi
        k=$((k + sper))
    done
done
expect_eq "SQL injection: a word nobody wrote still finds nothing, whatever follows it" "$widened" ""

after=$(sqlite3 "$db" "SELECT (SELECT count(*) FROM article) || '/' || (SELECT count(*) FROM question) || '/' || (SELECT count(*) FROM sqlite_master)")
expect_eq "SQL injection: database unchanged (articles/questions/schema)" "$after" "$before"
expect_eq "SQL injection: integrity" "$(sqlite3 "$db" 'PRAGMA integrity_check')" ok

# --- XSS ---------------------------------------------------------------
harmless=$(urlenc '无害的测试文字')
requests "$harmless" 0 > "$run/base.req"
per=$(wc -l < "$run/base.req")
: > "$run/attack.req"
: > "$run/attack.map"
k=0
while IFS= read -r p; do
    k=$((k + 1))
    requests "$p" "$k" >> "$run/attack.req"
done < <(payloads "$top_srcdir/tests/attack/xss.txt")
npay=$k
awk -v per="$per" '{ print NR - 1, int((NR - 1) / per) + 1 }' "$run/attack.req" > "$run/attack.map"
[ "$npay" -ge 50 ] && ok || fail "only $npay XSS payloads"
# What Markdown may legitimately make of an editor's text, for the list of
# tags and attributes the site writes.
sample='# 一
## 二
### 三
#### 四
##### 五
###### 六
*强调* **加粗** `代码` [链接](https://example.org/ "说明") ![图](/static/x.png "图注")
硬换行  
下一行 <https://example.org/>

> 引用

- 甲
- 乙

1. 一
2. 二

    缩进的代码

```text
围起来的代码
```

---'
printf 'POST\t/admin/new\tcsrf=%s&base=0&action=preview&slug=x-preview&title=%s&category=overdue&summary=%s&keywords=&status=published&reviewed=2026-01-01&sources=x&md=%s\n' \
    "$tok" "$(urlenc 样例文章)" "$(urlenc 这是一个样例的简短回答)" "$(urlenc "$sample")" >> "$run/base.req"
# and searches that find something (snippets mark the words found)
for w in 征信 '催收 家人' 诉讼时效 12378; do printf 'GET\t/search?q=%s\n' "$(urlenc "$w")"; done >> "$run/base.req"
send "$run/base.req" "$run/base"
expect_eq "the Markdown sample is shown" "$(awk -v n=$((per)) '$1 == n { print $2 }' "$run/base.txt")" 200
expect_grep "a search with hits marks them" '<mark>' "$run/base/$((per + 1))"
send "$run/attack.req" "$run/attack"
nreq=$(wc -l < "$run/attack.req")
echo "XSS: $npay payloads, $per requests each through $nfields fields and $nroutes routes ($nreq requests)"
expect_eq "XSS: every request answered" "$(awk '$2 != "ERR"' "$run/attack.txt" | wc -l | tr -d ' ')" "$nreq"
expect_eq "XSS: no 5xx" "$(awk '$2 ~ /^5/' "$run/attack.txt" | head -3)" ""

# The SQL probes through every field on every route too: never a 5xx or a
# database error, and the harmless value's status or a 4xx refusal (a
# probe that is a well-formed slug may open a new document's form).
: > "$run/sqlall.req"
while IFS= read -r p; do requests "$p" 0 >> "$run/sqlall.req"; done < <(payloads "$top_srcdir/tests/attack/sqli.txt")
send "$run/sqlall.req" "$run/sqlall"
echo "SQL injection: the same probes through every field and route ($(wc -l < "$run/sqlall.req") requests)"
odd=$(awk -v per="$per" 'FILENAME ~ /base.txt$/ { want[$1] = $2; next }
    FILENAME ~ /sqlall.req$/ { path[FNR - 1] = $0; next }
    { w = want[$1 % per]
      if ($2 == "ERR" || $2 ~ /^5/ ||
          ($2 != w && $2 !~ /^4/ && !($2 == 200 && path[$1] ~ /^GET\t\/admin\/d\//)))
          print $1, $2, "want", w }' "$run/base.txt" "$run/sqlall.req" "$run/sqlall.txt" | head -3)
expect_eq "SQL probes in every field: statuses as for a harmless value, or a 4xx" "$odd" ""
errs=$(grep -l -a 'SQL logic error\|syntax error\|no such column\|no such table\|unrecognized token\|fts5:\|malformed MATCH\|SQLITE_\|near "' "$run/sqlall/"* 2>/dev/null | head -3)
expect_eq "SQL probes in every field: no database error shown" "$errs" ""

# Stored: the ticket pages of the questions taken, the published
# questions, the articles made, and the pages that list them.
: > "$run/stored-base.req"
: > "$run/stored.req"
: > "$run/stored.map"
for set in base attack; do
    awk '$2 == 303 && $4 ~ /^\/ask\// { print $1, $4 }' "$run/$set.txt" | while read -r n loc; do
        printf 'GET\t%s\n' "$loc"
    done > "$run/$set.tickets.req"
done
cat "$run/base.tickets.req" > "$run/stored-base.req"
awk '$2 == 303 && $4 ~ /^\/ask\// { print $1 }' "$run/attack.txt" > "$run/ticket-lines"
cat "$run/attack.tickets.req" >> "$run/stored.req"
while read -r n; do awk -v n="$n" '$1 == n { print $2 }' "$run/attack.map"; done < "$run/ticket-lines" > "$run/stored.pay"
# Publish every question with its own text as the answer (cmark renders
# it), then show each one and the lists.
ids=$(sqlite3 "$db" "SELECT id FROM question WHERE id <> $qid ORDER BY id")
for id in $ids; do
    printf 'POST\t/admin/q/%s\tcsrf=%s&action=save&decision=publish&answer=%s\n' "$id" "$tok" \
        "$(urlenc "$(sqlite3 "$db" "SELECT title || char(10) || char(10) || body FROM question WHERE id = $id")")"
done > "$run/answer.req"
send "$run/answer.req" "$run/answer"
expect_eq "stored: every answer saved" "$(awk '$2 != 303' "$run/answer.txt" | head -3)" ""
for id in $ids; do printf 'GET\t/q/%s\n' "$id"; done > "$run/publish.req"
send "$run/publish.req" "$run/publish"
expect_eq "stored: every question published" "$(awk '$2 != 200' "$run/publish.txt" | head -3)" ""
for p in / /c/collection /c/overdue /feed.xml /sitemap.xml "/search?q=$(urlenc 读者提问)" "/search?q=$(urlenc 简短回答)" /admin/ /admin/questions; do
    printf 'GET\t%s\n' "$p" >> "$run/stored.req"
    printf 'GET\t%s\n' "$p" >> "$run/stored-base.req"
done
for a in $(sqlite3 "$db" "SELECT slug FROM article WHERE slug LIKE 'xss-%'"); do
    printf 'GET\t/a/%s\n' "$a" >> "$run/stored.req"
done
printf 'GET\t/a/xss-0\n' >> "$run/stored-base.req"
printf 'GET\t/q/%s\n' "$qid" >> "$run/stored-base.req"
send "$run/stored-base.req" "$run/stored-base"
send "$run/stored.req" "$run/stored"
nstored=$(wc -l < "$run/stored.req")
echo "XSS stored: $(wc -l < "$run/ticket-lines") questions, $(sqlite3 "$db" "SELECT count(*) FROM article WHERE slug LIKE 'xss-%'") articles kept; $nstored pages that show them"
[ "$(wc -l < "$run/ticket-lines")" -ge "$npay" ] && ok || fail "XSS: fewer questions stored than payloads"
expect_eq "XSS stored: no 5xx" "$(awk '$2 ~ /^5/ || $2 == "ERR"' "$run/stored.txt" | head -3)" ""
# The published pages and the stored pages are checked with the rest; a
# ticket page is checked for its own payload.
for f in "$run/publish/"*; do mv "$f" "$run/attack/p$(basename "$f")"; done
for f in "$run/stored/"*; do mv "$f" "$run/attack/s$(basename "$f")"; done
for f in "$run/stored-base/"*; do mv "$f" "$run/base/s$(basename "$f")"; done
awk '{ print "s" (NR - 1), $1 }' "$run/stored.pay" >> "$run/attack.map"
if "$checker" "$run/base" "$run/attack" "$top_srcdir/tests/attack/xss.txt" "$run/attack.map" > "$run/check.out"; then
    ok
else
    fail "XSS: markup came back: $(head -5 "$run/check.out")"
fi
tail -1 "$run/check.out"
# The check itself must catch what it is for: an answer with the payload
# put in raw is reported.
mkdir "$run/planted"
# (the answer's start up to <main>, so the plant lands between tags; the
# site draws its own QR code in <svg>, so the tag it never writes is <iframe>)
{ sed '/<main /q' "$run/base/0"; printf '<p>%s</p><iframe onload=alert(1)><a href=" javascript:x">' \
    '<script>alert(1)</script>'; } > "$run/planted/0"
printf '0 1\n' > "$run/planted.map"
"$checker" "$run/base" "$run/planted" "$top_srcdir/tests/attack/xss.txt" "$run/planted.map" > "$run/planted.out"
expect_eq "attack_check fails on a planted attack" "$?" 1
for w in 'never writes: script' 'never writes: iframe' 'event handler attribute: onload' \
         'a script or data URL: href' 'came back unescaped: <script>'; do
    expect_grep "attack_check finds what was planted" "$w" "$run/planted.out"
done

# Cookies: a payload as the token cookie is never shown back.
while IFS= read -r p; do
    timeout 300 "$client" -s "$sock" -e REQUEST_METHOD=GET -e REQUEST_URI=/ask -e QUERY_STRING= \
        -e "HTTP_COOKIE=qy_csrf=$p; other=$p" -o 100000 
done < <(grep -v '^#' "$top_srcdir/tests/attack/xss.txt" | grep -v '^$' | head -30) > "$run/cookie.out"
expect_eq "XSS in cookies: answered" "$(grep -c '^[0-9]* 200 ' "$run/cookie.out")" 30
expect_nogrep "XSS in cookies: no script" '<script' "$run/cookie.out"
expect_nogrep "XSS in cookies: no handler" 'onerror=' "$run/cookie.out"

# --- CSRF ----------------------------------------------------------------
# Every POST route from src/route.c, with a form that is otherwise fine.
key=$(sqlite3 "$db" "SELECT hex(value) FROM secret WHERE name = 'csrf'")
# mint COOKIE_VALUE TIME: the token the program would make (csrf.c): the
# time in 8 hex digits and HMAC-SHA256 over "quanyi-csrf", the cookie and
# the time, NUL-separated, cut to 16 bytes.
mint() {
    local t
    t=$(printf '%08x' "$2")
    printf '%s%s' "$t" "$(printf 'quanyi-csrf\0%s\0%s' "$1" "$t" |
        openssl dgst -sha256 -mac HMAC -macopt "hexkey:$key" -r | cut -c1-32)"
}
cval=${COOKIE#qy_csrf=}
now=$(date +%s)
post_form() {
    case $1 in
        /ask) printf 'topic=collection&%s&consent=yes&website=' "$ticket0" ;;
        /vote/*) printf 'helpful=yes' ;;
        /tools/letter) printf 'type=complaint&to=lender&lender=%s&b_night=1' "$(urlenc 京东金融)" ;;
        /admin/new) printf 'base=0&action=preview&slug=csrf-test&title=%s&category=overdue&summary=%s&status=draft&reviewed=2026-01-01&sources=x&md=x' \
            "$(urlenc 测试标题)" "$(urlenc 这是一个测试用的简短回答)" ;;
        /admin/restore/*|/admin/dh/*) printf 'rev=1' ;;
        /admin/q/*) printf 'action=preview&decision=publish&answer=x' ;;
        /admin/d/*) printf 'base=0&action=preview&doc=x' ;;
        *) printf 'action=preview' ;;
    esac
}
: > "$run/csrf.routes"
printf '%s\n' "$routes" | while read -r pat s methods; do
    case $methods in *M_POST*) route_path "$pat" "$s" ;; esac
done > "$run/csrf.routes"
ncsrf=$(wc -l < "$run/csrf.routes")
[ "$ncsrf" -ge 10 ] && ok || fail "only $ncsrf POST routes read"
# csrf_case NAME TOKEN-FOR-COOKIE-ROUTES TOKEN-FOR-VOTES [client options]
csrf_case() {
    local name=$1 t=$2 vt=$3 path
    shift 3
    while read -r path; do
        case $path in
            /vote/*) printf 'POST\t%s\t%s%s\n' "$path" "${vt:+csrf=$vt&}" "$(post_form "$path")" ;;
            *) printf 'POST\t%s\t%s%s\n' "$path" "${t:+csrf=$t&}" "$(post_form "$path")" ;;
        esac
    done < "$run/csrf.routes" > "$run/csrf-$name.req"
    send "$run/csrf-$name.req" "$run/csrf-$name" "$@"
}
hour=$(( now - now % 3600 ))
vbind=vote:$slug
good=$(mint "$cval" "$now")
csrf_case good "$good" "$(mint "$vbind" "$hour")"
bad=$(awk '$2 == 403 || $2 == "ERR"' "$run/csrf-good.txt" | head -3)
expect_eq "CSRF: a good token passes every route (the token maker is right)" "$bad" ""
csrf_case missing "" ""
csrf_case forged "$(printf '%08x' "$now")0123456789abcdef0123456789abcdef" \
    "$(printf '%08x' "$hour")0123456789abcdef0123456789abcdef"
csrf_case expired "$(mint "$cval" $(( now - 13 * 3600 )))" "$(mint "$vbind" $(( hour - 13 * 3600 )))"
# (two hours ahead for the vote: the next hour may be under a minute away,
# inside the minute of clock skew csrf.c allows)
csrf_case future "$(mint "$cval" $(( now + 3600 )))" "$(mint "$vbind" $(( hour + 7200 )))"
csrf_case other-cookie "$(mint 00000000000000000000000000000000 "$now")" "$(mint vote:jail-or-fraud "$hour")"
csrf_case cross-site "$good" "$(mint "$vbind" "$hour")" -e HTTP_SEC_FETCH_SITE=cross-site
SEND_COOKIE= csrf_case no-cookie "$good" "$(mint "$vbind" "$hour")"
for c in missing forged expired future other-cookie cross-site; do
    expect_eq "CSRF $c: 403 on all $ncsrf POST routes" \
        "$(awk '$2 == 403' "$run/csrf-$c.txt" | wc -l | tr -d ' ')" "$ncsrf"
done
# A vote's token is bound to the article and the hour, not to a cookie.
expect_eq "CSRF no-cookie: 403 on every POST route but the vote" \
    "$(awk '$2 == 403' "$run/csrf-no-cookie.txt" | wc -l | tr -d ' ')" $((ncsrf - 1))
expect_grep "CSRF expired: says so" '过期' "$run/csrf-expired/0"

# --- path traversal and encoded slashes --------------------------------
cat > "$run/paths" <<'EOF'
/a/../../etc/passwd
/a/..%2f..%2fetc%2fpasswd
/a/%2e%2e%2f%2e%2e%2fetc%2fpasswd
/a/%2e%2e
/a/%252e%252e%252f
/a/..%5c..%5cetc%5cpasswd
/a/x%2Fy
/c/%2F
/c/%2Fetc%2Fpasswd
/c/..
/q/..%2f1
/ask/..%2F..%2Fetc%2Fpasswd
/a/limitation-period-three-years%00.md
/a/limitation-period-three-years/
/a/limitation-period-three-years/..
/a/./limitation-period-three-years
/admin/d/glossary/..%2f..%2fetc%2fpasswd
/admin/d/glossary/%2e%2e
/admin/d/..%2fglossary/limitation-period
/static/../src/main.c
/templates/layout.tpl
/content/articles/limitation-period-three-years.md
/a/%C0%AE%C0%AE%C0%AF
/a/%E2%80%AE%2e%2e
EOF
while read -r p; do printf 'GET\t%s\n' "$p"; done < "$run/paths" > "$run/paths.req"
send "$run/paths.req" "$run/paths-app"
npaths=$(wc -l < "$run/paths")
expect_eq "traversal: the program answers 404 (400 for a bad escape) to all $npaths" \
    "$(awk '$2 != 404 && $2 != 400' "$run/paths-app.txt" | head -3)" ""
echo "traversal: $npaths paths, $(awk '$2 == 404' "$run/paths-app.txt" | wc -l) answered 404 and $(awk '$2 == 400' "$run/paths-app.txt" | wc -l) 400 by the program"
through=0
while read -r p; do
    st=$(curl -s --path-as-is -o "$run/pbody" -w '%{http_code}' "$base$p")
    case $st:$p in 400:*|404:*|401:/admin/*) through=$((through + 1)) ;;
        *) fail "traversal through nginx: $p answered $st" ;; esac
    grep -q 'root:x:0:0\|#include\|{{%AUTOESCAPE\|^title: ' "$run/pbody" && fail "traversal: $p returned a file"
done < "$run/paths"
expect_eq "traversal through nginx: 400 or 404 for all (401 first under /admin)" "$through" "$npaths"

# --- CR/LF in values: no header injection ------------------------------
inj=$'\r\nX-Injected: 1\r\nSet-Cookie: evil=1'
{
    printf 'GET\t/vote/x%%0D%%0AX-Injected:%%201\n'
    printf 'GET\t/a/x%%0D%%0AX-Injected:%%201\n'
    printf 'GET\t/ask/%s%%0D%%0AX-Injected:%%201\n' "$ticket"
    printf 'GET\t/search?q=a%%0D%%0AX-Injected:%%201\n'
    printf 'POST\t/vote/%s%%0D%%0ALocation:%%20http://evil.example/\tcsrf=%s&helpful=yes\n' "$slug" "$vtok"
    printf 'POST\t/admin/new\tcsrf=%s&base=0&action=save&slug=x%%0D%%0AX-Injected:%%201&title=%s&category=overdue&summary=%s&status=draft&reviewed=2026-01-01&sources=x&md=x\n' \
        "$tok" "$(urlenc 测试标题)" "$(urlenc 这是一个测试用的简短回答)"
    printf 'POST\t/vote/%s\tcsrf=%s&helpful=yes%%0D%%0AX-Injected:%%201\n' "$slug" "$vtok"
} > "$run/crlf.req"
send "$run/crlf.req" "$run/crlf"
# Raw CR/LF in the parameters themselves (a broken or hostile front end).
mkdir "$run/crlfraw"
timeout 300 "$client" -s "$sock" -e REQUEST_METHOD=GET -e "REQUEST_URI=/a/$slug$inj" -e QUERY_STRING= -O "$run/crlfraw" > /dev/null
mv "$run/crlfraw/0" "$run/crlf/raw-uri"
timeout 300 "$client" -s "$sock" -e REQUEST_METHOD=GET -e REQUEST_URI=/ask -e QUERY_STRING= \
    -e "HTTP_COOKIE=qy_csrf=abc$inj" -O "$run/crlfraw" > /dev/null
mv "$run/crlfraw/0" "$run/crlf/raw-cookie"
timeout 300 "$client" -s "$sock" -e REQUEST_METHOD=GET -e "REQUEST_URI=/search?q=a$inj" -e "QUERY_STRING=q=a$inj" \
    -O "$run/crlfraw" > /dev/null
mv "$run/crlfraw/0" "$run/crlf/raw-query"
ncrlf=0
for f in "$run/crlf/"*; do
    ncrlf=$((ncrlf + 1))
    sed '/^\r$/q' "$f" > "$run/crlf.head"
    grep -qi '^x-injected\|^set-cookie: evil\|^location: http://evil' "$run/crlf.head" &&
        fail "header injected: $(basename "$f")"
    grep -v $'^\r$' "$run/crlf.head" | grep -qv $'^[A-Za-z0-9-]*: [^\r]*\r$' &&
        fail "a malformed header line: $(basename "$f")"
done
expect_eq "CR/LF: answers checked" "$ncrlf" 10
st=$(curl -s -o /dev/null -D "$run/crlf-nginx.h" -w '%{http_code}' "$base/vote/x%0D%0ASet-Cookie:%20evil=1")
expect_nogrep "CR/LF through nginx: no injected cookie" 'evil=1' "$run/crlf-nginx.h"
[ "${st:0:1}" = 4 ] && ok || fail "CR/LF through nginx: answered $st"

# --- oversized headers, URIs, bodies and fields -------------------------
big() { head -c "$1" /dev/zero | tr '\0' "${2:-a}"; }
code() { curl -s -o "$run/over" -w '%{http_code}' "$@"; }
expect_eq "a 9 KB header" "$(code -H "X-Big: $(big 9000)" "$base/")" 400
expect_eq "a 9 KB cookie" "$(code -H "Cookie: qy_csrf=$(big 9000)" "$base/")" 400
expect_eq "headers over 32 KB in all" "$(code -H "X-A: $(big 7000)" -H "X-B: $(big 7000)" -H "X-C: $(big 7000)" \
    -H "X-D: $(big 7000)" -H "X-E: $(big 7000)" "$base/")" 400
expect_eq "a 9 KB URI" "$(code "$base/search?q=$(big 9000)")" 414
expect_eq "a 70 KB body" "$(code --data-binary @<(big 70000) "$base/ask")" 413
expect_eq "a body declared as 1 TB" "$(code -H 'Content-Length: 1000000000000' --data-binary 'x' "$base/ask")" 413
expect_eq "a 101-character search" "$(code "$base/search?q=$(big 101)")" 400
expect_eq "a 6000-character search" "$(code -G --data-urlencode "q=$(big 6000 x)" "$base/search")" 400
# Straight to the program: what nginx would never pass.
{
    printf 'POST\t/ask\tcsrf=%s&topic=collection&title=%s&body=x&consent=yes\n' "$tok" "$(big 61 a)"
    printf 'POST\t/ask\tcsrf=%s&topic=collection&title=%s&body=%s&consent=yes\n' "$tok" "$(urlenc 标题标题)" "$(big 3001 a)"
    printf 'POST\t/tools/letter\tcsrf=%s&type=complaint&lender=%s&facts=%s\n' "$tok" "$(big 61 a)" "$(big 2001 a)"
    printf 'POST\t/admin/q/%s\tcsrf=%s&action=preview&decision=publish&answer=%s\n' "$qid" "$tok" "$(big 20001 a)"
    printf 'GET\t/search?%s\n' "$(for i in $(seq 1 3000); do printf 'f%d=1&' "$i"; done)q=x"
} > "$run/over.req"
send "$run/over.req" "$run/over-app"
expect_eq "oversized fields: 4xx, never 5xx" "$(awk '$2 !~ /^4/ && $1 < 4' "$run/over-app.txt" | head -3)" ""
expect_eq "3000 unknown parameters: still a page" "$(awk '$1 == 4 { print $2 }' "$run/over-app.txt")" 200
for cl in 1000000000000 -1 abc 70000; do
    timeout 300 "$client" -s "$sock" -e REQUEST_METHOD=POST -e REQUEST_URI=/ask -e QUERY_STRING= \
        -e CONTENT_TYPE=application/x-www-form-urlencoded -e "CONTENT_LENGTH=$cl" -n 1 > "$run/cl.out"
    st=$(cut -d' ' -f2 "$run/cl.out")
    case $st in 400|411|413) ok ;; *) fail "CONTENT_LENGTH=$cl answered $st" ;; esac
done
timeout 300 "$client" -s "$sock" -e REQUEST_METHOD=GET -e REQUEST_URI=/ -e QUERY_STRING= \
    -e "HTTP_COOKIE=$(big 100000 a)=1" -n 1 > "$run/cookie-big.out"
expect_eq "a 100 KB cookie header straight to the program" "$(cut -d' ' -f2 "$run/cookie-big.out")" 200

# --- slow clients: the results ------------------------------------------
# While the slow connections were open everything above was answered
# through the same nginx; now they must all have been cut off.
expect_eq "a page through nginx while slow clients wait" "$(code "$base/")" 200
for p in $slow_pids; do wait "$p" 2>/dev/null; done
stack_forget $slow_pids
cut_off=0
for n in $(seq 1 13); do
    r=$(cat "$run/slow.$n")
    case $r in
        "$n closed "*)
            secs=$(echo "$r" | cut -d' ' -f3)
            what=$(echo "$r" | cut -d' ' -f4-)
            case $what in *" 200 "*|*"200 OK"*) fail "slow client $n got a page: $what" ;; *) cut_off=$((cut_off + 1)) ;; esac ;;
        *) fail "slow client $n: $r" ;;
    esac
done
expect_eq "slow clients cut off by nginx within 20 s" "$cut_off" 13
echo "slow clients: 13 cut off after $(cut -d' ' -f3 "$run"/slow.* | sort -n | head -1)-$(cut -d' ' -f3 "$run"/slow.* | sort -n | tail -1) s"

# Nothing broke: the workers are the ones started, the log is clean.
expect_eq "no worker died" "$(grep -c 'killed by signal\|exited with' "$run/app.log")" 0
expect_eq "no sanitizer report" "$(grep -c 'ERROR: AddressSanitizer\|runtime error:' "$run/app.log")" 0
finish attack_test
