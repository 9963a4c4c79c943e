// Importing the school directory as a district coordinator does it, in Debian's Chromium at a
// desktop and a phone size, reached by clicking from her home page: Schools, the import page, a
// file saved by Excel on Windows uploaded, its dry run read (problems by row and column, the
// changes), then applied by the server's job runner.
//
//   PRACTICA_BIN=build/practica node --test tests/browser/directory_import.test.mjs
//
// Every page is checked with axe-core, for script errors and failed requests, and on the phone
// for sideways scrolling.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';

import { VIEWPORTS, checkPage, clickThrough, mainText, normalize, openPage, signInAt, useDemo } from './kit.mjs';

const TEST = { timeout: 120_000 };
const demo = useDemo();

// Windows-1252 bytes, semicolons: "Niños" and a local district the district does not have. Each
// size brings a school of its own, so the second walk has something new to apply too.
const file = (size, code) => Buffer.from(
  'CDS Code;School Name;Local District;Type;Grade Span\r\n'
  + ';Garvanza ES;Northeast;Elementary;K-5\r\n'
  + `${code};Escuela Nueva Ni\xF1os ${size} ES;LD Central;ES;K-5\r\n`
  + ';Hope Street ES;Eastside;;\r\n', 'latin1');

for (const viewport of VIEWPORTS) {
  describe(`${viewport.name} (${viewport.width}x${viewport.height})`, () => {
    it('Allison Jonas uploads the district\'s school list, reads its dry run and applies it', TEST, async () => {
      await demo.browser.context.clearCookies();
      const page = await openPage(demo.browser.context, viewport, { origin: new URL(demo.server.url).origin });
      try {
        await signInAt(page, demo.server.url, 'allison.jonas@lausd.net');
        await clickThrough(page, page.locator('header.site').getByRole('link', { name: 'Schools' }));
        await clickThrough(page, page.locator('#import-directory'));
        await checkPage(page, viewport, 'directory-import');

        await page.getByLabel(/The directory file/).setInputFiles({ name: `district-${viewport.name}.csv`, mimeType: 'text/csv', buffer: file(viewport.name, viewport.name === 'phone' ? '19647330000098' : '19647330000099') });
        await clickThrough(page, page.getByRole('button', { name: 'Upload for a dry run' }));
        assert.match(normalize(await page.locator('#dry-run').textContent()), /Windows-1252, with semicolons/);
        const cells = (await page.locator('#problems tbody tr').first().locator('td').allTextContents()).map(normalize);
        assert.deepEqual(cells.slice(0, 2), ['4', 'Local District']);
        assert.match(cells[2], /"Eastside" is not one of the district's local districts/);
        assert.match(normalize(await page.locator('#changes').textContent()), new RegExp(`Escuela Nueva Niños ${viewport.name} ES`));
        await checkPage(page, viewport, 'directory-dry-run');

        await clickThrough(page, page.getByRole('button', { name: 'Apply the file' }));
        for (let i = 0; i < 30 && await page.locator('#applied').count() === 0; i += 1) {
          await page.waitForTimeout(500);
          await page.reload({ waitUntil: 'load' });
        }
        assert.match(normalize(await page.locator('#applied').textContent()), /Applied .*new/, await mainText(page));
        await checkPage(page, viewport, 'directory-applied');
      } finally {
        await page.close();
      }
    });
  });
}
