{{%AUTOESCAPE context="HTML"}}<nav class="crumbs" aria-label="当前位置">
<ol><li><a href="/">首页</a></li><li><a href="/c/{{CATEGORY}}">{{CATEGORY_TITLE}}</a></li><li aria-current="page">{{TITLE}}</li></ol>
</nav>
<article>
<h1>{{TITLE}}</h1>
{{#URGENT}}<aside class="safety" aria-label="紧急求助"><p>人身安全受到威胁先打<a href="tel:110">110</a>；撑不住了可以打<a href="tel:12356">12356</a>（全国心理援助热线）。</p></aside>{{/URGENT}}
<p class="lead"><strong>简短回答：</strong>{{SUMMARY}}</p>
<div class="prose">{{BODY:x-cmark}}</div>
<section class="sources" aria-labelledby="sources-h">
<h2 id="sources-h">法律依据</h2>
<ul>
{{#SOURCE}}<li>{{TEXT}}{{#QUOTE}}
<details class="law"><summary>原文：《{{NAME}}》第{{NUM}}条（{{VERSION}}）{{#EXCERPT}}摘录{{/EXCERPT}}</summary>
{{#PARA}}<p>{{#OPEN}}「{{/OPEN}}{{TEXT}}{{#CLOSE}}」{{/CLOSE}}</p>
{{/PARA}}{{#NOTEXT}}<p>本站还没有这份文件的官方文本，不能逐字引用；上文按本站核实过的资料转述。</p>
{{/NOTEXT}}</details>{{/QUOTE}}</li>
{{/SOURCE}}</ul>
<p class="reviewed">最后核实：<time datetime="{{REVIEWED_ISO}}">{{REVIEWED}}</time></p>
</section>
{{#TERMS}}<section class="terms" aria-labelledby="terms-h">
<h2 id="terms-h">本文用到的术语</h2>
<ul>
{{#TERM}}<li><a href="/glossary#{{SLUG}}">{{TERM}}</a></li>
{{/TERM}}</ul>
</section>
{{/TERMS}}</article>
<p class="plan-cta"><a href="/plan">按我的情况生成行动方案</a>：回答几个问题，把这些规定变成你今天、本周、之后要做的事和期限。</p>
<section class="feedback" id="feedback" aria-labelledby="feedback-h">
<h2 id="feedback-h">这篇文章有帮助吗？</h2>
{{#VOTED}}<p role="status">谢谢你的反馈。编辑会根据大家的反馈改进文章。还有没讲到的情况，可以<a href="/ask">提问</a>。</p>
{{/VOTED}}{{#VOTE}}<form action="/vote/{{SLUG}}" method="post">
<input type="hidden" name="csrf" value="{{VOTE_CSRF}}">
<button type="submit" name="helpful" value="yes">有帮助</button>
<button type="submit" name="helpful" value="no">没有帮助</button>
</form>
<p class="hint">文章没有讲到你的情况？<a href="/ask">向编辑提问</a>。</p>
{{/VOTE}}</section>
{{#RELATED}}<aside class="related" aria-labelledby="related-h">
<h2 id="related-h">相关问题</h2>
<ul>
{{#ITEM}}<li><a href="/a/{{SLUG}}">{{TITLE}}</a></li>
{{/ITEM}}</ul>
</aside>
{{/RELATED}}
