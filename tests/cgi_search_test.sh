#!/bin/bash
# CGI mode (tests/cgi_lib.sh), a reader searching: queries refused with
# 400, long ones, markup in the query, glossary terms among the hits.
. "$(dirname "$0")/cgi_lib.sh"

# Bad input.
long=$(printf 'x%.0s' $(seq 1 101))
for uri in "/search?q=%FF" "/search?q=%E5%82" "/search?q=a%01b" "/search?q=$long" "/search?page=0" "/search?q=%zz"; do
    cgi GET "$uri"
    expect_eq "GET $uri" "$status" 400
    expect_grep "GET $uri: says why" '请求有误' "$tmp/body"
done
cgi GET "/search?q=$(printf '%%E5%%82%%AC%.0s' $(seq 1 100))"
expect_eq "100 Chinese characters" "$status" 200
# A known word past the 256th byte of one long run of characters (a
# query fuzz_search found: it crashed the worker before the fix).
cgi GET "/search?q=$(printf '%%E5%%95%%8A%.0s' $(seq 1 90))%E5%82%AC%E6%94%B6"
expect_eq "a known word at the end of 92 characters" "$status" 200
expect_grep "the word at the end is searched for" '<mark>催收' "$tmp/body"

# Escaping: markup typed into the query comes back inert, and is shown
# escaped.
for p in $xss_params; do
    expect_inert "/search?q=$p"
done
cgi GET "/search?q=%3Cscript%3E"
expect_grep "search echoes escaped" '&lt;script&gt;' "$tmp/body"

# Glossary terms are found too.
cgi GET "/search?q=%E8%AF%89%E8%AE%BC%E6%97%B6%E6%95%88"
expect_grep "search: glossary hit" 'href="/glossary#' "$tmp/body"

finish cgi_search_test
