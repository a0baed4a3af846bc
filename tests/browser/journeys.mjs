// journeys: what readers and editors do on quanyi, done in a real browser
// (Debian's chromium) against the program behind nginx, each step checked
// on what the page shows. Every page type reached is captured (capture.mjs):
// axe-core at 375 and 1280 px, screenshots, the HTML for the Nu checker.
//
// node journeys.mjs --base URL --editor NAME:PASSWORD --shots DIR --pages DIR --eval TSV
// Prints one line per journey and per problem, then the closing lines
// (also written to PAGES/summary.txt); exits 1 on any failure. TSV is
// tests/search_eval.tsv: every query in it is searched on a phone's
// screen, and its first result must start on the first screen.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { launchBrowser } from './launch.mjs';
import { Capture, CAPTURE_WIDTHS, captureDocument, captureWatch } from './capture.mjs';

const { values: opt } = parseArgs({
  options: {
    base: { type: 'string' }, editor: { type: 'string' },
    shots: { type: 'string' }, pages: { type: 'string' }, eval: { type: 'string' },
  },
});
for (const k of ['base', 'editor', 'shots', 'pages', 'eval']) {
  if (!opt[k]) {
    console.error(`journeys: --${k} is required`);
    process.exit(2);
  }
}
const [editorName, editorPass] = [opt.editor.slice(0, opt.editor.indexOf(':')),
  opt.editor.slice(opt.editor.indexOf(':') + 1)];
const ASK_MIN_FILL_MS = 3000;   // the program refuses a question sent sooner

// Each browser step has its own timeout; this bounds the whole run, so a
// hang cannot hang make check.
setTimeout(() => {
  console.log('not ok - the journeys did not finish within 10 minutes');
  process.exit(1);
}, 10 * 60 * 1000).unref();

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

const state = {};
const results = [];
const capture = new Capture(opt.shots, opt.pages);

// journey: run fn as the journey called name; a failed check or a page
// problem found while capturing fails it.
async function journey(name, fn) {
  const before = capture.violations + capture.overflows + capture.problems;
  try {
    await fn();
    const found = capture.violations + capture.overflows + capture.problems - before;
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
    await capture.page(reader, 'article');
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
      '我在白条逾期两个月，外包催收公司每天给我同事打电话，还把我的手机号13912345678发到了同事群里。这样合法吗？我能去哪里投诉？');
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

  await journey('letter tool (POST form, page and .txt download)', async () => {
    await visit(reader, '/tools/letter');
    await capture.page(reader, 'letter');
    await reader.getByLabel('投诉信', { exact: true }).check();
    await reader.getByLabel('贷款机构（平台）（必填）', { exact: true }).fill('京东金融');
    await reader.getByLabel('一天之内反复拨打我的电话', { exact: true }).check();
    await reader.getByLabel('打电话或发信息给我的家人、同事、朋友或紧急联系人', { exact: true }).check();
    await reader.getByLabel('6. 事情经过（用你自己的话）').fill('3月1日起，对方每天打我同事的电话十几次。');
    await follow(reader, reader.getByRole('button', { name: '生成文书' }));
    check(pathOf(reader) === '/tools/letter', `the form went to ${pathOf(reader)}`);
    check(await textOf(reader.locator('#letter-h')) === '你的投诉信', 'no 你的投诉信 heading');
    const letter = await reader.locator('pre#letter').innerText();
    check(letter.includes('京东金融'), 'the letter does not name the lender');
    check(letter.includes('3月1日起，对方每天打我同事的电话十几次。'), 'the letter does not hold the facts');
    check(await reader.getByLabel('贷款机构（平台）（必填）', { exact: true }).inputValue() === '京东金融', 'the form was not kept');
    await capture.page(reader, 'letter-result');
    const [download] = await Promise.all([
      reader.waitForEvent('download'),
      reader.getByRole('button', { name: '下载为文本文件（.txt）' }).click(),
    ]);
    check(download.suggestedFilename() === 'letter.txt', `download is named ${download.suggestedFilename()}`);
    const txt = readFileSync(await download.path(), 'utf8');
    check(txt.includes('京东金融') && txt.includes('十几次'), 'the .txt letter lacks what was typed');
  });

  await journey('other reader pages: channels, glossary, 404', async () => {
    await visit(reader, '/channels');
    check(await textOf(reader.locator('h1')) === '投诉渠道一览', 'channels page h1');
    check(await reader.locator('section.channel').count() > 0, 'no channels listed');
    await capture.page(reader, 'channels');
    await visit(reader, '/glossary');
    check(await reader.locator('h1').count() === 1, 'glossary page has no h1');
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
    const md = editor.getByLabel('正文（Markdown）');
    await md.fill(`${await md.inputValue()}\n\n${mark}\n`);
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

    await visit(editor, `/admin/h/${slug}`);
    const rows = editor.locator('table.admin-list tbody tr');
    check(await rows.count() === Number(saved), `history lists ${await rows.count()} revisions, want ${saved}`);
    await capture.page(editor, 'admin-history');
    await follow(editor, editor.locator(`a[href="/admin/h/${slug}?ra=${saved - 1}&rb=${saved}"]`));
    const diff = await editor.locator('pre.diff ins').allInnerTexts();
    check(diff.some((l) => l.includes(mark)), 'the diff does not show the added sentence');
    await capture.page(editor, 'admin-diff');
    const before = editor.locator('table.admin-list tbody tr').filter({
      has: editor.locator('td:first-child', { hasText: new RegExp(`^${saved - 1}$`) }),
    });
    await follow(editor, before.getByRole('button', { name: '恢复为新版本' }));
    check(pathOf(editor) === `/admin/h/${slug}`, `restore went to ${pathOf(editor)}`);
    check(await rows.count() === Number(saved) + 1, 'restore did not add a revision');

    await visit(reader, `/a/${slug}`);
    const now = await textOf(reader.locator('.prose'));
    check(!now.includes(mark), 'the added sentence is still on the article page');
    check(now === oldProse, 'the article does not show the old text again');
  });

  await journey('editor answers and publishes a reader question', async () => {
    check(state.questionTitle, 'no question was asked (the ask journey failed)');
    await visit(editor, '/admin/questions');
    await capture.page(editor, 'admin-questions');
    await follow(editor, editor.getByRole('link', { name: state.questionTitle }));
    const id = pathOf(editor).match(/^\/admin\/q\/(\d+)$/);
    check(id, `the question link led to ${pathOf(editor)}`);
    check((await textOf(editor.locator('section.question'))).includes('139****5678'), 'the editor sees the number unmasked');
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
    ` (${capture.overflows} sideways scrolls, ${capture.problems} console problems, ${capture.screenshots} screenshots)`,
  `journeys: ${passed} passed, ${failed} failed`,
];
writeFileSync(join(opt.pages, 'summary.txt'), lines.join('\n') + '\n');
for (const l of lines) console.log(l);
process.exit(failed === 0 && capture.violations + capture.overflows + capture.problems === 0 ? 0 : 1);
