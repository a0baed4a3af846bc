{{%AUTOESCAPE context="HTML"}}<nav class="crumbs" aria-label="当前位置">
<ol><li><a href="/">首页</a></li><li>工具</li><li aria-current="page">投诉进度</li></ol>
</nav>
<div class="tool-intro">
<h1>投诉进度</h1>
<p class="lead">投诉以后石沉大海？填你向哪里投诉、对方哪天收到，这里列出有规定的答复期限、每一个是否已经过了，过了以后该找谁、用哪封信。没有本站知道的规定的渠道，也会说明。</p>
<p class="hint">本站不保存你填写的任何内容；工单号不会出现在网址里。</p>
</div>
{{#NOTICE}}<div class="alert" role="alert"><p>{{MESSAGE}}</p></div>
{{/NOTICE}}{{#ERRORS}}<div class="alert" role="alert" id="errors">
<p>有几处需要修改：</p>
<ul>
{{#ERROR_ITEM}}<li><a href="#f-{{FIELD}}">{{MESSAGE}}</a></li>
{{/ERROR_ITEM}}</ul>
</div>
{{/ERRORS}}{{#RESULT}}<section class="tool-result deadline-result" aria-labelledby="result-h">
<h2 id="result-h">{{CHANNEL}}：<time datetime="{{FILED_ISO}}">{{FILED}}</time>对方收到</h2>
{{#TICKET}}<p>工单号：{{VALUE}}</p>
{{/TICKET}}{{#UNCOVERED}}<p class="tool-warning" role="note">{{TEXT}}</p>
{{/UNCOVERED}}<ol class="deadline-list">
{{#ITEM}}<li>
<h3>{{TITLE}}{{#PERIOD}}（{{TEXT}}）{{/PERIOD}}</h3>
{{#DATED}}<dl class="tool-dates">
<dt>最早（不顺延）</dt><dd><strong><time datetime="{{SAFE_ISO}}">{{SAFE}}</time></strong></dd>
{{#MOVED}}<dt>遇节假日、休息日顺延后的最后一天</dt><dd><strong><time datetime="{{LEGAL_ISO}}">{{LEGAL}}</time></strong></dd>
{{/MOVED}}</dl>
<p class="deadline-status">{{#PASSED}}<strong>这个期限已经过了。</strong>{{/PASSED}}{{#TODAY}}<strong>今天是最后一天。</strong>{{/TODAY}}{{#LEFT}}还有 {{DAYS}} 天。{{/LEFT}}</p>
{{/DATED}}{{#NODATE}}<p class="deadline-status">{{TEXT}}</p>
{{/NODATE}}<p>{{HOW}}</p>
<p><strong>过了以后：</strong>{{MISSED}}</p>
<p class="step-rule">依据：{{CITE}}</p>
</li>
{{/ITEM}}</ol>
{{#NEXT}}<h3>下一步</h3>
{{#LINE}}<p>{{TEXT}}</p>
{{/LINE}}{{#LETTER}}<p><a href="/tools/letter?type={{TYPE}}">写这封信</a></p>
{{/LETTER}}{{/NEXT}}{{#LATER}}<h3>期限过了以后</h3>
{{#LINE}}<p>{{TEXT}}</p>
{{/LINE}}{{/LATER}}<h3>日期怎么算</h3>
<ul>
{{#NOTE}}<li>{{TEXT}}</li>
{{/NOTE}}</ul>
<form class="tool-files no-print" action="/tools/complaint" method="post">
<input type="hidden" name="csrf" value="{{CSRF}}">
<input type="hidden" name="channel" value="{{CHANNEL_SLUG}}">
<input type="hidden" name="filed" value="{{FILED_ISO}}">
{{#TICKET}}<input type="hidden" name="ticket" value="{{VALUE}}">
{{/TICKET}}<p class="buttons">带走这些日期：<button type="submit" name="format" value="ics">加入日历（.ics，前一天提醒）</button> <button type="submit" name="format" value="txt">下载为文本文件（.txt）</button></p>
</form>
</section>
{{/RESULT}}<form class="tool-form" action="/tools/complaint" method="post" novalidate>
<input type="hidden" name="csrf" value="{{CSRF}}">
<fieldset id="f-CHANNEL"{{#CHANNEL_ERROR}} aria-describedby="e-CHANNEL"{{/CHANNEL_ERROR}}>
<legend>1. 你向哪里投诉（必填）</legend>
{{#CHANNEL_ERROR}}<p class="error" id="e-CHANNEL">{{MESSAGE}}</p>
{{/CHANNEL_ERROR}}{{#CHANNEL_OPTION}}<div class="field check">
<input id="f-channel-{{SLUG}}" name="channel" type="radio" value="{{SLUG}}"{{#CHECKED}} checked{{/CHECKED}} aria-describedby="h-channel-{{SLUG}}">
<label for="f-channel-{{SLUG}}">{{LABEL}}</label>
<p class="hint" id="h-channel-{{SLUG}}">{{HINT}}</p>
</div>
{{/CHANNEL_OPTION}}</fieldset>
<fieldset>
<legend>2. 日期和工单号</legend>
<div class="field">
<label for="f-FILED">对方收到投诉的日期（必填）</label>
<input id="f-FILED" name="filed" type="{{FILED_TYPE}}" value="{{FILED_VALUE}}"{{#FILED_ASTEXT}} inputmode="numeric"{{/FILED_ASTEXT}} aria-describedby="h-FILED{{#FILED_ERROR}} e-FILED{{/FILED_ERROR}}"{{#FILED_ERROR}} aria-invalid="true"{{/FILED_ERROR}}>
<p class="hint" id="h-FILED">电话、App或网上投诉的，就是投诉那天；邮寄的，是对方签收那天。{{#FILED_ASTEXT}}请按 年-月-日 填写，例如 2026-11-02。{{/FILED_ASTEXT}}</p>
{{#FILED_ERROR}}<p class="error" id="e-FILED">{{MESSAGE}}</p>
{{/FILED_ERROR}}</div>
<div class="field">
<label for="f-TICKET">投诉工单号</label>
<input id="f-TICKET" name="ticket" type="text" maxlength="40" value="{{TICKET_VALUE}}" aria-describedby="h-TICKET{{#TICKET_ERROR}} e-TICKET{{/TICKET_ERROR}}"{{#TICKET_ERROR}} aria-invalid="true"{{/TICKET_ERROR}}>
<p class="hint" id="h-TICKET">选填。写进下载的文件，方便你追问时报给对方。</p>
{{#TICKET_ERROR}}<p class="error" id="e-TICKET">{{MESSAGE}}</p>
{{/TICKET_ERROR}}</div>
</fieldset>
<p><button type="submit">查看答复期限</button></p>
</form>
<section class="tool-links">
<h2>相关文章</h2>
<ul>
<li><a href="/a/complain-lender-first">先投诉平台还是先找监管？平台多久必须答复？</a></li>
<li><a href="/a/complaint-no-response">投诉后平台不处理、不答复，下一步怎么办？</a></li>
<li><a href="/a/which-channel">被暴力催收该找谁？12378、12363、12315有什么区别？</a></li>
<li><a href="/a/credit-report-dispute">征信报告里的逾期记录有错，怎么提异议？多久答复？</a></li>
</ul>
<p>要写投诉信或征信异议申请，可以用<a href="/tools/letter">文书生成</a>。</p>
</section>
