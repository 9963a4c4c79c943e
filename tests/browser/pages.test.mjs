// The public pages as a visitor sees them, in Debian's Chromium, at a desktop and a phone size.
//
//   PRACTICA_BIN=build/practica node --test tests/browser/
//   SCREENSHOT_DIR=/tmp/shots PRACTICA_BIN=build/practica node --test tests/browser/
//
// One server (demo data) and one browser serve the whole file. Every page visited is checked
// with axe-core (no serious or critical violations), for scripts that throw, for sub-resources
// that fail to load, and on the phone for horizontal scrolling.
import { after, before, beforeEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { startDemoServer } from '../rig/server.mjs';
import { VIEWPORTS, checkPage, launchBrowser, normalize, openPage as openKitPage } from './kit.mjs';

const COHORTS = ['PS 1.0', 'PS 2.0', 'PS 3.0', 'PS 4.0'];
const SCHOOL = 'Garvanza Elementary Technology and Leadership Magnet';
const TEST = { timeout: 60_000 };

let server;
let browser;

before(async () => {
  server = await startDemoServer();
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  const exit = await server?.stop();
  if (exit && exit.signal !== 'SIGTERM' && exit.code !== 0) {
    process.stderr.write(`server exited with ${JSON.stringify(exit)} after SIGTERM\n` +
      `--- server output ---\n${server.output()}\n`);
  }
});

const at = (pathname) => new URL(pathname, server.url).href;
const openPage = (viewport) => openKitPage(browser.context, viewport);

// The school rows of #schools, each as its cells' text, and the index of the "Type" column.
async function schoolTable(page) {
  return page.evaluate(() => {
    const table = document.querySelector('#schools');
    if (!table) return null;
    const clean = (e) => e.textContent.replace(/\s+/g, ' ').trim();
    const headers = [...table.querySelectorAll('thead tr:last-child > *')].map(clean);
    const rows = [...table.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map(clean));
    return { tag: table.tagName, headers, rows,
      typeColumn: headers.findIndex((h) => h.toLowerCase() === 'type') };
  });
}

async function assertOnlyMiddleSchools(page, how) {
  const table = await schoolTable(page);
  assert.ok(table, `${how}: #schools is gone after filtering`);
  assert.ok(table.typeColumn >= 0,
    `${how}: #schools has no "Type" column header (headers: ${JSON.stringify(table.headers)})`);
  assert.ok(table.rows.length > 0 && table.rows.length < 25,
    `${how}: expected between 1 and 24 middle schools, got ${table.rows.length} rows`);
  const notMiddle = table.rows.filter((cells) => cells[table.typeColumn] !== 'Middle');
  assert.deepEqual(notMiddle, [], `${how}: rows whose type is not "Middle"`);
}

async function chooseMiddleAndSubmit(page) {
  const form = page.locator('#school-filter');
  assert.equal(await form.count(), 1, 'the cohort page has one form #school-filter');
  assert.equal(await form.locator('select[name="local_district"]').count(), 1,
    '#school-filter has a <select name="local_district">');
  const type = form.locator('select[name="type"]');
  assert.equal(await type.count(), 1, '#school-filter has a <select name="type">');
  await type.selectOption('middle');
  await form.getByRole('button', { name: 'Filter' }).click();
}

// Waits for the page to reach a state, or fails saying where it is instead.
async function waitFor(page, what, predicate) {
  try {
    await page.waitForFunction(predicate, undefined, { timeout: 10_000 });
  } catch (error) {
    const rows = await page.locator('#schools tbody tr').count().catch(() => '?');
    assert.fail(`waited 10 s for ${what}; the page is at ${page.url()} with ${rows} rows in ` +
      `#schools (${error.message.split('\n')[0]})`);
  }
}

for (const viewport of VIEWPORTS) {
  describe(`${viewport.name} (${viewport.width}x${viewport.height})`, () => {
    let page;
    before(async () => { page = await openPage(viewport); });
    after(async () => { await page?.close(); });
    // Each test answers for what went wrong on its own pages only.
    beforeEach(() => { if (page) page.problems.length = 0; });

    it('home page lists the cohorts and how to apply', TEST, async () => {
      const response = await page.goto(at('/'));
      assert.equal(response.status(), 200, 'GET / status');
      assert.ok(await page.locator('h1').count() >= 1, 'the home page has an <h1>');
      assert.equal(await page.locator('#cohorts').count(), 1, 'the home page has #cohorts');
      const links = (await page.locator('#cohorts a').allTextContents()).map(normalize);
      for (const cohort of COHORTS) {
        assert.ok(links.some((text) => text.includes(cohort)),
          `#cohorts has a link for ${cohort} (links: ${JSON.stringify(links)})`);
      }
      assert.equal(await page.locator('#how-to-apply').count(), 1,
        'the home page has a #how-to-apply section');
      await checkPage(page, viewport, 'home');
    });

    it('the PS 3.0 link leads to its cohort page', TEST, async () => {
      await page.goto(at('/'));
      await page.locator('#cohorts a', { hasText: 'PS 3.0' }).first().click();
      await page.waitForURL((url) => url.pathname === '/cohorts/ps-3-0');
      assert.match(normalize(await page.locator('h1').first().textContent()),
        /Innovative Designer/, 'the cohort page h1');

      const timeline = (await page.locator('#timeline li').allTextContents()).map(normalize);
      assert.ok(timeline.length > 0, '#timeline lists its items (<li>)');
      for (const when of ['Friday, April 6, 2018 at 4:00 PM',
        'Friday, May 18, 2018, 3:00 PM to 4:00 PM']) {
        assert.ok(timeline.some((item) => item.includes(when)),
          `#timeline has an item with "${when}" (items: ${JSON.stringify(timeline)})`);
      }

      const table = await schoolTable(page);
      assert.ok(table, 'the cohort page has #schools');
      assert.equal(table.tag, 'TABLE', '#schools is a <table>');
      assert.equal(table.rows.length, 25, 'PS 3.0 has 25 schools in #schools');
      await checkPage(page, viewport, 'cohort-ps-3-0');
    });

    it('the school filter narrows the table in place (htmx) and in the URL', TEST, async () => {
      await page.goto(at('/cohorts/ps-3-0'));
      await page.evaluate(() => { window.practicaTestMarker = 'same document'; });
      await chooseMiddleAndSubmit(page);
      await waitFor(page, 'type=middle in the URL',
        () => new URL(window.location.href).searchParams.get('type') === 'middle');
      await waitFor(page, 'the table to narrow', () => {
        const rows = document.querySelectorAll('#schools tbody tr');
        return rows.length > 0 && rows.length < 25;
      });
      await assertOnlyMiddleSchools(page, 'with htmx');
      assert.equal(await page.evaluate(() => window.practicaTestMarker), 'same document',
        'the filter loaded a whole new page: it should swap the table with htmx (hx-push-url)');
      await checkPage(page, viewport, 'cohort-ps-3-0-middle');

      // The pushed URL is a real page: loading it afresh shows the same filtered table.
      await page.reload();
      await assertOnlyMiddleSchools(page, `reloading ${page.url()}`);
      assert.equal(await page.locator('#school-filter select[name="type"]').inputValue(),
        'middle', 'the reloaded page keeps "Middle" chosen in the filter');
    });

    it('the school filter works without scripts', TEST, async () => {
      const bare = await openPage(viewport);
      try {
        bare.blockingScripts = true;
        await bare.route('**/*', (route) => (route.request().resourceType() === 'script'
          ? route.abort() : route.continue()));
        await bare.goto(at('/cohorts/ps-3-0'));
        assert.equal(await bare.evaluate(() => typeof window.htmx), 'undefined',
          'htmx is blocked on this page');
        await chooseMiddleAndSubmit(bare);
        await bare.waitForURL((url) => url.searchParams.get('type') === 'middle');
        await bare.waitForLoadState();
        assert.equal(new URL(bare.url()).searchParams.get('type'), 'middle',
          `the URL after submitting without scripts (${bare.url()}) has type=middle`);
        await assertOnlyMiddleSchools(bare, 'without scripts');
      } finally {
        await bare.close();
      }
    });

    it(`a school link leads to the school's page`, TEST, async () => {
      await page.goto(at('/cohorts/ps-3-0'));
      await page.locator('#schools').getByRole('link', { name: SCHOOL, exact: true }).click();
      await page.waitForURL((url) => /^\/schools\/[^/]+$/.test(url.pathname));

      const history = page.locator('#history');
      assert.equal(await history.count(), 1, 'the school page has #history');
      let items = await history.locator('li').allTextContents();
      if (items.length === 0) items = await history.locator('tbody tr').allTextContents();
      items = items.map(normalize);
      assert.equal(items.length, 4,
        `#history lists four cohorts (items: ${JSON.stringify(items)})`);
      for (const cohort of COHORTS) {
        assert.ok(items.some((item) => item.includes(cohort)),
          `#history has ${cohort} (items: ${JSON.stringify(items)})`);
      }
      const aliases = normalize(await page.locator('#aliases').textContent());
      for (const alias of ['Garvanza ES', 'Garvnaza ES']) {
        assert.ok(aliases.includes(alias), `#aliases shows "${alias}" (it says: "${aliases}")`);
      }
      await checkPage(page, viewport, 'school-garvanza');
    });

    it('an unknown page answers 404 with a way home', TEST, async () => {
      const response = await page.goto(at('/no-such-page'));
      assert.equal(response.status(), 404, 'GET /no-such-page status');
      assert.match(normalize(await page.locator('h1').first().textContent()),
        /Page not found/i, 'the 404 page h1');
      const homeLinks = await page.evaluate(() => [...document.querySelectorAll('a[href]')]
        .filter((a) => a.origin === window.location.origin && a.pathname === '/').length);
      assert.ok(homeLinks > 0, 'the 404 page links to the home page');
      await checkPage(page, viewport, 'not-found');
    });
  });
}
