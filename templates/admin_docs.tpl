{{%AUTOESCAPE context="HTML"}}<nav class="crumbs" aria-label="当前位置">
<ol><li><a href="/admin/">编辑后台</a></li><li aria-current="page">内容</li></ol>
</nav>
<h1>话题、渠道、法律、数值和行动方案</h1>
<p>这些内容以 content/ 的文件格式编辑（与 <code>quanyictl export</code> 写出的文本相同）。每次保存都留下一个版本，可以比较和恢复。</p>
{{#NOTICE}}<div class="alert" role="alert"><p>{{MESSAGE}}</p></div>
{{/NOTICE}}{{#GROUP}}<section aria-labelledby="g-{{KIND}}">
<h2 id="g-{{KIND}}">{{LABEL}}</h2>
<ul>
{{#DOC}}<li><a href="/admin/d/{{KIND}}/{{SLUG}}">{{TITLE}}</a> <code>{{SLUG}}</code> · <a href="/admin/dh/{{KIND}}/{{SLUG}}">修改历史</a></li>
{{/DOC}}</ul>
<form class="inline" action="/admin/docs" method="get">
<input type="hidden" name="kind" value="{{KIND}}">
<label for="new-{{KIND}}">新建一项{{LABEL}}，地址（小写字母、数字、连字符）</label>
<input id="new-{{KIND}}" name="slug" type="text" maxlength="64" value="{{TYPED}}"{{#INVALID}} aria-invalid="true"{{/INVALID}}>
<button type="submit">新建</button>
</form>
</section>
{{/GROUP}}
