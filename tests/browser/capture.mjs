// capture: what is recorded for each page type the journeys reach: the
// HTML the browser received (for the Nu Html Checker), axe-core's findings
// and a full-page screenshot at a phone's and a desktop's width, and any
// page-wide horizontal scrolling on the phone.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchRequire } from './launch.mjs';

// The widths every page type is checked and photographed at.
export const CAPTURE_WIDTHS = [375, 1280];
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
  constructor(shots, pages) {
    this.shots = shots;
    this.pages = pages;
    this.axeSource = readFileSync(launchRequire().resolve('axe-core/axe.min.js'), 'utf8');
    this.names = [];
    this.violations = 0;
    this.overflows = 0;
    this.problems = 0;
    this.screenshots = 0;
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
      await page.screenshot({ path: join(this.shots, `${name}-${width}.png`), fullPage: true });
      this.screenshots++;
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
