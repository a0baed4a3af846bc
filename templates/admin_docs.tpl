{{%AUTOESCAPE context="HTML"}}<nav class="crumbs" aria-label="当前位置">
<ol><li><a href="/admin/">编辑后台</a></li><li aria-current="page">话题、渠道和术语</li></ol>
</nav>
<h1>话题、渠道和术语</h1>
<p>这些内容以 content/ 的文件格式编辑（与 <code>quanyictl export</code> 写出的文本相同）。新增一项：打开 <code>/admin/d/种类/新地址</code>，例如 <code>/admin/d/glossary/new-term</code>。</p>
{{#GROUP}}<section aria-labelledby="g-{{KIND}}">
<h2 id="g-{{KIND}}">{{LABEL}}</h2>
<ul>
{{#DOC}}<li><a href="/admin/d/{{KIND}}/{{SLUG}}">{{TITLE}}</a> <code>{{SLUG}}</code></li>
{{/DOC}}</ul>
</section>
{{/GROUP}}
