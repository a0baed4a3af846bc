#!/bin/bash
# CGI mode (tests/cgi_lib.sh), the editors (REMOTE_USER, as nginx's basic
# auth sets it): articles edited, previewed, saved, in conflict, restored;
# the question queue; topics, channels, terms and situations as files.
. "$(dirname "$0")/cgi_lib.sh"

# A reader's question for the queue, asked as a browser does (the form,
# then the post once the form is old enough).
cgi GET /ask
c=$(sed -n 's/^Set-Cookie: \(qy_csrf=[0-9a-f]*\);.*/\1/p' "$tmp/head")
qtok=$(grep -o 'name="csrf" value="[0-9a-f]*"' "$tmp/body" | sed 's/.*value="//; s/"$//')
sleep 3
COOKIE=$c cgi POST /ask "csrf=$qtok&topic=collection&title=$(urlenc 催收打给我妈)&body=$(urlenc '催收每天打电话给我妈，这样合法吗？')&consent=yes&website="
[ "$status" = 303 ] || { echo "the question for the queue was not accepted: $status"; exit 99; }

# Editors. Without REMOTE_USER (nginx misconfigured) nothing under /admin
# answers, not even a 404.
for uri in /admin/ /admin/new /admin/a/jail-or-fraud /admin/questions /admin/nope /admin; do
    cgi GET "$uri"
    expect_eq "GET $uri without a user" "$status" 403
done
cgi POST /admin/a/jail-or-fraud "title=x"
expect_eq "POST /admin without a user" "$status" 403

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
expect_grep "home: questions waiting, linked" '<a href="/admin/questions">1 个读者提问等待回答</a>' "$tmp/body"
expect_grep "home: the oldest's age" '最早的一个已经等了' "$tmp/body"
expect_grep "home: the content check" 'id="todo-refs"' "$tmp/body"
expect_grep "home: the review age, 180 days by default" 'value="180"' "$tmp/body"
sqlite3 "$db" "UPDATE article SET reviewed = '2026-01-01' WHERE slug = 'jail-or-fraud'"
cgi GET "/admin/?age=1"
expect_grep "home: articles older than the age asked, linked to their editor" '篇文章超过 1 天没有核实' "$tmp/body"
expect_grep "home: an overdue article links to its editor" '<li><a href="/admin/a/jail-or-fraud">' "$tmp/body"
sqlite3 "$db" "UPDATE channel SET reviewed = '2020-01-01' WHERE slug = '12378'; UPDATE value SET check_by = '2020-01-31' WHERE slug = 'holidays-2026'"
cgi GET /admin/
expect_grep "home: a channel not checked for 90 days, linked" 'href="/admin/d/channel/12378"' "$tmp/body"
expect_grep "home: a value past its check date, linked" 'href="/admin/d/value/holidays-2026"' "$tmp/body"
cgi GET "/admin/?age=0"
expect_eq "home: a bad age" "$status" 200
expect_grep "admin list: votes column" '有帮助 / 没帮助' "$tmp/body"
expect_grep "admin list: a topic by its title" '<td class="nw" data-label="话题">催收权益</td>' "$tmp/body"
expect_grep "admin list: cells named for a phone" '<td class="nw" data-label="核实日期">' "$tmp/body"
cgi GET /admin/a/when-to-call-110
expect_grep "admin edit: the safety box is a choice, shown as saved" 'name="urgent" type="checkbox" value="yes" checked' "$tmp/body"
cgi GET /admin/a/jail-or-fraud
expect_nogrep "admin edit: not every article has the safety box" 'value="yes" checked' "$tmp/body"
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
expect_grep "history: the added line" '<span class="vh">新加：</span>编辑 alice 补充的一段话。</ins>' "$tmp/body"
grep -qE '省略 [0-9]+ 行未改动的内容' "$tmp/body" && ok || fail "history: unchanged lines far from the change are left out"
grep -qE '[0-9]T[0-9]{2}:[0-9]{2}:[0-9]{2}Z' "$tmp/body" && fail "history: raw UTC shown" || ok
grep -qE '<td data-label="时间">[0-9]{4}年[0-9]+月[0-9]+日 [0-9]{2}:[0-9]{2}</td>' "$tmp/body" && ok || fail "history: China time"
expect_grep "history: the editor's name" '<td data-label="编辑">alice</td>' "$tmp/body"
expect_nogrep "history: restore is not one click" 'action="/admin/restore/' "$tmp/body"
cgi GET "/admin/h/jail-or-fraud?rev=$base"
expect_eq "restore confirmation" "$status" 200
expect_grep "restore confirmation says what happens" "另存为新的第 $((base + 2)) 版" "$tmp/body"
expect_grep "restore confirmation holds the form" 'action="/admin/restore/jail-or-fraud"' "$tmp/body"
cgi GET "/admin/h/jail-or-fraud?rev=99"
expect_eq "restore confirmation of a revision that is not there" "$status" 404
cgi POST /admin/restore/jail-or-fraud "csrf=$atok&rev=$base"
expect_eq "admin restore" "$status" 303
expect_grep "restore goes to the message" "Location: /admin/h/jail-or-fraud?saved=$((base + 2))&rev=$base" "$tmp/head"
cgi GET "/admin/h/jail-or-fraud?saved=$((base + 2))&rev=$base"
expect_grep "restore message" "已把第 $base 版的文本恢复为新的第 $((base + 2)) 版" "$tmp/body"
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
expect_grep "term comparison shows the added line" '<span class="vh">新加：</span>编辑补充：这一句由编辑加上。</ins>' "$tmp/body"
cgi GET "/admin/dh/glossary/limitation-period?rev=1"
expect_grep "term restore asks first" '确认恢复为第 3 版' "$tmp/body"
cgi POST /admin/dh/glossary/limitation-period "csrf=$atok&base=2&rev=1"
expect_eq "term restore" "$status" 303
expect_grep "term restore goes to the message" 'Location: /admin/dh/glossary/limitation-period?saved=3&rev=1' "$tmp/head"
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

