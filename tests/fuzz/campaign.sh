#!/bin/bash
# tests/fuzz/campaign.sh: a long fuzzing campaign: each target in turn,
# one process at a time and at low priority (the machine is shared), in
# chunks of run.sh until it has run GOAL executions in total in OUT.
# The corpus stays in OUT (a build folder), so a campaign can be resumed
# and adds to what earlier chunks found. Stops at the first crash.
#
#   campaign.sh [-o OUT] [-g GOAL] [-c CHUNK_SECONDS] [TARGET...]
#
# Defaults: OUT ./fuzz-campaign, GOAL 10000000, CHUNK 600. At the end (and
# with -r alone, without fuzzing) it prints the totals as a Markdown table
# for tests/fuzz/CAMPAIGNS.md.
set -uo pipefail

here=$(cd "$(dirname "$0")" && pwd)
out=$PWD/fuzz-campaign
goal=10000000
chunk=600
report_only=0
while getopts o:g:c:r opt; do
    case $opt in
    o) out=$OPTARG ;;
    g) goal=$OPTARG ;;
    c) chunk=$OPTARG ;;
    r) report_only=1 ;;
    *) echo "usage: $0 [-o OUT] [-g GOAL] [-c CHUNK_SECONDS] [-r] [TARGET...]" >&2; exit 2 ;;
    esac
done
shift $((OPTIND - 1))
targets=${*:-request field cookie privacy search content markdown}
mkdir -p "$out" || exit 1
out=$(cd "$out" && pwd)

# campaign_total TARGET: executions TARGET has run in OUT without a crash.
campaign_total() {
    awk -F'\t' -v t="$1" '$2 == t && $5 == "ok" { n += $4 } END { print n + 0 }' "$out/stats.tsv" 2>/dev/null ||
        echo 0
}

# campaign_report: one table row per target: runs, time, executions.
campaign_report() {
    echo "| target | chunks | seconds | executions | crashes |"
    echo "|---|---:|---:|---:|---:|"
    for t in $targets; do
        awk -F'\t' -v t="$t" '$2 == t { c++; s += $3; n += $4; if ($5 == "crash") x++ }
            END { printf "| fuzz_%s | %d | %d | %d | %d |\n", t, c, s, n, x }' "$out/stats.tsv" 2>/dev/null
    done
}

if [ $report_only -eq 0 ]; then
    for t in $targets; do
        while [ "$(campaign_total "$t")" -lt "$goal" ]; do
            echo "campaign: fuzz_$t has $(campaign_total "$t") of $goal executions; $chunk s more"
            if ! nice -n 10 bash "$here/run.sh" -o "$out" -s "$chunk" "$t"; then
                echo "campaign: fuzz_$t crashed; the input is in $out/crashes/"
                campaign_report
                exit 1
            fi
        done
    done
fi
campaign_report
