#!/bin/sh
# tools-first-sentence.sh [DIR]: print every article in DIR (default
# content/articles next to this script) whose summary's first sentence --
# everything up to and including the first 。, ！ or ？ (the whole summary if
# there is none) -- is longer than 60 characters, as "slug<TAB>length<TAB>
# sentence". Characters are counted as Unicode code points, so Chinese
# characters and punctuation count one each. Prints nothing when all pass;
# exits 1 if anything was printed.
export LC_ALL=C.UTF-8
dir=${1:-$(dirname "$0")/content/articles}
max=60
bad=0
for f in "$dir"/*.md; do
	[ -f "$f" ] || continue
	s=$(sed -n 's/^summary: //p' "$f" | head -n 1)
	first=$(printf '%s\n' "$s" | sed 's/\([。！？]\).*/\1/')
	n=$(printf '%s' "$first" | wc -m)
	if [ "$n" -gt "$max" ]; then
		printf '%s\t%s\t%s\n' "$(basename "$f" .md)" "$n" "$first"
		bad=1
	fi
done
exit $bad
