#!/bin/bash
# tests/fuzz/run.sh: build quanyi's libFuzzer targets with clang and fuzz
# each one for a while; `make fuzz` and tests/fuzz_test.sh call it.
#
#   run.sh [-o OUT] [-s SECONDS] [TARGET...]
#
# OUT (default $FUZZ_OUT, else ./fuzz-out) holds the build, each target's
# growing corpus, logs, crash inputs and stats.tsv (one line per run:
# date, target, seconds, executions, result). Only OUT is written: the
# source tree may be read-only. SECONDS per target: $FUZZ_SECONDS, else 10.
# Before fuzzing, the committed crash inputs in tests/fuzz/regress/TARGET/
# are replayed. Other settings: FUZZ_MIN_EXECS (a target that runs fewer
# executions fails; default 1), FUZZ_FLAGS (more libFuzzer flags),
# FUZZ_JOBS (parallel compiles), CC, CXX.
# Exit status: 0 when every target ran without a crash, else 1.
set -uo pipefail

top=${top_srcdir:-$(cd "$(dirname "$0")/../.." && pwd)}
out=${FUZZ_OUT:-$PWD/fuzz-out}
secs=${FUZZ_SECONDS:-10}
min_execs=${FUZZ_MIN_EXECS:-1}
all_targets="request field cookie privacy search content markdown"

while getopts o:s: opt; do
    case $opt in
    o) out=$OPTARG ;;
    s) secs=$OPTARG ;;
    *) echo "usage: $0 [-o OUT] [-s SECONDS] [TARGET...]" >&2; exit 2 ;;
    esac
done
shift $((OPTIND - 1))
targets=${*:-$all_targets}
case $secs in '' | *[!0-9]*) echo "run.sh: seconds must be a whole number" >&2; exit 2 ;; esac

mkdir -p "$out/logs" "$out/crashes" "$out/corpus" || exit 1
out=$(cd "$out" && pwd)

# fuzz_max_len TARGET: the largest input worth trying for TARGET.
fuzz_max_len() {
    case $1 in
    field) echo 1024 ;;
    cookie) echo 512 ;;
    search) echo 2048 ;;
    content | markdown) echo 8192 ;;
    *) echo 4096 ;;
    esac
}

# fuzz_show_input FILE: the input as base64, so that a crash on a machine
# that is gone (CI) can still be replayed.
fuzz_show_input() {
    echo "input ($(wc -c < "$1") bytes, base64; replay: base64 -d > x && $out/bin/fuzz_$2 x):"
    head -c 65536 "$1" | base64
}

export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1}

echo "fuzz: building the targets with ${CC:-clang} into $out"
if ! make -f "$top/tests/fuzz/fuzz.mk" TOP="$top" OUT="$out" CC="${CC:-clang}" CXX="${CXX:-clang++}" \
        -j"${FUZZ_JOBS:-$(nproc)}" $(for t in $targets; do echo "$out/bin/fuzz_$t"; done) \
        > "$out/logs/build.log" 2>&1; then
    tail -n 30 "$out/logs/build.log"
    echo "fuzz: the build failed (log: $out/logs/build.log)"
    exit 1
fi

failures=0
total=0
for t in $targets; do
    bin=$out/bin/fuzz_$t
    log=$out/logs/$t.log
    corpus=$out/corpus/$t
    seeds=$top/tests/fuzz/seeds/$t
    regress=$top/tests/fuzz/regress/$t
    mkdir -p "$corpus"

    # Crash inputs found earlier must stay fixed.
    if [ -d "$regress" ] && [ -n "$(ls -A "$regress")" ]; then
        if ! "$bin" -runs=1 "$regress"/* > "$out/logs/$t.regress.log" 2>&1; then
            tail -n 40 "$out/logs/$t.regress.log"
            echo "FAIL fuzz_$t: a committed crash input crashes again (log: $out/logs/$t.regress.log)"
            failures=$((failures + 1))
            continue
        fi
    fi

    rm -f "$out/crashes/$t-"*
    started=$(date -u +%Y-%m-%dT%H:%M:%SZ)
    "$bin" -max_total_time="$secs" -print_final_stats=1 -timeout=20 -rss_limit_mb=2048 \
        -max_len="$(fuzz_max_len "$t")" -dict="$top/tests/fuzz/dict/$t.dict" \
        -artifact_prefix="$out/crashes/$t-" ${FUZZ_FLAGS:-} "$corpus" "$seeds" > "$log" 2>&1
    rc=$?
    execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
    execs=${execs:-0}
    total=$((total + execs))
    crash=$(ls "$out/crashes/$t-"* 2>/dev/null | head -1)
    if [ $rc -ne 0 ] || [ -n "$crash" ]; then
        result=crash
        grep -E '==quanyi-fuzz==|ERROR: |SUMMARY: |^    #[0-9]+ ' "$log" | head -30
        [ -n "$crash" ] && fuzz_show_input "$crash" "$t"
        echo "FAIL fuzz_$t: exit status $rc after $execs executions (log: $log)"
        failures=$((failures + 1))
    elif [ "$execs" -lt "$min_execs" ]; then
        result=too-few
        tail -n 20 "$log"
        echo "FAIL fuzz_$t: only $execs executions in $secs s (want $min_execs)"
        failures=$((failures + 1))
    else
        result=ok
        echo "ok   fuzz_$t: $execs executions in $secs s, corpus $(ls "$corpus" | wc -l) inputs, no crash"
    fi
    printf '%s\t%s\t%s\t%s\t%s\n' "$started" "$t" "$secs" "$execs" "$result" >> "$out/stats.tsv"
done

echo "fuzz: $(echo $targets | wc -w) targets, $total executions, $failures failures"
[ $failures -eq 0 ]
