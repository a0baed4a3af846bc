{{%AUTOESCAPE context="HTML"}}<nav class="crumbs" aria-label="当前位置">
<ol><li><a href="/">首页</a></li><li>工具</li><li aria-current="page">文书生成</li></ol>
</nav>
{{#CHOOSE}}<div class="tool-intro">
<h1>文书生成</h1>
<p class="lead">先选一种文书，再填几项事实，这里生成一封写明依据的信。每一种被勾选的催收行为，信里都会写明它违反的规定，并注明是法律还是行业自律规范。</p>
<p class="hint">本站不保存你填写的任何内容：信在服务器上生成后直接显示给你，提交的内容不会出现在网址里。</p>
</div>
{{/CHOOSE}}{{#NOTICE}}<div class="alert" role="alert"><p>{{MESSAGE}}</p></div>
{{/NOTICE}}{{#CHOOSE}}<h2>第一步：选一种文书</h2>
<ul class="letter-choice">
{{#TYPE_OPTION}}<li><a href="/tools/letter?type={{SLUG}}">{{TITLE}}</a><p class="hint">{{HELP}}</p></li>
{{/TYPE_OPTION}}</ul>
{{/CHOOSE}}{{#FORM}}<div class="tool-intro">
<h1>{{TITLE}}</h1>
<p class="lead">{{HELP}}</p>
<p class="hint">本站不保存你填写的任何内容，提交的内容不会出现在网址里。姓名可以不填，打印后手写。不要填身份证号、银行卡号。<a href="/tools/letter">换一种文书</a></p>
</div>
{{#NOTICE}}<div class="alert" role="alert"><p>{{MESSAGE}}</p></div>
{{/NOTICE}}{{#ERRORS}}<div class="alert" role="alert" id="errors">
<p>有几处需要修改：</p>
<ul>
{{#ERROR_ITEM}}<li><a href="#f-{{FIELD}}">{{MESSAGE}}</a></li>
{{/ERROR_ITEM}}</ul>
</div>
{{/ERRORS}}{{#RESULT}}<section class="tool-result letter-result" aria-labelledby="letter-h">
<h2 id="letter-h">你的{{TITLE}}</h2>
<p class="hint no-print">检查一遍，把下划线处填好。可以用浏览器的“打印”直接打印这封信，或者下载后再修改。</p>
<form class="letter-download no-print" action="/tools/letter" method="post">
<input type="hidden" name="csrf" value="{{CSRF}}">
<input type="hidden" name="type" value="{{TYPE}}">
{{#HIDDEN}}<input type="hidden" name="{{NAME}}" value="{{VALUE}}">
{{/HIDDEN}}<p class="buttons"><button type="submit" name="format" value="txt">下载这封信（.txt）</button></p>
</form>
<div class="letter">
{{#LETTER_TITLE}}<p class="letter-title">{{TEXT}}</p>
{{/LETTER_TITLE}}<pre class="letter" id="letter">{{LETTER:pre_escape}}</pre>
</div>
</section>
<section class="letter-guide" aria-labelledby="guide-h">
<h2 id="guide-h">寄出前请读</h2>
{{#GUIDE}}<p>{{TEXT}}</p>
{{/GUIDE}}<p>相关文章：<a href="/a/keep-evidence-log">怎么保存证据、记时间线</a> · <a href="/a/complain-lender-first">先投诉平台还是先找监管</a> · <a href="/channels">投诉渠道一览</a></p>
</section>
<h2 class="no-print">修改后重新生成</h2>
{{/RESULT}}<form class="tool-form letter-form" action="/tools/letter" method="post" novalidate>
<input type="hidden" name="csrf" value="{{CSRF}}">
<input type="hidden" name="type" value="{{TYPE}}">
{{#SHOW_TO}}<fieldset id="f-TO" aria-describedby="h-TO{{#TO_ERROR}} e-TO{{/TO_ERROR}}">
<legend>寄给谁</legend>
<p class="hint" id="h-TO">{{RULE}}不选的话，按文书类型自动选择。</p>
{{#TO_ERROR}}<p class="error" id="e-TO">{{MESSAGE}}</p>
{{/TO_ERROR}}{{#TO_OPTION}}<div class="field check">
<input id="f-to-{{SLUG}}" name="to" type="radio" value="{{SLUG}}"{{#CHECKED}} checked{{/CHECKED}}>
<label for="f-to-{{SLUG}}">{{LABEL}}</label>
</div>
{{/TO_OPTION}}</fieldset>
{{/SHOW_TO}}<fieldset>
<legend>基本事实</legend>
<div class="field">
<label for="f-LENDER">贷款机构（平台）（必填）</label>
<input id="f-LENDER" name="lender" type="text" maxlength="60" value="{{LENDER_VALUE}}" aria-describedby="h-LENDER{{#LENDER_ERROR}} e-LENDER{{/LENDER_ERROR}}"{{#LENDER_ERROR}} aria-invalid="true"{{/LENDER_ERROR}}>
<p class="hint" id="h-LENDER">例如“京东金融”。借款合同里写的放款机构也可以写上，例如某某小额贷款有限公司。</p>
{{#LENDER_ERROR}}<p class="error" id="e-LENDER">{{MESSAGE}}</p>
{{/LENDER_ERROR}}</div>
{{#SHOW_PRODUCT}}<div class="field">
<label for="f-PRODUCT">借款产品</label>
<input id="f-PRODUCT" name="product" type="text" maxlength="40" value="{{PRODUCT_VALUE}}" aria-describedby="h-PRODUCT{{#PRODUCT_ERROR}} e-PRODUCT{{/PRODUCT_ERROR}}"{{#PRODUCT_ERROR}} aria-invalid="true"{{/PRODUCT_ERROR}}>
<p class="hint" id="h-PRODUCT">例如“京东白条”“金条”。</p>
{{#PRODUCT_ERROR}}<p class="error" id="e-PRODUCT">{{MESSAGE}}</p>
{{/PRODUCT_ERROR}}</div>
{{/SHOW_PRODUCT}}{{#SHOW_COLLECTOR}}<div class="field">
<label for="f-COLLECTOR">催收机构名称</label>
<input id="f-COLLECTOR" name="collector" type="text" maxlength="60" value="{{COLLECTOR_VALUE}}" aria-describedby="h-COLLECTOR{{#COLLECTOR_ERROR}} e-COLLECTOR{{/COLLECTOR_ERROR}}"{{#COLLECTOR_ERROR}} aria-invalid="true"{{/COLLECTOR_ERROR}}>
<p class="hint" id="h-COLLECTOR">寄给催收机构时必填；不知道可以留空。</p>
{{#COLLECTOR_ERROR}}<p class="error" id="e-COLLECTOR">{{MESSAGE}}</p>
{{/COLLECTOR_ERROR}}</div>
{{/SHOW_COLLECTOR}}{{#SHOW_ACCOUNT}}<div class="field">
<label for="f-ACCOUNT">借款合同号或账户尾号</label>
<input id="f-ACCOUNT" name="account" type="text" maxlength="40" value="{{ACCOUNT_VALUE}}" aria-describedby="h-ACCOUNT{{#ACCOUNT_ERROR}} e-ACCOUNT{{/ACCOUNT_ERROR}}"{{#ACCOUNT_ERROR}} aria-invalid="true"{{/ACCOUNT_ERROR}}>
<p class="hint" id="h-ACCOUNT">选填。不填的话，信里会留出空白，打印后手写。</p>
{{#ACCOUNT_ERROR}}<p class="error" id="e-ACCOUNT">{{MESSAGE}}</p>
{{/ACCOUNT_ERROR}}</div>
{{/SHOW_ACCOUNT}}{{#SHOW_AMOUNT}}<div class="field">
<label for="f-AMOUNT">欠款金额（元）</label>
<input id="f-AMOUNT" name="amount" type="text" maxlength="16" value="{{AMOUNT_VALUE}}" aria-describedby="h-AMOUNT{{#AMOUNT_ERROR}} e-AMOUNT{{/AMOUNT_ERROR}}{{#AMOUNT_UNDERSTOOD}} u-AMOUNT{{/AMOUNT_UNDERSTOOD}}"{{#AMOUNT_ERROR}} aria-invalid="true"{{/AMOUNT_ERROR}}>
<p class="hint" id="h-AMOUNT">选填。可以写 5000、2万、两万、20,000 或 2,000.50。</p>
{{#AMOUNT_UNDERSTOOD}}<p class="understood" id="u-AMOUNT">信里写作：约 {{YUAN}} 元。</p>
{{/AMOUNT_UNDERSTOOD}}{{#AMOUNT_ERROR}}<p class="error" id="e-AMOUNT">{{MESSAGE}}</p>
{{/AMOUNT_ERROR}}</div>
{{/SHOW_AMOUNT}}{{#SHOW_MONTHLY}}<div class="field">
<label for="f-MONTHLY">每月能还的金额（元）</label>
<input id="f-MONTHLY" name="monthly" type="text" maxlength="16" value="{{MONTHLY_VALUE}}" aria-describedby="h-MONTHLY{{#MONTHLY_ERROR}} e-MONTHLY{{/MONTHLY_ERROR}}{{#MONTHLY_UNDERSTOOD}} u-MONTHLY{{/MONTHLY_UNDERSTOOD}}"{{#MONTHLY_ERROR}} aria-invalid="true"{{/MONTHLY_ERROR}}>
<p class="hint" id="h-MONTHLY">你每月实际能拿出来还款的钱，例如 800 或 1千。</p>
{{#MONTHLY_UNDERSTOOD}}<p class="understood" id="u-MONTHLY">信里写作：{{YUAN}} 元。</p>
{{/MONTHLY_UNDERSTOOD}}{{#MONTHLY_ERROR}}<p class="error" id="e-MONTHLY">{{MESSAGE}}</p>
{{/MONTHLY_ERROR}}</div>
{{/SHOW_MONTHLY}}{{#SHOW_SINCE}}<div class="field">
<label for="f-SINCE">开始逾期的日期</label>
<input id="f-SINCE" name="since" type="{{SINCE_TYPE}}" value="{{SINCE_VALUE}}"{{#SINCE_ASTEXT}} inputmode="numeric"{{/SINCE_ASTEXT}} aria-describedby="h-SINCE{{#SINCE_ERROR}} e-SINCE{{/SINCE_ERROR}}"{{#SINCE_ERROR}} aria-invalid="true"{{/SINCE_ERROR}}>
<p class="hint" id="h-SINCE">选填。{{#SINCE_ASDATE}}点日期框选择年、月、日。{{/SINCE_ASDATE}}{{#SINCE_ASTEXT}}请按 年-月-日 填写，例如 2024-03-15。{{/SINCE_ASTEXT}}</p>
{{#SINCE_ERROR}}<p class="error" id="e-SINCE">{{MESSAGE}}</p>
{{/SINCE_ERROR}}</div>
{{/SHOW_SINCE}}{{#SHOW_LAST}}<div class="field">
<label for="f-LAST">最近一次发生问题的日期</label>
<input id="f-LAST" name="last" type="{{LAST_TYPE}}" value="{{LAST_VALUE}}"{{#LAST_ASTEXT}} inputmode="numeric"{{/LAST_ASTEXT}} aria-describedby="h-LAST{{#LAST_ERROR}} e-LAST{{/LAST_ERROR}}"{{#LAST_ERROR}} aria-invalid="true"{{/LAST_ERROR}}>
<p class="hint" id="h-LAST">选填，例如最近一次催收电话打到家人那里的日期。{{#LAST_ASTEXT}}请按 年-月-日 填写，例如 2024-03-15。{{/LAST_ASTEXT}}</p>
{{#LAST_ERROR}}<p class="error" id="e-LAST">{{MESSAGE}}</p>
{{/LAST_ERROR}}</div>
{{/SHOW_LAST}}{{#SHOW_PAIDOFF}}<div class="field">
<label for="f-PAIDOFF">全部还清的日期</label>
<input id="f-PAIDOFF" name="paidoff" type="{{PAIDOFF_TYPE}}" value="{{PAIDOFF_VALUE}}"{{#PAIDOFF_ASTEXT}} inputmode="numeric"{{/PAIDOFF_ASTEXT}} aria-describedby="h-PAIDOFF{{#PAIDOFF_ERROR}} e-PAIDOFF{{/PAIDOFF_ERROR}}"{{#PAIDOFF_ERROR}} aria-invalid="true"{{/PAIDOFF_ERROR}}>
<p class="hint" id="h-PAIDOFF">选填。已经还清的，填还清的日期。{{#PAIDOFF_ASTEXT}}请按 年-月-日 填写，例如 2024-03-15。{{/PAIDOFF_ASTEXT}}</p>
{{#PAIDOFF_ERROR}}<p class="error" id="e-PAIDOFF">{{MESSAGE}}</p>
{{/PAIDOFF_ERROR}}</div>
{{/SHOW_PAIDOFF}}<div class="field">
<label for="f-SENDER">你的姓名</label>
<input id="f-SENDER" name="sender" type="text" maxlength="20" autocomplete="name" value="{{SENDER_VALUE}}" aria-describedby="h-SENDER{{#SENDER_ERROR}} e-SENDER{{/SENDER_ERROR}}"{{#SENDER_ERROR}} aria-invalid="true"{{/SENDER_ERROR}}>
<p class="hint" id="h-SENDER">选填。不填的话，信里会留出空白，打印后手写。</p>
{{#SENDER_ERROR}}<p class="error" id="e-SENDER">{{MESSAGE}}</p>
{{/SENDER_ERROR}}</div>
</fieldset>
{{#SHOW_BEHAVIOURS}}<fieldset id="f-BEHAVIOURS"{{#BEHAVIOURS_ERROR}} aria-describedby="e-BEHAVIOURS"{{/BEHAVIOURS_ERROR}}>
<legend>催收中发生了什么</legend>
{{#BEHAVIOURS_ERROR}}<p class="error" id="e-BEHAVIOURS">{{MESSAGE}}</p>
{{/BEHAVIOURS_ERROR}}{{#BEHAVIOUR}}<div class="field check">
<input id="f-{{NAME}}" name="{{NAME}}" type="checkbox" value="1"{{#CHECKED}} checked{{/CHECKED}}>
<label for="f-{{NAME}}">{{LABEL}}</label>
</div>
{{/BEHAVIOUR}}</fieldset>
{{/SHOW_BEHAVIOURS}}{{#SHOW_DISPUTES}}<fieldset id="f-DISPUTES"{{#DISPUTES_ERROR}} aria-describedby="e-DISPUTES"{{/DISPUTES_ERROR}}>
<legend>征信记录哪里有问题</legend>
{{#DISPUTES_ERROR}}<p class="error" id="e-DISPUTES">{{MESSAGE}}</p>
{{/DISPUTES_ERROR}}{{#DISPUTE}}<div class="field check">
<input id="f-{{NAME}}" name="{{NAME}}" type="checkbox" value="1"{{#CHECKED}} checked{{/CHECKED}}>
<label for="f-{{NAME}}">{{LABEL}}</label>
</div>
{{/DISPUTE}}</fieldset>
{{/SHOW_DISPUTES}}<div class="field">
<label for="f-FACTS">事情经过（用你自己的话）</label>
<textarea id="f-FACTS" name="facts" rows="6" aria-describedby="h-FACTS{{#FACTS_ERROR}} e-FACTS{{/FACTS_ERROR}}"{{#FACTS_ERROR}} aria-invalid="true"{{/FACTS_ERROR}}>{{FACTS_VALUE:pre_escape}}</textarea>
<p class="hint" id="h-FACTS">选填，最多 2000 字。按时间写：哪天、哪个号码、对方说了什么、联系了谁。会原样写进信里。</p>
{{#FACTS_ERROR}}<p class="error" id="e-FACTS">{{MESSAGE}}</p>
{{/FACTS_ERROR}}</div>
<p class="buttons"><button type="submit" name="format" value="html">生成{{TITLE}}</button></p>
</form>
{{/FORM}}<p class="hint tool-links">想先弄清时效和征信记录的日期，可以用<a href="/tools/timeline">时间线计算</a>；收到法院文书的，可以用<a href="/tools/court">法院文书期限</a>；投诉没有回音的，可以用<a href="/tools/complaint">投诉进度</a>。</p>
