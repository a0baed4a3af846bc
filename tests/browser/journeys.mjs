// journeys: what readers and editors do on quanyi, done in a real browser
// (Debian's chromium) against the program behind nginx, each step checked
// on what the page shows. Every page type reached is captured (capture.mjs):
// axe-core at 320, 375 and 1280 px, the layout and print checks,
// screenshots, the HTML for the Nu checker.
//
// node journeys.mjs --base URL --site URL --editor NAME:PASSWORD --shots DIR --pages DIR --eval TSV
// (--site: the site address the program is configured with, -u)
// Prints one line per journey and per problem, then the closing lines
// (also written to PAGES/summary.txt); exits 1 on any failure. TSV is
// tests/search_eval.tsv: every query in it is searched on a phone's
// screen, and its first result must start on the first screen.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { launchBrowser, launchRequire } from './launch.mjs';
import { Capture, CAPTURE_WIDTHS, PRINT_WIDTH, captureDocument, captureWatch } from './capture.mjs';

const { values: opt } = parseArgs({
  options: {
    base: { type: 'string' }, site: { type: 'string' }, editor: { type: 'string' },
    shots: { type: 'string' }, pages: { type: 'string' }, eval: { type: 'string' },
  },
});
for (const k of ['base', 'site', 'editor', 'shots', 'pages', 'eval']) {
  if (!opt[k]) {
    console.error(`journeys: --${k} is required`);
    process.exit(2);
  }
}
const [editorName, editorPass] = [opt.editor.slice(0, opt.editor.indexOf(':')),
  opt.editor.slice(opt.editor.indexOf(':') + 1)];
const ASK_MIN_FILL_MS = 3000;   // the program refuses a question sent sooner
const PHONE = { width: 375, height: 812 };
const DESKTOP = { width: 1280, height: 900 };

// Each browser step has its own timeout; this bounds the whole run, so a
// hang cannot hang make check.
setTimeout(() => {
  console.log('not ok - the journeys did not finish within 10 minutes');
  process.exit(1);
}, 10 * 60 * 1000).unref();

// parseCalendar: the events of an iCalendar file as ical.js (a real
// RFC 5545 parser) reads them: start and end dates, whether they are
// whole days, the description and the alarms' triggers.
function parseCalendar(text) {
  const mod = launchRequire()('ical.js');
  const ICAL = mod.default || mod;
  const root = new ICAL.Component(ICAL.parse(text));
  return root.getAllSubcomponents('vevent').map((v) => {
    const e = new ICAL.Event(v);
    return {
      start: e.startDate.toString(), end: e.endDate.toString(), isDate: e.startDate.isDate,
      description: e.description || '',
      alarms: v.getAllSubcomponents('valarm').map((a) => a.getFirstPropertyValue('trigger').toString()).join(' '),
    };
  });
}

// check: fail the journey with message unless cond holds.
function check(cond, message) {
  if (!cond) throw new Error(message);
}

// textOf: the visible text of the first element locator finds.
async function textOf(locator) {
  return (await locator.first().innerText()).replace(/\s+/g, ' ').trim();
}

// statusOf: the HTTP status of the document page shows.
function statusOf(page) {
  const d = captureDocument(page);
  return d ? d.status() : 0;
}

// visit: open path on page and check the status it was answered with.
async function visit(page, path, want = 200) {
  const r = await page.goto(opt.base + path);
  check(r, `${path}: no response`);
  check(r.status() === want, `${path}: status ${r.status()}, want ${want}`);
  return r;
}

// follow: click locator (a link or a submit button) and wait for the page
// it leads to (after any redirect) to load; check its status.
async function follow(page, locator, want = 200) {
  const committed = page.waitForEvent('framenavigated', (f) => f === page.mainFrame());
  await locator.click();
  await committed;
  await page.waitForLoadState('load');
  check(statusOf(page) === want, `${page.url()}: status ${statusOf(page)}, want ${want}`);
}

// path: page's address without the origin.
function pathOf(page) {
  const u = new URL(page.url());
  return u.pathname + u.search;
}

// typeScale: the font sizes (px) of an article's title, short answer,
// headings and body text as page shows them now (an h3 is added for the
// measure when the article has none, and taken out again).
async function typeScale(page) {
  return page.evaluate(() => {
    const size = (e) => parseFloat(getComputedStyle(e).fontSize);
    const prose = document.querySelector('article .prose');
    let h3 = prose.querySelector('h3');
    const added = !h3;
    if (added) h3 = prose.appendChild(document.createElement('h3'));
    const r = {
      h1: size(document.querySelector('article h1')), lead: size(document.querySelector('.lead')),
      h2: size(prose.querySelector('h2') || document.querySelector('article h2')), h3: size(h3),
      body: size(prose.querySelector('p')),
      leadFirst: document.querySelector('.lead').getBoundingClientRect().top <
        prose.getBoundingClientRect().top,
    };
    if (added) h3.remove();
    return r;
  });
}

// qrText: what a QR reader (zbarimg, zbar-tools) reads in a screenshot of
// the element locator finds.
async function qrText(locator) {
  const png = join(opt.shots, 'qr-read.png');
  await locator.screenshot({ path: png });
  return execFileSync('zbarimg', ['-q', '--raw', png], { stdio: ['ignore', 'pipe', 'ignore'] })
    .toString().trim();
}

