{{%AUTOESCAPE context="HTML"}}<div class="search-page">
<h1>搜索</h1>
<form class="search-big" action="/search" method="get" role="search">
<label for="q">输入你想问的问题或关键词</label>
<div class="search-row">
<input id="q" name="q" type="search" maxlength="100" value="{{QUERY}}">
<button type="submit">搜索</button>
</div>
</form>
{{#EMPTY}}<p>可以直接输入你的问题，例如“催收打电话给我爸妈”，也可以输入几个词，例如“征信 异议”。多个词用空格分开，表示同时包含。</p>
{{/EMPTY}}{{#CORRECTED}}<p class="hint">“{{TYPED}}”可能是“{{TERM}}”，已按“{{TERM}}”搜索。</p>
{{/CORRECTED}}{{#FOUND}}<p class="count" role="status">找到 {{TOTAL}} {{#MORE}}多{{/MORE}}篇与“{{QUERY}}”有关的文章。{{#PARTIAL}}没有文章同时包含你输入的所有词，下面是包含其中部分词的结果。{{/PARTIAL}}</p>
{{/FOUND}}{{#NOTHING}}<p class="count" role="status">没有找到与“{{QUERY}}”有关的文章。可以换个说法，或者少用几个词再试。</p>
{{/NOTHING}}{{#RESULTS}}<div class="search-list{{#WITH_BOXES}} with-boxes{{/WITH_BOXES}}">
{{#LIST}}{{#ITEMS}}<ol class="results" start="{{START}}">
{{#RESULT}}<li><a href="/a/{{SLUG}}">{{TITLE}}</a> <span class="cat">{{CATEGORY_TITLE}}</span>
<p>{{SUMMARY}}</p>
{{#SNIPPET}}<p class="snippet">{{#SEG}}{{#PLAIN}}{{TEXT}}{{/PLAIN}}{{#MARK}}<mark>{{TEXT}}</mark>{{/MARK}}{{/SEG}}</p>
{{/SNIPPET}}</li>
{{/RESULT}}</ol>
{{/ITEMS}}{{#BOXES}}<aside class="search-boxes" aria-label="相关的投诉渠道、术语和读者提问">
{{#CHANNELS}}<section class="channel-hits" aria-labelledby="ch-h">
<h2 id="ch-h">相关投诉渠道</h2>
<ul>
{{#CHANNEL}}<li><a href="/channels#{{SLUG}}">{{NAME}}</a>：{{HANDLES}}</li>
{{/CHANNEL}}</ul>
</section>
{{/CHANNELS}}{{#TERMS}}<section class="term-hits" aria-labelledby="term-h">
<h2 id="term-h">术语解释</h2>
<ul>
{{#TERM}}<li><a href="/glossary#{{SLUG}}">{{TERM}}</a></li>
{{/TERM}}</ul>
</section>
{{/TERMS}}{{#QUESTIONS}}<section class="question-hits" aria-labelledby="rq-h">
<h2 id="rq-h">读者提问</h2>
<ul>
{{#QUESTION}}<li><a href="/q/{{ID}}">{{TITLE}}</a> <span class="cat">{{CATEGORY_TITLE}}</span></li>
{{/QUESTION}}</ul>
</section>
{{/QUESTIONS}}</aside>
{{/BOXES}}{{/LIST}}</div>
{{/RESULTS}}{{#PAGER}}<nav class="pager" aria-label="翻页">
{{#PREV}}<a href="/search?q={{QUERY:u}}&amp;page={{N}}" rel="prev">上一页</a>{{/PREV}}
<span>第 {{PAGE}} 页，共 {{PAGES}} 页</span>
{{#NEXT}}<a href="/search?q={{QUERY:u}}&amp;page={{N}}" rel="next">下一页</a>{{/NEXT}}
</nav>
{{/PAGER}}{{#NONE}}<p>读者最常问的问题：</p>
{{#TOPIC}}<section class="topic-mini">
<h2><a href="/c/{{SLUG}}">{{TITLE}}</a></h2>
<ul>
{{#QUESTION}}<li><a href="/a/{{SLUG}}">{{TITLE}}</a></li>
{{/QUESTION}}</ul>
</section>
{{/TOPIC}}<p>还是没有找到？<a href="/ask">向编辑提问</a>，编辑会回答你的具体情况。</p>
{{/NONE}}</div>
