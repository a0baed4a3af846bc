#!/bin/bash
# quanyictl as operators use it: backup while the database is being read
# and written, restore, the question queue, and the editors' password file.
. "$(dirname "$0")/lib.sh"
tmp=$(mktemp -d)
readers=""
trap '[ -n "$readers" ] && kill $readers 2>/dev/null; rm -rf "$tmp"' EXIT
db=$tmp/q.db
command -v sqlite3 >/dev/null || { echo "ctl_test: sqlite3 is not installed"; exit 77; }

"$QUANYICTL" -d "$db" init >/dev/null && ok || fail "init"
"$QUANYICTL" -d "$db" import "$top_srcdir/content" >/dev/null && ok || fail "import"
articles=$(sqlite3 "$db" 'SELECT count(*) FROM article')
[ "$articles" -gt 0 ] && ok || fail "no articles imported"
"$QUANYICTL" -d "$tmp/none.db" backup "$tmp/x.db" 2>/dev/null && fail "backup of a missing database" || ok
[ -e "$tmp/none.db" ] && fail "backup created the missing database" || ok

# Backup while others read (as the workers do) and write: a consistent,
# intact copy, and no reader ever fails.
for r in 1 2 3; do
    ( for i in $(seq 1 60); do
          sqlite3 "$db" "PRAGMA busy_timeout=5000; SELECT count(*) FROM article;" >/dev/null ||
              echo "read $r.$i failed" >> "$tmp/read-errors"
      done ) &
    readers="$readers $!"
done
# (The writer changes a column the search index does not hold: the
# sqlite3 shell has no "quanyi" tokenizer, which the index's triggers need.)
( for i in $(seq 1 30); do
      sqlite3 "$db" "PRAGMA busy_timeout=5000; UPDATE article SET sources = sources WHERE id = 1;" >/dev/null
  done ) &
writer=$!
out=$("$QUANYICTL" -d "$db" backup "$tmp/b.db") && ok || fail "backup while reading: $out"
expect_grep "backup says what it did" "integrity check ok" <(printf '%s\n' "$out")
expect_grep "backup counts the articles" "$articles articles" <(printf '%s\n' "$out")
wait $readers "$writer"
readers=""
[ -s "$tmp/read-errors" ] && fail "readers failed during the backup: $(head -3 "$tmp/read-errors")" || ok
expect_eq "backup is intact" "$(sqlite3 "$tmp/b.db" 'PRAGMA integrity_check')" ok
expect_eq "backup has every article" "$(sqlite3 "$tmp/b.db" 'SELECT count(*) FROM article')" "$articles"
"$QUANYICTL" -d "$db" backup "$tmp/b.db" 2>/dev/null && fail "backup over an existing file" || ok

# Restore while a reader keeps reading: a change made after the backup is
# undone; bad files are refused and the live database stays as it was.
sqlite3 "$db" "UPDATE article SET reviewed = 'changed' WHERE slug = 'jail-or-fraud'" && ok ||
    fail "the change before the restore"
( for i in $(seq 1 40); do
      sqlite3 "$db" "PRAGMA busy_timeout=5000; SELECT reviewed FROM article WHERE slug = 'jail-or-fraud';" \
          >/dev/null || echo "read $i failed" >> "$tmp/restore-errors"
  done ) &
readers=$!
out=$("$QUANYICTL" -d "$db" restore "$tmp/b.db") && ok || fail "restore: $out"
expect_grep "restore says what it did" "restored from $tmp/b.db" <(printf '%s\n' "$out")
wait $readers
readers=""
[ -s "$tmp/restore-errors" ] && fail "a reader failed during the restore" || ok
expect_eq "restore undid the change" \
    "$(sqlite3 "$db" "SELECT reviewed != 'changed' FROM article WHERE slug = 'jail-or-fraud'")" 1
