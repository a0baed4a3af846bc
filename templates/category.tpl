{{%AUTOESCAPE context="HTML"}}<nav class="crumbs" aria-label="当前位置">
<ol><li><a href="/">首页</a></li><li aria-current="page">{{TITLE}}</li></ol>
</nav>
<h1>{{TITLE}}</h1>
<p class="lead">{{SUMMARY}}</p>
<div class="prose">{{INTRO:none}}</div>
{{#ARTICLES}}<ul class="article-list">
{{#ARTICLE}}<li><a href="/a/{{SLUG}}">{{TITLE}}</a><p>{{SUMMARY}}</p></li>
{{/ARTICLE}}</ul>
{{/ARTICLES}}
