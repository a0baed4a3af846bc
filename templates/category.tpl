{{%AUTOESCAPE context="HTML"}}<nav class="crumbs" aria-label="当前位置">
<ol><li><a href="/">首页</a></li><li aria-current="page">{{TITLE}}</li></ol>
</nav>
<h1>{{TITLE}}</h1>
<p class="lead">{{SUMMARY}}</p>
<div class="prose">{{INTRO:x-cmark}}</div>
<p class="plan-cta"><a href="/plan">按我的情况生成行动方案</a></p>
{{#ARTICLES}}<ul class="article-list">
{{#ARTICLE}}<li><a href="/a/{{SLUG}}">{{TITLE}}</a><p>{{SUMMARY}}</p></li>
{{/ARTICLE}}</ul>
{{/ARTICLES}}{{#QUESTIONS}}<section class="reader-questions" aria-labelledby="rq-h">
<h2 id="rq-h">读者提问</h2>
<ul>
{{#QUESTION}}<li><a href="/q/{{ID}}">{{TITLE}}</a></li>
{{/QUESTION}}</ul>
</section>
{{/QUESTIONS}}<p class="ask-more">没有找到你的情况？<a href="/ask">向编辑提问</a>。</p>
