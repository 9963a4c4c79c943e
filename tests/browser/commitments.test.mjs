// A school's checklist as its principal reads it, in Debian's Chromium at a desktop and a phone
// size, on the demo served at today's date: PS 3.0's 2018-2019 is over, so each commitment shows
// where it ended (verified, with the evidence that was verified, or not done), never "Late".
// Then, on a second demo whose PS 3.0 year has not ended, the principal gives a document as a
// file: a refused one keeps the note typed, an accepted one shows on the item after the page
// loads again.
//
//   PRACTICA_BIN=build/practica node --test tests/browser/commitments.test.mjs
//
// Every page visited is checked with axe-core, for script errors and failed requests, and on
// the phone for horizontal scrolling.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

import { startDemoServer } from '../rig/server.mjs';
import { VIEWPORTS, checkPage, fillSignIn, launchBrowser, normalize, openPage, useDemo } from './kit.mjs';

const PRINCIPAL = 'principal@practica.example';
const CHECKLIST = '/cohorts/ps-3-0/schools/garvanza-elementary-technology-and-leadership-magnet/commitments';
const TEST = { timeout: 60_000 };

const demo = useDemo();
const { at } = demo;

for (const viewport of VIEWPORTS) {
  describe(`${viewport.name} (${viewport.width}x${viewport.height})`, () => {
    it('the principal reads a finished year as it ended, with the verified evidence in view', TEST, async () => {
      await demo.browser.context.clearCookies();
      const page = await openPage(demo.browser.context, viewport, { origin: new URL(demo.server.url).origin });
      try {
        await page.goto(at('/sign-in'));
        await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), fillSignIn(page, PRINCIPAL)]);
        await page.goto(at(CHECKLIST));

        assert.match(normalize(await page.locator('#year-over').textContent()),
          /school year ended on Sunday, June 30, 2019/);
        const statuses = (await page.locator('.tag.status').allTextContents()).map(normalize);
        assert.ok(statuses.length >= 24, statuses.join(', '));
        assert.ok(!statuses.some((s) => /Late/.test(s)), statuses.join(', '));
        assert.ok(statuses.includes('✗ Not done'), statuses.join(', '));
        const link = page.locator('#verified-4 a');
        assert.equal(await link.getAttribute('href'), 'https://drive.google.com/file/d/1garvanza-planning-calendar');
        assert.ok(await link.isVisible());
        assert.match(normalize(await page.locator('#progress').textContent()), /Ramon Castillo/);
        await checkPage(page, viewport, 'commitments-finished-year');
      } finally {
        await page.close();
      }
    });
  });
}

// Commitment 17 (professional learning in banked time) is given quarterly as a link to the
// session's agenda, or now as the agenda itself. Each size gives it for its own quarter, at Hope
// Street ES (Garvanza's teachers shared back after every quarter's session, which verified its 17).
const ITEM = '17';
const HOPE_PRINCIPAL = 'principal.hope@practica.example';
const HOPE_CHECKLIST = '/cohorts/ps-3-0/schools/hope-street-es/commitments';
const QUARTER = { desktop: '2018-08', phone: '2018-11' };
const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');

describe('a document given as a file, in a school year still open', () => {
  let server;
  let browser;
  before(async () => {
    // The demo's PS 3.0 year ended in 2019 and takes no evidence; here it runs to 2027, so the
    // team can still give it (every period of 2018-2019 has begun and none is verified).
    server = await startDemoServer({
      prepare: (database) => promisify(execFile)('sqlite3', [database,
        "UPDATE cohorts SET school_year = '2026-2027' WHERE slug = 'ps-3-0'"]),
    });
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
  });
  const to = (pathname) => new URL(pathname, server.url).href;

  for (const viewport of VIEWPORTS) {
    it(`${viewport.name}: a refused file keeps the note; an accepted one shows on the item`, TEST, async () => {
      await browser.context.clearCookies();
      const page = await openPage(browser.context, viewport, { origin: new URL(server.url).origin });
      try {
        await page.goto(to('/sign-in'));
        await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), fillSignIn(page, HOPE_PRINCIPAL)]);
        await page.goto(to(`${HOPE_CHECKLIST}#commitment-${ITEM}`));
        const note = `Agenda of the ${viewport.name} quarter`;

        // A text file named as a PDF is refused by its content; nothing else typed is lost.
        await page.locator(`#period-${ITEM}`).selectOption(QUARTER[viewport.name]);
        await page.locator(`#as-file-${ITEM}`).check();
        assert.ok(!(await page.locator(`#url-${ITEM}`).isVisible()), 'choosing a file sets the link aside');
        await page.locator(`#file-${ITEM}`).setInputFiles({ name: 'agenda.pdf', mimeType: 'application/pdf',
          buffer: Buffer.from('Not a PDF at all.\n') });
        await page.locator(`#note-${ITEM}`).fill(note);
        await Promise.all([page.waitForNavigation({ waitUntil: 'load' }),
          page.locator(`#commitment-${ITEM}`).getByRole('button', { name: 'Submit evidence' }).click()]);
        assert.match(normalize(await page.locator(`#file-error-${ITEM}`).textContent()),
          /agenda\.pdf is named as a PDF but its content is plain text/);
        assert.ok(await page.locator(`#file-error-${ITEM}`).isVisible());
        assert.equal(await page.locator(`#note-${ITEM}`).inputValue(), note);
        assert.equal(await page.locator(`#period-${ITEM}`).inputValue(), QUARTER[viewport.name]);
        assert.ok(await page.locator(`#as-file-${ITEM}`).isChecked());
        page.problems = page.problems.filter((p) => !/answered 422/.test(p));
        await checkPage(page, viewport, 'commitments-file-refused');

        // The real agenda is kept, and the page loads again at the item, saying so.
        await page.locator(`#file-${ITEM}`).setInputFiles({ name: 'banked-time-agenda.pdf',
          mimeType: 'application/pdf', buffer: PDF });
        await Promise.all([page.waitForNavigation({ waitUntil: 'load' }),
          page.locator(`#commitment-${ITEM}`).getByRole('button', { name: 'Submit evidence' }).click()]);
        const url = new URL(page.url());
        assert.equal(url.searchParams.get('submitted'), ITEM);
        assert.equal(url.hash, `#commitment-${ITEM}`);
        assert.ok(await page.locator(`#done-${ITEM}`).isVisible());
        const link = page.locator(`#file-${ITEM}-waiting`);
        assert.equal(normalize(await link.textContent()), 'banked-time-agenda.pdf');
        assert.match(normalize(await page.locator(`#commitment-${ITEM} p.notice`, { hasText: 'Waiting for verification' }).textContent()),
          new RegExp(`banked-time-agenda\\.pdf \\(${PDF.length} bytes\\)`));
        const download = await page.request.get(to(await link.getAttribute('href')));
        assert.equal(download.status(), 200);
        assert.equal(download.headers()['content-type'], 'application/pdf');
        assert.deepEqual(Buffer.from(await download.body()), PDF);
        await checkPage(page, viewport, 'commitments-file-given');
      } finally {
        await page.close();
      }
    });
  }
});
