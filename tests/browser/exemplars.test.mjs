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

        await page.goto(at('/exemplars'));
        await click(page, page.getByRole('link', { name: 'Collections', exact: true }));
        await checkPage(page, viewport, 'exemplars-collections');
        await click(page, page.getByRole('link', { name: 'Innovative Designer in the elementary grades' }));
        assert.equal(await page.locator('#results > li').count(), 3, await mainText(page));
        assert.equal(await page.locator('#results form').count(), 0, 'visitors curate nothing');
        await checkPage(page, viewport, 'exemplars-collection');

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

describe('a new version, the rubric and a collection', () => {
  const viewport = VIEWPORTS[0];
  it('the specialist approves version 2 of the water filter lesson while version 1 stays up', TEST, async () => {
    await browser.context.clearCookies();
    const page = await openPage(browser.context, viewport, { origin: new URL(server.url).origin });
    try {
      await signIn(page, 'dominic.caguioa@lausd.net');
      await page.goto(at('/home'));
      await click(page, page.locator('#tasks').getByRole('link', { name: /Exemplars to review/ }));
      await click(page, page.locator('#to-review').getByRole('link', { name: /water filter/ }));
      assert.match(normalize(await page.locator('#next-version').textContent()), /Version 1 is published\. Version 2, .*In review/);
      assert.doesNotMatch(await page.locator('#lesson-plan').textContent(), /kindergarten garden buddy/, 'the page shows version 1');
      await click(page, page.locator('#next-version').getByRole('link'));
      assert.match(await page.locator('#lesson-plan').textContent(), /kindergarten garden buddy/);
      await checkPage(page, viewport, 'exemplars-version-2');
      const form = page.locator('#review');
      assert.match(normalize(await form.locator('h2').textContent()), /Your review of version 2/);
      for (const label of [/Alignment/, /Clarity/, /Replicability/, /Student agency/]) {
        await form.getByLabel(label).fill('4');
      }
      await form.getByLabel('Comment for the authors').fill('The teaching day makes it stronger.');
      await form.getByLabel(/Approved/).check();
      await click(page, form.getByRole('button', { name: 'Send the review' }));
      assert.match(await page.locator('#lesson-plan').textContent(), /kindergarten garden buddy/, 'version 2 is the published one now');
      assert.match(normalize(await page.locator('#reviews').textContent()), /Round 2, version 2 · Dominic Caguioa: Approved/);
      assert.match(normalize(await page.locator('#came-from').textContent()), /coaching cycle at the school, begun Tuesday, October 2, 2018/);
    } finally {
      await page.close();
    }
  });

  for (const staffViewport of VIEWPORTS) {
    it(`staff edit the rubric and put an exemplar into a new collection (${staffViewport.name})`, TEST, async () => {
      await browser.context.clearCookies();
      const page = await openPage(browser.context, staffViewport, { origin: new URL(server.url).origin });
      const title = `Robots in K-2 (${staffViewport.name})`;
      try {
        await signIn(page, 'allison.jonas@lausd.net');
        await page.goto(at('/home'));
        await click(page, page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Exemplars' }));
        await click(page, page.getByRole('link', { name: 'My exemplars and reviews' }));
        await click(page, page.getByRole('link', { name: 'Edit the review rubric' }));
        await page.getByLabel('Name').first().fill('Clarity: another teacher can follow the plan');
        await click(page, page.getByRole('button', { name: 'Save the rubric' }));
        assert.match(normalize(await page.locator('#form-error').textContent()), /in the rubric twice/);
        await checkPage(page, staffViewport, 'exemplars-rubric-refused');
        await page.getByLabel('Name').first().fill('Alignment to the ISTE indicators it names');
        await page.getByLabel('Add a criterion').fill(`Use of student voice ${staffViewport.name}`);
        await click(page, page.getByRole('button', { name: 'Save the rubric' }));
        assert.match(normalize(await page.locator('[role=status]').textContent()), /Rubric saved/);
        assert.equal(await page.getByLabel('Name').last().inputValue(), `Use of student voice ${staffViewport.name}`);
        await checkPage(page, staffViewport, 'exemplars-rubric');
        // Remove it again so the other size starts from the same rubric.
        await page.getByRole('checkbox', { name: 'Remove this criterion' }).last().check();
        await click(page, page.getByRole('button', { name: 'Save the rubric' }));

        await click(page, page.getByRole('link', { name: 'Exemplars', exact: true }).first());
        await click(page, page.getByRole('link', { name: 'Collections', exact: true }));
        await page.getByLabel('Title').fill(title);
        await page.getByLabel(/What the exemplars have in common/).fill('Floor robots and first programs.');
        await click(page, page.getByRole('button', { name: 'Make the collection' }));
        assert.match(normalize(await page.locator('h1').textContent()), new RegExp(title.replace(/[()]/g, '\\$&')));
        await click(page, page.getByRole('link', { name: 'Exemplars', exact: true }).first());
        await page.getByLabel(/Search titles/).fill('Bee-Bot');
        await click(page, page.getByRole('button', { name: 'Search' }));
        await click(page, page.locator('#results').getByRole('link', { name: /Coding a Bee-Bot/ }));
        await page.getByLabel('Collection').selectOption({ label: title });
        await click(page, page.locator('#collections').getByRole('button', { name: 'Add' }));
        assert.match(normalize(await page.locator('#in-collections').textContent()), new RegExp(title.replace(/[()]/g, '\\$&')));
        await checkPage(page, staffViewport, 'exemplars-collected');
        await click(page, page.locator('#in-collections').getByRole('link', { name: title }));
        assert.equal(await page.locator('#results > li').count(), 1);
        await checkPage(page, staffViewport, 'exemplars-staff-collection');
      } finally {
        await page.close();
      }
    });
  }
});
