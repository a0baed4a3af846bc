{{%AUTOESCAPE context="HTML"}}<nav class="crumbs" aria-label="当前位置">
<ol><li><a href="/">首页</a></li><li><a href="/ask">提问</a></li><li aria-current="page">我的提问</li></ol>
</nav>
<h1>{{TITLE}}</h1>
<div class="ticket-status status-{{STATUS}}" role="status">
<p><strong>状态：{{STATUS_LABEL}}</strong></p>
<p>{{STATUS_HELP}}</p>
</div>
<p class="bookmark"><strong>请把这个页面加入书签或保存地址</strong>：这是查看回答的唯一入口，我们无法通过其他方式联系你。编号：<code>{{TICKET}}</code></p>
<section class="question" aria-labelledby="q-h">
<h2 id="q-h">你的问题（{{CATEGORY_TITLE}}，{{CREATED}}提交）</h2>
{{#PARA}}<p>{{TEXT}}</p>
{{/PARA}}<p class="hint">号码类信息已经自动打码。</p>
</section>
{{#ANSWER}}<section class="answer" aria-labelledby="a-h">
<h2 id="a-h">编辑的回答（{{DATE}}）</h2>
<div class="prose">{{BODY:x-cmark}}</div>
</section>
{{/ANSWER}}{{#REJECTED}}<section class="answer" aria-labelledby="r-h">
<h2 id="r-h">没有回答的原因</h2>
<p>{{REASON}}</p>
</section>
{{/REJECTED}}{{#PUBLISHED}}<p>公开页面：<a href="/q/{{ID}}">查看公开的问答</a></p>
{{/PUBLISHED}}<p><a href="/c/{{CATEGORY}}">看看“{{CATEGORY_TITLE}}”的其他问题</a></p>
