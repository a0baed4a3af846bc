{{%AUTOESCAPE context="HTML"}}<nav class="crumbs" aria-label="当前位置">
<ol><li><a href="/admin/">编辑后台</a></li><li aria-current="page">读者提问</li></ol>
</nav>
<h1>读者提问</h1>
{{#DONE}}<p class="ok" role="status">第 {{ID}} 号问题已处理。</p>
{{/DONE}}<p>待回答的问题排在最前，最早提交的在上面。问题里的号码在保存前已经打码。</p>
<table class="admin-list">
<thead><tr><th scope="col">编号</th><th scope="col">标题</th><th scope="col">类别</th><th scope="col">提交日期</th><th scope="col">状态</th></tr></thead>
<tbody>
{{#QUESTION}}<tr{{#IS_NEW}} class="new"{{/IS_NEW}}><td class="nw" data-label="编号">{{ID}}</td><td data-label="标题"><a href="/admin/q/{{ID}}">{{TITLE}}</a></td><td data-label="类别">{{CATEGORY_TITLE}}</td><td class="nw" data-label="提交日期">{{CREATED}}</td><td class="nw" data-label="状态">{{STATUS}}</td></tr>
{{/QUESTION}}</tbody>
</table>
