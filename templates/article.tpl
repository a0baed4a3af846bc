{{%AUTOESCAPE context="HTML"}}<nav class="crumbs" aria-label="当前位置">
<ol><li><a href="/">首页</a></li><li><a href="/c/{{CATEGORY}}">{{CATEGORY_TITLE}}</a></li><li aria-current="page">{{TITLE}}</li></ol>
</nav>
<article>
<h1>{{TITLE}}</h1>
<p class="lead"><strong>简短回答：</strong>{{SUMMARY}}</p>
<div class="prose">{{BODY:none}}</div>
<section class="sources" aria-labelledby="sources-h">
<h2 id="sources-h">法律依据</h2>
<ul>
{{#SOURCE}}<li>{{TEXT}}</li>
{{/SOURCE}}</ul>
<p class="reviewed">最后核实：<time datetime="{{REVIEWED_ISO}}">{{REVIEWED}}</time></p>
</section>
</article>
{{#RELATED}}<aside class="related" aria-labelledby="related-h">
<h2 id="related-h">相关问题</h2>
<ul>
{{#ITEM}}<li><a href="/a/{{SLUG}}">{{TITLE}}</a></li>
{{/ITEM}}</ul>
</aside>
{{/RELATED}}
