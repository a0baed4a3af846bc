{{%AUTOESCAPE context="HTML"}}<dl class="doc-keys">
{{#KEY}}<dt>{{NAME}}</dt><dd>{{VALUE}}</dd>
{{/KEY}}</dl>
<div class="prose">{{BODY:x-cmark}}</div>
