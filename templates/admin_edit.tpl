{{%AUTOESCAPE context="HTML"}}<nav class="crumbs" aria-label="当前位置">
<ol><li><a href="/admin/">编辑后台</a></li><li aria-current="page">{{#NEW}}新建文章{{/NEW}}{{#EXISTING}}{{SLUG}}{{/EXISTING}}</li></ol>
</nav>
<h1>{{#NEW}}新建文章{{/NEW}}{{#EXISTING}}编辑文章{{/EXISTING}}</h1>
{{#EXISTING}}<p><a href="/a/{{SLUG}}">查看公开页面</a> · <a href="/admin/h/{{SLUG}}">修改历史</a></p>
{{/EXISTING}}{{#SAVED}}<p class="ok" role="status">已保存为第 {{REVISION}} 版，读者马上就能看到。</p>
{{/SAVED}}{{#NOTICE}}<div class="alert" role="alert"><p>{{MESSAGE}}</p></div>
{{/NOTICE}}{{#CONFLICT}}<div class="alert" role="alert">
<p>在你编辑期间，别人保存了第 {{THEIR_REVISION}} 版（你是从第 {{YOUR_BASE}} 版开始改的）。你的修改没有保存，还在下面的表单里。请对照对方的版本，合并后再保存；直接保存会以你的文本作为新的版本（对方的版本仍保留在历史里）。</p>
</div>
<section class="conflict" aria-labelledby="their-h">
<h2 id="their-h">对方保存的版本（第 {{THEIR_REVISION}} 版）</h2>
<p>标题：{{THEIR_TITLE}}</p>
<label for="their-sources">法律依据</label>
<textarea id="their-sources" rows="4" readonly>{{THEIR_SOURCES:pre_escape}}</textarea>
<label for="their-md">正文</label>
<textarea id="their-md" rows="14" readonly>{{THEIR_MD:pre_escape}}</textarea>
</section>
{{/CONFLICT}}{{#ERRORS}}<div class="alert" role="alert" id="errors">
<p>有几处需要修改：</p>
<ul>
{{#ERROR_ITEM}}<li><a href="#f-{{FIELD}}">{{MESSAGE}}</a></li>
{{/ERROR_ITEM}}</ul>
</div>
{{/ERRORS}}<div class="workbench{{#PREVIEW}} has-preview{{/PREVIEW}}">
<form class="edit" action="{{#NEW}}/admin/new{{/NEW}}{{#EXISTING}}/admin/a/{{SLUG}}{{/EXISTING}}" method="post" novalidate>
{{#PREVIEW}}<p class="to-preview"><a href="#preview-h">跳到预览</a></p>
{{/PREVIEW}}<input type="hidden" name="csrf" value="{{CSRF}}">
<input type="hidden" name="base" value="{{BASE}}">
{{#NEW}}<div class="field">
<label for="f-SLUG">地址（/a/ 后面的部分）</label>
<input id="f-SLUG" name="slug" type="text" value="{{SLUG}}" aria-describedby="h-SLUG{{#SLUG_ERROR}} e-SLUG{{/SLUG_ERROR}}"{{#SLUG_ERROR}} aria-invalid="true"{{/SLUG_ERROR}}>
<p class="hint" id="h-SLUG">小写字母、数字和连字符，例如 credit-report-dispute。保存后不能修改。</p>
{{#SLUG_ERROR}}<p class="error" id="e-SLUG">{{MESSAGE}}</p>
{{/SLUG_ERROR}}</div>
{{/NEW}}<div class="field">
<label for="f-TITLE">标题（读者的问题）</label>
<input id="f-TITLE" name="title" type="text" value="{{TITLE_VALUE}}"{{#TITLE_ERROR}} aria-invalid="true" aria-describedby="e-TITLE"{{/TITLE_ERROR}}>
{{#TITLE_ERROR}}<p class="error" id="e-TITLE">{{MESSAGE}}</p>
{{/TITLE_ERROR}}</div>
<div class="field">
<label for="f-CATEGORY">话题</label>
<select id="f-CATEGORY" name="category"{{#CATEGORY_ERROR}} aria-invalid="true" aria-describedby="e-CATEGORY"{{/CATEGORY_ERROR}}>
<option value="">请选择</option>
{{#TOPIC_OPTION}}<option value="{{SLUG}}"{{#SELECTED}} selected{{/SELECTED}}>{{TITLE}}</option>
{{/TOPIC_OPTION}}</select>
{{#CATEGORY_ERROR}}<p class="error" id="e-CATEGORY">{{MESSAGE}}</p>
{{/CATEGORY_ERROR}}</div>
<div class="field">
<label for="f-SUMMARY">简短回答（两句话）</label>
<textarea id="f-SUMMARY" name="summary" rows="3"{{#SUMMARY_ERROR}} aria-invalid="true" aria-describedby="e-SUMMARY"{{/SUMMARY_ERROR}}>{{SUMMARY_VALUE}}</textarea>
{{#SUMMARY_ERROR}}<p class="error" id="e-SUMMARY">{{MESSAGE}}</p>
{{/SUMMARY_ERROR}}</div>
<div class="field">
<label for="f-KEYWORDS">关键词（用“, ”分隔）</label>
<input id="f-KEYWORDS" name="keywords" type="text" value="{{KEYWORDS_VALUE}}"{{#KEYWORDS_ERROR}} aria-invalid="true" aria-describedby="e-KEYWORDS"{{/KEYWORDS_ERROR}}>
{{#KEYWORDS_ERROR}}<p class="error" id="e-KEYWORDS">{{MESSAGE}}</p>
{{/KEYWORDS_ERROR}}</div>
<div class="field">
<label for="f-STATUS">状态</label>
<select id="f-STATUS" name="status">
<option value="draft"{{#DRAFT_SELECTED}} selected{{/DRAFT_SELECTED}}>草稿（读者看不到）</option>
<option value="published"{{#PUBLISHED_SELECTED}} selected{{/PUBLISHED_SELECTED}}>已发布</option>
</select>
{{#STATUS_ERROR}}<p class="error" id="e-STATUS">{{MESSAGE}}</p>
{{/STATUS_ERROR}}</div>
<div class="field">
<label for="f-REVIEWED">核实日期（对照依据检查过的日期）</label>
<input id="f-REVIEWED" name="reviewed" type="date" value="{{REVIEWED_VALUE}}"{{#REVIEWED_ERROR}} aria-invalid="true" aria-describedby="e-REVIEWED"{{/REVIEWED_ERROR}}>
{{#REVIEWED_ERROR}}<p class="error" id="e-REVIEWED">{{MESSAGE}}</p>
{{/REVIEWED_ERROR}}</div>
<div class="field check">
<input id="f-URGENT" name="urgent" type="checkbox" value="yes"{{#URGENT_CHECKED}} checked{{/URGENT_CHECKED}}>
<label for="f-URGENT">页面顶部显示安全提示（110、12356）：讲威胁、人身危险或撑不下去的文章用</label>
</div>
<div class="field">
<label for="f-SOURCES">法律依据（每行一条：名称、条号、年份）</label>
<textarea id="f-SOURCES" name="sources" rows="5"{{#SOURCES_ERROR}} aria-invalid="true" aria-describedby="e-SOURCES"{{/SOURCES_ERROR}}>{{SOURCES_VALUE:pre_escape}}</textarea>
{{#SOURCES_ERROR}}<p class="error" id="e-SOURCES">{{MESSAGE}}</p>
{{/SOURCES_ERROR}}</div>
<div class="field">
<label for="f-MD">正文（Markdown）</label>
<textarea id="f-MD" name="md" rows="24"{{#MD_ERROR}} aria-invalid="true" aria-describedby="e-MD"{{/MD_ERROR}}>{{MD_VALUE:pre_escape}}</textarea>
{{#MD_ERROR}}<p class="error" id="e-MD">{{MESSAGE}}</p>
{{/MD_ERROR}}</div>
<p class="savebar"><button type="submit" name="action" value="preview">预览</button> <button type="submit" name="action" value="save">保存</button></p>
</form>
{{#PREVIEW}}<section class="preview" aria-labelledby="preview-h" tabindex="0">
<h2 id="preview-h">预览（尚未保存）</h2>
<div class="preview-frame"><p class="frame-bar">读者将看到的页面：/a/{{SLUG}}</p>
<div class="frame-page">{{>ARTICLE}}</div></div>
</section>
{{/PREVIEW}}</div>
