# Helpers for quanyi's shell tests. Each test counts failures and exits
# non-zero when there are any (automake: 77 = skipped, 99 = hard error).
failures=0
checks=0

ok()   { checks=$((checks + 1)); }
fail() { checks=$((checks + 1)); failures=$((failures + 1)); printf 'FAIL: %s\n' "$*"; }

# expect_eq WHAT GOT WANT
expect_eq() { if [ "$2" = "$3" ]; then ok; else fail "$1: got '$2', want '$3'"; fi; }

# expect_grep WHAT PATTERN FILE: FILE contains the fixed string PATTERN.
expect_grep() { if grep -qF -- "$2" "$3"; then ok; else fail "$1: '$2' not found"; fi; }

# expect_nogrep WHAT PATTERN FILE: FILE does not contain PATTERN.
expect_nogrep() { if grep -qF -- "$2" "$3"; then fail "$1: '$2' found"; else ok; fi; }

# finish NAME: print the closing line and exit.
finish() {
    printf '%s: %d checks, %d failures\n' "$1" "$checks" "$failures"
    [ "$failures" -eq 0 ]
    exit $?
}

: "${top_srcdir:=$(cd "$(dirname "$0")/.." && pwd)}"
: "${top_builddir:=$top_srcdir/build}"
QUANYI_FCGI=$top_builddir/src/quanyi-fcgi
QUANYICTL=$top_builddir/src/quanyictl
