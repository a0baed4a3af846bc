#!/bin/bash
# Memcheck: CGI-mode requests under valgrind (no leak, no invalid read or
# write, no use of uninitialised memory), on a build without sanitizers
# (valgrind cannot run AddressSanitizer's binaries): when the build under
# test has them, a plain copy is configured and built in
# tests/vg-build. make check runs a representative set: every page type,
# each form refused and accepted, the error pages. VALGRIND_FULL=1 runs
# all the CGI-mode tests (tests/cgi_*_test.sh) under valgrind instead
# (minutes, not seconds).
# The workers' seccomp filter is off here (-S off): it would refuse
# valgrind's own system calls; tests/sandbox_test.sh covers it.
. "$(dirname "$0")/lib.sh"
command -v valgrind >/dev/null || { echo "valgrind not installed"; exit 77; }

plain=$top_builddir
if grep -q __asan_init "$QUANYI_FCGI" 2>/dev/null; then
    plain=$top_builddir/tests/vg-build
    mkdir -p "$plain"
    if ! ( cd "$plain" &&
           { [ -f Makefile ] || "$top_srcdir/configure" -q CFLAGS="-O1 -g" CXXFLAGS="-O1 -g" >configure.log 2>&1; } &&
           env -u MAKEFLAGS -u MFLAGS -u MAKELEVEL make -s -j2 -C src quanyi-fcgi quanyictl >make.log 2>&1 ); then
        tail -n 30 "$plain/configure.log" "$plain/make.log" 2>/dev/null
        echo "cannot build a copy without sanitizers in $plain"
        exit 99
    fi
fi
prog=$plain/src/quanyi-fcgi
ctl=$plain/src/quanyictl
grep -q __asan_init "$prog" && { echo "$prog has sanitizers"; exit 99; }

run=$(mktemp -d /tmp/quanyi-valgrind-XXXXXX)
trap 'rm -rf "$run"' EXIT
mkdir "$run/logs"
# The wrapper: valgrind around the program, its report in logs/<pid>.
cat > "$run/vg" <<EOF
#!/bin/sh
prog=\$1
shift
exec valgrind -q --error-exitcode=99 --leak-check=full \\
    --show-leak-kinds=definite,indirect,possible --errors-for-leak-kinds=definite,indirect,possible \\
    --suppressions="$top_srcdir/tests/valgrind.supp" \\
    --log-file="$run/logs/%p" "\$prog" -S off "\$@"
EOF
chmod +x "$run/vg"

if [ "${VALGRIND_FULL-}" = 1 ]; then
    rc=0 ntests=0
    for t in "$top_srcdir"/tests/cgi_*_test.sh; do
        ntests=$((ntests + 1))
        top_builddir=$plain QUANYI_WRAP=$run/vg bash "$t" || { rc=1; echo "FAIL: $(basename "$t") under valgrind"; }
    done
    [ "$ntests" -ge 5 ] || { echo "FAIL: found $ntests CGI-mode tests (tests/cgi_*_test.sh)"; rc=1; }
    n=$(ls "$run/logs" | wc -l)
    bad=$(find "$run/logs" -type f -size +0 | wc -l)
    cat $(find "$run/logs" -type f -size +0 | head -3) 2>/dev/null
    echo "valgrind_test (full: $ntests cgi_*_test.sh): $n runs under valgrind, $bad with a report"
    [ "$rc" -eq 0 ] && [ "$bad" -eq 0 ]
    exit $?
fi

db=$run/q.db
"$ctl" -d "$db" import "$top_srcdir/content" >/dev/null || { echo "import failed"; exit 99; }

