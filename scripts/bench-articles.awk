# bench-articles.awk: generate articles for scripts/bench's scaling runs.
#
#   awk -v n=COUNT -v seed=S -v out=DIR -f bench-articles.awk content/articles/*.md
#
# Reads the real articles and writes COUNT new ones to DIR/bench-NNNNN.md
# in the content/ format, drawn from the real ones so that search and
# related-article cost is realistic: titles built from real keywords,
# 4-8 real keywords, 2-4 real sources, and a body of three sections of
# real sentences recombined (some 1,000-1,800 characters of Chinese, like
# the real articles). The same seed always gives the same articles.

# pool_add NAME VALUE: append VALUE to the pool NAME.
function pool_add(name, value) {
    pool[name, ++count[name]] = value
}

# pick NAME: a random member of the pool NAME.
function pick(name) {
    return pool[name, 1 + int(rand() * count[name])]
}

# sentences K: K random body sentences run together.
function sentences(k,    s, i) {
    s = ""
    for (i = 0; i < k; i++)
        s = s pick("sentence")
    return s
}

# keywords K: K different random keywords joined with ", ".
function keywords(k,    s, w, i, tries, seen) {
    s = ""
    split("", seen)
    for (i = 0; i < k && tries < 100; tries++) {
        w = pick("keyword")
        if (w in seen)
            continue
        seen[w] = 1
        s = s (i ? ", " : "") w
        i++
    }
    return s
}

FNR == 1 { in_body = 0 }

!in_body && /^$/ { in_body = 1; next }

!in_body {
    key = $0; sub(/:.*/, "", key)
    val = $0; sub(/^[a-z_]+: /, "", val)
    if (key == "category" && !(val in cats)) { cats[val] = 1; pool_add("category", val) }
    if (key == "source") pool_add("source", val)
    if (key == "keywords") {
        nk = split(val, kw, ", ")
        for (i = 1; i <= nk; i++)
            if (!(kw[i] in kwseen)) { kwseen[kw[i]] = 1; pool_add("keyword", kw[i]) }
    }
    next
}

/^## / { h = $0; sub(/^## /, "", h); pool_add("heading", h); next }

# Body lines: paragraphs and list items, split into sentences.
/^(- |[0-9]+\. )?[^#*]/ {
    line = $0
    sub(/^(- |[0-9]+\. )/, "", line)
    ns = split(line, part, "。")
    for (i = 1; i <= ns; i++) {
        gsub(/^ +| +$/, "", part[i])
        if (length(part[i]) > 12)
            pool_add("sentence", part[i] "。")
    }
}

END {
    if (n + 0 <= 0) exit 0
    srand(seed + 0)
    split("遇到%s，%s合法吗？|%s以后，%s会怎么样？|%s和%s有什么关系？|" \
          "被%s时，%s该怎么办？|%s的情况下，还能%s吗？|关于%s：%s要注意什么？", tmpl, "|")
    for (a = 1; a <= n; a++) {
        file = sprintf("%s/bench-%05d.md", out, a)
        t = tmpl[1 + int(rand() * 6)]
        printf "title: " t "\n", pick("keyword"), pick("keyword") > file
        printf "category: %s\n", pick("category") > file
        printf "summary: %s\n", sentences(2) > file
        printf "keywords: %s\n", keywords(4 + int(rand() * 5)) > file
        printf "status: published\n" > file
        printf "reviewed: 2026-%02d-%02d\n", 1 + int(rand() * 11), 1 + int(rand() * 28) > file
        ns = 2 + int(rand() * 3)
        for (i = 0; i < ns; i++)
            printf "source: %s\n", pick("source") > file
        printf "\n%s\n", sentences(2) > file
        for (sec = 0; sec < 3; sec++) {
            printf "\n## %s\n\n%s\n", pick("heading"), sentences(4 + int(rand() * 3)) > file
            nl = sec == 1 ? 3 + int(rand() * 3) : 0
            for (i = 1; i <= nl; i++)
                printf "%s%d. %s", i == 1 ? "\n" : "", i, pick("sentence") "\n" > file
        }
        close(file)
    }
}
