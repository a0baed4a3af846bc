{{%AUTOESCAPE context="HTML"}}<nav class="crumbs" aria-label="当前位置">
<ol><li><a href="/">首页</a></li><li aria-current="page">提问</li></ol>
</nav>
<h1>向编辑提问</h1>
<p class="lead">文章没有讲到你的情况？把问题写下来。编辑会回答，回答显示在提交后打开的专属页面上。</p>
<p class="warn"><strong>请不要填写身份证号、手机号、银行卡号等个人信息。</strong>万一写了，保存前会自动打码。</p>
{{#NOTICE}}<div class="alert" role="alert"><p>{{MESSAGE}}</p></div>
{{/NOTICE}}{{#TOO_MANY}}<div class="alert" role="alert"><p>提交太频繁了。为防止滥用，每个网络每小时最多提交 5 个问题。请在约 {{RETRY_MINUTES}} 分钟后再提交，你填写的内容还在下面。</p></div>
{{/TOO_MANY}}{{#ERRORS}}<div class="alert" role="alert" id="errors">
<p>有几处需要修改：</p>
<ul>
{{#ERROR_ITEM}}<li><a href="#f-{{FIELD}}">{{MESSAGE}}</a></li>
{{/ERROR_ITEM}}</ul>
</div>
{{/ERRORS}}<form class="ask" action="/ask" method="post" novalidate>
<input type="hidden" name="csrf" value="{{CSRF}}">
<div class="field">
<label for="f-TOPIC">问题类别</label>
<select id="f-TOPIC" name="topic" aria-describedby="h-TOPIC{{#TOPIC_ERROR}} e-TOPIC{{/TOPIC_ERROR}}"{{#TOPIC_ERROR}} aria-invalid="true"{{/TOPIC_ERROR}}>
<option value="">请选择</option>
{{#TOPIC_OPTION}}<option value="{{SLUG}}"{{#SELECTED}} selected{{/SELECTED}}>{{TITLE}}</option>
{{/TOPIC_OPTION}}</select>
<p class="hint" id="h-TOPIC">选和你的问题最接近的一项。</p>
{{#TOPIC_ERROR}}<p class="error" id="e-TOPIC">{{MESSAGE}}</p>
{{/TOPIC_ERROR}}</div>
<div class="field">
<label for="f-TITLE">标题</label>
<input id="f-TITLE" name="title" type="text" maxlength="60" value="{{TITLE_VALUE}}" aria-describedby="h-TITLE{{#TITLE_ERROR}} e-TITLE{{/TITLE_ERROR}}"{{#TITLE_ERROR}} aria-invalid="true"{{/TITLE_ERROR}}>
<p class="hint" id="h-TITLE">一句话概括，4 到 60 个字，例如“协商分期后催收还打给我妈妈”。</p>
{{#TITLE_ERROR}}<p class="error" id="e-TITLE">{{MESSAGE}}</p>
{{/TITLE_ERROR}}</div>
<div class="field">
<label for="f-BODY">问题描述</label>
<textarea id="f-BODY" name="body" rows="10" aria-describedby="h-BODY{{#BODY_ERROR}} e-BODY{{/BODY_ERROR}}"{{#BODY_ERROR}} aria-invalid="true"{{/BODY_ERROR}}>{{BODY_VALUE:pre_escape}}</textarea>
<p class="hint" id="h-BODY">10 到 3000 个字。写清楚借款平台、逾期多久、发生了什么、你想知道什么。不要写姓名和号码。</p>
{{#BODY_ERROR}}<p class="error" id="e-BODY">{{MESSAGE}}</p>
{{/BODY_ERROR}}</div>
<div class="field hp{{#WEBSITE_SHOWN}} hp-shown{{/WEBSITE_SHOWN}}">
<label for="f-WEBSITE">网址（请留空）</label>
<input id="f-WEBSITE" name="website" type="text" tabindex="-1" autocomplete="off">
{{#WEBSITE_ERROR}}<p class="error" id="e-WEBSITE">{{MESSAGE}}</p>
{{/WEBSITE_ERROR}}</div>
<div class="field check">
<input id="f-CONSENT" name="consent" type="checkbox" value="yes"{{#CONSENT_CHECKED}} checked{{/CONSENT_CHECKED}} aria-describedby="h-CONSENT{{#CONSENT_ERROR}} e-CONSENT{{/CONSENT_ERROR}}"{{#CONSENT_ERROR}} aria-invalid="true"{{/CONSENT_ERROR}}>
<label for="f-CONSENT">我同意：编辑可以在去掉个人信息后，把问题和回答公开给其他读者看。</label>
<p class="hint" id="h-CONSENT">公开与否由编辑决定；不公开时，回答只显示在你的专属页面上。</p>
{{#CONSENT_ERROR}}<p class="error" id="e-CONSENT">{{MESSAGE}}</p>
{{/CONSENT_ERROR}}</div>
<p><button type="submit">提交问题</button></p>
</form>
<p class="hint">我们只保存问题本身、提交时间，以及用于防止滥用的网络地址加密摘要（不保存地址本身）。</p>
