{{%AUTOESCAPE context="HTML"}}<nav class="crumbs" aria-label="当前位置">
<ol><li><a href="/admin/">编辑后台</a></li><li><a href="/admin/docs">内容</a></li><li aria-current="page">{{SLUG}}</li></ol>
</nav>
<h1>{{LABEL}}：{{SLUG}}{{#NEW}}（新建）{{/NEW}}</h1>
{{#EXISTING}}<p>{{#PUBLIC}}<a href="{{PUBLIC_PREFIX}}{{SLUG}}">查看公开页面</a> · {{/PUBLIC}}<a href="/admin/dh/{{KIND}}/{{SLUG}}">修改历史</a></p>
{{/EXISTING}}{{#SAVED}}<p class="ok" role="status">已保存为第 {{REVISION}} 版，读者马上就能看到。</p>
{{/SAVED}}{{#PREVIEWED}}<p class="ok" role="status">预览已生成，还没有保存。确认无误后点“保存”。</p>
{{/PREVIEWED}}{{#NOTICE}}<div class="alert" role="alert"><p>{{MESSAGE}}</p></div>
{{/NOTICE}}{{#CONFLICT}}<div class="alert" role="alert"><p>在你编辑期间，别人保存了第 {{THEIR_REVISION}} 版。你的文本没有保存，还在下面；请对照后再保存。</p></div>
<label for="their-text">对方保存的版本</label>
<textarea id="their-text" rows="14" readonly>{{THEIR_TEXT:pre_escape}}</textarea>
{{/CONFLICT}}<div class="workbench{{#PREVIEW}} has-preview{{/PREVIEW}}">
<form class="edit" action="/admin/d/{{KIND}}/{{SLUG}}" method="post" novalidate>
{{#PREVIEW}}<p class="to-preview"><a href="#preview-h">跳到预览</a></p>
{{/PREVIEW}}<input type="hidden" name="csrf" value="{{CSRF}}">
<input type="hidden" name="base" value="{{BASE}}">
<div class="field">
<label for="f-DOC">文件内容（格式见 content/README.md：头部每行“键: 值”，空一行，然后是 Markdown 正文）</label>
<textarea id="f-DOC" name="doc" rows="28">{{DOC_VALUE:pre_escape}}</textarea>
</div>
<p class="savebar"><button type="submit" name="action" value="preview">预览</button> <button type="submit" name="action" value="save">保存</button></p>
</form>
{{#PREVIEW}}<section class="preview" aria-labelledby="preview-h" tabindex="0">
<h2 id="preview-h">预览（尚未保存）</h2>
<div class="preview-frame"><p class="frame-bar">读者将看到的页面{{#ADDRESS}}：{{PREFIX}}{{SLUG}}{{/ADDRESS}}</p>
<div class="frame-page">{{>PAGE}}</div></div>
</section>
{{/PREVIEW}}</div>
