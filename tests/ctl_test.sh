#!/bin/bash
# quanyictl as operators use it: editors' password file, backup while the
# site is being read and written, restore, and the question queue.
. "$(dirname "$0")/lib.sh"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
db=$tmp/q.db
"$QUANYICTL" -d "$db" import "$top_srcdir/content" >/dev/null && ok || fail "import"

# Editors: add, change, remove; the hash is a SHA-512 crypt nginx accepts.
ed=$tmp/editors
out=$(printf 'first-password-1\n' | "$QUANYICTL" editor add alice -p "$ed") && ok || fail "editor add: $out"
printf 'bob-password-22\n' | "$QUANYICTL" editor add bob -p "$ed" >/dev/null && ok || fail "editor add bob"
out=$(printf 'second-password-2\n' | "$QUANYICTL" editor add alice -p "$ed")
expect_eq "editor add again updates" "$out" "$ed: updated editor alice"
expect_eq "one line per editor" "$(wc -l < "$ed")" 2
h=$(sed -n 's/^alice://p' "$ed")
salt=$(printf '%s' "$h" | cut -d'$' -f3)
expect_eq "hash verifies" "$(openssl passwd -6 -salt "$salt" second-password-2)" "$h"
expect_eq "file mode" "$(stat -c %a "$ed")" 640
printf 'short\n' | "$QUANYICTL" editor add carol -p "$ed" 2>/dev/null && fail "short password accepted" || ok
printf 'long-enough-pw\n' | "$QUANYICTL" editor add 'bad:name' -p "$ed" 2>/dev/null && fail "bad name accepted" || ok
"$QUANYICTL" editor remove bob -p "$ed" >/dev/null && ok || fail "editor remove"
grep -q '^bob:' "$ed" && fail "bob still there" || ok
"$QUANYICTL" editor remove bob -p "$ed" 2>/dev/null && fail "removing an unknown editor succeeded" || ok
QUANYI_EDITORS=$ed "$QUANYICTL" editor remove alice >/dev/null && ok || fail "QUANYI_EDITORS not used"

# Backup while others write: a consistent, intact copy.
( for i in $(seq 1 40); do
      sqlite3 "$db" "PRAGMA busy_timeout=5000; UPDATE article SET keywords = keywords WHERE id = 1;" >/dev/null 2>&1
  done ) &
writer=$!
"$QUANYICTL" -d "$db" backup "$tmp/b.db" >/dev/null && ok || fail "backup while writing"
wait "$writer"
expect_eq "backup is intact" "$(sqlite3 "$tmp/b.db" 'PRAGMA integrity_check')" ok
expect_eq "backup has every article" "$(sqlite3 "$tmp/b.db" 'SELECT count(*) FROM article')" \
    "$(sqlite3 "$db" 'SELECT count(*) FROM article')"
"$QUANYICTL" -d "$db" backup "$tmp/b.db" 2>/dev/null && fail "backup over an existing file" || ok

# Restore: a change made after the backup is undone; bad files refused.
sqlite3 "$db" "UPDATE article SET title = 'changed' WHERE slug = 'jail-or-fraud'"
"$QUANYICTL" -d "$db" restore "$tmp/b.db" >/dev/null && ok || fail "restore"
expect_eq "restore undid the change" "$(sqlite3 "$db" "SELECT title != 'changed' FROM article WHERE slug = 'jail-or-fraud'")" 1
echo junk > "$tmp/junk.db"
"$QUANYICTL" -d "$db" restore "$tmp/junk.db" 2>/dev/null && fail "restored a junk file" || ok
sqlite3 "$tmp/other.db" "CREATE TABLE t(x)"
"$QUANYICTL" -d "$db" restore "$tmp/other.db" 2>/dev/null && fail "restored a non-quanyi database" || ok
cp "$tmp/b.db" "$tmp/new.db"
sqlite3 "$tmp/new.db" "PRAGMA user_version = 999"
"$QUANYICTL" -d "$db" restore "$tmp/new.db" 2>/dev/null && fail "restored a newer schema" || ok
expect_eq "live database intact" "$(sqlite3 "$db" 'PRAGMA integrity_check')" ok

# The question queue: new questions first.
sqlite3 "$db" "INSERT INTO question(ticket, category_id, title, body, status, created, updated)
  VALUES('t1', 1, '旧的已回答', '内容', 'answered', '2026-01-01T00:00:00Z', '2026-01-02T00:00:00Z'),
        ('t2', 1, '新的问题', '我的手机138****5678', 'new', '2026-02-01T00:00:00Z', '2026-02-01T00:00:00Z')"
out=$("$QUANYICTL" -d "$db" questions)
first=$(printf '%s\n' "$out" | sed -n '2p' | sed 's/^ *//')
expect_eq "queue: new first" "$first" "新的问题"
expect_grep "queue: masked body" '138****5678' <(printf '%s\n' "$out")
finish ctl_test
