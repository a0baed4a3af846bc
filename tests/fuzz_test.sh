#!/bin/bash
# A short libFuzzer round in `make check`: the committed crash inputs are
# replayed, then each fuzz target (tests/fuzz/) runs for a few seconds
# (FUZZ_TEST_SECONDS, default 4) and must find no crash and run at least
# FUZZ_TEST_MIN_EXECS executions (default 200, so that a broken target
# fails). Long campaigns: `make fuzz FUZZ_SECONDS=…` (tests/fuzz/CAMPAIGNS.md).
# Skips (77) only when clang's libFuzzer is not installed, and never on CI,
# where scripts/test installs it.
. "$(dirname "$0")/lib.sh"

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
printf 'int LLVMFuzzerTestOneInput(const unsigned char *d, unsigned long n)\n{ (void)d; (void)n; return 0; }\n' \
    > "$tmp/probe.c"
if ! "${CC_FUZZ:-clang}" -fsanitize=fuzzer,address,undefined "$tmp/probe.c" -o "$tmp/probe" \
        > "$tmp/probe.log" 2>&1; then
    cat "$tmp/probe.log"
    if [ "${CI:-}" = true ]; then
        echo "fuzz_test: clang with libFuzzer is missing on CI (scripts/lib.sh installs clang and libclang-rt-14-dev)"
        exit 99
    fi
    echo "SKIP: clang with libFuzzer is not installed (apt-get install clang libclang-rt-14-dev)"
    exit 77
fi

FUZZ_SECONDS=${FUZZ_TEST_SECONDS:-4} FUZZ_MIN_EXECS=${FUZZ_TEST_MIN_EXECS:-200} \
    FUZZ_OUT="$top_builddir/tests/fuzz-out" CC="${CC_FUZZ:-clang}" CXX="${CXX_FUZZ:-clang++}" \
    bash "$top_srcdir/tests/fuzz/run.sh"