expect_eq "still in WAL mode" "$(sqlite3 "$db" 'PRAGMA journal_mode')" wal
echo junk > "$tmp/junk.db"
"$QUANYICTL" -d "$db" restore "$tmp/junk.db" 2>/dev/null && fail "restored a junk file" || ok
sqlite3 "$tmp/other.db" "CREATE TABLE t(x)"
"$QUANYICTL" -d "$db" restore "$tmp/other.db" 2>/dev/null && fail "restored a non-quanyi database" || ok
cp "$tmp/b.db" "$tmp/new.db"
sqlite3 "$tmp/new.db" "PRAGMA user_version = 999"
err=$("$QUANYICTL" -d "$db" restore "$tmp/new.db" 2>&1) && fail "restored a newer schema" || ok
expect_grep "newer schema named" "newer" <(printf '%s\n' "$err")
"$QUANYICTL" -d "$db" restore "$tmp/none.db" 2>/dev/null && fail "restored a missing file" || ok
expect_eq "live database intact" "$(sqlite3 "$db" 'PRAGMA integrity_check')" ok
expect_eq "live database still has every article" "$(sqlite3 "$db" 'SELECT count(*) FROM article')" "$articles"

# The question queue: new questions by default, newest first; bodies cut
# at 60 characters; other statuses on request.
long=$(printf '长%.0s' $(seq 1 70))
sqlite3 "$db" "INSERT INTO question(ticket, category_id, title, body, status, created, updated)
  VALUES('t1', 1, '旧的已回答', '内容', 'answered', '2026-01-01T00:00:00Z', '2026-01-02T00:00:00Z'),
        ('t2', 1, '较早的问题', '我的手机138****5678', 'new', '2026-02-01T00:00:00Z', '2026-02-01T00:00:00Z'),
        ('t3', 1, '最新的问题', '$long', 'new', '2026-03-01T00:00:00Z', '2026-03-01T00:00:00Z')"
"$QUANYICTL" -d "$db" questions > "$tmp/q" && ok || fail "questions"
expect_eq "queue: newest new one first" "$(sed -n '2p' "$tmp/q" | sed 's/^ *//')" "最新的问题"
expect_eq "queue: then the older one" "$(sed -n '6p' "$tmp/q" | sed 's/^ *//')" "较早的问题"
expect_grep "queue: id, status, time" "  new  2026-03-01T00:00:00Z  " "$tmp/q"
expect_grep "queue: masked body" '138****5678' "$tmp/q"
expect_grep "queue: body cut at 60 characters" "  $(printf '长%.0s' $(seq 1 60))…" "$tmp/q"
expect_nogrep "queue: no answered ones" '旧的已回答' "$tmp/q"
expect_nogrep "queue: no tickets" 't3' "$tmp/q"
expect_grep "queue: count" "2 questions with status new" "$tmp/q"
"$QUANYICTL" -d "$db" questions --status answered > "$tmp/q" && ok || fail "questions --status answered"
expect_grep "queue: answered" '旧的已回答' "$tmp/q"
expect_eq "queue: all" "$("$QUANYICTL" -d "$db" questions --status=all | tail -1)" "3 questions"
"$QUANYICTL" -d "$db" questions --status bogus 2>/dev/null
expect_eq "queue: unknown status is a usage error" "$?" 2

# Editors: add, change, remove; the hash is a SHA-512 crypt that verifies.
ed=$tmp/editors
out=$(printf 'first-password-1\n' | "$QUANYICTL" editor add alice -p "$ed") && ok || fail "editor add: $out"
expect_grep "editor add says added" "added editor alice" <(printf '%s\n' "$out")
expect_eq "new file mode" "$(stat -c %a "$ed")" 640
printf 'bob-password-22\n' | "$QUANYICTL" editor add -p "$ed" bob >/dev/null && ok || fail "editor add bob"
out=$(printf 'second-password-2\n' | "$QUANYICTL" editor add alice -p "$ed")
expect_grep "editor add again updates" "updated editor alice" <(printf '%s\n' "$out")
expect_eq "one line per editor" "$(wc -l < "$ed")" 2
expect_eq "alice's line kept its place" "$(head -1 "$ed" | cut -d: -f1)" alice
h=$(sed -n 's/^alice://p' "$ed")
salt=$(printf '%s' "$h" | cut -d'$' -f3)
expect_eq "salt is 16 characters" "${#salt}" 16
if command -v openssl >/dev/null; then
    expect_eq "hash verifies" "$(openssl passwd -6 -salt "$salt" second-password-2)" "$h"