# vg NAME METHOD URI [BODY]: one request under valgrind (cookie in
# $COOKIE, editor in $RUSER); the answer in $run/NAME.out.
vg() {
    local name=$1 method=$2 uri=$3 body=${4-} qs=""
    case $uri in *\?*) qs=${uri#*\?} ;; esac
    printf '%s' "$body" | env -i PATH="$PATH" REQUEST_METHOD="$method" REQUEST_URI="$uri" \
        QUERY_STRING="$qs" CONTENT_TYPE=application/x-www-form-urlencoded CONTENT_LENGTH="${#body}" \
        HTTP_COOKIE="${COOKIE-}" HTTP_IF_NONE_MATCH="${INM-}" REMOTE_ADDR="${ADDR:-127.0.0.1}" \
        REMOTE_USER="${RUSER-}" "$run/vg" "$prog" -d "$db" -t "$top_srcdir/templates" \
        >"$run/$name.out" 2>"$run/$name.err"
    echo $? > "$run/$name.rc"
}
# status NAME: the status of an answer.
status() { sed -n '1s/^Status: \([0-9]*\).*/\1/p' "$run/$1.out"; }
# wait_all: wait for the requests started in the background.
wait_all() { wait; }

slug=limitation-period-three-years
started=$(date +%s)

# Reading, searching, errors (two at a time: valgrind is slow).
vg form GET /ask
COOKIE=$(sed -n 's/^Set-Cookie: \(qy_csrf=[0-9a-f]*\);.*/\1/p' "$run/form.out")
tok=$(grep -o 'name="csrf" value="[0-9a-f]*"' "$run/form.out" | sed 's/.*value="//; s/"$//')
served=$(date +%s)
set -- home GET / topic GET /c/collection article GET "/a/$slug" channels GET /channels \
    glossary GET /glossary search3 GET "/search?q=$(urlenc 诉讼时效)" \
    search2 GET "/search?q=$(urlenc '催收 家人')" nothing GET "/search?q=$(urlenc 没有这种词汇呀)" \
    timeline GET "/tools/timeline?due=2020-01-15&demand=2022-06-30" letterform GET /tools/letter \
    court GET "/tools/court?paper=complaint&received=2026-09-16" \
    courtics GET "/tools/court?paper=payment-order&received=2026-02-07&format=ics" \
    feed GET /feed.xml sitemap GET /sitemap.xml notfound GET /nope badutf8 GET "/search?q=%FF" \
    method POST / toobig POST /search
