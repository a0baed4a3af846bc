// capture: what is recorded for each page type the journeys reach: the
// HTML the browser received (for the Nu Html Checker), axe-core's findings
// and a full-page screenshot at two phones' widths and a desktop's, any
// page-wide horizontal scrolling, the layout rules a reader sees (the
// header's height on a phone, tags and index names in one piece), and the
// page as printed (print media: what is left out, the address on the
// paper, the link notes, the quoted law) with a screenshot of it.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchRequire } from './launch.mjs';

// The widths every page type is checked and photographed at.
export const CAPTURE_WIDTHS = [320, 375, 1280];
// A phone's screen (the header may take at most about 15% of it) and the
// width of an A4 page's text in CSS pixels (210 mm less print.css's
// 15 mm margins, at 96 px to the inch).
const PHONE = { width: 375, height: 812 };
const HEADER_MAX = 0.15 * PHONE.height;
export const PRINT_WIDTH = Math.floor((210 - 30) / 25.4 * 96);
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

// captureWatch: remember the last main-document response of page (so the
// bytes the server sent can be saved after a click) and every Content
// Security Policy complaint or script error it logs.
export function captureWatch(page) {
  const state = { doc: null, problems: [] };
  page.on('response', (r) => {
    const req = r.request();
    if (req.isNavigationRequest() && req.frame() === page.mainFrame()) state.doc = r;
  });
  page.on('console', (m) => {
    if (/Content.Security.Policy/i.test(m.text())) state.problems.push(`CSP: ${m.text()}`);
  });
  page.on('pageerror', (e) => state.problems.push(`script error: ${e.message}`));
  page.quanyiWatch = state;
  return state;
}

// captureDocument: the last main-document response seen on page.
export function captureDocument(page) {
  return page.quanyiWatch && page.quanyiWatch.doc;
}

export class Capture {
  // shots: folder for PNGs; pages: folder for the received HTML.
  // site: the configured site address (-u), which printed pages name.
  constructor(shots, pages, site) {
    this.shots = shots;
    this.pages = pages;
    this.site = site;
    this.axeSource = readFileSync(launchRequire().resolve('axe-core/axe.min.js'), 'utf8');
    this.names = [];
    this.violations = 0;
    this.overflows = 0;
    this.problems = 0;
    this.layouts = 0;
    this.prints = 0;
    this.screenshots = 0;
  }

  // layout: what a reader would see as broken at this width: the header
  // taller than 15% of a 375x812 phone screen (checked at 375 px), a tag
  // (.cat, .tag) broken over two lines, names of an index (.toc) running
  // into each other or out of their cell. Returns the faults found.
  async layout(page, width) {
    return page.evaluate(({ width, headerMax, phone }) => {
      const faults = [];
      const header = document.querySelector('header.site');
      if (width === phone && header && header.getBoundingClientRect().height > headerMax) {
        faults.push(`the header is ${Math.round(header.getBoundingClientRect().height)}px tall, more than ${Math.round(headerMax)}px`);
      }
      for (const t of document.querySelectorAll('.cat, .tag')) {
        const r = t.getBoundingClientRect();
        if (r.width === 0) continue;
        const line = parseFloat(getComputedStyle(t).fontSize) * 2;
        if (t.getClientRects().length > 1 || r.height > line) faults.push(`the tag “${t.textContent}” breaks over two lines`);
      }
      const items = [...document.querySelectorAll('.toc li')].filter((li) => li.getBoundingClientRect().width > 0);
      for (const li of items) {
        const a = li.querySelector('a') || li;
        if (a.getBoundingClientRect().right > li.getBoundingClientRect().right + 1) {
          faults.push(`the index name “${li.textContent.trim()}” runs out of its cell`);
        }
      }
      for (let i = 0; i < items.length; i++) {
        for (let j = i + 1; j < items.length; j++) {
          const a = items[i].getBoundingClientRect(), b = items[j].getBoundingClientRect();
          if (a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1) {
            faults.push(`the index names “${items[i].textContent.trim()}” and “${items[j].textContent.trim()}” overlap`);
          }
        }
      }
      return faults;
    }, { width, headerMax: HEADER_MAX, phone: PHONE.width });
  }

  // print: the page in print media, as wide as an A4 page's text: no
  // navigation, search box or vote form; the quoted law shown even where
  // its <details> is closed; as many link notes as links in the text;
  // unless it is a letter, the page's address from the configured site
  // address on the paper. Returns the faults found.
  async print(page) {
    return page.evaluate((site) => {
      const faults = [];
      const shown = (e) => e && e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden';
      for (const sel of ['header.site nav', 'form.search', '.feedback form', '.crumbs', '.share', 'footer .footer-links']) {
        for (const e of document.querySelectorAll(sel)) if (shown(e)) faults.push(`${sel} is printed`);
      }
      const d = document.documentElement;
      if (d.scrollWidth > d.clientWidth) faults.push(`the printed page is ${d.scrollWidth}px wide in ${d.clientWidth}px`);
      for (const p of document.querySelectorAll('details.law p')) {
        if (!shown(p)) { faults.push('a quoted law text is not printed'); break; }
      }
      const links = [...document.querySelectorAll('main .prose a[href]')].filter(shown).length;
      const notes = [...document.querySelectorAll('.print-notes li')].filter(shown).length;
      if (links !== notes) faults.push(`${links} links in the text, ${notes} printed notes`);
      if (!document.querySelector('pre.letter')) {
        const meta = document.querySelector('.print-meta');
        const want = site + location.pathname;
        if (!shown(meta)) faults.push('no site address on the paper');
        else if (!meta.textContent.includes(want)) faults.push(`the paper does not give the address ${want}`);
      }
      return faults;
    }, this.site);
  }

