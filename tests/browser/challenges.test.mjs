// The design challenge as a school's team and its coach use it, in Debian's Chromium at a
// desktop and a phone size, reached by clicking from their home page: a principal writes the
// PS 4.0 problem of practice and the "How might we" statement (refused first when it is not a
// question), shares it and finds it in the cohort's gallery; a team member (desktop) or the
// coach (phone) records the open cycle (the teacher's evidence a file, the coach's a link), is
// refused without a decision, then closes it.
//
//   PRACTICA_BIN=build/practica node --test tests/browser/challenges.test.mjs
//
// Every page visited is checked with axe-core, for script errors and failed requests, and on
// the phone for horizontal scrolling.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';

import { startDemoServer } from '../rig/server.mjs';
import {
  VIEWPORTS, checkPage, fillSignIn, launchBrowser, mainText, normalize, openPage,
} from './kit.mjs';

const TEST = { timeout: 90_000 };
// Each size closes the open cycle of its own school, as someone who may change it.
const CLOSER = {
  desktop: { email: 'teacher@practica.example', home: 'School page', school: null },
  phone: { email: 'coach@practica.example', home: 'Hope Street ES', school: null },
};

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

async function signIn(page, email) {
  await page.goto(at('/sign-in'));
  await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), fillSignIn(page, email)]);
}

async function click(page, locator) {
  await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), locator.click()]);
}

// From the home page to the school's PS 3.0 design challenge, by its links.
async function toChallenge(page, homeLink, cohort = '3.0') {
  await page.goto(at('/home'));
  await click(page, page.locator('#home-sections').getByRole('link', { name: homeLink, exact: true }).first());
  await click(page, page.getByRole('link', { name: `PS ${cohort} design challenge` }));
  assert.match(new URL(page.url()).pathname, /^\/cohorts\/ps-\d-0\/schools\/[^/]+\/challenge$/, await mainText(page));
}

for (const viewport of VIEWPORTS) {
  describe(`${viewport.name} (${viewport.width}x${viewport.height})`, () => {
    it('a team records its open cycle and closes it with evidence and a decision', TEST, async () => {
      await browser.context.clearCookies();
      const page = await openPage(browser.context, viewport, { origin: new URL(server.url).origin });
      try {
        await signIn(page, CLOSER[viewport.name].email);
        await toChallenge(page, CLOSER[viewport.name].home);
        assert.match(normalize(await page.locator('#stage-label').textContent()), /Cycle 2/);
        assert.equal(await page.locator('#illustrative').count(), 1, 'the demo says it is illustrative');
        await checkPage(page, viewport, 'challenge-school');

        const form = page.locator('#close-cycle');
        await form.getByLabel('What happened').fill('Re-teach lists fell by half again.');
        // The desktop's teacher attaches the exit tickets as a file; the phone's coach links them.
        const attach = () => page.locator('#close-cycle').getByLabel(/^Attach a file of evidence/).setInputFiles({
          name: 'exit-tickets.txt', mimeType: 'text/plain', buffer: Buffer.from('Re-teach list: 6 students\n'),
        });
        if (viewport.name === 'desktop') await attach();
        else await form.getByLabel(/^Evidence/).fill('https://drive.example.org/cycle-2');
        await form.getByLabel('What we learned').fill('Partner talk carries the station.');
        await form.getByLabel('Next step').fill('Share it at the follow-up day.');
        await click(page, form.getByRole('button', { name: 'Close the cycle' }));
        assert.match(normalize(await page.locator('#form-error').textContent()),
          /A cycle closes with a decision: adopt, adapt or abandon/);
        assert.equal(await page.locator('#cycle-happened').inputValue(), 'Re-teach lists fell by half again.',
          'what was typed comes back');
        await checkPage(page, viewport, 'challenge-cycle-refused');

        await page.locator('#close-cycle').getByLabel('Adopt').check();
        if (viewport.name === 'desktop') await attach();  // a refused form cannot keep a chosen file
        await click(page, page.locator('#close-cycle').getByRole('button', { name: 'Close the cycle' }));
        assert.match(normalize(await page.locator('#cycle-2-decision').textContent()), /Adopt/);
        if (viewport.name === 'desktop') {
          assert.equal(await page.locator('#cycle-2').getByRole('link', { name: 'exit-tickets.txt' }).count(), 1,
            'the file is listed as the cycle\'s evidence');
        }
        assert.match(normalize(await page.locator('#stage-label').textContent()), /Sharing/);
        await checkPage(page, viewport, 'challenge-cycle-closed');

        await click(page, page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'Design challenges' }));
        assert.match(normalize(await page.locator('#gallery').textContent()), /How might we reimagine our PD/);
        await page.getByLabel(/Search statements/).fill('disabilities');
        await click(page, page.getByRole('button', { name: 'Search' }));
        assert.equal(await page.locator('#gallery > li').count(), 1, await mainText(page));
        await checkPage(page, viewport, 'challenge-gallery');
      } finally {
        await page.close();
      }
    });
  });
}

describe('a principal writes a new challenge', () => {
  const viewport = VIEWPORTS[0];
  it('from the problem of practice to a shared "How might we"', TEST, async () => {
    await browser.context.clearCookies();
    const page = await openPage(browser.context, viewport, { origin: new URL(server.url).origin });
    try {
      // Garvanza's principal, in its PS 4.0 year, where nothing is written yet.
      await signIn(page, 'principal@practica.example');
      await toChallenge(page, 'School page', '4.0');
      assert.match(normalize(await page.locator('#stage-label').textContent()), /Problem of practice/);
      await page.locator('#problem-text').fill('Our students rarely design their own solutions.');
      await page.locator('#problem-evidence').fill('3 of 25 projects this fall were student-designed.');
      await click(page, page.getByRole('button', { name: 'Save the problem of practice' }));
      assert.match(normalize(await page.locator('#stage-label').textContent()), /Challenge/);

      await page.locator('#statement-text').fill('How might we let students design');
      await page.getByRole('checkbox', { name: /1\.7\.c/ }).check();
      await click(page, page.getByRole('button', { name: 'Save the design challenge' }));
      assert.match(normalize(await page.locator('#statement-error').textContent()), /is a question/);
      await checkPage(page, viewport, 'challenge-statement-refused');
      await page.locator('#statement-text').fill('How might we let students design their own solutions?');
      await click(page, page.getByRole('button', { name: 'Save the design challenge' }));
      assert.match(normalize(await page.locator('#hmw').textContent()), /let students design/);
      await click(page, page.getByRole('button', { name: /Share with the schools/ }));
      assert.equal(await page.locator('#draft').count(), 0, 'shared, no longer a draft');
      assert.match(normalize(await page.locator('#stage-label').textContent()), /Action steps/);
      await checkPage(page, viewport, 'challenge-new');
    } finally {
      await page.close();
    }
  });
});
