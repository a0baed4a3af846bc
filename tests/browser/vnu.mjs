// vnu: validate the HTML pages the journeys saved with the Nu Html Checker
// (vnu.jar from the vnu-jar npm package, run by the system's Java).
//
// node vnu.mjs PAGES_DIR
// Prints every error and a closing line; exits 1 if there is any error.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { launchRequire } from './launch.mjs';

const dir = process.argv[2];
if (!dir) {
  console.error('usage: node vnu.mjs PAGES_DIR');
  process.exit(2);
}
const files = readdirSync(dir).filter((f) => f.endsWith('.html')).sort().map((f) => join(dir, f));
if (files.length === 0) {
  console.log('vnu: no pages to check');
  process.exit(1);
}
const jar = join(launchRequire().resolve('vnu-jar/package.json'), '..', 'build', 'dist', 'vnu.jar');
// A page with known errors goes through the same run: the checker must
// report them (and they are not counted), or this test could not fail.
const tmp = mkdtempSync(join(tmpdir(), 'quanyi-vnu-'));
const faulty = join(tmp, 'faulty-on-purpose.html');
writeFileSync(faulty, '<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>x</title></head>' +
  '<body><p><div>x</p><img src="x"></body></html>\n');
const run = spawnSync('java', [
  '-Dnu.validator.servlet.allow-forbidden-hosts=true', '-jar', jar,
  '--format', 'json', '--stdout', '--exit-zero-always', faulty, ...files,
], { encoding: 'utf8', maxBuffer: 64 << 20, timeout: 5 * 60 * 1000 });
rmSync(tmp, { recursive: true, force: true });
if (run.status !== 0 || !run.stdout) {
  console.log(`vnu: the checker did not run (status ${run.status}): ${run.error || run.stderr}`);
  process.exit(1);
}
const { messages } = JSON.parse(run.stdout);
let errors = 0;
let warnings = 0;
let selfErrors = 0;
for (const m of messages) {
  const file = basename(decodeURIComponent(new URL(m.url || 'file:///-').pathname));
  const where = `${file}:${m.lastLine || 0}`;
  if (file === basename(faulty)) {
    if (m.type === 'error') selfErrors++;
    continue;
  }
  if (m.type === 'error' || m.type === 'non-document-error') {
    errors++;
    console.log(`vnu error: ${where}: ${m.message}${m.extract ? ` [${m.extract.replace(/\s+/g, ' ')}]` : ''}`);
  } else if (m.subType === 'warning') {
    warnings++;
    console.log(`vnu warning: ${where}: ${m.message}`);
  }
}
if (selfErrors < 2) {
  console.log(`not ok - vnu self-test: ${selfErrors} errors reported on a page made faulty on purpose`);
  process.exit(1);
}
console.log(`vnu self-test: ${selfErrors} errors found on a page made faulty on purpose`);
console.log(`vnu: ${errors} errors, ${warnings} warnings in ${files.length} pages`);
process.exit(errors === 0 ? 0 : 1);
