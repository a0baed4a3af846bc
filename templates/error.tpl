{{%AUTOESCAPE context="HTML"}}<section class="error" aria-labelledby="error-h">
<h1 id="error-h">{{HEADING}}</h1>
<p class="status">错误代码 {{STATUS}}</p>
{{#MESSAGE}}<p>{{LINE}}</p>
{{/MESSAGE}}{{#NOT_FOUND}}<p>可以试试搜索，或者从首页的话题开始浏览。</p>
{{/NOT_FOUND}}<p><a href="/">返回首页</a> · <a href="/search">搜索问题</a></p>
</section>
