{{%AUTOESCAPE context="HTML"}}<h1>编辑后台</h1>
<p><a href="/admin/new">新建文章</a> · <a href="/admin/questions">读者提问</a> · <a href="/admin/docs">话题、渠道、法律、数值和行动方案</a> · <a href="#log-h">操作记录</a></p>
<section aria-labelledby="todo-h">
<h2 id="todo-h">需要处理的事</h2>
<ul class="todo">
{{#WAITING}}<li{{#NONE}} class="done"{{/NONE}} id="todo-questions">{{#NONE}}没有等待回答的读者提问。{{/NONE}}{{#OLDEST}}<a href="/admin/questions">{{N}} 个读者提问等待回答</a>，最早的一个已经等了 {{AGO}}（{{DATE}}提交）。{{/OLDEST}}</li>
{{/WAITING}}{{#STALE_ARTICLES}}<li{{#NONE}} class="done"{{/NONE}} id="todo-articles">{{#NONE}}所有文章都在 {{AGE}} 天内核实过。{{/NONE}}{{#SOME}}{{N}} 篇文章超过 {{AGE}} 天没有核实：{{/SOME}}
{{#SOME}}<ul>{{#ITEM}}<li><a href="{{HREF}}{{SLUG}}">{{TITLE}}</a>（核实于{{DATE}}）</li>{{/ITEM}}</ul>{{/SOME}}</li>
{{/STALE_ARTICLES}}{{#STALE_CHANNELS}}<li{{#NONE}} class="done"{{/NONE}} id="todo-channels">{{#NONE}}所有投诉渠道都在 90 天内核实过。{{/NONE}}{{#SOME}}{{N}} 个投诉渠道的核实日期超过 90 天：{{/SOME}}
{{#SOME}}<ul>{{#ITEM}}<li><a href="{{HREF}}{{SLUG}}">{{TITLE}}</a>（核实于{{DATE}}）</li>{{/ITEM}}</ul>{{/SOME}}</li>
{{/STALE_CHANNELS}}{{#DUE_VALUES}}<li{{#NONE}} class="done"{{/NONE}} id="todo-values">{{#NONE}}没有过了复核日期的数值。{{/NONE}}{{#SOME}}{{N}} 个有日期的数值过了复核日期：{{/SOME}}
{{#SOME}}<ul>{{#ITEM}}<li><a href="{{HREF}}{{SLUG}}">{{TITLE}}</a>（应在{{DATE}}前复核）</li>{{/ITEM}}</ul>{{/SOME}}</li>
{{/DUE_VALUES}}{{#REFS}}<li{{#NONE}} class="done"{{/NONE}} id="todo-refs">{{#NONE}}内容检查没有发现问题（引用的法律条文、文章和渠道都在）。{{/NONE}}{{#SOME}}内容检查发现 {{N}} 处问题：{{/SOME}}
{{#SOME}}<ul>{{#ITEM}}<li>{{#LINK}}<a href="{{HREF}}">{{/LINK}}{{TEXT}}{{#LINK}}</a>{{/LINK}}</li>{{/ITEM}}</ul>{{/SOME}}</li>
{{/REFS}}</ul>
<form class="inline" action="/admin/" method="get">
<label for="f-age">文章超过多少天没有核实就列出来</label>
<input id="f-age" name="age" type="number" min="1" max="3650" value="{{AGE}}">
<button type="submit">更新</button>
</form>
</section>
<form class="filter" action="/admin/" method="get">
<label for="f-category">话题</label>
<select id="f-category" name="category">
<option value="">全部</option>
{{#TOPIC_OPTION}}<option value="{{SLUG}}"{{#SELECTED}} selected{{/SELECTED}}>{{TITLE}}</option>
{{/TOPIC_OPTION}}</select>
<label for="f-status">状态</label>
<select id="f-status" name="status">
<option value="">全部</option>
<option value="published"{{#PUBLISHED_SELECTED}} selected{{/PUBLISHED_SELECTED}}>已发布</option>
<option value="draft"{{#DRAFT_SELECTED}} selected{{/DRAFT_SELECTED}}>草稿</option>
</select>
<button type="submit">筛选</button>
</form>
<table class="admin-list">
<caption>文章（按话题，最久没有核实的在前）</caption>
<thead><tr><th scope="col">标题</th><th scope="col">话题</th><th scope="col">状态</th><th scope="col">核实日期</th><th scope="col">版本</th><th scope="col">有帮助 / 没帮助</th><th scope="col">历史</th></tr></thead>
<tbody>
{{#ROW}}<tr><td data-label="标题"><a href="/admin/a/{{SLUG}}">{{TITLE}}</a></td><td class="nw" data-label="话题">{{CATEGORY}}</td><td class="nw" data-label="状态">{{STATUS}}</td><td class="nw" data-label="核实日期">{{REVIEWED}}</td><td class="nw" data-label="版本">{{REVISION}}</td><td class="nw" data-label="有帮助 / 没帮助">{{YES}} / {{NO}}</td><td class="nw" data-label="历史"><a href="/admin/h/{{SLUG}}">历史</a></td></tr>
{{/ROW}}</tbody>
</table>
<section aria-labelledby="log-h">
<h2 id="log-h">操作记录（最近 30 条）</h2>
{{#LOG_EMPTY}}<p>还没有编辑操作。</p>
{{/LOG_EMPTY}}<table class="admin-list">
<caption>谁在什么时候做了什么（北京时间）；全部记录用 <code>quanyictl log</code> 查看</caption>
<thead><tr><th scope="col">时间</th><th scope="col">编辑</th><th scope="col">操作</th><th scope="col">内容</th><th scope="col">说明</th></tr></thead>
<tbody>
{{#LOG}}<tr><td class="nw" data-label="时间">{{AT}}</td><td data-label="编辑">{{EDITOR}}</td><td class="nw" data-label="操作">{{ACTION}}</td><td data-label="内容">{{KIND}}/{{SLUG}}</td><td data-label="说明">{{DETAIL}}</td></tr>
{{/LOG}}</tbody>
</table>
</section>
