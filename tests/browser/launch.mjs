// launch: start Debian's chromium through playwright-core, headless, with
// a fresh profile in a temporary folder, and find the npm packages (which
// live in the build tree, not beside this file).
import { createRequire } from 'node:module';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// The flags the project runs chromium with: nothing talks to the network
// but the pages under test.
const CHROMIUM_FLAGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

// launchModulesDir: the folder whose node_modules holds the packages.
export function launchModulesDir() {
  const dir = process.env.QUANYI_NODE_MODULES;
  if (!dir) throw new Error('QUANYI_NODE_MODULES is not set (run through tests/browser_test.sh)');
  return dir;
}

// launchRequire: require() that resolves from the packages' folder.
export function launchRequire() {
  return createRequire(join(launchModulesDir(), 'package.json'));
}

// launchBrowser: a persistent chromium context in a new temporary profile
// folder, with the given extra context options (e.g. httpCredentials).
// Returns { context, close }; close() stops chromium and removes the folder.
export async function launchBrowser(options = {}) {
  const { chromium } = launchRequire()('playwright-core');
  const profile = mkdtempSync(join(tmpdir(), 'quanyi-chromium-'));
  let context;
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath: process.env.QUANYI_CHROMIUM || '/usr/bin/chromium',
      headless: true,
      args: CHROMIUM_FLAGS,
      locale: 'zh-CN',
      timezoneId: 'Asia/Shanghai',
      viewport: { width: 1280, height: 900 },
      acceptDownloads: true,
      ...options,
    });
  } catch (e) {
    rmSync(profile, { recursive: true, force: true });
    throw e;
  }
  context.setDefaultTimeout(15000);
  context.setDefaultNavigationTimeout(20000);
  return {
    context,
    async close() {
      await context.close().catch(() => {});
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
