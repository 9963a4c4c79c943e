// Importing the staff roster as a district coordinator does it, in Debian's Chromium at a desktop
// and a phone size, reached by clicking from her home page: People, the roster's import page, a
// roster saved by Excel on Windows uploaded, its dry run read (a repeated e-mail and an unknown
// school by row and column, the changes), then applied by the server's job runner.
//
//   PRACTICA_BIN=build/practica node --test tests/browser/roster_import.test.mjs
//
// Every page is checked with axe-core, for script errors and failed requests, and on the phone
// for sideways scrolling.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';

import { VIEWPORTS, checkPage, clickThrough, mainText, normalize, openPage, signInAt, useDemo } from './kit.mjs';

const TEST = { timeout: 120_000 };
const demo = useDemo();

// Windows-1252 bytes, semicolons: "María López", new at Garvanza; her address again on row 3;
// a school the district does not have on row 4. Each size brings a person of its own.
const file = (size) => Buffer.from(
  'Employee Name;Work Email;Site;Position\r\n'
  + `Mar\xEDa L\xF3pez ${size};maria.lopez.${size}@lausd.net;Garvanza ES;Teacher\r\n`
  + `M. L\xF3pez;MARIA.LOPEZ.${size}@lausd.net;Garvanza ES;Teacher\r\n`
  + 'Ana Ruiz;ana.ruiz@lausd.net;Hogwarts ES;Teacher\r\n', 'latin1');

for (const viewport of VIEWPORTS) {
  describe(`${viewport.name} (${viewport.width}x${viewport.height})`, () => {
    it('Allison Jonas uploads the district\'s staff roster, reads its dry run and applies it', TEST, async () => {
      await demo.browser.context.clearCookies();
      const page = await openPage(demo.browser.context, viewport, { origin: new URL(demo.server.url).origin });
      try {
        await signInAt(page, demo.server.url, 'allison.jonas@lausd.net');
        await clickThrough(page, page.getByRole('link', { name: 'People and roles' }).first());
        await clickThrough(page, page.locator('#import-roster'));
        await checkPage(page, viewport, 'roster-import');

        await page.getByLabel(/The roster file/).setInputFiles({ name: `staff-${viewport.name}.csv`, mimeType: 'text/csv', buffer: file(viewport.name) });
        await clickThrough(page, page.getByRole('button', { name: 'Upload for a dry run' }));
        assert.match(normalize(await page.locator('#dry-run').textContent()), /Windows-1252, with semicolons/);
        const rows = page.locator('#problems tbody tr');
        const first = (await rows.nth(0).locator('td').allTextContents()).map(normalize);
        assert.deepEqual(first.slice(0, 2), ['3', 'Work Email']);
        assert.match(first[2], /is on row 2 already/);
        const second = (await rows.nth(1).locator('td').allTextContents()).map(normalize);
        assert.deepEqual(second.slice(0, 2), ['4', 'Site']);
        assert.match(second[2], /No school of the district is "Hogwarts ES"/);
        assert.match(normalize(await page.locator('#changes').textContent()), new RegExp(`María López ${viewport.name}`));
        await checkPage(page, viewport, 'roster-dry-run');

        await clickThrough(page, page.getByRole('button', { name: 'Apply the file' }));
        for (let i = 0; i < 30 && await page.locator('#applied').count() === 0; i += 1) {
          await page.waitForTimeout(500);
          await page.reload({ waitUntil: 'load' });
        }
        assert.match(normalize(await page.locator('#applied').textContent()), /Applied .*1 new/, await mainText(page));
        await checkPage(page, viewport, 'roster-applied');
      } finally {
        await page.close();
      }
    });
  });
}