// pdfPages: the number of A4 pages page prints on, and the fewest its
// printed text could take (its height in print media, as wide as the
// page's text, over the height of a page's text: 297 mm less print.css's
// 30 mm of margins).
async function pdfPages(page) {
  const pdf = await page.pdf({ preferCSSPageSize: true });
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) || []).length;
  const original = page.viewportSize();
  await page.setViewportSize({ width: PRINT_WIDTH, height: 900 });
  await page.emulateMedia({ media: 'print' });
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  await page.emulateMedia({ media: null });
  await page.setViewportSize(original);
  return { pages, fewest: Math.ceil(height / ((297 - 30) / 25.4 * 96)) };
}

const state = {};
const results = [];
const capture = new Capture(opt.shots, opt.pages, opt.site);

// journey: run fn as the journey called name; a failed check or a page
// problem found while capturing fails it.
async function journey(name, fn) {
  const before = capture.total();
  try {
    await fn();
    const found = capture.total() - before;
    check(found === 0, `${found} page problem(s) found while capturing (see above)`);
    results.push({ name, ok: true });
    console.log(`ok - ${name}`);
  } catch (e) {
    results.push({ name, ok: false });
    console.log(`not ok - ${name}: ${e.message.split('\n')[0]}`);
  }
}

const visitor = await launchBrowser();
const reader = await visitor.context.newPage();
captureWatch(reader);
const editorBrowser = await launchBrowser({
  httpCredentials: { username: editorName, password: editorPass },
});
const editor = await editorBrowser.context.newPage();
captureWatch(editor);

try {
  const found = await capture.selfCheck(visitor.context, opt.base);
  console.log(`checks self-test: axe found ${found.join(', ')} on a page made faulty on purpose; the CSP refused an inline script`);
} catch (e) {
  console.log(`not ok - checks self-test: ${e.message}`);
  await visitor.close();
  await editorBrowser.close();
  process.exit(1);
}

