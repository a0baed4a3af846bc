#!/bin/bash
# Content check: content/ imports cleanly, every internal link points at
# something that exists, every reader question of FACTS.md §3 is covered
# by a published article (content/README.md's coverage table), and no page
# cites the repealed numbering of the public-security penalties law as
# current.
. "$(dirname "$0")/lib.sh"
c=$top_srcdir/content
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

if out=$("$QUANYICTL" -d "$tmp/c.db" import "$c" 2>&1); then ok; else fail "import: $out"; fi

# Internal links.
for f in "$c"/articles/*.md "$c"/channels/*.md "$c"/categories/*.txt; do
    [ -f "$f" ] || continue
    for l in $(grep -oE '\]\(/[^)]*\)' "$f" | sed 's/^](//; s/)$//'); do
        case $l in
            /a/*) [ -f "$c/articles/${l#/a/}.md" ] && ok || fail "$(basename "$f"): broken link $l" ;;
            /c/*) [ -f "$c/categories/${l#/c/}.txt" ] && ok || fail "$(basename "$f"): broken link $l" ;;
            /channels\#*) [ -f "$c/channels/${l#/channels#}.md" ] && ok || fail "$(basename "$f"): broken link $l" ;;
            /channels|/search|/search\?*|/tools/timeline|/tools/letter|/ask|/) ok ;;
            *) fail "$(basename "$f"): unknown internal link $l" ;;
        esac
    done
done

# Every article has at least one source and a question for a title.
for f in "$c"/articles/*.md; do
    [ -f "$f" ] || continue
    grep -q '^source: ' "$f" && ok || fail "$(basename "$f"): no source"
    head -1 "$f" | grep -qE '？$|\?$' && ok || fail "$(basename "$f"): title is not a question"
done

# The 2025 revision renumbered 第42条 as 第50条 (in force 2026-01-01).
if grep -l '治安管理处罚法》第42条' "$c"/articles/*.md 2>/dev/null | xargs -r grep -L '2012' | grep -q .; then
    fail "an article cites 治安管理处罚法 第42条 as current law"
else ok; fi

# Coverage of the 38 reader questions: content/README.md names the article for each.
for n in $(seq 1 38); do
    slug=$(grep -E "^\| Q$n \|" "$c/README.md" | head -1 | awk -F'|' '{print $4}' | tr -d ' `')
    if [ -n "$slug" ] && grep -q '^status: published' "$c/articles/$slug.md" 2>/dev/null; then ok
    else fail "question Q$n is not answered by a published article (got '$slug')"; fi
done
n=$(grep -l '^status: published' "$c"/articles/*.md | wc -l)
[ "$n" -ge 40 ] && ok || fail "only $n published articles (want at least 40)"
finish content_check
