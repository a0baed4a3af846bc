{{%AUTOESCAPE context="HTML"}}<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{TITLE}} - 权益</title>
<meta name="description" content="{{DESCRIPTION}}">
<link rel="stylesheet" href="/static/site.css">
<link rel="stylesheet" href="/static/print.css" media="print">
</head>
<body>
<a class="skip" href="#main">跳到正文</a>
<header class="site">
<div class="wrap">
<a class="brand" href="/"><span class="brand-name">权益</span> <span class="brand-tag">逾期与催收，先弄清法律怎么说</span></a>
<nav aria-label="话题">
<ul>
{{#NAV}}<li><a href="/c/{{SLUG}}"{{#NAV_CURRENT}} aria-current="page"{{/NAV_CURRENT}}>{{TITLE}}</a></li>
{{/NAV}}<li><a href="/channels">投诉渠道一览</a></li>
</ul>
</nav>
<form class="search" action="/search" method="get" role="search">
<label for="site-q">搜索问题</label>
<input id="site-q" name="q" type="search" maxlength="100" value="{{Q}}" placeholder="例如：催收打给家人">
<button type="submit">搜索</button>
</form>
</div>
</header>
<main id="main" class="wrap">
{{>CONTENT}}
</main>
<footer class="site">
<div class="wrap">
<p>权益提供的是法律信息，不是针对个案的法律意见。每篇文章都列出依据和最后核实日期；标注“尚未核实”的内容请自行向官方渠道确认。</p>
<p><a href="/">首页</a> · <a href="/channels">投诉渠道一览</a> · <a href="/search">搜索</a></p>
</div>
</footer>
</body>
</html>
