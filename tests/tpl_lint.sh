#!/bin/sh
# Template lint: every template parses under ctemplate's own checker and
# starts with the auto-escape pragma (HTML; XML for *.xml.tpl); :none is
# used only for rendered Markdown (variables named BODY or INTRO).
. "$(dirname "$0")/lib.sh"
lint=${TPL_LINT:-ctemplate-make_tpl_varnames_h}
for t in "$top_srcdir"/templates/*.tpl; do
    name=$(basename "$t")
    if out=$("$lint" -q -n "$t" 2>&1); then ok; else fail "$name does not parse: $out"; fi
    want=HTML   # feeds and sitemaps (*.xml.tpl) are XML, escaped for XML
    case $name in *.xml.tpl) want=XML ;; esac
    if head -c 40 "$t" | grep -q "^{{%AUTOESCAPE context=\"$want\"}}"; then ok
    else fail "$name does not start with {{%AUTOESCAPE context=\"$want\"}}"; fi
    bad=$(grep -o '{{[A-Z_]*:none}}' "$t" | grep -vE '^\{\{(BODY|INTRO):none\}\}$' || true)
    if [ -z "$bad" ]; then ok; else fail "$name escapes nothing for: $bad"; fi
    if grep -qiE '<script|[[:space:]]style=|[[:space:]]on[a-z]+=' "$t"; then fail "$name has inline script or style"; else ok; fi
done
finish tpl_lint
