{{%AUTOESCAPE context="XML"}}<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="zh-CN">
<title>权益：逾期与催收，先弄清法律怎么说</title>
<subtitle>为逾期和被催收的借款人讲清法律规定、权利和投诉渠道。</subtitle>
<id>{{BASE}}/</id>
<link rel="self" type="application/atom+xml" href="{{BASE}}/feed.xml"/>
<link rel="alternate" type="text/html" href="{{BASE}}/"/>
<updated>{{UPDATED}}</updated>
<author><name>权益</name><uri>{{BASE}}/</uri></author>
{{#ENTRY}}<entry>
<id>{{BASE}}/a/{{SLUG}}</id>
<title>{{TITLE}}</title>
<link rel="alternate" type="text/html" href="{{BASE}}/a/{{SLUG}}"/>
<updated>{{UPDATED}}</updated>
<summary>{{SUMMARY}}</summary>
<category term="{{CATEGORY}}" label="{{CATEGORY_TITLE}}"/>
</entry>
{{/ENTRY}}</feed>
