#!/bin/bash
# Content check: content/ imports cleanly, every internal link points at
# something that exists, titles are unique, no reviewed date is in the
# future, the synonym sets are sound and each finds something, every
# reader question of FACTS.md §3 is covered
# by a published article (content/README.md's coverage table), and no page
# cites the repealed numbering of the public-security penalties law as
# current.
. "$(dirname "$0")/lib.sh"
c=$top_srcdir/content
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

if out=$("$QUANYICTL" -d "$tmp/c.db" import "$c" 2>&1); then ok; else fail "import: $out"; fi

# page_status URI: the status the real program answers for GET URI.
page_status() {
    env -i PATH="$PATH" ASAN_OPTIONS="${ASAN_OPTIONS-}" UBSAN_OPTIONS="${UBSAN_OPTIONS-}" \
        REQUEST_METHOD=GET REQUEST_URI="$1" QUERY_STRING="" \
        "$QUANYI_FCGI" -d "$tmp/c.db" -t "$top_srcdir/templates" </dev/null 2>/dev/null |
        sed -n '1s/^Status: \([0-9]*\).*/\1/p'
}

# Internal links: articles, topics, channels and glossary terms must exist
# as files; any other site address must be a page the program answers with
# 200 (so a link to a page not built yet fails here).
declare -A seen
for f in "$c"/articles/*.md "$c"/channels/*.md "$c"/categories/*.txt "$c"/glossary/*.md "$c"/situations/*.md \
         "$c"/wording/*.md; do
    [ -f "$f" ] || continue
    for l in $(grep -oE '\]\(/[^)]*\)' "$f" | sed 's/^](//; s/)$//'); do
        case $l in
            /a/*) [ -f "$c/articles/${l#/a/}.md" ] && ok || fail "$(basename "$f"): broken link $l" ;;
            /c/*) [ -f "$c/categories/${l#/c/}.txt" ] && ok || fail "$(basename "$f"): broken link $l" ;;
            /channels\#*) [ -f "$c/channels/${l#/channels#}.md" ] && ok || fail "$(basename "$f"): broken link $l" ;;
            /glossary\#*) [ -f "$c/glossary/${l#/glossary#}.md" ] && ok || fail "$(basename "$f"): broken link $l" ;;
            *)
                p=${l%%#*}
                [ -n "${seen[$p]-}" ] || seen[$p]=$(page_status "$p")
                [ "${seen[$p]}" = 200 ] && ok || fail "$(basename "$f"): link $l answers ${seen[$p]:-nothing}" ;;
        esac
    done
done

# Every situation of the channel guide names channels that exist.
for f in "$c"/situations/*.md; do
    [ -f "$f" ] || continue
    for ch in $(sed -n 's/^channels: //p' "$f" | tr -d ','); do
        [ -f "$c/channels/$ch.md" ] && ok || fail "$(basename "$f"): unknown channel $ch"
    done
done

# Titles are unique (slugs are file names, so they are unique already),
# and no reviewed date lies in the future.
d=$(sed -n 's/^title: //p' "$c"/articles/*.md | sort | uniq -d)
[ -z "$d" ] && ok || fail "duplicate article titles: $d"
d=$(sed -n 's/^term: //p' "$c"/glossary/*.md 2>/dev/null | sort | uniq -d)
[ -z "$d" ] && ok || fail "duplicate glossary terms: $d"
today=$(date +%F)
for f in "$c"/articles/*.md "$c"/channels/*.md "$c"/glossary/*.md; do
    [ -f "$f" ] || continue
    r=$(sed -n 's/^reviewed: //p' "$f")
    [[ "$r" > "$today" ]] && fail "$(basename "$f"): reviewed date $r is in the future" || ok
done
n=$(ls "$c"/glossary/*.md 2>/dev/null | wc -l)
[ "$n" -ge 10 ] && ok || fail "only $n glossary terms (want at least 10)"

# Every article has at least one source and a question for a title.
for f in "$c"/articles/*.md; do
    [ -f "$f" ] || continue
    grep -q '^source: ' "$f" && ok || fail "$(basename "$f"): no source"
    head -1 "$f" | grep -qE '？$|\?$' && ok || fail "$(basename "$f"): title is not a question"
done

# Every law citation in a source line names a law of content/law, in its
# current version (the 2025 revision renumbered 治安管理处罚法 第42条 as
# 第50条: the old number is refused), by an article that file has; the
# plan's rules name questions, choices and conditions that exist, and its
# steps articles, letters and channels that exist.
if out=$("$QUANYICTL" -d "$tmp/c.db" check 2>&1); then ok; else fail "references: $out"; fi

# The tools' wording (content/wording) has every entry the tools use, with
# only the placeholders they fill, and every deadline period reads (its
# law citations were checked by cites above).
if out=$("$QUANYICTL" -d "$tmp/c.db" wording 2>&1); then ok; else fail "tools' wording: $out"; fi

# Synonym sets (content/synonyms): 2 to 12 words each (search expands a
# word to at most 11 others), each of two characters or more, no word in
# two sets (it would join them), and every set finds something: some
# published article holds one of its words, and a search for the set's
# last word (expanded to the others) lists an article.
declare -A set_of
for f in "$c"/synonyms/*.md; do
    [ -f "$f" ] || continue
    name=$(basename "$f" .md)
    words=$(sed -n 's/^words: //p' "$f")
    n=0 held=0 last=""
    while IFS= read -r w; do
        [ -n "$w" ] || continue
        n=$((n + 1))
        last=$w
        [ "$(printf '%s' "$w" | wc -m)" -ge 2 ] && ok || fail "synonyms/$name: \"$w\" is one character"
        if [ -n "${set_of[$w]-}" ]; then fail "synonyms/$name: \"$w\" is also in ${set_of[$w]}"
        else set_of[$w]=$name; ok; fi
        [ -n "$(grep -lF -- "$w" "$c"/articles/*.md | xargs -r grep -l '^status: published')" ] &&
            held=1
    done < <(printf '%s\n' "$words" | sed 's/, /\n/g')
    [ "$n" -ge 2 ] && [ "$n" -le 12 ] && ok || fail "synonyms/$name: $n words (2 to 12)"
    [ "$held" = 1 ] && ok || fail "synonyms/$name: no published article holds any of its words"
    q=$(printf '%s' "$last" | od -An -tx1 -v | tr -d ' \n' | sed 's/../%&/g')
    env -i PATH="$PATH" ASAN_OPTIONS="${ASAN_OPTIONS-}" UBSAN_OPTIONS="${UBSAN_OPTIONS-}" \
        REQUEST_METHOD=GET REQUEST_URI="/search?q=$q" QUERY_STRING="q=$q" \
        "$QUANYI_FCGI" -d "$tmp/c.db" -t "$top_srcdir/templates" </dev/null 2>/dev/null > "$tmp/syn.html"
    grep -q 'class="results"' "$tmp/syn.html" && ok ||
        fail "synonyms/$name: a search for \"$last\" lists no article"
done
n=$(ls "$c"/synonyms/*.md 2>/dev/null | wc -l)
[ "$n" -ge 10 ] && ok || fail "only $n synonym sets (want at least 10)"

# Coverage of the 60 reader questions (FACTS.md §3 and §6): content/README.md
# names the article for each.
for n in $(seq 1 60); do
    slug=$(grep -E "^\| Q$n \|" "$c/README.md" | head -1 | awk -F'|' '{print $4}' | tr -d ' `')
    if [ -n "$slug" ] && grep -q '^status: published' "$c/articles/$slug.md" 2>/dev/null; then ok
    else fail "question Q$n is not answered by a published article (got '$slug')"; fi
done
# Answers first: every summary's first sentence (up to the first 。！？)
# answers the question in at most 60 characters.
for f in "$c"/articles/*.md; do
    s=$(sed -n 's/^summary: //p' "$f" | head -n 1)
    first=$(printf '%s\n' "$s" | sed 's/\([。！？]\).*/\1/')
    len=$(printf '%s' "$first" | LC_ALL=C.UTF-8 wc -m)
    [ "$len" -le 60 ] && ok || fail "$(basename "$f"): the summary's first sentence has $len characters (at most 60)"
done
# The safety box (110, 12356) is on the home page and on the pages about
# threats and despair.
for slug in when-to-call-110 threatening-messages-police overwhelmed-mental-health-help; do
    grep -qx 'urgent: yes' "$c/articles/$slug.md" && ok || fail "$slug: no safety box (urgent: yes)"
done
n=$(grep -l '^status: published' "$c"/articles/*.md | wc -l)
[ "$n" -ge 77 ] && ok || fail "only $n published articles (want at least 77)"
finish content_check
