{{%AUTOESCAPE context="HTML"}}<section class="intro">
<h1>被催收、还不上，先弄清法律怎么说</h1>
<p>这里用平实的中文解释逾期还款、催收行为和投诉渠道的法律规定。每篇文章都写明依据的法律条文和最后核实日期，没有核实的内容会明确标出。</p>
<p class="plan-cta"><a class="button" href="/plan">按我的情况生成行动方案</a> 回答几个问题，得到今天、本周、之后该做的事和期限。</p>
<aside class="safety" aria-label="紧急求助"><p>人身安全受到威胁先打<a href="tel:110">110</a>；撑不住了可以打<a href="tel:12356">12356</a>（全国心理援助热线）。</p></aside>
</section>
<div class="topics">
{{#TOPIC}}<section class="topic" aria-labelledby="topic-{{SLUG}}">
<h2 id="topic-{{SLUG}}"><a href="/c/{{SLUG}}">{{TITLE}}</a></h2>
<p>{{SUMMARY}}</p>
{{#QUESTIONS}}<ul class="questions">
{{#QUESTION}}<li><a href="/a/{{SLUG}}">{{TITLE}}</a></li>
{{/QUESTION}}</ul>
{{/QUESTIONS}}<p class="more"><a href="/c/{{SLUG}}">查看“{{TITLE}}”的全部问题</a></p>
</section>
{{/TOPIC}}</div>
<section class="act tools" aria-labelledby="tools-h">
<h2 id="tools-h">工具</h2>
<ul>
<li><a href="/tools/timeline">时间线计算</a>：填几个日期，算出诉讼时效从哪天起算、哪天届满，还清后不良记录应在哪天删除。</li>
<li><a href="/tools/letter">文书生成</a>：生成协商还款申请、要求停止联系第三人、征信异议申请或投诉信，写明依据，可以打印或下载。</li>
</ul>
</section>
<section class="act">
<h2>需要投诉？</h2>
<p>不知道该找谁：先看<a href="/channels">投诉渠道一览</a>，了解贷款机构、12378、12363、110 等渠道各管什么。</p>
</section>