  // total: every problem found so far.
  total() {
    return this.violations + this.overflows + this.problems + this.layouts + this.prints;
  }

  // axe: run axe-core on page with the WCAG 2.0/2.1 A and AA rules; returns
  // the violations, each with the elements it found.
  async axe(page) {
    const loaded = await page.evaluate(() => typeof window.axe === 'object');
    if (!loaded) await page.evaluate(this.axeSource);
    return page.evaluate(async (tags) => {
      const r = await window.axe.run(document, { runOnly: { type: 'tag', values: tags } });
      return r.violations.map((v) => ({
        id: v.id, impact: v.impact, help: v.help,
        nodes: v.nodes.slice(0, 5).map((n) => `${n.target.join(' ')}: ${n.failureSummary || ''}`.replace(/\s+/g, ' ')),
      }));
    }, AXE_TAGS);
  }

  // selfCheck: show that the checks can fail: on a page made with known
  // faults (an image without alt text, no lang, a too-wide block), axe and
  // the sideways-scroll check must find them; on the site's home page
  // (base), an inline script must be refused by its Content Security
  // Policy and the refusal seen by captureWatch. Throws if not.
  async selfCheck(context, base) {
    let page = await context.newPage();
    try {
      const watch = captureWatch(page);
      await page.goto(`${base}/`);
      const refused = page.waitForEvent('console', (m) => /Content.Security.Policy/i.test(m.text()));
      const ran = await page.evaluate(() => {
        const s = document.createElement('script');
        s.textContent = 'window.quanyiInline = 1;';
        document.head.appendChild(s);
        return window.quanyiInline === 1;
      });
      await refused;
      if (ran || watch.problems.length === 0) throw new Error('CSP self-check: an inline script was not refused');
    } finally {
      await page.close();
    }
    // The faulty page is made in a new page, outside the site's policy.
    page = await context.newPage();
    try {
      await page.setContent('<!DOCTYPE html><title>faulty</title><img src="data:,">' +
        '<div style="width:3000px">wide</div>');
      await page.setViewportSize({ width: 375, height: 900 });
      const ids = (await this.axe(page)).map((v) => v.id);
      for (const want of ['image-alt', 'html-has-lang']) {
        if (!ids.includes(want)) throw new Error(`axe self-check: ${want} not found (found: ${ids.join(', ')})`);
      }
      const wide = await page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);
      if (!wide) throw new Error('layout self-check: a 3000px block was not seen to scroll sideways');
      return ids;
    } finally {
      await page.close();
    }
  }

  // page: record the page type name as page now shows it. Saves the HTML of
  // the last document response, then at each width runs axe, checks that
  // nothing scrolls the whole page sideways and takes a full-page
  // screenshot. Problems are printed and counted; returns how many.
  async page(page, name) {
    if (this.names.includes(name)) throw new Error(`page type ${name} captured twice`);
    this.names.push(name);
    let found = 0;
    const doc = captureDocument(page);
    if (!doc) throw new Error(`${name}: no document response`);
    writeFileSync(join(this.pages, `${name}.html`), await doc.body());
    const original = page.viewportSize();
    for (const width of CAPTURE_WIDTHS) {
      await page.setViewportSize({ width, height: 900 });
      for (const v of await this.axe(page)) {
        found++;
        this.violations++;
        console.log(`axe: ${name} at ${width}px: ${v.id} (${v.impact}): ${v.help}`);
        for (const n of v.nodes) console.log(`    ${n}`);
      }
      const over = await page.evaluate(() => {
        const d = document.documentElement;
        return d.scrollWidth > d.clientWidth ? `${d.scrollWidth}px wide in ${d.clientWidth}px` : '';
      });
      if (over) {
        found++;
        this.overflows++;
        console.log(`layout: ${name} at ${width}px scrolls sideways: ${over}`);
      }
      for (const f of await this.layout(page, width)) {
        found++;
        this.layouts++;
        console.log(`layout: ${name} at ${width}px: ${f}`);
      }
      await page.screenshot({ path: join(this.shots, `${name}-${width}.png`), fullPage: true });
      this.screenshots++;
    }
    await page.setViewportSize({ width: PRINT_WIDTH, height: 900 });
    await page.emulateMedia({ media: 'print' });
    try {
      for (const f of await this.print(page)) {
        found++;
        this.prints++;
        console.log(`print: ${name}: ${f}`);
      }
      await page.screenshot({ path: join(this.shots, `${name}-print.png`), fullPage: true });
      this.screenshots++;
    } finally {
      await page.emulateMedia({ media: null });
    }
    await page.setViewportSize(original);
    const watch = page.quanyiWatch;
    for (const p of watch ? watch.problems.splice(0) : []) {
      found++;
      this.problems++;
      console.log(`console: ${name}: ${p}`);
    }
    return found;
  }
}
