{{%AUTOESCAPE context="HTML"}}<h1>搜索</h1>
<form class="search-big" action="/search" method="get" role="search">
<label for="q">输入你想问的问题或关键词</label>
<input id="q" name="q" type="search" maxlength="100" value="{{QUERY}}">
<button type="submit">搜索</button>
</form>
{{#EMPTY}}<p>可以输入几个词，例如“诉讼时效”“催收 家人”“征信 异议”。多个词用空格分开，表示同时包含。</p>
{{/EMPTY}}{{#FOUND}}<p class="count">找到 {{COUNT}} 篇与“{{QUERY}}”有关的文章。</p>
<ol class="results">
{{#RESULT}}<li><a href="/a/{{SLUG}}">{{TITLE}}</a> <span class="cat">{{CATEGORY_TITLE}}</span><p>{{SUMMARY}}</p></li>
{{/RESULT}}</ol>
{{/FOUND}}{{#NONE}}<p class="count">没有找到与“{{QUERY}}”有关的文章。可以换个说法，或者少用几个词再试。</p>
<p>也可以从首页的三个话题开始浏览：<a href="/c/overdue">逾期还款</a>、<a href="/c/collection">催收权益</a>、<a href="/c/complaints">投诉渠道</a>。</p>
{{/NONE}}
