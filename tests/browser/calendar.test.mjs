// One's calendar in Debian's Chromium, at a desktop and a phone size: the principal of Garvanza
// finds the team's sessions, downloads one as an .ics file through Chromium's download (from the
// calendar page and from the session's own page), makes a calendar link, and the feed behind it
// answers as a calendar app would read it.
//
//   PRACTICA_BIN=build/practica node --test tests/browser/calendar.test.mjs
//   SCREENSHOT_DIR=/tmp/shots PRACTICA_BIN=build/practica node --test tests/browser/calendar.test.mjs
import { after, before, beforeEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';

import { startDemoServer } from '../rig/server.mjs';
import {
  VIEWPORTS, checkPage, fillSignIn, launchBrowser, mainText, openPage,
} from './kit.mjs';

const PRINCIPAL = 'principal@practica.example';  // Elena Ortiz, Garvanza's practitioner team
const TEST = { timeout: 45_000 };

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

// The VEVENTs of an .ics text, unfolded, as maps of property name (with parameters) to value.
function events(ics) {
  const lines = ics.replace(/\r\n[ \t]/g, '').split('\r\n');
  const found = [];
  let current = null;
  for (const line of lines) {
    if (line === 'BEGIN:VEVENT') current = {};
    else if (line === 'END:VEVENT') { found.push(current); current = null; } else if (current) {
      const colon = line.indexOf(':');
      current[line.slice(0, colon)] = line.slice(colon + 1);
    }
  }
  return found;
}

function assertCalendar(ics, what) {
  assert.ok(ics.startsWith('BEGIN:VCALENDAR\r\n'), `${what} starts a VCALENDAR`);
  assert.ok(ics.trimEnd().endsWith('END:VCALENDAR'), `${what} ends the VCALENDAR`);
  assert.equal(ics.replace(/\r\n/g, '').includes('\n'), false, `${what} ends every line with CRLF`);
  assert.match(ics, /\r\nVERSION:2\.0\r\n/, `${what} is iCalendar 2.0`);
  assert.match(ics, /\r\nBEGIN:VTIMEZONE\r\nTZID:America\/Los_Angeles\r\n/,
    `${what} carries the district's zone`);
}

for (const viewport of VIEWPORTS) {
  describe(`${viewport.name} (${viewport.width}x${viewport.height})`, () => {
    let page;
    before(async () => {
      await browser.context.clearCookies();
      page = await openPage(browser.context, viewport, { origin: new URL(server.url).origin });
      await page.goto(at('/sign-in?next=/calendar'));
      await Promise.all([page.waitForURL(/\/calendar$/), fillSignIn(page, PRINCIPAL)]);
    });
    after(async () => { await page?.close(); });
    beforeEach(() => { if (page) page.problems.length = 0; });

    it('lists the team\'s sessions and downloads one as an .ics file', TEST, async () => {
      await page.goto(at('/account'));
      await Promise.all([
        page.waitForURL(/\/calendar$/),
        page.locator('#calendar-link').getByRole('link').click(),
      ]);
      await checkPage(page, viewport, 'calendar');
      const rows = page.locator('#session-list tbody tr');
      assert.ok(await rows.count() > 0, `the team's sessions are listed: ${await mainText(page)}`);
      const first = rows.first();
      const title = (await first.locator('td a').first().textContent()).trim();

      const [download] = await Promise.all([
        page.waitForEvent('download'),
        first.getByRole('link', { name: `Download .ics: ${title}` }).click(),
      ]);
      assert.match(download.suggestedFilename(), /\.ics$/, 'the file is named .ics');
      const ics = await readFile(await download.path(), 'utf8');

      assertCalendar(ics, 'the download');
      const days = events(ics);
      assert.ok(days.length >= 1, 'the download holds the session\'s days');
      for (const day of days) {
        assert.equal(day.SUMMARY.startsWith(title), true, `${day.SUMMARY} is the session`);
        const start = Object.keys(day).find((name) => name.startsWith('DTSTART'));
        assert.equal(start, 'DTSTART;TZID=America/Los_Angeles', 'a day starts in the zone');
        assert.match(day.UID, /^offering-\d+-day-\d+@[a-z0-9-]+\.practica$/, 'a stable UID');
      }
    });

    it('downloads the same file from the session\'s own page', TEST, async () => {
      await page.goto(at('/calendar'));
      const session = page.locator('#session-list tbody tr').last().locator('td a').first();
      const title = (await session.textContent()).trim();
      await Promise.all([page.waitForURL(/\/learning\/[^/]+$/), session.click()]);

      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.locator('main a[href$="/calendar.ics"]').first().click(),
      ]);
      const ics = await readFile(await download.path(), 'utf8');

      assertCalendar(ics, `the download from ${page.url()}`);
      const days = events(ics);
      assert.ok(days.length >= 1 && days.every((day) => day.SUMMARY.startsWith(title)),
        `the file holds the days of ${title}: ${days.map((day) => day.SUMMARY).join(', ')}`);
    });

    it('makes a calendar link whose feed holds the sessions and due dates', TEST, async () => {
      await page.goto(at('/calendar'));
      await Promise.all([
        page.waitForURL(/\/calendar#new-link$/),
        page.getByRole('button', { name: /Make (my calendar link|a new link)/ }).click(),
      ]);
      await checkPage(page, viewport, 'calendar-new-link');
      const https = await page.locator('#link-https').inputValue();
      // Refreshing the page repeats its GET: the same link, still working.
      await page.reload();
      assert.equal(await page.locator('#link-https').inputValue(), https, 'a refresh shows the same link');
      const webcal = await page.locator('#link-webcal').inputValue();
      assert.match(https, /\/calendar\/feeds\/[A-Za-z0-9_-]+\.ics$/, 'the https link');
      assert.equal(webcal, https.replace(/^https?:/, 'webcal:'), 'the webcal link is its twin');

      // A calendar app has no cookie: only the link.
      const feed = await fetch(at(new URL(https).pathname));
      assert.equal(feed.status, 200);
      assert.equal(feed.headers.get('content-type'), 'text/calendar; charset=utf-8');
      const ics = await feed.text();
      assertCalendar(ics, 'the feed');
      const all = events(ics);
      assert.ok(all.some((e) => e['DTSTART;VALUE=DATE'] === '20181121' &&
        e.SUMMARY.startsWith('Due: Become a Common Sense')), 'the Thanksgiving due date is all day');
      assert.ok(all.some((e) => 'DTSTART;TZID=America/Los_Angeles' in e), 'sessions are timed');

      // Once the short-lived cookie that carried it is gone (it expires after ten minutes; another
      // browser never had it), the page no longer shows the link, only when it was made.
      await browser.context.clearCookies({ name: 'practica_new_link' });
      await page.goto(at('/calendar'));
      assert.equal(await page.locator('#link-https').count(), 0, 'the link is not shown again');
      assert.match(await page.locator('#link-state').textContent(), /You made your calendar link on/);
    });
  });
}
