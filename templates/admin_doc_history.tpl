{{%AUTOESCAPE context="HTML"}}<nav class="crumbs" aria-label="当前位置">
<ol><li><a href="/admin/">编辑后台</a></li><li><a href="/admin/docs">内容</a></li><li><a href="/admin/d/{{KIND}}/{{SLUG}}">{{SLUG}}</a></li><li aria-current="page">修改历史</li></ol>
</nav>
<h1>修改历史：{{LABEL}} {{SLUG}}</h1>
{{#RESTORED}}<p class="ok" role="status">已把第 {{REV}} 版的文本恢复为新的第 {{SAVED}} 版，读者马上就能看到。原来的各版都还在下面。</p>
{{/RESTORED}}{{#NOTICE}}<div class="alert" role="alert"><p>{{MESSAGE}}</p></div>
{{/NOTICE}}{{#CONFIRM}}<section class="restore-confirm" id="confirm" aria-labelledby="confirm-h">
<h2 id="confirm-h">恢复第 {{N}} 版？</h2>
{{#IS_LATEST}}<p>第 {{N}} 版就是现在的版本，不需要恢复。</p>
{{/IS_LATEST}}{{#CAN}}<p>第 {{N}} 版由 {{EDITOR}} 于 {{CREATED}}（北京时间）保存。恢复后，它的文本会另存为新的第 {{NEXT}} 版，读者马上看到的就是这个文本；现在的第 {{LATEST}} 版和其他各版都不会删除，以后还可以再恢复。</p>
<form action="/admin/dh/{{KIND}}/{{SLUG}}" method="post"><input type="hidden" name="csrf" value="{{CSRF}}"><input type="hidden" name="base" value="{{LATEST}}"><input type="hidden" name="rev" value="{{N}}">
<p class="buttons"><button type="submit">确认恢复为第 {{NEXT}} 版</button> <a href="/admin/dh/{{KIND}}/{{SLUG}}">取消</a></p></form>
{{/CAN}}</section>
{{/CONFIRM}}{{#NEVER_SAVED}}<p>还没有编辑保存过这项内容；现在的文本来自 content/ 文件。第一次保存时，导入的文本会作为第 1 版保留。</p>
{{/NEVER_SAVED}}{{#COMPARE}}<section class="compare" aria-labelledby="cmp-h">
<h2 id="cmp-h">第 {{RA}} 版 → 第 {{RB}} 版</h2>
{{>DIFF}}
</section>
{{/COMPARE}}<table class="admin-list">
<caption>每次保存都是一个新版本，旧版本永远保留（时间为北京时间）</caption>
<thead><tr><th scope="col">版本</th><th scope="col">编辑</th><th scope="col">时间</th><th scope="col">字节</th><th scope="col">比较</th><th scope="col">恢复</th></tr></thead>
<tbody>
{{#REVISION}}<tr><td class="nw" data-label="版本">第 {{N}} 版</td><td data-label="编辑">{{EDITOR}}</td><td data-label="时间">{{CREATED}}</td><td class="nw" data-label="字节">{{BYTES}}</td><td data-label="比较">{{#HAS_PREV}}<a href="/admin/dh/{{KIND}}/{{SLUG}}?ra={{PREV}}&amp;rb={{N}}">与上一版比较</a>{{/HAS_PREV}}</td>
<td data-label="恢复">{{#CAN_RESTORE}}<a href="/admin/dh/{{KIND}}/{{SLUG}}?rev={{N}}#confirm">恢复这一版…</a>{{/CAN_RESTORE}}</td></tr>
{{/REVISION}}</tbody>
</table>
