// What the browser tests share: Debian's Chromium, the two sizes, pages that record what went
// wrong, axe-core, the phone's sideways-scroll check, screenshots, and the OpenID Connect rig.
//
// Not a test file itself (node --test runs *.test.mjs): the tests import it.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { after, before } from 'node:test';
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';

import { repoRoot, startDemoServer } from '../rig/server.mjs';

export const CHROMIUM = process.env.CHROMIUM_BIN || '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];
export const VIEWPORTS = [
  { name: 'desktop', width: 1280, height: 800 },
  { name: 'phone', width: 390, height: 844 },
];
export const DEMO_PASSWORD = 'practitioner-demo';

export const screenshotDir = process.env.SCREENSHOT_DIR
  ? path.resolve(process.env.SCREENSHOT_DIR) : null;
const axeSource = await readFile(path.join(repoRoot, 'node_modules', 'axe-core', 'axe.min.js'),
  'utf8');

export const normalize = (text) => (text ?? '').replace(/\s+/g, ' ').trim();

/**
 * Chromium with a fresh profile. Resolves to { context, close() }; close() also removes the
 * profile.
 */
export async function launchBrowser() {
  if (screenshotDir) await mkdir(screenshotDir, { recursive: true });
  const profileDir = await mkdtemp(path.join(tmpdir(), 'practica-chromium-'));
  let context;
  try {
    context = await chromium.launchPersistentContext(profileDir, {
      executablePath: CHROMIUM,
      headless: true,
      args: CHROMIUM_ARGS,
      viewport: VIEWPORTS[0],
      locale: 'en-US',
      acceptDownloads: true,
      // axe is injected as an inline script; a strict Content-Security-Policy must not stop it.
      bypassCSP: true,
    });
  } catch (error) {
    await rm(profileDir, { recursive: true, force: true });
    throw error;
  }
  return {
    context,
    async close() {
      await context.close();
      await rm(profileDir, { recursive: true, force: true });
    },
  };
}

/**
 * A page that records what went wrong while it was open: uncaught script errors, what the
 * Content-Security-Policy refused, and
 * sub-resources (CSS, scripts, images) that failed or answered an error status. Only requests
 * to `origin` (the server under test) count when it is given.
 */
export async function openPage(context, viewport, { origin } = {}) {
  const page = await context.newPage();
  await page.setViewportSize({ width: viewport.width, height: viewport.height });
  page.setDefaultTimeout(15_000);
  page.problems = [];
  const ours = (url) => !origin || new URL(url).origin === origin;
  page.on('pageerror', (error) => page.problems.push(`script error: ${error.message}`));
  // Every page is served under a Content-Security-Policy; anything it refuses (an inline
  // script or style, eval) is a page that does not work as written.
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) {
      page.problems.push(`refused by the Content-Security-Policy: ${message.text()}`);
    }
  });
  // Which document asked for each request: a script still loading when the person clicks on
  // is aborted by the navigation, which is the browser leaving the page, not a broken page.
  const askedFrom = new WeakMap();
  page.on('request', (request) => askedFrom.set(request, page.url()));
  page.on('requestfailed', (request) => {
    if (!ours(request.url())) return;
    if (request.failure()?.errorText === 'net::ERR_ABORTED' && !request.isNavigationRequest() &&
        askedFrom.has(request) && askedFrom.get(request) !== page.url()) return;
    if (request.failure()?.errorText === 'net::ERR_ABORTED' && page.blockingScripts) return;
    // A download (the CSV export) ends its navigation with ERR_ABORTED; that is not a failure.
    if (request.failure()?.errorText === 'net::ERR_ABORTED' && request.isNavigationRequest()) return;
    page.problems.push(`request failed: ${request.url()} (${request.failure()?.errorText})`);
  });
  page.on('response', (response) => {
    const request = response.request();
    if (!ours(response.url())) return;
    if (request.isNavigationRequest() && request.frame() === page.mainFrame()) return;
    if (new URL(response.url()).pathname === '/favicon.ico') return;
    if (response.status() >= 400) {
      page.problems.push(`${request.method()} ${response.url()} answered ${response.status()}`);
    }
  });
  return page;
}

export async function screenshot(page, viewport, name) {
  if (!screenshotDir) return;
  await page.screenshot({ path: path.join(screenshotDir, `${viewport.name}-${name}.png`),
    fullPage: true });
}

/** Serious and critical axe-core violations on the page as it is now, as readable lines. */
export async function axeViolations(page) {
  if (!(await page.evaluate(() => typeof window.axe === 'object'))) {
    // Evaluated through the DevTools protocol, which the page's Content-Security-Policy does not
    // govern (a <script> tag with axe's text would be refused as inline script).
    await page.evaluate(axeSource);
  }
  const results = await page.evaluate(() => window.axe.run(document, {
    resultTypes: ['violations'],
  }));
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => {
      const nodes = v.nodes.slice(0, 5).map((n) => `      ${n.target.join(' ')}\n` +
        `        ${normalize(n.failureSummary)}\n        ${n.html.slice(0, 200)}`);
      const more = v.nodes.length > 5 ? `\n      ... and ${v.nodes.length - 5} more` : '';
      return `axe [${v.impact}] ${v.id}: ${v.help} (${v.helpUrl})\n${nodes.join('\n')}${more}`;
    });
}