# Every other kind of advice through the same editor: law texts, dated
# values, the plan's questions and steps.
cgi GET /admin/docs
for k in law value plan; do
    expect_grep "docs list the $k kind" "id=\"g-$k\"" "$tmp/body"
done
expect_grep "docs list a law" 'href="/admin/d/law/civil-code"' "$tmp/body"
expect_grep "docs list a plan step" 'href="/admin/d/plan/answer-summons"' "$tmp/body"
cgi GET /admin/d/law/civil-code
expect_eq "law form" "$status" 200
expect_grep "law form holds the file text" '### 第' "$tmp/body"
cgi GET /admin/d/plan/answer-summons
expect_grep "plan step form holds the file text" 'type: step' "$tmp/body"
valtext=$(cat "$top_srcdir/content/values/holidays-2026.md")
cgi GET /admin/d/value/holidays-2026
expect_grep "value form holds the file text" 'kind: holidays' "$tmp/body"
vbase=$(grep -o 'name="base" value="[0-9]*"' "$tmp/body" | sed 's/.*value="//; s/"$//')
cgi POST /admin/d/value/holidays-2026 "csrf=$atok&base=$vbase&action=preview&doc=$(urlenc "${valtext//check_by: 2027-01-31/check_by: 2027-02-28}")"
expect_eq "value preview" "$status" 200
expect_grep "value preview: the generic page, framed" 'class="preview-frame"' "$tmp/body"
expect_grep "value preview shows its fields" '<dt>check_by</dt><dd>2027-02-28</dd>' "$tmp/body"
expect_grep "the preview sits beside the form" 'class="workbench has-preview"' "$tmp/body"
expect_grep "the preview is one tap away on a phone" 'href="#preview-h"' "$tmp/body"
cgi POST /admin/d/value/holidays-2026 "csrf=$atok&base=$vbase&doc=$(urlenc "${valtext//check_by: 2027-01-31/check_by: 2027-02-28}")"
expect_eq "value save" "$status" 303
n=$(sqlite3 "$db" "SELECT check_by FROM value WHERE slug = 'holidays-2026'")
expect_eq "value saved" "$n" 2027-02-28
n=$(sqlite3 "$db" "SELECT editor || ' ' || action || ' ' || kind || '/' || slug FROM audit_log ORDER BY id DESC LIMIT 1")
expect_eq "a value's save is an audited value change" "$n" "alice value values/holidays-2026"
RUSER=bob cgi POST /admin/d/value/holidays-2026 "csrf=$atok&base=$vbase&doc=$(urlenc "$valtext")"
expect_eq "value conflict between two editors" "$status" 409
cgi GET "/admin/dh/value/holidays-2026?ra=1&rb=2"
expect_grep "value history marks the changed words" 'check_by: <mark>2027</mark>-<mark>02</mark>-<mark>28</mark></ins>' "$tmp/body"
expect_grep "value history: the old words marked too" 'check_by: <mark>2020</mark>-<mark>01</mark>-<mark>31</mark></del>' "$tmp/body"
cgi POST /admin/d/law/civil-code "csrf=$atok&base=0&doc=$(urlenc "title: 坏
nonsense")"
expect_eq "law text that does not parse" "$status" 422
cgi GET /admin/d/value/no-such-value
expect_grep "new value gets a skeleton" 'check_by: ' "$tmp/body"

# Answering without colliding: a claim, seen by the other editor, refused
# to them while it lives, free again once it expires.
sqlite3 "$db" "INSERT INTO question(ticket, category_id, title, body, created, updated) SELECT 'claimtestticket', id, '催收说要起诉我', '催收说要去法院起诉我，我该怎么办？', '2026-11-01T00:00:00Z', '2026-11-01T00:00:00Z' FROM category LIMIT 1"
q2=$(sqlite3 "$db" "SELECT id FROM question WHERE ticket = 'claimtestticket'")
audit_n() { sqlite3 "$db" "SELECT count(*) FROM audit_log"; }
# expect_audit NAME ACTION|-: the last request wrote exactly one entry
# for ACTION by $1's editor, or (-) none.
expect_audit() {
    local now; now=$(audit_n)
    if [ "$2" = - ]; then
        expect_eq "$1: no audit entry" "$now" "$a0"
    else
        expect_eq "$1: one audit entry" "$now" $((a0 + 1))
        expect_eq "$1: the entry" "$(sqlite3 "$db" "SELECT action FROM audit_log ORDER BY id DESC LIMIT 1")" "$2"
    fi
    a0=$now
}
a0=$(audit_n)
cgi GET "/admin/q/$q2"
expect_grep "an unclaimed question offers the claim" 'value="claim">认领这个问题' "$tmp/body"
cgi POST "/admin/q/$q2" "csrf=$atok&action=claim"
expect_eq "alice claims" "$status" 303
expect_audit "claim" claim
cgi GET "/admin/q/$q2"
expect_grep "alice sees her claim" '你从 ' "$tmp/body"
RUSER=bob cgi GET "/admin/q/$q2"
expect_grep "bob sees who is answering, and since when" 'alice 从 ' "$tmp/body"
RUSER=bob cgi POST "/admin/q/$q2" "csrf=$atok&action=claim"
expect_eq "bob cannot claim it meanwhile" "$status" 409
expect_audit "refused claim" -
RUSER=bob cgi POST "/admin/q/$q2" "csrf=$atok&action=save&decision=publish&answer=$(urlenc 'bob 的回答')"
expect_eq "bob cannot answer it meanwhile" "$status" 409
expect_grep "bob is told who answers" '正在回答这个问题' "$tmp/body"
expect_grep "bob's answer is kept" 'bob 的回答' "$tmp/body"
expect_audit "refused answer" -
n=$(sqlite3 "$db" "SELECT status FROM question WHERE id = $q2")
expect_eq "bob's answer was not saved" "$n" new
sqlite3 "$db" "UPDATE question SET claimed_at = '2020-01-01T00:00:00Z' WHERE id = $q2"
RUSER=bob cgi GET "/admin/q/$q2"
expect_grep "an expired claim is free" '认领这个问题' "$tmp/body"
RUSER=bob cgi POST "/admin/q/$q2" "csrf=$atok&action=claim"
expect_eq "bob claims once alice's claim expired" "$status" 303
expect_audit "claim after expiry" claim
cgi POST "/admin/q/$q2" "csrf=$atok&action=save&decision=publish&answer=$(urlenc 'alice 的回答')"
expect_eq "now alice cannot answer" "$status" 409
expect_audit "alice refused" -
# The answer links an article found from the answer page.
RUSER=bob cgi GET "/admin/q/$q2?q=$(urlenc 坐牢)"
expect_grep "article search on the answer page" '(/a/jail-or-fraud)' "$tmp/body"
RUSER=bob cgi GET "/admin/q/$q2?q=$(urlenc 'no such words at all')"
expect_grep "article search with nothing found" '没有找到' "$tmp/body"
RUSER=bob cgi POST "/admin/q/$q2" "csrf=$atok&action=preview&decision=publish&answer=$(urlenc '见 [文章](/a/jail-or-fraud)。')"
expect_audit "preview" -
RUSER=bob cgi POST "/admin/q/$q2" "csrf=$atok&action=save&decision=publish&answer=$(urlenc '见 [文章](/a/jail-or-fraud)。')"
expect_eq "bob answers and publishes" "$status" 303
expect_audit "publish" publish
n=$(sqlite3 "$db" "SELECT claimed_by FROM question WHERE id = $q2")
expect_eq "the answer ends the claim" "$n" ""
RUSER=bob cgi POST "/admin/q/$q2" "csrf=$atok&action=save&decision=private&answer=$(urlenc '只给提问的人看')"
expect_audit "answer privately" answer
RUSER=bob cgi POST "/admin/q/$q2" "csrf=$atok&action=save&decision=reject&answer=&reason=$(urlenc '重复的问题')"
expect_audit "reject" reject

# Every other action path writes exactly one entry; what changes nothing
# writes none.
cgi GET /admin/a/debt-collection-rules 2>/dev/null
b2=$(grep -o 'name="base" value="[0-9]*"' "$tmp/body" | sed 's/.*value="//; s/"$//')
if [ -n "$b2" ]; then
    slug2=debt-collection-rules
else
    slug2=new-test-article
    cgi GET /admin/a/$slug2
    b2=$(grep -o 'name="base" value="[0-9]*"' "$tmp/body" | sed 's/.*value="//; s/"$//')
fi
cgi POST /admin/a/$slug2 "csrf=$atok&base=$b2&action=save&$(article_form jail-or-fraud "审计测试正文" "审计测试的标题是什么？")"
expect_eq "article save for the audit" "$status" 303
expect_audit "article save" save
cgi POST /admin/a/$slug2 "csrf=$atok&base=$b2&action=save&$(article_form jail-or-fraud "冲突" "冲突的标题是什么？")"
expect_audit "article conflict" -
cgi POST /admin/restore/$slug2 "csrf=$atok&rev=$b2"
expect_audit "article restore" restore
cgi GET /admin/d/glossary/limitation-period
tb=$(grep -o 'name="base" value="[0-9]*"' "$tmp/body" | sed 's/.*value="//; s/"$//')
cgi POST /admin/d/glossary/limitation-period "csrf=$atok&base=$tb&doc=$(urlenc "${termtext}
审计。")"
expect_audit "doc save" save
cgi POST /admin/d/glossary/limitation-period "csrf=$atok&base=$tb&doc=$(urlenc "$termtext")"
expect_audit "doc conflict" -
cgi POST /admin/dh/glossary/limitation-period "csrf=$atok&base=$((tb + 1))&rev=1"
expect_audit "doc restore" restore
cgi GET /admin/
expect_grep "the home lists the audit log" '<td class="nw" data-label="操作">恢复旧版本</td>' "$tmp/body"
"$QUANYICTL" -d "$db" log 3 > "$tmp/log" || fail "quanyictl log failed"
expect_grep "quanyictl log lists the newest first" "	alice	restore	glossary/limitation-period	" "$tmp/log"
n=$(wc -l < "$tmp/log")
expect_eq "quanyictl log N lists N" "$n" 3
"$QUANYICTL" -d "$db" log x >/dev/null 2>&1
expect_eq "quanyictl log with a bad N" "$?" 2
unset RUSER

finish cgi_admin_test
