{{%AUTOESCAPE context="HTML"}}<nav class="crumbs" aria-label="当前位置">
<ol><li><a href="/">首页</a></li><li aria-current="page">投诉渠道一览</li></ol>
</nav>
<h1>投诉渠道一览</h1>
<p class="lead">一般先向贷款机构投诉并保留记录；机构不处理或处理不当，再找对应的监管渠道。遇到人身安全威胁，直接报警。</p>
{{#GUIDE}}<section class="guide" aria-labelledby="guide-h">
<h2 id="guide-h">我遇到的是…</h2>
<p>找到和你最接近的情况，按顺序使用列出的渠道。</p>
{{#SITUATION}}<details id="s-{{SLUG}}">
<summary>{{TITLE}}</summary>
<ol class="steps">
{{#STEP}}<li><a href="#{{SLUG}}">{{NAME}}</a></li>
{{/STEP}}</ol>
<div class="prose">{{BODY:x-cmark}}</div>
</details>
{{/SITUATION}}</section>
{{/GUIDE}}
<nav class="toc" aria-labelledby="toc-h">
<h2 id="toc-h">全部渠道</h2>
<ul>
{{#CHANNEL}}<li><a href="#{{SLUG}}">{{NAME}}</a></li>
{{/CHANNEL}}</ul>
</nav>
{{#CHANNEL}}<section class="channel" id="{{SLUG}}" aria-labelledby="h-{{SLUG}}">
<h2 id="h-{{SLUG}}">{{NAME}}</h2>
<dl>
<dt>负责机构</dt><dd>{{OPERATOR}}</dd>
<dt>管什么</dt><dd>{{HANDLES}}</dd>
<dt>不管什么</dt><dd>{{NOT_HANDLES}}</dd>
<dt>怎么联系</dt><dd>{{CONTACT}}</dd>
<dt>准备什么</dt><dd>{{PREPARE}}</dd>
<dt>之后会怎样</dt><dd>{{NEXT}}</dd>
</dl>
<div class="prose">{{BODY:x-cmark}}</div>
<p class="reviewed">核实日期：<time datetime="{{REVIEWED_ISO}}">{{REVIEWED}}</time></p>
</section>
{{/CHANNEL}}
