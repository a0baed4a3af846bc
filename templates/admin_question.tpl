{{%AUTOESCAPE context="HTML"}}<nav class="crumbs" aria-label="当前位置">
<ol><li><a href="/admin/">编辑后台</a></li><li><a href="/admin/questions">读者提问</a></li><li aria-current="page">第 {{ID}} 号</li></ol>
</nav>
<h1>{{TITLE}}</h1>
<p>类别：{{CATEGORY_TITLE}} · 状态：{{STATUS}} · <a href="/ask/{{TICKET}}">读者看到的页面</a></p>
<section class="question" aria-labelledby="q-h">
<h2 id="q-h">读者的问题（已打码）</h2>
{{#PARA}}<p>{{TEXT}}</p>
{{/PARA}}</section>
{{#NOTICE}}<div class="alert" role="alert"><p>{{MESSAGE}}</p></div>
{{/NOTICE}}{{#PREVIEW}}<section class="preview" aria-labelledby="pv-h">
<h2 id="pv-h">回答预览（尚未保存）</h2>
<div class="prose">{{BODY:x-cmark}}</div>
</section>
{{/PREVIEW}}<form class="edit" action="/admin/q/{{ID}}" method="post" novalidate>
<input type="hidden" name="csrf" value="{{CSRF}}">
<div class="field">
<label for="f-ANSWER">回答（Markdown）</label>
<textarea id="f-ANSWER" name="answer" rows="14">{{ANSWER_VALUE:pre_escape}}</textarea>
</div>
<div class="field">
<label for="f-DECISION">处理方式</label>
<select id="f-DECISION" name="decision">
<option value="publish"{{#PUBLISH_SELECTED}} selected{{/PUBLISH_SELECTED}}>回答并公开（去掉个人信息后）</option>
<option value="private"{{#PRIVATE_SELECTED}} selected{{/PRIVATE_SELECTED}}>回答，只在提问页面显示</option>
<option value="reject"{{#REJECT_SELECTED}} selected{{/REJECT_SELECTED}}>不回答（写明原因）</option>
</select>
</div>
<div class="field">
<label for="f-REASON">不回答的原因（读者会看到）</label>
<input id="f-REASON" name="reason" type="text" value="{{REASON_VALUE}}">
</div>
<p><button type="submit" name="action" value="preview">预览</button> <button type="submit" name="action" value="save">保存</button></p>
</form>
