{{%AUTOESCAPE context="HTML"}}<nav class="crumbs" aria-label="当前位置">
<ol><li><a href="/admin/">编辑后台</a></li><li><a href="/admin/docs">话题、渠道和术语</a></li><li><a href="/admin/d/{{KIND}}/{{SLUG}}">{{SLUG}}</a></li><li aria-current="page">修改历史</li></ol>
</nav>
<h1>修改历史：{{LABEL}} {{SLUG}}</h1>
{{#NOTICE}}<div class="alert" role="alert"><p>{{MESSAGE}}</p></div>
{{/NOTICE}}{{#NEVER_SAVED}}<p>还没有编辑保存过这项内容；现在的文本来自 content/ 文件。第一次保存时，导入的文本会作为第 1 版保留。</p>
{{/NEVER_SAVED}}{{#COMPARE}}<section class="compare" aria-labelledby="cmp-h">
<h2 id="cmp-h">第 {{RA}} 版 → 第 {{RB}} 版</h2>
{{#TOO_LONG}}<p>文本太长，无法逐行比较。</p>
{{/TOO_LONG}}<pre class="diff">{{#LINE}}{{#SAME}}  {{TEXT}}
{{/SAME}}{{#DEL}}<del>- {{TEXT}}</del>
{{/DEL}}{{#ADD}}<ins>+ {{TEXT}}</ins>
{{/ADD}}{{/LINE}}</pre>
</section>
{{/COMPARE}}<table class="admin-list">
<caption>每次保存都是一个新版本，旧版本永远保留</caption>
<thead><tr><th scope="col">版本</th><th scope="col">编辑</th><th scope="col">时间（UTC）</th><th scope="col">字节</th><th scope="col">比较</th><th scope="col">恢复</th></tr></thead>
<tbody>
{{#REVISION}}<tr><td class="nw" data-label="版本">{{N}}</td><td data-label="编辑">{{EDITOR}}</td><td data-label="时间（UTC）">{{CREATED}}</td><td class="nw" data-label="字节">{{BYTES}}</td><td data-label="比较">{{#HAS_PREV}}<a href="/admin/dh/{{KIND}}/{{SLUG}}?ra={{PREV}}&amp;rb={{N}}">与上一版比较</a>{{/HAS_PREV}}</td>
<td data-label="恢复">{{#CAN_RESTORE}}<form action="/admin/dh/{{KIND}}/{{SLUG}}" method="post"><input type="hidden" name="csrf" value="{{CSRF}}"><input type="hidden" name="base" value="{{LATEST}}"><input type="hidden" name="rev" value="{{N}}"><button type="submit">恢复为新版本</button></form>{{/CAN_RESTORE}}</td></tr>
{{/REVISION}}</tbody>
</table>
