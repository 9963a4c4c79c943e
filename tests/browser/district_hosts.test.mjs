// A server that answers districts by host name (district_hosts), as a person who typed the wrong
// address meets it: the 421 page names no district, links each address served, passes axe-core
// at both sizes, and its link leads to the district's own home page.
//
//   PRACTICA_BIN=build/practica node --test tests/browser/district_hosts.test.mjs
//
// Chromium sends every *.localhost name to the loopback address, so "lausd.localhost" reaches
// the same server as 127.0.0.1, with its own Host header.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';

import { startDemoServer } from '../rig/server.mjs';
import { VIEWPORTS, checkPage, launchBrowser, mainText, normalize, openPage } from './kit.mjs';

const TEST = { timeout: 45_000 };

let server;
let browser;

before(async () => {
  server = await startDemoServer({ extraArgs: ['--district-hosts', 'lausd.localhost = lausd'] });
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

describe('an address that serves no district', () => {
  for (const viewport of VIEWPORTS) {
    it(`says so and links the district's own address (${viewport.name})`, TEST, async () => {
      const page = await openPage(browser.context, viewport);
      try {
        const port = new URL(server.url).port;
        const response = await page.goto(`http://127.0.0.1:${port}/cohorts/ps-3-0`);
        assert.equal(response.status(), 421);
        assert.equal(normalize(await page.locator('h1').textContent()), 'No district is served at this address');
        const text = await mainText(page);
        assert.doesNotMatch(text, /Los Angeles|LAUSD|Garvanza/, 'it names no district and none of its data');
        await checkPage(page, viewport, `unknown-host-${viewport.name}`);

        const link = page.getByRole('link', { name: /lausd\.localhost/ });
        await Promise.all([page.waitForURL(`http://lausd.localhost:${port}/**`), link.click()]);
        assert.match(await mainText(page), /Practitioner Schools/,
          `the link leads to the district's home page; it showed: ${await mainText(page)}`);
        await checkPage(page, viewport, `district-host-home-${viewport.name}`);
      } finally {
        await page.close();
      }
    });
  }
});
