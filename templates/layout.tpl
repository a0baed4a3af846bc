{{%AUTOESCAPE context="HTML"}}<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{TITLE}} - 权益</title>
<meta name="description" content="{{DESCRIPTION}}">
{{#NOINDEX}}<meta name="robots" content="noindex">
{{/NOINDEX}}{{#SHARE}}<link rel="canonical" href="{{URL}}">
<meta property="og:type" content="{{OG_TYPE}}">
<meta property="og:site_name" content="权益">
<meta property="og:title" content="{{TITLE}}">
<meta property="og:description" content="{{DESCRIPTION}}">
<meta property="og:url" content="{{URL}}">
<meta property="og:image" content="{{SITE_URL}}/static/touch-icon.png">
<meta property="og:locale" content="zh_CN">
{{/SHARE}}<link rel="icon" href="/static/icon.svg" type="image/svg+xml">
<link rel="apple-touch-icon" href="/static/touch-icon.png">
<link rel="stylesheet" href="/static/site.css">
<link rel="stylesheet" href="/static/print.css" media="print">
<link rel="alternate" type="application/atom+xml" href="/feed.xml" title="权益：文章更新">
</head>
<body{{#PRINT_VIEW}} class="print-view"{{/PRINT_VIEW}}>
<a class="skip" href="#main">跳到正文</a>
{{#EDITOR}}<p class="editor-bar">编辑：{{NAME}} · <a href="/admin/">编辑后台</a> · <a href="/admin/questions">读者提问</a></p>
{{/EDITOR}}
<header class="site">
<div class="wrap">
<a class="brand" href="/"><span class="brand-name">权益</span><span class="brand-tag">逾期与催收，先弄清法律怎么说</span></a>
{{#SITE_SEARCH}}<form class="search" action="/search" method="get" role="search">
<label for="site-q">搜索问题</label>
<input id="site-q" name="q" type="search" maxlength="100" value="{{Q}}" placeholder="如：催收找家人">
<button type="submit">搜索</button>
</form>
{{/SITE_SEARCH}}<nav aria-label="网站导航">
<ul>
{{#NAV}}<li><a href="/c/{{SLUG}}"{{#NAV_CURRENT}} aria-current="{{ARIA}}"{{/NAV_CURRENT}}>{{TITLE}}</a></li>
{{/NAV}}<li><a href="/channels">各渠道联系方式</a></li>
<li><a href="/glossary">术语表</a></li>
<li><a href="/ask">提问</a></li>
</ul>
</nav>
</div>
</header>
<main id="main" class="wrap">
{{>CONTENT}}
{{#SHARE}}<details class="share">
<summary>复制链接 · 二维码</summary>
<p><label for="share-url">本页地址</label>（长按或全选后复制，发给家人朋友）：</p>
<input id="share-url" type="url" readonly value="{{URL}}">
{{#QR}}<p id="qr-h">对方也可以用手机扫这个二维码打开本页：</p>
<svg class="qr" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {{VIEW}} {{VIEW}}" role="img" aria-labelledby="qr-h"><rect width="{{VIEW}}" height="{{VIEW}}" fill="#fff"/><path stroke="#000" shape-rendering="crispEdges" d="{{PATH}}"/></svg>
{{/QR}}</details>
{{/SHARE}}{{#NOTES}}<section class="print-only print-notes">
<h2>文中链接</h2>
<ol>
{{#NOTE}}<li>{{URL}}</li>
{{/NOTE}}</ol>
</section>
{{/NOTES}}<p class="print-only print-meta">本页来自“权益”（{{SITE_URL}}），地址：{{PAGE_URL}}。网页生成于 {{MADE}}；内容如有更新，以网站为准。</p>
</main>
<footer class="site">
<div class="wrap">
<p class="notice">权益提供的是一般性的法律信息，不代理个案，也不替代律师的意见。标注“尚未核实”的内容，请向文中写明的官方渠道确认。</p>
{{#PAGE_REVIEWED}}<p class="notice">本页内容最后核实于 <time datetime="{{DATE_ISO}}">{{DATE}}</time>。</p>
{{/PAGE_REVIEWED}}<p class="footer-links"><a href="/">首页</a> · <a href="/channels">投诉渠道一览</a> · <a href="/glossary">术语表</a> · <a href="/a/keep-evidence-log">证据清单</a> · <a href="/tools/timeline">时间线计算</a> · <a href="/tools/letter">文书生成</a> · <a href="/search">搜索</a></p>
</div>
</footer>
</body>
</html>
