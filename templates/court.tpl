{{%AUTOESCAPE context="HTML"}}<nav class="crumbs" aria-label="当前位置">
<ol><li><a href="/">首页</a></li><li>工具</li><li aria-current="page">法院文书期限</li></ol>
</nav>
<div class="tool-intro">
<h1>法院文书期限</h1>
<p class="lead">收到起诉状、传票、支付令、判决书、仲裁或执行的文书，期限往往只有15天甚至10天。选你收到的文书，填收到的日子，这里算出每个期限的最后一天：最稳妥的一天（不顺延），和遇节假日、休息日顺延后的法定最后一天。</p>
<p class="hint">计算在服务器上完成，本站不保存你填写的内容。页面地址里只有文书种类和日期，在公用电脑上用完请关闭页面。</p>
</div>
{{#ERRORS}}<div class="alert" role="alert" id="errors">
<p>有几处需要修改：</p>
<ul>
{{#ERROR_ITEM}}<li><a href="#f-{{FIELD}}">{{MESSAGE}}</a></li>
{{/ERROR_ITEM}}</ul>
</div>
{{/ERRORS}}{{#RESULT}}<section class="tool-result deadline-result" aria-labelledby="result-h">
<h2 id="result-h">{{PAPER}}：<time datetime="{{RECEIVED_ISO}}">{{RECEIVED}}</time>收到</h2>
{{#UNCOVERED}}<p class="tool-warning" role="note">{{TEXT}}</p>
{{/UNCOVERED}}<ol class="deadline-list">
{{#ITEM}}<li>
<h3>{{TITLE}}{{#PERIOD}}（{{TEXT}}）{{/PERIOD}}</h3>
{{#DATED}}<dl class="tool-dates">
<dt>最稳妥（不顺延）</dt><dd><strong><time datetime="{{SAFE_ISO}}">{{SAFE}}</time></strong>之前办好</dd>
{{#MOVED}}<dt>遇节假日、休息日顺延后的最后一天</dt><dd><strong><time datetime="{{LEGAL_ISO}}">{{LEGAL}}</time></strong></dd>
{{/MOVED}}</dl>
<p class="deadline-status">{{#PASSED}}<strong>这个期限已经过了。</strong>{{/PASSED}}{{#TODAY}}<strong>今天就是最后一天。</strong>{{/TODAY}}{{#LEFT}}距最后一天还有 {{DAYS}} 天。{{/LEFT}}</p>
{{/DATED}}{{#NODATE}}<p class="deadline-status">{{TEXT}}</p>
{{/NODATE}}<p>{{HOW}}</p>
<p><strong>错过了会怎样：</strong>{{MISSED}}</p>
<p class="step-rule">依据：{{CITE}}</p>
</li>
{{/ITEM}}</ol>
<h3>要准备什么</h3>
<ul>
{{#PREPARE}}<li>{{TEXT}}</li>
{{/PREPARE}}</ul>
<h3>日期怎么算，文书是不是真的</h3>
<ul>
{{#NOTE}}<li>{{TEXT}}</li>
{{/NOTE}}</ul>
<p class="tool-files no-print">带走这些日期：<a href="{{ICS}}" download>加入日历（.ics，前一天提醒）</a> · <a href="{{TXT}}" download>下载为文本文件（.txt）</a> · 也可以用浏览器的“打印”。</p>
</section>
{{/RESULT}}<form class="tool-form" action="/tools/court" method="get" novalidate>
<fieldset id="f-PAPER"{{#PAPER_ERROR}} aria-describedby="e-PAPER"{{/PAPER_ERROR}}>
<legend>1. 你收到的是什么（必填）</legend>
{{#PAPER_ERROR}}<p class="error" id="e-PAPER">{{MESSAGE}}</p>
{{/PAPER_ERROR}}{{#PAPER_OPTION}}<div class="field check">
<input id="f-paper-{{SLUG}}" name="paper" type="radio" value="{{SLUG}}"{{#CHECKED}} checked{{/CHECKED}} aria-describedby="h-paper-{{SLUG}}">
<label for="f-paper-{{SLUG}}">{{LABEL}}</label>
<p class="hint" id="h-paper-{{SLUG}}">{{HINT}}</p>
</div>
{{/PAPER_OPTION}}</fieldset>
<fieldset>
<legend>2. 日期</legend>
<div class="field">
<label for="f-RECEIVED">收到文书的日期（必填）</label>
<input id="f-RECEIVED" name="received" type="{{RECEIVED_TYPE}}" value="{{RECEIVED_VALUE}}"{{#RECEIVED_ASTEXT}} inputmode="numeric"{{/RECEIVED_ASTEXT}} aria-describedby="h-RECEIVED{{#RECEIVED_ERROR}} e-RECEIVED{{/RECEIVED_ERROR}}"{{#RECEIVED_ERROR}} aria-invalid="true"{{/RECEIVED_ERROR}}>
<p class="hint" id="h-RECEIVED">签收纸质文书的日子；短信、邮件送达的，是它到达你手机或邮箱的日子。{{#RECEIVED_ASTEXT}}请按 年-月-日 填写，例如 2026-09-16。{{/RECEIVED_ASTEXT}}</p>
{{#RECEIVED_ERROR}}<p class="error" id="e-RECEIVED">{{MESSAGE}}</p>
{{/RECEIVED_ERROR}}</div>
<div class="field">
<label for="f-HEARING">开庭日期</label>
<input id="f-HEARING" name="hearing" type="{{HEARING_TYPE}}" value="{{HEARING_VALUE}}"{{#HEARING_ASTEXT}} inputmode="numeric"{{/HEARING_ASTEXT}} aria-describedby="h-HEARING{{#HEARING_ERROR}} e-HEARING{{/HEARING_ERROR}}"{{#HEARING_ERROR}} aria-invalid="true"{{/HEARING_ERROR}}>
<p class="hint" id="h-HEARING">选填，传票或仲裁通知上写的开庭日期。{{#HEARING_ASTEXT}}请按 年-月-日 填写，例如 2026-10-20。{{/HEARING_ASTEXT}}</p>
{{#HEARING_ERROR}}<p class="error" id="e-HEARING">{{MESSAGE}}</p>
{{/HEARING_ERROR}}</div>
<div class="field">
<label for="f-SUIT">收到起诉状的日期</label>
<input id="f-SUIT" name="suit" type="{{SUIT_TYPE}}" value="{{SUIT_VALUE}}"{{#SUIT_ASTEXT}} inputmode="numeric"{{/SUIT_ASTEXT}} aria-describedby="h-SUIT{{#SUIT_ERROR}} e-SUIT{{/SUIT_ERROR}}"{{#SUIT_ERROR}} aria-invalid="true"{{/SUIT_ERROR}}>
<p class="hint" id="h-SUIT">选填，收到判决书、裁定书的，可以填当初收到起诉状的日子，用来核对日期。{{#SUIT_ASTEXT}}请按 年-月-日 填写，例如 2026-06-01。{{/SUIT_ASTEXT}}</p>
{{#SUIT_ERROR}}<p class="error" id="e-SUIT">{{MESSAGE}}</p>
{{/SUIT_ERROR}}</div>
</fieldset>
<p><button type="submit">算出期限</button></p>
</form>
<section class="tool-links">
<h2>相关文章</h2>
<ul>
<li><a href="/a/court-deadline-counting">法院文书上的期限怎么算？第一天算不算，最后一天遇到周末、节假日怎么办？</a></li>
<li><a href="/a/court-summons-respond">收到法院的起诉状、传票了，怎么应诉？不去会怎样？</a></li>
<li><a href="/a/payment-order-objection">收到法院的支付令怎么办？多少天内要提异议？</a></li>
<li><a href="/a/appeal-judgment-deadline">判决书下来了不服，能上诉吗？上诉期是多久？</a></li>
<li><a href="/a/default-judgment-what-next">没去开庭，被法院缺席判决了，还能怎么办？</a></li>
<li><a href="/a/enforcement-notice-what-to-do">收到法院的执行通知书、报告财产令，该怎么办？</a></li>
<li><a href="/a/verify-court-sms-case">法院打来的电话、发来的短信是真的吗？怎么查自己有没有案子？</a></li>
</ul>
<p>要给贷款机构写信，可以用<a href="/tools/letter">文书生成</a>。</p>
</section>