while [ $# -gt 0 ]; do
    body=
    [ "$1" = toobig ] && body=q=$(head -c 70000 /dev/zero | tr '\0' a)
    vg "$1" "$2" "$3" "$body" &
    shift 3
    [ $(( $# / 3 % 2 )) -eq 0 ] && wait_all
done
wait_all
etag=$(sed -n 's/^ETag: \(.*\)\r$/\1/p' "$run/article.out")
INM=$etag vg notmodified GET "/a/$slug"
# The page holds the vote form's token of this hour, so its ETag rightly
# changes with the hour: when the hour turned meanwhile, ask once more.
if [ "$(status notmodified)" = 200 ]; then
    etag=$(sed -n 's/^ETag: \(.*\)\r$/\1/p' "$run/notmodified.out")
    INM=$etag vg notmodified GET "/a/$slug"
fi

# Forms: refused, then accepted (after the form's minimum fill time).
question="topic=collection&title=$(urlenc 催收打给我妈)&body=$(urlenc '催收每天打电话给我妈，我的手机13812345678，这样合法吗？')&consent=yes&website="
vg notoken POST /ask "$question" &
vg badfields POST /ask "csrf=$tok&topic=&title=ab&body=x" &
wait_all
vtok=$(grep -o 'name="csrf" value="[0-9a-f]*"' "$run/article.out" | head -1 | sed 's/.*value="//; s/"$//')
vg vote POST "/vote/$slug" "csrf=$vtok&helpful=yes" &
vg letter POST /tools/letter "csrf=$tok&type=complaint&to=lender&lender=$(urlenc 京东金融)&facts=$(urlenc 夜里十一点打电话)&b_night=1" &
wait_all
while [ $(( $(date +%s) - served )) -lt 4 ]; do sleep 0.2; done
vg ask POST /ask "csrf=$tok&$question"
loc=$(sed -n 's/^Location: \(.*\)\r$/\1/p' "$run/ask.out")
vg ticket GET "$loc" &
vg lettertxt POST /tools/letter "csrf=$tok&type=complaint&to=lender&lender=$(urlenc 京东金融)&b_night=1&format=txt" &
wait_all
vg complaint POST /tools/complaint "csrf=$tok&channel=bank&filed=2026-09-10&ticket=GD-1" &
vg complainttxt POST /tools/complaint "csrf=$tok&channel=credit-dispute&filed=2026-09-11&format=txt" &
wait_all

# An editor: the lists, an article edited (preview, save), its history, a
# question answered and published, a term saved.
export RUSER=alice
vg admin GET /admin/ &
vg edit GET "/admin/a/$slug" &
wait_all
base=$(grep -o 'name="base" value="[0-9]*"' "$run/edit.out" | sed 's/.*value="//; s/"$//')
f=$top_srcdir/content/articles/$slug.md
form="title=$(urlenc "$(sed -n 's/^title: //p' "$f")")&category=$(sed -n 's/^category: //p' "$f")"
form="$form&summary=$(urlenc "$(sed -n 's/^summary: //p' "$f")")&keywords=$(urlenc "$(sed -n 's/^keywords: //p' "$f")")"
form="$form&status=published&reviewed=$(sed -n 's/^reviewed: //p' "$f")&sources=$(urlenc "$(sed -n 's/^source: //p' "$f")")"
form="$form&md=$(urlenc "$(sed '1,/^$/d' "$f")
编辑在 valgrind 下补充的一段话。")"
vg preview POST "/admin/a/$slug" "csrf=$tok&base=$base&action=preview&$form" &
vg queue GET /admin/questions &
wait_all
vg save POST "/admin/a/$slug" "csrf=$tok&base=$base&action=save&$form"
qid=$(sqlite3 "$db" "SELECT id FROM question ORDER BY id DESC LIMIT 1" 2>/dev/null || echo 1)
vg history GET "/admin/h/$slug?ra=$base&rb=$((base + 1))" &
vg answer POST "/admin/q/$qid" "csrf=$tok&action=save&decision=publish&answer=$(urlenc '**先**保存证据。')" &
wait_all
vg published GET "/q/$qid" &
vg docs GET /admin/docs &
wait_all
term=$(cat "$top_srcdir/content/glossary/limitation-period.md")
vg term POST /admin/d/glossary/limitation-period "csrf=$tok&base=0&action=save&doc=$(urlenc "$term
编辑补充的一句话。")" &
vg termform GET /admin/d/glossary/limitation-period &
wait_all
unset RUSER

# What each request must have answered (a wrong answer would mean the
# run under valgrind did not go where it should).
while read -r name want; do
    expect_eq "$name" "$(status "$name")" "$want"
done <<'EOF'
form 200
court 200
courtics 200
complaint 200
complainttxt 200
home 200
topic 200
article 200
channels 200
glossary 200
search3 200
search2 200
nothing 200
timeline 200
letterform 200
feed 200
sitemap 200
notfound 404
badutf8 400
method 405
toobig 413
notmodified 304
notoken 403
badfields 422
vote 303
letter 200
ask 303
ticket 200
lettertxt 200
admin 200
edit 200
preview 200
queue 200
save 303
history 200
answer 303
published 200
docs 200
term 303
termform 200
EOF
runs=0
for rc in "$run"/*.rc; do
    runs=$((runs + 1))
    expect_eq "$(basename "$rc" .rc): exit status under valgrind" "$(cat "$rc")" 0
done
reports=$(find "$run/logs" -type f -size +0 | wc -l | tr -d ' ')
expect_eq "valgrind reports (leaks or errors)" "$reports" 0
for l in $(find "$run/logs" -type f -size +0 | head -3); do cat "$l"; done
echo "valgrind: $runs CGI requests under memcheck in $(( $(date +%s) - started )) s, $reports with a report"
finish valgrind_test
