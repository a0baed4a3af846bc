#!/bin/bash
# QR codes are read back by a real decoder: zbarimg (zbar-tools) reads
# each code that src/qr.c makes, drawn to PNG by rsvg-convert
# (librsvg2-bin) from the same SVG the layout inlines: texts of every
# length at the edges of versions 1-12 and longer ones up to version 40,
# under each of the eight data masks and the one chosen; then the code on
# the reading pages, which must hold the page's own address from the
# configured site address.
. "$(dirname "$0")/cgi_lib.sh"

for tool in zbarimg rsvg-convert; do
    if ! command -v $tool >/dev/null; then
        echo "qr_test: $tool not installed (scripts/test installs it)"
        [ "${CI:-}" = true ] && exit 99
        exit 77
    fi
done
qr_svg=$top_builddir/tests/qr_svg

# decode SVG: the text zbarimg reads in the SVG file ("" when none),
# drawn 4 pixels to a module.
decode() {
    local view
    view=$(sed -n 's/.*viewBox="0 0 \([0-9]*\) .*/\1/p' "$1" | head -1)
    rsvg-convert -b white -w $((${view:-0} * 4)) -o "$tmp/qr.png" "$1" 2>/dev/null || { echo ""; return; }
    zbarimg -q --raw -Sdisable -Sqrcode.enable "$tmp/qr.png" 2>/dev/null | sed '$!b' | tr -d '\n'
}

# expect_reads WHAT TEXT [MASK]: the code of TEXT reads back as TEXT.
expect_reads() {
    local got
    if ! "$qr_svg" "$2" ${3-} > "$tmp/qr.svg" 2>"$tmp/qr.err"; then
        fail "$1: not encoded"
        return
    fi
    got=$(decode "$tmp/qr.svg")
    expect_eq "$1 ($(cat "$tmp/qr.err"))" "$got" "$2"
}

# A page address of n bytes: the site, an article path, then filler.
addr() {
    local s="https://quanyi.example/a/"
    while [ ${#s} -lt "$1" ]; do s="${s}keep-evidence-log-"; done
    printf '%s' "${s:0:$1}"
}

# Each version's last byte and the first of the next (level M, byte mode).
for n in 1 14 15 26 27 42 43 62 63 84 85 106 107 122 123 152 153 180 181 213 214 251 287; do
    expect_reads "$n bytes" "$(addr "$n")"
done
# Every mask, on a ~100-byte address and on a version with version bits.
for m in 0 1 2 3 4 5 6 7; do
    expect_reads "mask $m, 100 bytes" "$(addr 100)" $m
    expect_reads "mask $m, 180 bytes" "$(addr 180)" $m
done
# Longer texts, up to version 40 (2331 bytes), and one too long.
for n in 400 800 1500 2331; do
    expect_reads "$n bytes" "$(addr "$n")"
done
"$qr_svg" "$(addr 2332)" >/dev/null 2>&1 && fail "2332 bytes: encoded" || ok
# Bytes that are not ASCII: a Chinese address, as UTF-8.
expect_reads "UTF-8" "https://quanyi.example/search?q=催收打给家人"

# The reading pages: the code holds the page's address, the field shows it.
slug=$(ls "$top_srcdir/content/articles" | head -1); slug=${slug%.md}
for uri in / /c/overdue "/a/$slug" "/a/$slug?voted=yes" /channels /glossary; do
    SITE_URL=https://quanyi.example cgi GET "$uri"
    want=https://quanyi.example${uri%%\?*}
    expect_grep "$uri: address to copy" "id=\"share-url\" type=\"url\" readonly value=\"$want\"" "$tmp/body"
    expect_grep "$uri: og:url" "<meta property=\"og:url\" content=\"$want\">" "$tmp/body"
    grep -o '<svg class="qr".*</svg>' "$tmp/body" > "$tmp/page.svg"
    expect_eq "$uri: the QR code reads" "$(decode "$tmp/page.svg")" "$want"
done
# Pages that are no one else's business carry no code: forms, tools.
for uri in /ask /tools/timeline /tools/letter; do
    cgi GET "$uri"
    expect_nogrep "$uri: no QR code" 'class="qr"' "$tmp/body"
    expect_nogrep "$uri: no og: card" 'property="og:' "$tmp/body"
done

finish qr_test