try {
  await journey('home → topic → article', async () => {
    await visit(reader, '/');
    check(await reader.locator('html').getAttribute('lang') === 'zh-CN', 'lang is not zh-CN');
    const homeTitle = await reader.title();
    check(!homeTitle.startsWith('首页') && homeTitle.endsWith(' - 权益'), `the home page is titled “${homeTitle}”`);
    const labels = (await reader.locator('header.site nav a').allInnerTexts()).map((t) => t.trim());
    for (const a of labels) {
      for (const b of labels) {
        check(a === b || !b.includes(a), `the navigation shows “${a}” beside “${b}”`);
      }
    }
    await capture.page(reader, 'home');
    const topic = reader.locator('section.topic h2 a').first();
    const topicTitle = await textOf(topic);
    await follow(reader, topic);
    check(/^\/c\/[a-z0-9-]+$/.test(pathOf(reader)), `topic link led to ${pathOf(reader)}`);
    check(await textOf(reader.locator('h1')) === topicTitle, `topic page h1 is not “${topicTitle}”`);
    await capture.page(reader, 'category');
    const link = reader.locator('ul.article-list a').first();
    const title = await textOf(link);
    await follow(reader, link);
    check(/^\/a\/[a-z0-9-]+$/.test(pathOf(reader)), `article link led to ${pathOf(reader)}`);
    check(await textOf(reader.locator('h1')) === title, `article h1 is not “${title}”`);
    check(await reader.getByRole('heading', { name: '法律依据' }).isVisible(), 'no 法律依据 section');
    check((await textOf(reader.locator('.lead'))).startsWith('简短回答：'), 'no short answer');
    state.article = pathOf(reader).slice('/a/'.length);
    const address = opt.site + pathOf(reader);
    check(await reader.title() === `${title} - 权益`, `the article is titled “${await reader.title()}”`);
    const meta = async (sel) => reader.locator(sel).getAttribute('content');
    check(await meta('meta[property="og:url"]') === address, `og:url is ${await meta('meta[property="og:url"]')}`);
    check(await meta('meta[property="og:title"]') === title, 'og:title is not the question');
    check(await meta('meta[property="og:type"]') === 'article', 'og:type is not article');
    check(await meta('meta[property="og:site_name"]') === '权益', 'no og:site_name');
    const description = await meta('meta[name="description"]');
    check(description && description === await meta('meta[property="og:description"]'), 'no description');
    for (const width of [375, 1280]) {
      await reader.setViewportSize({ width, height: 900 });
      const t = await typeScale(reader);
      check(t.h1 > t.h2 && t.h2 > t.h3 && t.h3 > t.body, `at ${width}px h1 ${t.h1}, h2 ${t.h2}, h3 ${t.h3}, body ${t.body}px`);
      check(t.lead > t.body && t.lead >= t.h3 && t.leadFirst, `at ${width}px the short answer (${t.lead}px) is not set above the body (${t.body}px)`);
    }
    await reader.setViewportSize({ width: 1280, height: 900 });
    // Sharing: the address to copy, and a QR code that reads as it.
    await reader.locator('details.share summary').click();
    check(await reader.getByLabel('本页地址').inputValue() === address, 'the address to copy is not the page');
    check(await reader.getByLabel('本页地址').getAttribute('readonly') !== null, 'the address field is not read-only');
    const read = await qrText(reader.locator('svg.qr'));
    check(read === address, `the QR code reads “${read}”, not ${address}`);
    await reader.locator('details.share summary').click();
    // Paper: as few A4 pages as the text takes.
    const printed = await pdfPages(reader);
    check(printed.pages <= printed.fewest, `the article prints on ${printed.pages} pages; its text takes ${printed.fewest}`);
    await capture.page(reader, 'article');
    // A long article with a code-like block (the evidence log's timeline).
    await visit(reader, '/a/keep-evidence-log');
    check(await reader.locator('.prose pre').count() > 0, 'the evidence log has no example block');
    await capture.page(reader, 'article-code');
  });

  await journey('search for 征信 and open a result', async () => {
    await visit(reader, '/');
    await reader.getByRole('searchbox', { name: '搜索问题' }).fill('征信');
    await follow(reader, reader.getByRole('button', { name: '搜索', exact: true }).first());
    check(pathOf(reader) === `/search?q=${encodeURIComponent('征信')}`, `search went to ${pathOf(reader)}`);
    const count = await textOf(reader.locator('p.count'));
    check(/^找到 \d+ 篇与“征信”有关的文章/.test(count), `search says “${count}”`);
    const hits = reader.locator('ol.results > li');
    check(await hits.count() > 0, 'no results listed');
    check(await reader.locator('ol.results mark').count() > 0, 'no highlighted 征信 in the results');
    const snippets = await reader.locator('p.snippet').allInnerTexts();
    check(snippets.length > 0 && snippets.every((t) => !/\*\*|\]\(|^#|^- /.test(t)),
      `a snippet shows Markdown: “${snippets.find((t) => /\*\*|\]\(|^#|^- /.test(t))}”`);
    // one search box on the search page, with the query in it
    const boxes = reader.getByRole('searchbox');
    check(await boxes.count() === 1, `the search page has ${await boxes.count()} search boxes`);
    check(await boxes.inputValue() === '征信', 'the search box does not hold the query');
    await capture.page(reader, 'search');
    const first = reader.locator('ol.results > li > a').first();
    const title = await textOf(first);
    await follow(reader, first);
    check(await textOf(reader.locator('h1')) === title, `result opened “${await textOf(reader.locator('h1'))}”, not “${title}”`);
    await visit(reader, `/search?q=${encodeURIComponent('征信')}`);
    await reader.getByRole('searchbox', { name: '输入你想问的问题或关键词' }).fill('火星殖民飞船');
    await follow(reader, reader.getByRole('button', { name: '搜索', exact: true }).first());
    const none = await textOf(reader.locator('p.count'));
    check(none.startsWith('没有找到与“火星殖民飞船”有关的文章'), `no-result search says “${none}”`);
    check(await reader.getByRole('link', { name: '向编辑提问' }).count() > 0, 'no-result page does not offer /ask');
    await capture.page(reader, 'search-none');
  });

  await journey('the first answer on a phone\'s first screen, for every query of the eval set', async () => {
    // 375 x 812, a phone: for each query the first result's title must be
    // on the first screen, under the one search box; the channel, glossary
    // and question boxes come after the first results. At 1280 they stand
    // beside them.
    const queries = readFileSync(opt.eval, 'utf8').split('\n')
      .filter((l) => l && !l.startsWith('#') && l.includes('\t')).map((l) => l.split('\t')[0]);
    check(queries.length >= 150, `only ${queries.length} queries in ${opt.eval}`);
    await reader.setViewportSize({ width: 375, height: 812 });
    const late = [];
    let withBoxes = 0;
    for (const q of queries) {
      await reader.goto(`${opt.base}/search?q=${encodeURIComponent(q)}`);
      const m = await reader.evaluate(() => {
        const a = document.querySelector('ol.results > li > a');
        const box = document.querySelector('aside.search-boxes');
        const top = (e) => e.getBoundingClientRect().top + window.scrollY;
        return {
          first: a ? top(a) + a.getBoundingClientRect().height : null,
          box: box ? top(box) : null,
          boxes: document.querySelectorAll('input[type=search]').length,
        };
      });
      if (m.first === null || m.first > 812 || m.boxes !== 1 || (m.box !== null && m.box < m.first)) {
        late.push(`${q} (${m.first === null ? 'no result' : `first result ends at ${Math.round(m.first)}px`}` +
          `${m.box !== null && m.box < m.first ? ', a box above it' : ''}, ${m.boxes} search boxes)`);
      }
      if (m.box !== null) withBoxes++;
    }
    check(late.length === 0, `${late.length} of ${queries.length} queries: ${late.slice(0, 3).join('; ')}`);
    check(withBoxes > 0, 'no query showed a channel, glossary or question box');
    console.log(`    ${queries.length} queries: the first result on the first screen at 375x812; ${withBoxes} with boxes after it`);
    // a whole question with boxes: captured, and at 1280 the boxes stand beside the results
    const question = '催收天天打电话给我爸妈，还说要上门，我可以打12378投诉吗';
    await visit(reader, `/search?q=${encodeURIComponent(question)}`);
    check(await reader.locator('aside.search-boxes').count() === 1, 'no boxes for a question naming 12378');
    await capture.page(reader, 'search-question');
    await reader.setViewportSize({ width: 1280, height: 900 });
    const side = await reader.evaluate(() => {
      const r = document.querySelector('ol.results').getBoundingClientRect();
      const b = document.querySelector('aside.search-boxes').getBoundingClientRect();
      return { results: r.right, box: b.left, top: b.top - r.top };
    });
    check(side.box >= side.results && side.top < 50, `at 1280px the boxes are not beside the results (${JSON.stringify(side)})`);
    // a channel is not named by a common word of the question alone
    await visit(reader, `/search?q=${encodeURIComponent('催收打电话给我父母合法吗')}`);
    check(await reader.locator('section.channel-hits').count() === 0,
      'a channel box for a question about 父母 (named by 电话)');
  });

  await journey('ask a question and land on the ticket page', async () => {
    await visit(reader, '/ask');
    const shown = Date.now();
    await capture.page(reader, 'ask');
    state.questionTitle = '催收公司每天打电话给我同事，合法吗';
    await reader.getByLabel('问题类别', { exact: true }).selectOption('collection');
    await reader.getByLabel('标题', { exact: true }).fill(state.questionTitle);
    await reader.getByLabel('问题描述', { exact: true }).fill(
      '我在白条逾期两个月，外包催收公司每天给我同事打电话，还把我的手机号13912345678发到了同事群里。' +
      `对方短信里的案件编号是${'4029'.repeat(12)}，链接是https://example.com/${'collection'.repeat(8)}。这样合法吗？我能去哪里投诉？`);
    await reader.getByRole('checkbox').check();
    await reader.waitForTimeout(Math.max(0, ASK_MIN_FILL_MS + 300 - (Date.now() - shown)));
    await follow(reader, reader.getByRole('button', { name: '提交问题' }));
    check(/^\/ask\/[A-Za-z0-9]+$/.test(pathOf(reader)), `the question led to ${pathOf(reader)}`);
    state.ticket = pathOf(reader);
    check(await textOf(reader.locator('h1')) === state.questionTitle, 'ticket page does not show the title');
    check((await textOf(reader.getByRole('status'))).includes('状态：'), 'ticket page shows no status');
    const question = await textOf(reader.locator('section.question'));
    check(question.includes('139****5678'), 'the mobile number is not masked on the ticket page');
    check(!question.includes('13912345678'), 'the whole mobile number is shown');
    await capture.page(reader, 'ticket');
  });

  await journey('ask with a missing title: message shown, text kept', async () => {
    await visit(reader, '/ask');
    const shown = Date.now();
    const body = '催收说如果这周不还清就要去我老家找我父母，我该怎么办？他们真的可以这样做吗？';
    await reader.getByLabel('问题类别', { exact: true }).selectOption('collection');
    await reader.getByLabel('问题描述', { exact: true }).fill(body);
    await reader.getByRole('checkbox').check();
    await reader.waitForTimeout(Math.max(0, ASK_MIN_FILL_MS + 300 - (Date.now() - shown)));
    await follow(reader, reader.getByRole('button', { name: '提交问题' }), 422);
    check(pathOf(reader) === '/ask', `the form went to ${pathOf(reader)}`);
    check((await textOf(reader.getByRole('alert'))).includes('有几处需要修改'), 'no error summary');
    const msg = await textOf(reader.locator('#e-TITLE'));
    check(msg.length > 0, 'no message at the title field');
    const title = reader.getByLabel('标题', { exact: true });
    check(await title.getAttribute('aria-invalid') === 'true', 'the title field is not marked invalid');
    const border = await title.evaluate((e) => getComputedStyle(e).borderTopColor);
    check(border === 'rgb(179, 38, 30)', `the title field's border is ${border}, not the error red`);
    check(await reader.getByLabel('问题描述', { exact: true }).inputValue() === body, 'the description was not kept');
    check(await reader.getByLabel('问题类别', { exact: true }).inputValue() === 'collection', 'the topic was not kept');
    check(await reader.getByRole('checkbox').isChecked(), 'the consent box was not kept');
    await capture.page(reader, 'ask-errors');
  });

  await journey('vote on an article and see the thank-you', async () => {
    const slug = state.article || 'jail-or-fraud';
    await visit(reader, `/a/${slug}`);
    await follow(reader, reader.getByRole('button', { name: '有帮助', exact: true }));
    check(pathOf(reader) === `/a/${slug}?voted=yes`, `the vote went to ${pathOf(reader)}`);
    check((await textOf(reader.locator('#feedback'))).includes('谢谢你的反馈'), 'no thank-you note');
    check(await reader.getByRole('button', { name: '有帮助', exact: true }).count() === 0, 'vote buttons still shown');
    await capture.page(reader, 'article-voted');
  });

  await journey('timeline tool (GET form with dates)', async () => {
    await visit(reader, '/tools/timeline');
    await capture.page(reader, 'timeline');
    await reader.getByLabel('最后一期到期日', { exact: false }).fill('2024-02-29');
    await follow(reader, reader.getByRole('button', { name: '计算' }));
    check(new URL(reader.url()).searchParams.get('due') === '2024-02-29', `the form went to ${pathOf(reader)}`);
    const result = await textOf(reader.locator('section.tool-result'));
    check(result.includes('计算结果'), 'no result section');
    check(result.includes('2027年2月28日'), 'the limitation period does not end on 2027年2月28日');
    check(await reader.getByLabel('最后一期到期日', { exact: false }).inputValue() === '2024-02-29', 'the date was not kept');
    await capture.page(reader, 'timeline-result');
  });

  await journey('letter tool on a phone: choose, fill, the letter and its .txt', async () => {
    await reader.setViewportSize(PHONE);
    await visit(reader, '/tools/letter');
    check(await reader.locator('form.tool-form').count() === 0, 'a form before a letter was chosen');
    await capture.page(reader, 'letter');
    await follow(reader, reader.getByRole('link', { name: '投诉信', exact: true }));
    check(pathOf(reader) === '/tools/letter?type=complaint', `the choice led to ${pathOf(reader)}`);
    check(await reader.locator('input[name="paidoff"]').count() === 0, 'the complaint form asks for fields of other letters');
    await capture.page(reader, 'letter-form');
    await reader.getByLabel('贷款机构（平台）（必填）', { exact: true }).fill('京东金融');
    await reader.getByLabel('欠款金额（元）', { exact: true }).fill('两万');
    await reader.getByLabel('一天之内反复拨打我的电话', { exact: true }).check();
    await reader.getByLabel('打电话或发信息给我的家人、同事、朋友或紧急联系人', { exact: true }).check();
    await reader.getByLabel('事情经过（用你自己的话）').fill('3月1日起，对方每天打我同事的电话十几次。');
    await follow(reader, reader.getByRole('button', { name: '生成投诉信' }));
    check(pathOf(reader) === '/tools/letter', `the form went to ${pathOf(reader)}`);
    check(await textOf(reader.locator('#letter-h')) === '你的投诉信', 'no 你的投诉信 heading');
    const letter = await reader.locator('pre#letter').innerText();
    check(letter.includes('京东金融'), 'the letter does not name the lender');
    check(letter.includes('约20000元'), 'the amount 两万 was not understood as 20000');
    check(letter.includes('3月1日起，对方每天打我同事的电话十几次。'), 'the letter does not hold the facts');
    check((await textOf(reader.locator('#u-AMOUNT'))).includes('20000'), 'the amount understood is not echoed');
    check(await reader.getByLabel('贷款机构（平台）（必填）', { exact: true }).inputValue() === '京东金融', 'the form was not kept');
    await reader.emulateMedia({ media: 'print' });
    const paper = await reader.evaluate(() => {
      const t = document.querySelector('.letter-title');
      const shown = (sel) => [...document.querySelectorAll(sel)].some((e) => e.getClientRects().length > 0);
      return {
        title: t && t.textContent, align: t && getComputedStyle(t).textAlign,
        header: shown('header.site'), form: shown('form.tool-form'), guide: shown('.letter-guide'),
      };
    });
    await reader.emulateMedia({ media: null });
    check(paper.title === '投诉信' && paper.align === 'center', `the printed letter's title is “${paper.title}”, ${paper.align}`);
    check(!paper.header && !paper.form && !paper.guide, 'the printed letter carries the site header, the form or the notes');
    // The download sits next to the letter, on the first screen of the result.
    const button = reader.getByRole('button', { name: '下载这封信（.txt）' });
    const gap = await button.evaluate((b) => document.querySelector('pre#letter').getBoundingClientRect().top - b.getBoundingClientRect().bottom);
    check(gap >= 0 && gap < 200, `the download button is ${gap}px from the letter`);
    await capture.page(reader, 'letter-result');
    const [download] = await Promise.all([reader.waitForEvent('download'), button.click()]);
    check(/^投诉信-\d{4}-\d{2}-\d{2}\.txt$/.test(download.suggestedFilename()), `download is named ${download.suggestedFilename()}`);
    const txt = readFileSync(await download.path(), 'utf8');
    check(txt.includes('京东金融') && txt.includes('十几次'), 'the .txt letter lacks what was typed');
    check(!txt.includes('要保存的证据'), 'the .txt holds the sending notes, not the letter alone');
    await reader.setViewportSize(DESKTOP);
  });

  await journey('court deadlines on a phone: a 支付令, its dates, the calendar', async () => {
    await reader.setViewportSize(PHONE);
    await visit(reader, '/tools/court?paper=payment-order');
    check(await reader.getByLabel('支付令', { exact: true }).isChecked(), 'the link did not choose the 支付令');
    await capture.page(reader, 'court');
    await reader.getByLabel('收到文书的日期（必填）', { exact: true }).fill('2026-02-07');
    await follow(reader, reader.getByRole('button', { name: '算出期限' }));
    const result = await textOf(reader.locator('section.deadline-result'));
    check(result.includes('2026年2月22日') && result.includes('2026年2月24日'), `the 支付令 dates are wrong: ${result.slice(0, 200)}`);
    check(await reader.getByLabel('收到文书的日期（必填）', { exact: true }).inputValue() === '2026-02-07', 'the date was not kept');
    await capture.page(reader, 'court-result');
    const [ics] = await Promise.all([reader.waitForEvent('download'),
      reader.getByRole('link', { name: '加入日历（.ics，前一天提醒）' }).click()]);
    const cal = parseCalendar(readFileSync(await ics.path(), 'utf8'));
    check(cal.length === 1, `the calendar holds ${cal.length} events`);
    check(cal[0].start === '2026-02-22' && cal[0].isDate, `the event starts ${cal[0].start}`);
    check(cal[0].end === '2026-02-23', `the event ends ${cal[0].end}`);
    check(cal[0].alarms.includes('-PT15H'), `the alarm is ${cal[0].alarms}`);
    check(cal[0].description.includes('2026年2月24日'), 'the calendar does not name the moved last day');
    const [txt] = await Promise.all([reader.waitForEvent('download'),
      reader.getByRole('link', { name: '下载为文本文件（.txt）' }).click()]);
    check(readFileSync(await txt.path(), 'utf8').includes('2026年2月24日'), 'the .txt lacks the last day');
    // A judgment received before the suit: the message at the field, everything kept.
    await visit(reader, '/tools/court');
    await reader.getByLabel('一审判决书', { exact: true }).check();
    await reader.getByLabel('收到文书的日期（必填）', { exact: true }).fill('2026-03-01');
    await reader.getByLabel('收到起诉状的日期', { exact: true }).fill('2026-05-01');
    await follow(reader, reader.getByRole('button', { name: '算出期限' }), 422);
    check((await textOf(reader.locator('#e-RECEIVED'))).includes('早于'), 'no message at the received date');
    check(await reader.getByLabel('收到起诉状的日期', { exact: true }).inputValue() === '2026-05-01', 'the suit date was not kept');
    check(await reader.getByLabel('一审判决书', { exact: true }).isChecked(), 'the paper was not kept');
    await capture.page(reader, 'court-errors');
    // An impossible date from a link: kept in a text box, told why.
    await visit(reader, '/tools/court?paper=complaint&received=2026-02-30', 400);
    const box = reader.getByLabel('收到文书的日期（必填）', { exact: true });
    check(await box.getAttribute('type') === 'text' && await box.inputValue() === '2026-02-30', 'the impossible date was not kept');
    check((await textOf(reader.locator('#e-RECEIVED'))).includes('2026年2月只有28天'), 'the impossible date is not explained');
    await reader.setViewportSize(DESKTOP);
  });

  await journey('complaint deadlines on a phone: a bank, past its 60 days, the next step', async () => {
    await reader.setViewportSize(PHONE);
    await visit(reader, '/tools/complaint');
    await capture.page(reader, 'complaint');
    await reader.getByLabel('银行或保险公司（包括信用卡中心）', { exact: true }).check();
    await reader.getByLabel('对方收到投诉的日期（必填）', { exact: true }).fill('2026-09-10');
    await reader.getByLabel('投诉工单号', { exact: true }).fill('GD20260910');
    await follow(reader, reader.getByRole('button', { name: '查看答复期限' }));
    check(pathOf(reader) === '/tools/complaint', `the ticket went into the address: ${pathOf(reader)}`);
    const result = await textOf(reader.locator('section.deadline-result'));
    check(result.includes('2026年9月28日') && result.includes('2026年11月9日'), 'the reply dates are wrong');
    check(result.includes('GD20260910'), 'the ticket number is not shown');
    check(await reader.getByRole('link', { name: '写这封信' }).getAttribute('href') === '/tools/letter?type=complaint', 'no letter for the next step');
    await capture.page(reader, 'complaint-result');
    const [ics] = await Promise.all([reader.waitForEvent('download'),
      reader.getByRole('button', { name: '加入日历（.ics，前一天提醒）' }).click()]);
    const cal = parseCalendar(readFileSync(await ics.path(), 'utf8'));
    check(cal.map((e) => e.start).join(' ') === '2026-09-25 2026-10-10 2026-11-09', `the calendar holds ${cal.map((e) => e.start).join(' ')}`);
    check(cal.every((e) => e.isDate && e.alarms.includes('-PT15H')), 'an event is not a whole day with an alarm');
    await reader.setViewportSize(DESKTOP);
  });

  await journey('plan on a 375 px phone: home → questions → plan → paper; save, reopen, delete', async () => {
    const phone = await visitor.context.newPage();
    captureWatch(phone);
    await phone.setViewportSize({ width: 375, height: 812 });
    await visit(phone, '/');
    const cta = phone.locator('.plan-cta a').first();
    const box = await cta.boundingBox();
    check(box && box.y + box.height <= 812, 'the plan link is not on the first screen of a phone');
    await follow(phone, cta);
    check(pathOf(phone) === '/plan', `the plan link led to ${pathOf(phone)}`);
    await capture.page(phone, 'plan-start');
    await follow(phone, phone.getByRole('link', { name: /开始/ }));
    // One plain question a screen: a reader who borrowed on 白条, was called
    // at night and at home, and got a payment order a week ago.
    const want = ['borrower', 'neither', 'baitiao', 'm1to3', 'nothing', 'night', 'third',
      'payment-order', 'lender', 'stop-contact'];
    let screens = 0;
    while (await phone.locator('form.plan-step').count() && screens < 20) {
      await capture.page(phone, `plan-question-${screens + 1}`);
      const form = phone.locator('form.plan-step');
      const date = form.locator('input[type=date]');
      if (await date.count()) {
        const legend = await textOf(form.locator('legend'));
        if (/文书|收到/.test(legend)) await date.fill('2026-11-27');
        else if (await form.locator('input[type=radio][value=skip], input[type=checkbox][value=skip]').count()) await form.locator('input[type=radio][value=skip], input[type=checkbox][value=skip]').check();
      } else {
        let picked = false;
        for (const v of want) {
          const input = form.locator(`input[type=radio][value="${v}"], input[type=checkbox][value="${v}"]`);
          if (await input.count()) { await input.check(); picked = true; }
        }
        if (!picked) {
          const skip = form.locator('input[type=radio][value=skip], input[type=checkbox][value=skip]');
          if (await skip.count()) await skip.check();
          else await form.locator('input[type=radio]').first().check();
        }
      }
      await follow(phone, phone.getByRole('button', { name: '下一步' }));
      screens++;
    }
    check(screens >= 5, `only ${screens} questions were asked`);
    check(pathOf(phone).startsWith('/plan/result?'), `the last question led to ${pathOf(phone)}`);
    const plan = await textOf(phone.locator('main'));
    check(plan.includes('今天'), 'the plan has no 今天');
    check(/最稳妥：2026年12月12日之前办好/.test(plan), 'the payment-order deadline is not 2026年12月12日');
    check(plan.includes('依据：'), 'no rule behind the steps');
    await capture.page(phone, 'plan-result');
    // On paper: the plan without the site's chrome or the forms.
    await phone.emulateMedia({ media: 'print' });
    check(!(await phone.locator('header.site nav').isVisible()), 'the navigation prints');
    check(!(await phone.locator('form[action="/plan/save"]').isVisible()), 'the save form prints');
    check(await phone.locator('.plan-bucket').first().isVisible(), 'the plan does not print');
    const pdf = await phone.pdf({ format: 'A4' });
    check(pdf.length > 1000, 'no printed plan');
    await phone.emulateMedia({ media: 'screen' });
    // Save, reopen by typing the code, delete.
    await follow(phone, phone.getByRole('button', { name: '保存方案' }));
    check(/^\/plan\/p\/[0-9a-z]{16}$/.test(pathOf(phone)), `saving led to ${pathOf(phone)}`);
    const saved = pathOf(phone);
    const code = await textOf(phone.locator('.plan-code'));
    await capture.page(phone, 'plan-saved');
    await visit(phone, '/plan');
    await phone.getByLabel('方案代码').fill(code.toLowerCase());
    await follow(phone, phone.getByRole('button', { name: '打开' }));
    check(pathOf(phone) === saved, `the typed code opened ${pathOf(phone)}`);
    await phone.getByLabel(/确认删除/).check();
    await follow(phone, phone.getByRole('button', { name: '删除这个方案' }));
    check((await textOf(phone.locator('main'))).includes('已经删除'), 'no word that the plan was deleted');
    await visit(phone, saved, 404);
    await phone.close();
  });

  await journey('other reader pages: channels, glossary, 404', async () => {
    await visit(reader, '/channels');
    check(await textOf(reader.locator('h1')) === '投诉渠道一览', 'channels page h1');
    check(await reader.locator('section.channel').count() > 0, 'no channels listed');
    await capture.page(reader, 'channels');
    await visit(reader, '/glossary');
    check(await reader.locator('h1').count() === 1, 'glossary page has no h1');
    const aliases = await reader.locator('.aliases').allInnerTexts();
    check(aliases.some((a) => a.includes('、')), 'no term lists its aliases with 、');
    check(!aliases.some((a) => /[,，]/.test(a)), 'aliases are joined with commas');
    await capture.page(reader, 'glossary');
    await visit(reader, '/no-such-page', 404);
    check((await textOf(reader.locator('.error'))).includes('错误代码 404'), '404 page does not say so');
    await capture.page(reader, 'not-found');
  });

  await journey('anonymous visitor gets 401 at /admin/', async () => {
    // chromium, having no password to offer, stops the load with
    // ERR_INVALID_AUTH_CREDENTIALS; the answer it received is still seen.
    const answered = reader.waitForResponse((r) => r.url() === `${opt.base}/admin/`);
    await reader.goto(opt.base + '/admin/').catch(() => {});
    const r = await answered;
    check(r.status() === 401, `/admin/ without a password: ${r.status()}`);
    const challenge = (await r.allHeaders())['www-authenticate'] || '';
    check(/^Basic realm=/.test(challenge), `/admin/ asks for “${challenge}”, not a Basic password`);
  });

  await journey('editor edits an article, sees it live, restores the old text', async () => {
    const slug = state.article || 'jail-or-fraud';
    await visit(editor, '/admin/');
    check((await textOf(editor.locator('.editor-bar'))).includes(`编辑：${editorName}`), 'no editor bar');
    check(await editor.locator(`a[href="/admin/a/${slug}"]`).count() === 1, `the list does not link ${slug}`);
    await capture.page(editor, 'admin-list');
    await visit(reader, `/a/${slug}`);
    const oldProse = await textOf(reader.locator('.prose'));
    await follow(editor, editor.locator(`a[href="/admin/a/${slug}"]`));
    await capture.page(editor, 'admin-edit');
    const mark = `浏览器测试加的一句话，编号 ${process.pid}-${Date.now()}。`;
    // with a long word, a long number and a code-like block with a long line
    const long = `${'Unterbrechungsverjährung'.repeat(3)} ${'9'.repeat(40)}\n\n\`\`\`\n` +
      `2026-11-03 21:47 电话 ${'0123456789'.repeat(8)} 未接\n\`\`\`\n`;
    const md = editor.getByLabel('正文（Markdown）');
    await md.fill(`${await md.inputValue()}\n\n${mark}\n\n${long}`);
    await follow(editor, editor.getByRole('button', { name: '预览' }));
    check((await textOf(editor.locator('section.preview'))).includes(mark), 'the preview lacks the new sentence');
    check((await editor.getByLabel('正文（Markdown）').inputValue()).includes(mark), 'the text was not kept after preview');
    await capture.page(editor, 'admin-preview');
    await follow(editor, editor.getByRole('button', { name: '保存' }));
    const saved = new URL(editor.url()).searchParams.get('saved');
    check(pathOf(editor) === `/admin/a/${slug}?saved=${saved}` && Number(saved) >= 2, `save went to ${pathOf(editor)}`);
    check((await textOf(editor.getByRole('status'))).includes(`已保存为第 ${saved} 版`), 'no saved note');

    await visit(reader, `/a/${slug}`);
    check((await textOf(reader.locator('.prose'))).includes(mark), 'the change is not live on the article page');
    await capture.page(reader, 'article-long');

    await visit(editor, `/admin/h/${slug}`);
    const rows = editor.locator('table.admin-list tbody tr');
    check(await rows.count() === Number(saved), `history lists ${await rows.count()} revisions, want ${saved}`);
    await capture.page(editor, 'admin-history');
    await follow(editor, editor.locator(`a[href="/admin/h/${slug}?ra=${saved - 1}&rb=${saved}"]`));
    const diff = await editor.locator('pre.diff ins').allInnerTexts();
    check(diff.some((l) => l.includes(mark)), 'the diff does not show the added sentence');
    await capture.page(editor, 'admin-diff');
    check(!(await textOf(editor.locator('main'))).match(/\dT\d\d:\d\d:\d\dZ/), 'the history shows raw UTC');
    const before = editor.locator('table.admin-list tbody tr').filter({
      has: editor.locator('td:first-child', { hasText: new RegExp(`^第 ${saved - 1} 版$`) }),
    });
    await follow(editor, before.getByRole('link', { name: '恢复这一版…' }));
    check((await textOf(editor.locator('section.restore-confirm'))).includes(`另存为新的第 ${Number(saved) + 1} 版`),
      'the confirmation does not say what restoring does');
    await capture.page(editor, 'admin-restore-confirm');
    await follow(editor, editor.getByRole('button', { name: `确认恢复为第 ${Number(saved) + 1} 版` }));
    check(pathOf(editor) === `/admin/h/${slug}?saved=${Number(saved) + 1}&rev=${saved - 1}`, `restore went to ${pathOf(editor)}`);
    check((await textOf(editor.getByRole('status'))).includes(`恢复为新的第 ${Number(saved) + 1} 版`), 'no restored message');
    check(await rows.count() === Number(saved) + 1, 'restore did not add a revision');

    await visit(reader, `/a/${slug}`);
    const now = await textOf(reader.locator('.prose'));
    check(!now.includes(mark), 'the added sentence is still on the article page');
    check(now === oldProse, 'the article does not show the old text again');
  });

  await journey('editor on a phone: what needs doing, then preview and 保存 within reach', async () => {
    const phone = await editorBrowser.context.newPage();
    captureWatch(phone);
    await phone.setViewportSize({ width: 375, height: 740 });
    await visit(phone, '/admin/');
    check(await phone.locator('#todo-h').count() === 1, 'the home does not say what needs doing');
    check(await phone.locator('#todo-questions').count() === 1, 'the home does not count the questions waiting');
    await capture.page(phone, 'admin-home-phone');
    await visit(phone, '/admin/d/value/holidays-2026');
    await follow(phone, phone.getByRole('button', { name: '预览' }));
    check(await phone.locator('.preview-frame').count() === 1, 'the value preview is not framed');
    check(await phone.getByRole('link', { name: '跳到预览' }).isVisible(), 'the preview is not one tap away');
    const save = phone.getByRole('button', { name: '保存' });
    const box = await save.boundingBox();
    check(box && box.y >= 0 && box.y + box.height <= 740, `保存 is out of reach on a phone (at ${box && box.y})`);
    await capture.page(phone, 'admin-doc-preview-phone');
    await phone.close();
  });

  await journey('editor answers and publishes a reader question', async () => {
    check(state.questionTitle, 'no question was asked (the ask journey failed)');
    await visit(editor, '/admin/questions');
    await capture.page(editor, 'admin-questions');
    await follow(editor, editor.getByRole('link', { name: state.questionTitle }));
    const id = pathOf(editor).match(/^\/admin\/q\/(\d+)$/);
    check(id, `the question link led to ${pathOf(editor)}`);
    check((await textOf(editor.locator('section.question'))).includes('139****5678'), 'the editor sees the number unmasked');
    await follow(editor, editor.getByRole('button', { name: '认领这个问题' }));
    check((await textOf(editor.locator('section.claim'))).includes('你从'), 'the claim is not shown');
    await capture.page(editor, 'admin-question');
    const answer = '催收不得向与债务无关的第三人透露你的欠款。可以先向贷款机构投诉，保留通话记录和截图。';
    await editor.getByLabel('回答（Markdown）').fill(answer);
    await editor.getByLabel('处理方式').selectOption('publish');
    await follow(editor, editor.getByRole('button', { name: '预览' }));
    check((await textOf(editor.locator('section.preview'))).includes(answer), 'the answer preview lacks the answer');
    await capture.page(editor, 'admin-question-preview');
    await follow(editor, editor.getByRole('button', { name: '保存' }));
    check(pathOf(editor) === `/admin/questions?saved=${id[1]}`, `saving went to ${pathOf(editor)}`);
    check((await textOf(editor.getByRole('status'))).includes(`第 ${id[1]} 号问题已处理`), 'no done note');

    await visit(reader, `/q/${id[1]}`);
    check(await textOf(reader.locator('h1')) === state.questionTitle, '/q/ page does not show the title');
    check((await textOf(reader.locator('section.answer'))).includes(answer), '/q/ page does not show the answer');
    check(!(await textOf(reader.locator('main'))).includes('13912345678'), '/q/ page shows the whole number');
    await capture.page(reader, 'question');
    await visit(reader, state.ticket);
    check((await textOf(reader.locator('section.answer'))).includes(answer), 'the ticket page does not show the answer');
    await follow(reader, reader.getByRole('link', { name: '查看公开的问答' }));
    check(pathOf(reader) === `/q/${id[1]}`, 'the ticket page does not link the public question');
  });

  await journey('editor opens topics, channels and glossary documents', async () => {
    await visit(editor, '/admin/docs');
    await capture.page(editor, 'admin-docs');
    const first = editor.locator('a[href^="/admin/d/category/"]').first();
    const href = await first.getAttribute('href');
    await follow(editor, first);
    check(pathOf(editor) === href, `the document link led to ${pathOf(editor)}`);
    check((await editor.getByRole('textbox').first().inputValue()).length > 0, 'the document text is empty');
    await capture.page(editor, 'admin-doc');
  });
} finally {
  await visitor.close();
  await editorBrowser.close();
}

const passed = results.filter((r) => r.ok).length;
const failed = results.length - passed;
const lines = [
  `axe: ${capture.violations} violations on ${capture.names.length} page types at ${CAPTURE_WIDTHS.join(' and ')} px` +
    ` (${capture.overflows} sideways scrolls, ${capture.layouts} layout faults, ${capture.prints} print faults,` +
    ` ${capture.problems} console problems, ${capture.screenshots} screenshots)`,
  `journeys: ${passed} passed, ${failed} failed`,
];
writeFileSync(join(opt.pages, 'summary.txt'), lines.join('\n') + '\n');
for (const l of lines) console.log(l);
process.exit(failed === 0 && capture.total() === 0 ? 0 : 1);
