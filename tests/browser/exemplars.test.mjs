// Exemplars as the district uses them, in Debian's Chromium at a desktop and a phone size,
// reached by clicking: a visitor searches the library, narrows it by a facet and opens an
// exemplar; a teacher packages one from the home page (refused first, nothing typed lost) and
// sends it to review; the program's specialist reviews the one waiting for them and publishes it.
//
//   PRACTICA_BIN=build/practica node --test tests/browser/exemplars.test.mjs
//
// Every page visited is checked with axe-core, for script errors and failed requests, and on
// the phone for horizontal scrolling.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';

import { startDemoServer } from '../rig/server.mjs';
import {
  VIEWPORTS, checkPage, clickThrough, launchBrowser, mainText, normalize, openPage, signInAt,
} from './kit.mjs';

const TEST = { timeout: 90_000 };

let server;
let browser;

before(async () => {
  server = await startDemoServer();
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

const at = (pathname) => new URL(pathname, server.url).href;

const signIn = (page, email) => signInAt(page, server.url, email);
const click = clickThrough;

for (const viewport of VIEWPORTS) {
  describe(`${viewport.name} (${viewport.width}x${viewport.height})`, () => {
    it('a visitor searches the library, narrows it and opens an exemplar', TEST, async () => {
      await browser.context.clearCookies();
      const page = await openPage(browser.context, viewport, { origin: new URL(server.url).origin });
      try {
        await page.goto(at('/'));
        await click(page, page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Exemplars' }));
        assert.match(normalize(await page.locator('#library-count').textContent()), /11 exemplars/);
        await checkPage(page, viewport, 'exemplars-library');

        await page.getByLabel(/Search titles/).fill('partner');
        await click(page, page.getByRole('button', { name: 'Search' }));
        assert.equal(await page.locator('#results > li').count(), 3, await mainText(page));
        assert.equal(await page.locator('#results mark').first().textContent(), 'partner');
        await page.locator('#facets summary', { hasText: 'Grade band' }).click();
        await click(page, page.locator('#facets').getByRole('link', { name: 'Grades 9 to 12' }));
        assert.equal(await page.locator('#results > li').count(), 1, await mainText(page));
        assert.equal(await page.getByLabel(/Search titles/).inputValue(), 'partner', 'the query is kept');
        await checkPage(page, viewport, 'exemplars-narrowed');

        await click(page, page.locator('#results').getByRole('link').first());
        assert.match(normalize(await page.locator('h1').textContent()), /Global issues debate/);
        assert.equal(await page.locator('#illustrative').count(), 1, 'the demo says it is illustrative');
        assert.equal(await page.locator('#reviews').count(), 0, 'reviews are not public');
        await checkPage(page, viewport, 'exemplars-exemplar');

        await page.goto(at('/exemplars?q=zzqxv'));
        assert.equal(await page.locator('#no-results').count(), 1);
        await checkPage(page, viewport, 'exemplars-none');
      } finally {
        await page.close();
      }
    });
  });
}

describe('a teacher packages an exemplar and the specialist reviews one', () => {
  const viewport = VIEWPORTS[0];
  it('from the home page to a draft sent to review', TEST, async () => {
    await browser.context.clearCookies();
    const page = await openPage(browser.context, viewport, { origin: new URL(server.url).origin });
    try {
      await signIn(page, 'teacher@practica.example');
      await page.goto(at('/home'));
      await click(page, page.locator('#tasks').getByRole('link', { name: /Your exemplars in review/ }));
      await checkPage(page, viewport, 'exemplars-mine');
      await click(page, page.getByRole('link', { name: /Package an exemplar of Garvanza.* PS 4\.0/ }));
      await page.getByLabel('Title').fill('Mapping our block');
      await page.getByLabel(/^Summary/).fill('Third graders map what their block offers and compare it with a partner class.');
      await page.getByLabel('Grade band').selectOption('3-5');
      await page.getByRole('checkbox', { name: /1\.7\.a/ }).check();
      await click(page, page.getByRole('button', { name: 'Save the draft' }));
      assert.match(normalize(await page.locator('#form-error').textContent()), /Choose the exemplar's subject/);
      assert.equal(await page.getByLabel('Title').inputValue(), 'Mapping our block', 'what was typed comes back');
      assert.equal(await page.getByRole('checkbox', { name: /1\.7\.a/ }).isChecked(), true);
      await checkPage(page, viewport, 'exemplars-package-refused');

      await page.getByLabel('Subject').selectOption('history');
      await page.getByLabel('SAMR level').selectOption('M');
      await page.getByLabel('Digital tools used').fill('Google My Maps');
      await page.getByLabel(/^Lesson plan/).fill('Day 1: walk the block.\n\nDay 2: map it together.');
      await click(page, page.getByRole('button', { name: 'Save the draft' }));
      assert.match(normalize(await page.locator('h1').textContent()), /Mapping our block/);
      await click(page, page.getByRole('button', { name: 'Send to review' }));
      assert.match(normalize(await page.locator('#status').textContent()), /In review/);
      await checkPage(page, viewport, 'exemplars-sent');
    } finally {
      await page.close();
    }
  });

  it('the specialist approves the exemplar waiting for them and it is published', TEST, async () => {
    await browser.context.clearCookies();
    const page = await openPage(browser.context, viewport, { origin: new URL(server.url).origin });
    try {
      await signIn(page, 'dominic.caguioa@lausd.net');
      await page.goto(at('/home'));
      await click(page, page.locator('#tasks').getByRole('link', { name: /Exemplars to review/ }));
      await click(page, page.locator('#to-review').getByRole('link', { name: /Pen pals/ }));
      const form = page.locator('#review');
      for (const label of [/Alignment/, /Clarity/, /Replicability/, /Student agency/]) {
        await form.getByLabel(label).fill('4');
      }
      await form.getByLabel('Comment for the authors').fill('Ready for other schools.');
      await form.getByLabel(/Approved/).check();
      await checkPage(page, viewport, 'exemplars-review');
      await click(page, form.getByRole('button', { name: 'Send the review' }));
      assert.equal(await page.locator('#status').count(), 0, 'published: no status notice');
      assert.match(normalize(await page.locator('#reviews').textContent()), /Approved/);
      await checkPage(page, viewport, 'exemplars-published');
    } finally {
      await page.close();
    }
  });
});
