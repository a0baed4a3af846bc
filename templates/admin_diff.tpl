{{%AUTOESCAPE context="HTML"}}{{#TOO_LONG}}<p>文本太长，无法逐行比较。</p>
{{/TOO_LONG}}{{#SAME_TEXT}}<p>两个版本的文本相同。</p>
{{/SAME_TEXT}}<p class="hint">只列出改动的行和前后各两行；<del class="d-key">红底</del>是删去的，<ins class="d-key">绿底</ins>是新加的，行内改动的字加深显示。</p>
<pre class="diff">{{#LINE}}{{#SAME}}<span class="d-same"><span class="d-mark" aria-hidden="true"> </span>{{TEXT}}</span>
{{/SAME}}{{#GAP}}<span class="d-gap">⋯ 省略 {{N}} 行未改动的内容</span>
{{/GAP}}{{#DEL}}<del><span class="d-mark" aria-hidden="true">−</span><span class="vh">删去：</span>{{#SEG}}{{#EQ}}{{TEXT}}{{/EQ}}{{#CH}}<mark>{{TEXT}}</mark>{{/CH}}{{/SEG}}</del>
{{/DEL}}{{#ADD}}<ins><span class="d-mark" aria-hidden="true">+</span><span class="vh">新加：</span>{{#SEG}}{{#EQ}}{{TEXT}}{{/EQ}}{{#CH}}<mark>{{TEXT}}</mark>{{/CH}}{{/SEG}}</ins>
{{/ADD}}{{/LINE}}</pre>