/** On a phone, the page must not scroll sideways; names the elements that stick out. */
export async function horizontalScroll(page) {
  const { scrollWidth, innerWidth, outside } = await page.evaluate(() => {
    const limit = window.innerWidth + 1;
    const outside = [...document.body.querySelectorAll('*')]
      .filter((e) => e.getBoundingClientRect().right > limit)
      .slice(0, 5)
      .map((e) => `${e.tagName.toLowerCase()}${e.id ? `#${e.id}` : ''}` +
        `${typeof e.className === 'string' && e.className.trim()
          ? `.${e.className.trim().split(/\s+/).join('.')}` : ''}` +
        ` (right edge at ${Math.round(e.getBoundingClientRect().right)} px)`);
    return { scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth,
      outside };
  });
  if (scrollWidth <= innerWidth + 1) return [];
  return [`scrolls sideways: document scrollWidth ${scrollWidth} > innerWidth ${innerWidth}; ` +
    `elements past the right edge: ${outside.join(', ') || 'none found'}`];
}

/** What every page must pass, at every size; reports every failure at once. */
export async function checkPage(page, viewport, name) {
  await screenshot(page, viewport, name);
  const failures = page.problems.splice(0);
  failures.push(...await axeViolations(page));
  if (viewport.name === 'phone') failures.push(...await horizontalScroll(page));
  if (failures.length > 0) {
    assert.fail(`${name} at ${viewport.width}x${viewport.height} (${page.url()}):\n` +
      failures.map((f) => `  - ${f}`).join('\n'));
  }
}

/** The text of the page's main landmark, whitespace collapsed (for failure messages). */
export async function mainText(page) {
  return normalize(await page.locator('main').first().textContent().catch(() => ''))
    .slice(0, 400);
}

/** Signs in through the password form of /sign-in (the page must be on it). */
export async function fillSignIn(page, email, password = DEMO_PASSWORD) {
  const form = page.locator('#sign-in-form');
  await form.getByLabel('E-mail address').fill(email);
  await form.getByLabel('Password', { exact: true }).fill(password);
  await form.getByRole('button', { name: 'Sign in' }).click();
}

// Clicks a link or button and waits for the page it leads to.
export async function clickThrough(page, locator) {
  await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), locator.click()]);
}

// Signs in on the server at `base` (its URL) as the demo person with that e-mail.
export async function signInAt(page, base, email) {
  await page.goto(new URL('/sign-in', base).href);
  await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), fillSignIn(page, email)]);
}

/** The header's "Sign out" button, then waits for the page it leads to. */
export async function signOut(page) {
  await Promise.all([
    page.waitForNavigation({ waitUntil: 'load' }),
    page.locator('header.site').getByRole('button', { name: 'Sign out' }).click(),
  ]);
}

/**
 * Starts tests/rig/oidc-provider.mjs on a free loopback port for one client whose redirect URI
 * is given. Resolves to { issuer, output(), stop() }.
 */
export async function startOidcProvider({ redirectUri, clientId = 'practica',
  clientSecret = 's3cret' }) {
  const script = path.join(repoRoot, 'tests', 'rig', 'oidc-provider.mjs');
  const child = spawn(process.execPath, [script, '--port', '0', '--client-id', clientId,
    '--client-secret', clientSecret, '--redirect-uri', redirectUri],
  { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const keep = (chunk) => {
    output += chunk.toString();
    if (output.length > 256 * 1024) output = output.slice(-256 * 1024);
    if (process.env.PRACTICA_SERVER_LOG) process.stderr.write(chunk);
  };
  child.stderr.on('data', keep);
  const exited = new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  const killOnExit = () => child.kill('SIGKILL');
  process.on('exit', killOnExit);

  const issuer = await new Promise((resolve, reject) => {
    let stdout = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`the OpenID provider rig did not say "listening" within 15 s\n${output}`));
    }, 15_000);
    child.stdout.on('data', (chunk) => {
      keep(chunk);
      stdout += chunk.toString();
      const match = /^listening (\S+)$/m.exec(stdout);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    exited.then((exit) => {
      clearTimeout(timer);
      reject(new Error(`the OpenID provider rig exited (${JSON.stringify(exit)})\n${output}`));
    });
  });

  let stopped = null;
  return {
    issuer,
    output: () => output,
    stop() {
      stopped ??= (async () => {
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
        const exit = await exited;
        clearTimeout(timer);
        process.off('exit', killOnExit);
        return exit;
      })();
      return stopped;
    },
  };
}

/**
 * One demo server and one browser for a whole test file; call it at the file's top level.
 * Returns { server, browser, at(pathname) } filled in once the file's tests start.
 */
export function useDemo() {
  const demo = {
    server: null,
    browser: null,
    at: (pathname) => new URL(pathname, demo.server.url).href,
  };
  before(async () => {
    demo.server = await startDemoServer();
    demo.browser = await launchBrowser();
  });
  after(async () => {
    await demo.browser?.close();
    await demo.server?.stop();
  });
  return demo;
}
