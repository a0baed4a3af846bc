{{%AUTOESCAPE context="HTML"}}<h1>编辑后台</h1>
<p><a href="/admin/new">新建文章</a> · <a href="/admin/questions">读者提问</a> · <a href="/admin/docs">话题、渠道和术语</a></p>
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
