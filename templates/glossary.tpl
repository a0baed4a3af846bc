{{%AUTOESCAPE context="HTML"}}<nav class="crumbs" aria-label="当前位置">
<ol><li><a href="/">首页</a></li><li aria-current="page">术语表</li></ol>
</nav>
<h1>术语表</h1>
<p class="lead">文章里常见的法律和金融用语，用平实的话解释，并写明依据。</p>
<nav class="toc" aria-label="术语目录">
<ul>
{{#TERM}}<li><a href="#{{SLUG}}">{{TERM}}</a></li>
{{/TERM}}</ul>
</nav>
<dl class="glossary">
{{#TERM}}<dt id="{{SLUG}}">{{TERM}}{{#ALIASES}} <span class="aliases">（也叫：{{#ALIAS}}{{TEXT}}{{#ALIAS_separator}}、{{/ALIAS_separator}}{{/ALIAS}}）</span>{{/ALIASES}}</dt>
<dd>
<div class="prose">{{BODY:x-cmark}}</div>
<p class="sources">依据：{{#SOURCE}}<span>{{TEXT}}</span>{{#SOURCE_separator}}；{{/SOURCE_separator}}{{/SOURCE}}</p>
<p class="reviewed">最后核实：<time datetime="{{REVIEWED_ISO}}">{{REVIEWED}}</time></p>
</dd>
{{/TERM}}</dl>
