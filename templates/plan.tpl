{{%AUTOESCAPE context="HTML"}}<nav class="crumbs" aria-label="当前位置">
<ol><li><a href="/">首页</a></li><li aria-current="page">我的行动方案</li></ol>
</nav>
{{#INTRO}}<h1>我的行动方案</h1>
<p class="lead">回答 {{QUESTIONS}} 个简单的问题（每屏一个，不确定的可以跳过），这里会按你的情况排好：<strong>今天</strong>先做什么、<strong>本周</strong>做什么、<strong>之后</strong>做什么。每一步都写明依据的法律条文、可以用的信件和投诉渠道，并按你填的日期算出期限（遇节假日和周末按规定顺延）。</p>
{{#DELETED}}<p class="notice" role="status">保存的方案已经删除。</p>
{{/DELETED}}<p><a class="button" href="/plan?at=1">开始（大约两分钟）</a></p>
<section class="plan-privacy" aria-labelledby="privacy-h">
<h2 id="privacy-h">保存什么、不保存什么</h2>
<ul>
<li>问题只有选项和日期，不问姓名、电话、身份证号或借款账号。</li>
<li>你的回答只用来生成方案：不按“保存方案”，本站什么都不保存。回答会出现在页面地址里，在公用电脑上用完请关闭浏览器。</li>
<li>按了“保存方案”，本站只保存你的选项和日期，放在一个随机代码下，{{DAYS}} 天后自动删除；你可以随时用“删除”按钮删掉。</li>
</ul>
</section>
<section class="plan-open" aria-labelledby="open-h">
<h2 id="open-h">打开保存过的方案</h2>
<form method="post" action="/plan/open">
<input type="hidden" name="csrf" value="{{CSRF}}">
<div class="field">
<label for="f-CODE">方案代码</label>
<input id="f-CODE" name="code" type="text" autocomplete="off" autocapitalize="characters" spellcheck="false" maxlength="40" value="{{CODE_VALUE}}" aria-describedby="h-CODE{{#CODE_ERROR}} e-CODE{{/CODE_ERROR}}"{{#CODE_ERROR}} aria-invalid="true"{{/CODE_ERROR}}>
<p class="hint" id="h-CODE">保存时页面上显示的 16 位代码，例如 7K3M-Q9T2-…，大小写和横线都可以不管。</p>
{{#CODE_ERROR}}<p class="error" id="e-CODE">{{MESSAGE}}</p>
{{/CODE_ERROR}}</div>
<button type="submit">打开</button>
</form>
</section>
{{/INTRO}}{{#QUESTION}}<h1>我的行动方案</h1>
<form method="get" action="{{ACTION}}" class="plan-step">
<input type="hidden" name="at" value="{{NEXT}}">
{{#HIDDEN}}<input type="hidden" name="{{NAME}}" value="{{VALUE}}">
{{/HIDDEN}}<fieldset aria-describedby="{{#HELP}}h-Q {{/HELP}}{{#ERROR}}e-Q{{/ERROR}}">
<legend><span class="step-count">第 {{N}} 步，共 {{OF}} 步</span> {{TEXT}}</legend>
{{#HELP}}<p class="hint" id="h-Q">{{TEXT}}</p>
{{/HELP}}{{#ERROR}}<p class="error" id="e-Q" role="alert">{{MESSAGE}}</p>
{{/ERROR}}{{#ONE}}{{#CHOICE}}<div class="field check"><input id="f-{{NAME}}-{{SLUG}}" name="{{NAME}}" type="radio" value="{{SLUG}}"{{#CHECKED}} checked{{/CHECKED}}><label for="f-{{NAME}}-{{SLUG}}">{{LABEL}}</label></div>
{{/CHOICE}}{{/ONE}}{{#MANY}}<p class="hint">可以多选。</p>
{{#CHOICE}}<div class="field check"><input id="f-{{NAME}}-{{SLUG}}" name="{{NAME}}" type="checkbox" value="{{SLUG}}"{{#CHECKED}} checked{{/CHECKED}}><label for="f-{{NAME}}-{{SLUG}}">{{LABEL}}</label></div>
{{/CHOICE}}{{/MANY}}{{#DATE}}<div class="field"><label for="f-{{NAME}}">日期（年-月-日）</label>
<input id="f-{{NAME}}" name="{{NAME}}" type="date" max="{{MAX}}" value="{{VALUE}}"></div>
{{/DATE}}{{#UNSURE}}<div class="field check"><input id="f-{{NAME}}-skip" name="{{NAME}}" type="{{INPUT}}" value="skip"{{#CHECKED}} checked{{/CHECKED}}><label for="f-{{NAME}}-skip">不确定 / 跳过</label></div>
{{/UNSURE}}</fieldset>
{{#BODY}}<div class="prose">{{BODY:x-cmark}}</div>
{{/BODY}}<p class="plan-nav">{{#BACK}}<a href="/plan?{{QUERY}}">上一步</a> {{/BACK}}<button type="submit">下一步</button></p>
</form>
{{/QUESTION}}{{#RESULT}}<h1>我的行动方案</h1>
<p class="plan-made">按你的回答生成于 {{TODAY}}。期限以法院或机构文书上写明的日期为准。</p>
{{#UNCOVERED}}<p class="warning" role="note">尚未录入{{YEAR}}年节假日安排，请自行核对。</p>
{{/UNCOVERED}}{{#BUCKET}}<section class="plan-bucket">
<h2>{{LABEL}}</h2>
<ol class="plan-items">
{{#ITEM}}<li id="step-{{SLUG}}">
<h3>{{TITLE}}</h3>
{{#DEADLINE}}<p class="plan-deadline"><strong>{{TITLE}}：</strong>最稳妥：<time datetime="{{SAFE_ISO}}">{{SAFE}}</time>之前办好{{#MOVED}}；遇节假日可顺延至<time datetime="{{LEGAL_ISO}}">{{LEGAL}}</time>（周末顺延是本站的理解，以文书写明的为准）{{/MOVED}}。{{#UNCOVERED}}<span class="warning">尚未录入{{YEAR}}年节假日安排，请自行核对。</span>{{/UNCOVERED}}</p>
{{/DEADLINE}}<div class="prose">{{BODY:x-cmark}}</div>
<ul class="plan-links">
{{#ARTICLE}}<li><a href="/a/{{SLUG}}">为什么这样做：看详细说明</a></li>
{{/ARTICLE}}{{#LETTER}}<li><a href="/tools/letter?{{QUERY}}">用信件生成器写好这封信</a></li>
{{/LETTER}}{{#CHANNEL}}<li>渠道：<a href="/channels#{{SLUG}}">{{NAME}}</a></li>
{{/CHANNEL}}</ul>
{{#SOURCE}}<p class="plan-rule">依据：{{TEXT}}</p>{{#QUOTE}}
<details class="law"><summary>原文：《{{NAME}}》第{{NUM}}条（{{VERSION}}）{{#EXCERPT}}摘录{{/EXCERPT}}</summary>
{{#PARA}}<p>{{#OPEN}}「{{/OPEN}}{{TEXT}}{{#CLOSE}}」{{/CLOSE}}</p>
{{/PARA}}{{#NOTEXT}}<p>本站还没有这份文件的官方文本，不能逐字引用；上文按本站核实过的资料转述。</p>
{{/NOTEXT}}</details>{{/QUOTE}}
{{/SOURCE}}</li>
{{/ITEM}}</ol>
</section>
{{/BUCKET}}{{/RESULT}}{{#EXIT}}<h1>这种情况，本站帮不上，但有人可以</h1>
{{#BUCKET}}{{#ITEM}}<section id="step-{{SLUG}}">
<h2>{{TITLE}}</h2>
<div class="prose">{{BODY:x-cmark}}</div>
<ul class="plan-links">
{{#ARTICLE}}<li><a href="/a/{{SLUG}}">看详细说明</a></li>
{{/ARTICLE}}{{#CHANNEL}}<li>渠道：<a href="/channels#{{SLUG}}">{{NAME}}</a></li>
{{/CHANNEL}}</ul>
</section>
{{/ITEM}}{{/BUCKET}}<p>也可以打 <a href="tel:12348">12348</a>（公共法律服务热线）问问，或者看<a href="/a/free-lawyer-legal-aid">哪里能找到免费的律师或法律援助</a>。</p>
{{/EXIT}}{{#ANSWERS}}<section class="plan-answers" aria-labelledby="answers-h">
<h2 id="answers-h">我的情况</h2>
<dl>
{{#ANSWER}}<dt>{{QUESTION}}</dt><dd>{{VALUE}} <a class="plan-change" href="/plan?{{CHANGE}}">修改</a></dd>
{{/ANSWER}}</dl>
</section>
{{/ANSWERS}}{{#RESULT}}<section class="plan-take" aria-labelledby="take-h">
<h2 id="take-h">带走这份方案</h2>
<ul class="plan-links">
<li><a href="{{SELF}}as=print">打印版</a></li>
<li><a href="{{SELF}}as=txt">下载文本（.txt）</a></li>
<li><a href="{{SELF}}as=ics">把期限加入日历（.ics，提前一天提醒）</a></li>
</ul>
{{#UNSAVED}}<form method="post" action="/plan/save">
<input type="hidden" name="csrf" value="{{CSRF}}">
{{#HIDDEN}}<input type="hidden" name="{{NAME}}" value="{{VALUE}}">
{{/HIDDEN}}<p class="hint">保存后本站只留你的选项和日期（没有姓名或号码），放在一个随机代码下，180 天后自动删除。</p>
<button type="submit">保存方案</button>
</form>
{{/UNSAVED}}{{#SAVED}}<p>方案已保存。代码：<strong class="plan-code">{{CODE}}</strong>（请记下来：在“我的行动方案”页面输入它就能再打开；{{DAYS}} 天后自动删除）。</p>
<form method="post" action="/plan/p/{{RAW}}">
<input type="hidden" name="csrf" value="{{CSRF}}">
<div class="field check"><input id="f-DELETE" name="delete" type="checkbox" value="yes"><label for="f-DELETE">确认删除：删除后无法恢复</label></div>
<button type="submit">删除这个方案</button>
</form>
{{/SAVED}}</section>
{{/RESULT}}
