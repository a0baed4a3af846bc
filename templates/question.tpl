{{%AUTOESCAPE context="HTML"}}<nav class="crumbs" aria-label="当前位置">
<ol><li><a href="/">首页</a></li><li><a href="/c/{{CATEGORY}}">{{CATEGORY_TITLE}}</a></li><li aria-current="page">读者提问</li></ol>
</nav>
<article>
<h1>{{TITLE}}</h1>
<section class="question" aria-labelledby="q-h">
<h2 id="q-h">读者的问题（{{CREATED}}）</h2>
{{#PARA}}<p>{{TEXT}}</p>
{{/PARA}}</section>
{{#ANSWER}}<section class="answer" aria-labelledby="a-h">
<h2 id="a-h">编辑的回答（{{DATE}}）</h2>
<div class="prose">{{BODY:x-cmark}}</div>
</section>
{{/ANSWER}}</article>
<p class="hint">这是针对一位读者情况的回答，你的情况可能不同。也可以<a href="/ask">提出你自己的问题</a>。</p>
