{{%AUTOESCAPE context="HTML"}}<nav class="crumbs" aria-label="当前位置">
<ol><li><a href="/">首页</a></li><li>工具</li><li aria-current="page">时间线计算</li></ol>
</nav>
<h1>诉讼时效和征信记录时间线</h1>
<p class="lead">填几个日期，这里按法律条文一步步算出：诉讼时效从哪天起算，后来被什么中断、重新计算，如果不再发生别的事会在哪天届满；已经还清的，不良记录应在哪天删除。每一步都写明依据。</p>
<p class="hint">计算在服务器上完成，本站不保存你填写的日期。日期会出现在页面地址里，在公用电脑上用完请关闭页面。</p>
{{#ERRORS}}<div class="alert" role="alert" id="errors">
<p>有几处需要修改：</p>
<ul>
{{#ERROR_ITEM}}<li><a href="#f-{{FIELD}}">{{MESSAGE}}</a></li>
{{/ERROR_ITEM}}</ul>
</div>
{{/ERRORS}}{{#RESULT}}<section class="tool-result" aria-labelledby="result-h">
<h2 id="result-h">计算结果</h2>
{{#UNCOVERED}}<p class="tool-warning" role="note">{{TEXT}}</p>
{{/UNCOVERED}}<div class="tool-summary">
{{#SUMMARY_END}}<p>{{TEXT}}</p>
<dl class="tool-dates">
<dt>最稳妥（不顺延）</dt><dd><strong><time datetime="{{SAFE_ISO}}">{{SAFE}}</time></strong></dd>
{{#MOVED}}<dt>遇节假日、休息日顺延后的最后一天</dt><dd><strong><time datetime="{{LEGAL_ISO}}">{{LEGAL}}</time></strong></dd>
{{/MOVED}}</dl>
<p>{{#EXPIRED}}{{TEXT}}{{/EXPIRED}}{{#LEFT}}距今天还有 {{DAYS}} 天。{{/LEFT}}</p>
{{/SUMMARY_END}}{{#SUMMARY_WAIVED}}<p>{{TEXT}}</p>
{{/SUMMARY_WAIVED}}{{#SUMMARY_CREDIT}}<p>{{TEXT}}</p>
<dl class="tool-dates">
<dt>按本站的理解</dt><dd><strong><time datetime="{{SAFE_ISO}}">{{SAFE}}</time></strong></dd>
{{#MOVED}}<dt>遇节假日、休息日顺延后</dt><dd><strong><time datetime="{{LEGAL_ISO}}">{{LEGAL}}</time></strong></dd>
{{/MOVED}}</dl>
{{#PASSED}}<p>{{TEXT}}</p>
{{/PASSED}}{{/SUMMARY_CREDIT}}</div>
<h3>一步一步</h3>
<ol class="tool-steps">
{{#STEP}}<li>
<p class="step-head"><time datetime="{{DATE_ISO}}">{{DATE}}</time> <strong>{{TITLE}}</strong>{{#READING}} <span class="tag">本站的理解</span>{{/READING}}</p>
{{#PARA}}<p>{{TEXT}}</p>
{{/PARA}}<p class="step-rule">依据：{{RULE}}</p>
</li>
{{/STEP}}</ol>
<h3>这个结果不代表什么</h3>
<ul>
{{#NOTE}}<li>{{TEXT}}</li>
{{/NOTE}}</ul>
</section>
{{/RESULT}}<form class="tool-form" action="/tools/timeline" method="get" novalidate>
<p class="hint">点日期框选择日期。只填你知道的，不确定的留空。</p>
{{#FIELD}}<div class="field">
<label for="f-{{KEY}}">{{LABEL}}{{#REQUIRED}}（必填）{{/REQUIRED}}</label>
<input id="f-{{KEY}}" name="{{NAME}}" type="{{TYPE}}" value="{{VALUE}}"{{#ASTEXT}} inputmode="numeric"{{/ASTEXT}} aria-describedby="h-{{KEY}}{{#ERROR}} e-{{KEY}}{{/ERROR}}"{{#ERROR}} aria-invalid="true"{{/ERROR}}>
<p class="hint" id="h-{{KEY}}">{{HINT}}{{#ASTEXT}}请按 年-月-日 填写，例如 2024-03-15。{{/ASTEXT}}</p>
{{#ERROR}}<p class="error" id="e-{{KEY}}">{{MESSAGE}}</p>
{{/ERROR}}</div>
{{/FIELD}}<p><button type="submit">计算</button></p>
</form>
<section class="tool-links">
<h2>相关文章</h2>
<ul>
<li><a href="/a/limitation-period-three-years">欠款超过三年是不是就不用还了？诉讼时效从哪天开始算？</a></li>
<li><a href="/a/instalment-limitation-start">白条分期的诉讼时效按每一期算，还是按最后一期算？</a></li>
<li><a href="/a/collection-calls-restart-limitation">催收一直打电话、发短信，诉讼时效还会过吗？</a></li>
<li><a href="/a/partial-payment-limitation">只还一部分或者只还本金，诉讼时效会重新计算吗？</a></li>
<li><a href="/a/credit-record-removal">逾期还清以后，不良记录多久才能消除？</a></li>
</ul>
<p>要给贷款机构、催收机构或征信中心写信，可以用<a href="/tools/letter">文书生成</a>；收到法院文书的，可以用<a href="/tools/court">法院文书期限</a>算出最后一天。</p>
</section>