fi
chmod 604 "$ed"
printf 'another-password\n' | "$QUANYICTL" editor add carol -p "$ed" >/dev/null && ok || fail "editor add carol"
expect_eq "file mode kept" "$(stat -c %a "$ed")" 604
before=$(cat "$ed")
printf 'short\n' | "$QUANYICTL" editor add dave -p "$ed" 2>/dev/null && fail "short password accepted" || ok
printf 'long-enough-pw\n' | "$QUANYICTL" editor add 'bad:name' -p "$ed" 2>/dev/null && fail "bad name accepted" || ok
printf 'long-enough-pw\n' | "$QUANYICTL" editor add Dave -p "$ed" 2>/dev/null && fail "capital letters accepted" || ok
"$QUANYICTL" editor add dave -p "$ed" < /dev/null 2>/dev/null && fail "empty stdin accepted" || ok
expect_eq "refused edits changed nothing" "$(cat "$ed")" "$before"
"$QUANYICTL" editor remove bob -p "$ed" >/dev/null && ok || fail "editor remove"
expect_nogrep "bob removed" 'bob:' "$ed"
expect_grep "carol kept" 'carol:$6$' "$ed"
"$QUANYICTL" editor remove bob -p "$ed" 2>/dev/null && fail "removing an unknown editor succeeded" || ok
QUANYI_EDITORS=$ed "$QUANYICTL" editor remove alice >/dev/null && ok || fail "QUANYI_EDITORS not used"
expect_eq "no temporary files left" "$(ls "$tmp" | grep -c '^editors\.')" 0
"$QUANYICTL" editor frobnicate alice -p "$ed" 2>/dev/null
expect_eq "unknown editor verb is a usage error" "$?" 2
# The tools' wording: the shipped one passes; a wording that lacks an
# entry a tool uses, fills a placeholder the tool does not, or has a
# period that does not read is refused, naming what is wrong.
"$QUANYICTL" -d "$db" wording >/dev/null && ok || fail "the shipped wording fails its check"
mkdir -p "$tmp/wc"
cp -r "$top_srcdir/content/wording" "$top_srcdir/content/values" "$tmp/wc/"
awk '/^### rule.objection.missed$/ { skip = 1; next } skip && /^### / { skip = 0 } !skip' \
    "$top_srcdir/content/wording/court.md" > "$tmp/wc/wording/court.md"
sed -i 's/^15日$/十五日/' "$tmp/wc/wording/complaint.md"
sed -i 's/^选填。已经全部还清的，填还清的日期。$/选填。已经全部还清的，填{wrong}。/' "$tmp/wc/wording/timeline.md"
"$QUANYICTL" -d "$tmp/wc.db" import "$tmp/wc" >/dev/null && ok || fail "import of the changed wording"
out=$("$QUANYICTL" -d "$tmp/wc.db" wording 2>&1) && fail "a broken wording passed" || ok
expect_eq "the missing entry named" "$(printf '%s' "$out" | grep -c 'no entry "rule.objection.missed"')" 1
expect_eq "the unread period named" "$(printf '%s' "$out" | grep -c 'reply.bank-decision.period')" 1
expect_eq "the unfilled placeholder named" "$(printf '%s' "$out" | grep -c '{wrong}')" 1
finish ctl_test
