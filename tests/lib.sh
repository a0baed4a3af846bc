# Helpers for quanyi's shell tests. Each test counts failures and exits
# non-zero when there are any (automake: 77 = skipped, 99 = hard error).
failures=0
checks=0

ok()   { checks=$((checks + 1)); }
fail() { checks=$((checks + 1)); failures=$((failures + 1)); printf 'FAIL: %s\n' "$*"; }

# expect_eq WHAT GOT WANT
expect_eq() { if [ "$2" = "$3" ]; then ok; else fail "$1: got '$2', want '$3'"; fi; }

# readable WHAT FILE: FILE is there and can be read; else a failure
# that names it (a missing answer must never pass for an empty one).
readable() {
    if [ ! -e "$2" ]; then fail "$1: no file $2"; return 1; fi
    if [ -d "$2" ] || [ ! -r "$2" ]; then fail "$1: cannot read $2"; return 1; fi
}

# expect_grep WHAT PATTERN FILE: FILE contains the fixed string PATTERN.
expect_grep() {
    readable "$1" "$3" || return 0
    grep -qF -- "$2" "$3"
    case $? in
        0) ok ;;
        1) fail "$1: '$2' not found" ;;
        *) fail "$1: grep could not read $3" ;;
    esac
}

# expect_nogrep WHAT PATTERN FILE: FILE does not contain PATTERN (and is
# there to read: grep's error is not "not found").
expect_nogrep() {
    readable "$1" "$3" || return 0
    grep -qF -- "$2" "$3"
    case $? in
        0) fail "$1: '$2' found" ;;
        1) ok ;;
        *) fail "$1: grep could not read $3" ;;
    esac
}

# finish NAME: print the closing line and exit: non-zero when a check
# failed, or when none ran (a test that checked nothing has not passed).
finish() {
    printf '%s: %d checks, %d failures\n' "$1" "$checks" "$failures"
    if [ "$checks" -eq 0 ]; then
        printf 'FAIL: %s: no checks ran\n' "$1"
        exit 1
    fi
    [ "$failures" -eq 0 ]
    exit $?
}

: "${top_srcdir:=$(cd "$(dirname "$0")/.." && pwd)}"
: "${top_builddir:=$top_srcdir/build}"
QUANYI_FCGI=$top_builddir/src/quanyi-fcgi
QUANYICTL=$top_builddir/src/quanyictl
