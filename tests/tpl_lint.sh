#!/bin/sh
# Template lint: every template parses under ctemplate's own checker and
# starts with the auto-escape pragma (HTML; XML for *.xml.tpl); nothing
# is ever :none, and only HTML templates use :x-cmark (cmark's output,
# see tpl.cc).
. "$(dirname "$0")/lib.sh"
lint=${TPL_LINT:-ctemplate-make_tpl_varnames_h}
for t in "$top_srcdir"/templates/*.tpl; do
    name=$(basename "$t")
    if out=$("$lint" -q -n "$t" 2>&1); then ok; else fail "$name does not parse: $out"; fi
    want=HTML   # feeds and sitemaps (*.xml.tpl) are XML, escaped for XML
    case $name in *.xml.tpl) want=XML ;; esac
    if head -c 40 "$t" | grep -q "^{{%AUTOESCAPE context=\"$want\"}}"; then ok
    else fail "$name does not start with {{%AUTOESCAPE context=\"$want\"}}"; fi
    bad=$(grep -oE '\{\{[^}]*:none[^}]*\}\}' "$t" || true)
    if [ -z "$bad" ]; then ok; else fail "$name escapes nothing for: $bad"; fi
    if [ "$want" = XML ] && grep -q ':x-cmark' "$t"; then fail "$name uses x-cmark outside HTML"; else ok; fi
    if grep -qiE '<script|[[:space:]]style=|[[:space:]]on[a-z]+=' "$t"; then fail "$name has inline script or style"; else ok; fi
    # installed and in the tarball: listed in the top Makefile.am
    if grep -qF "templates/$name" "$top_srcdir/Makefile.am"; then ok
    else fail "$name is not in Makefile.am's dist_template_DATA (make dist and make install leave it out)"; fi
done
finish tpl_lint
