{{%AUTOESCAPE context="HTML"}}<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{TITLE}} - 权益</title>
<meta name="description" content="{{DESCRIPTION}}">
{{#NOINDEX}}<meta name="robots" content="noindex">
{{/NOINDEX}}
<link rel="stylesheet" href="/static/site.css">
<link rel="stylesheet" href="/static/print.css" media="print">
<link rel="alternate" type="application/atom+xml" href="/feed.xml" title="权益：文章更新">
</head>
<body>
<a class="skip" href="#main">跳到正文</a>
{{#EDITOR}}<p class="editor-bar">编辑：{{NAME}} · <a href="/admin/">编辑后台</a> · <a href="/admin/questions">读者提问</a></p>
{{/EDITOR}}
<header class="site">
<div class="wrap">
<a class="brand" href="/"><span class="brand-name">权益</span> <span class="brand-tag">逾期与催收，先弄清法律怎么说</span></a>
<nav aria-label="话题">
<ul>
{{#NAV}}<li><a href="/c/{{SLUG}}"{{#NAV_CURRENT}} aria-current="{{ARIA}}"{{/NAV_CURRENT}}>{{TITLE}}</a></li>
{{/NAV}}<li><a href="/channels">投诉渠道一览</a></li>
<li><a href="/glossary">术语表</a></li>
<li><a href="/ask">提问</a></li>
</ul>
</nav>
{{#SITE_SEARCH}}<form class="search" action="/search" method="get" role="search">
<label for="site-q">搜索问题</label>
<input id="site-q" name="q" type="search" maxlength="100" value="{{Q}}" placeholder="例如：催收打给家人">
<button type="submit">搜索</button>
</form>
{{/SITE_SEARCH}}</div>
</header>
<main id="main" class="wrap">
{{>CONTENT}}
</main>
<footer class="site">
<div class="wrap">
<p class="notice">权益提供的是一般性的法律信息，不代理个案，也不替代律师的意见。标注“尚未核实”的内容，请向文中写明的官方渠道确认。</p>
{{#PAGE_REVIEWED}}<p class="notice">本页内容最后核实于 <time datetime="{{DATE_ISO}}">{{DATE}}</time>。</p>
{{/PAGE_REVIEWED}}<p><a href="/">首页</a> · <a href="/channels">投诉渠道一览</a> · <a href="/glossary">术语表</a> · <a href="/a/keep-evidence-log">证据清单</a> · <a href="/tools/timeline">时间线计算</a> · <a href="/tools/letter">文书生成</a> · <a href="/search">搜索</a></p>
</div>
</footer>
</body>
</html>
