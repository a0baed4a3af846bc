{{%AUTOESCAPE context="HTML"}}<nav class="crumbs" aria-label="当前位置">
<ol><li><a href="/admin/">编辑后台</a></li><li><a href="/admin/questions">读者提问</a></li><li aria-current="page">第 {{ID}} 号</li></ol>
</nav>
<h1>{{TITLE}}</h1>
<p>类别：{{CATEGORY_TITLE}} · 状态：{{STATUS}} · <a href="/ask/{{TICKET}}">读者看到的页面</a></p>
<section class="question" aria-labelledby="q-h">
<h2 id="q-h">读者的问题（已打码）</h2>
{{#PARA}}<p>{{TEXT}}</p>
{{/PARA}}</section>
<section class="claim" aria-labelledby="claim-h">
<h2 id="claim-h">谁在回答</h2>
{{#CLAIM_MINE}}<p>你从 {{SINCE}}（北京时间）起在回答这个问题；别的编辑看得到。认领 {{MINUTES}} 分钟后失效，保存回答时结束。</p>
{{/CLAIM_MINE}}{{#CLAIM_OTHER}}<p><strong>{{EDITOR}} 从 {{SINCE}}（北京时间）起正在回答这个问题。</strong>为免重复，请先处理别的问题；认领 {{MINUTES}} 分钟后失效。</p>
{{/CLAIM_OTHER}}{{#CLAIM_FREE}}<p>还没有人认领。回答前请先认领，别的编辑就知道你在处理。</p>
<form action="/admin/q/{{ID}}" method="post"><input type="hidden" name="csrf" value="{{CSRF}}"><button type="submit" name="action" value="claim">认领这个问题</button></form>
{{/CLAIM_FREE}}</section>
{{#NOTICE}}<div class="alert" role="alert"><p>{{MESSAGE}}</p></div>
{{/NOTICE}}{{#PREVIEW}}<section class="preview" aria-labelledby="pv-h">
<h2 id="pv-h">回答预览（尚未保存）</h2>
<div class="prose">{{BODY:x-cmark}}</div>
</section>
{{/PREVIEW}}<form class="inline" action="/admin/q/{{ID}}" method="get" role="search">
<label for="f-find">找一篇文章放进回答（输入标题里的词）</label>
<input id="f-find" name="q" type="search" maxlength="100" value="{{Q_VALUE}}">
<button type="submit">查找文章</button>
</form>
{{#FOUND}}<section aria-labelledby="found-h">
<h2 id="found-h">找到的文章（把链接复制到回答里）</h2>
{{#NONE}}<p>没有找到，换个词试试。</p>
{{/NONE}}<ul>
{{#ITEM}}<li>{{TITLE}}：<code>[{{TITLE}}](/a/{{SLUG}})</code> <a href="/a/{{SLUG}}">打开</a></li>
{{/ITEM}}</ul>
</section>
{{/FOUND}}<form class="edit" action="/admin/q/{{ID}}" method="post" novalidate>
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
<p class="savebar"><button type="submit" name="action" value="preview">预览</button> <button type="submit" name="action" value="save">保存</button></p>
</form>
