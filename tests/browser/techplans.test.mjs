// The technology plan and the digital citizenship certification as people use them, in Debian's
// Chromium at a desktop and a phone size, reached by clicking from their home page: the coach
// reads a school's plan and certification, the cohort's overview and Garvanza's two versions
// compared; district staff return Hope Street's plan (refused first without a comment), its
// principal revises it, attaches its responsible use policy as a PDF, submits it and records the certification (refused first without the
// certificate), another staff member approves the plan and verifies the certification; the
// approved plan prints to a PDF.
//
//   PRACTICA_BIN=build/practica node --test tests/browser/techplans.test.mjs
//
// Every page visited is checked with axe-core, for script errors and failed requests, and on
// the phone for horizontal scrolling.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';

import { startDemoServer } from '../rig/server.mjs';
import {
  VIEWPORTS, checkPage, fillSignIn, launchBrowser, mainText, normalize, openPage, screenshotDir,
} from './kit.mjs';

const TEST = { timeout: 120_000 };

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
  await browser.context.clearCookies();
  await page.goto(at('/sign-in'));
  await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), fillSignIn(page, email)]);
}

async function click(page, locator) {
  await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), locator.click()]);
}

// From the home page to a school's PS 3.0 page, by its links.
async function toSchoolWork(page, homeLink, work) {
  await page.goto(at('/home'));
  await click(page, page.locator('#home-sections').getByRole('link', { name: homeLink, exact: true }).first());
  await click(page, page.getByRole('link', { name: `PS 3.0 ${work}` }));
}

for (const viewport of VIEWPORTS) {
  describe(`${viewport.name} (${viewport.width}x${viewport.height})`, () => {
    it('the coach reads a plan, a certification, the overview and two versions compared', TEST, async () => {
      const page = await openPage(browser.context, viewport, { origin: new URL(server.url).origin });
      try {
        await signIn(page, 'coach@practica.example');
        await toSchoolWork(page, 'Hope Street ES', 'technology plan');
        assert.match(normalize(await page.locator('#plan-status').textContent()), /Submitted for review/,
          await mainText(page));
        await checkPage(page, viewport, 'techplan-hope');
        await click(page, page.getByRole('link', { name: 'Digital citizenship certification' }));
        assert.match(normalize(await page.locator('#deadline').textContent()), /Friday, November 16, 2018/);
        await checkPage(page, viewport, 'certification-hope');

        await click(page, page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'PS 3.0' }));
        await click(page, page.locator('#certifications-link'));
        assert.match(normalize(await page.locator('#counts').textContent()), /0 of \d+ schools certified today \(3 expired since/);
        await checkPage(page, viewport, 'certification-overview');

        await click(page, page.locator('#schools').getByRole('row', { name: /Garvanza/ }).getByRole('link', { name: 'Approved' }));
        await click(page, page.locator('#compare-link'));
        assert.match(normalize(await page.locator('main').textContent()), /Scratch Jr\./);
        assert.ok(await page.locator('del').count() > 0, 'a removed line is shown');
        await checkPage(page, viewport, 'techplan-compare');
      } finally {
        await page.close();
      }
    });
  });
}

describe('a plan returned, revised, approved; a certification recorded and verified', () => {
  const viewport = VIEWPORTS[0];
  it('from district review to commitment evidence', TEST, async () => {
    const page = await openPage(browser.context, viewport, { origin: new URL(server.url).origin });
    try {
      await signIn(page, 'dominic.caguioa@lausd.net');
      await page.goto(at('/cohorts/ps-3-0'));
      await click(page, page.locator('#certifications-link'));
      await click(page, page.locator('#schools').getByRole('row', { name: /Hope Street/ })
        .getByRole('link', { name: 'Submitted for review' }));
      await click(page, page.getByRole('button', { name: 'Return with comments' }));
      assert.match(normalize(await page.locator('#form-error').textContent()), /Say what the team should change/);
      await checkPage(page, viewport, 'techplan-return-refused');
      await page.getByLabel('What the team should change').fill('Add a goal for mathematics.');
      await click(page, page.getByRole('button', { name: 'Return with comments' }));
      assert.match(normalize(await page.locator('#plan-status').textContent()), /Returned with comments/);

      await signIn(page, 'principal.hope@practica.example');
      await toSchoolWork(page, 'School page', 'technology plan');
      await page.locator('#write > summary').click();
      await page.locator('#goal_2').fill('Mathematics: fewer intervention referrals.');
      await page.locator('#indicators_2').fill('1.5c, one');
      await click(page, page.getByRole('button', { name: 'Save as a new version' }));
      assert.match(normalize(await page.locator('#plan-error').textContent()), /"one" is not an ISTE indicator/);
      assert.equal(await page.locator('#goal_2').inputValue(), 'Mathematics: fewer intervention referrals.',
        'what was typed comes back');
      await checkPage(page, viewport, 'techplan-save-refused');
      await page.locator('#indicators_2').fill('1.5c');
      await click(page, page.getByRole('button', { name: 'Save as a new version' }));
      // The responsible use policy as a document beside its text.
      await page.locator('#slot').selectOption('responsible_use');
      await page.locator('#policy-file').setInputFiles({
        name: 'Responsible use policy.pdf', mimeType: 'application/pdf',
        buffer: Buffer.from('%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n'),
      });
      await click(page, page.getByRole('button', { name: 'Attach the file' }));
      assert.match(normalize(await page.locator('#files-responsible_use').textContent()), /Responsible use policy\.pdf/);
      await checkPage(page, viewport, 'techplan-policy-file');
      await click(page, page.getByRole('button', { name: /Submit version 2/ }));
      assert.match(normalize(await page.locator('#plan-status').textContent()), /Submitted for review/);
      await checkPage(page, viewport, 'techplan-submitted');

      await click(page, page.getByRole('link', { name: 'Digital citizenship certification' }));
      const record = page.locator('#record');
      await record.getByLabel('Status').selectOption('certified');
      await record.getByLabel(/^Link to the certificate/).fill('');
      await click(page, record.getByRole('button', { name: 'Save the certification' }));
      assert.match(normalize(await page.locator('#record-error').textContent()), /Give the link to the certificate/);
      await checkPage(page, viewport, 'certification-refused');
      await page.locator('#certificate').fill('https://www.commonsense.org/education/recognition/hope-street-elementary');
      await click(page, page.locator('#record').getByRole('button', { name: 'Save the certification' }));
      assert.equal(await page.locator('#verify').count(), 0, 'the school does not verify its own certification');

      await signIn(page, 'sophia.mendoza@lausd.net');
      await page.goto(at('/cohorts/ps-3-0'));
      await click(page, page.locator('#certifications-link'));
      await click(page, page.locator('#schools').getByRole('row', { name: /Hope Street/ })
        .getByRole('link', { name: 'Submitted for review' }));
      await click(page, page.getByRole('button', { name: /Approve version 2/ }));
      assert.match(normalize(await page.locator('#plan-status').textContent()), /Approved/);
      await click(page, page.getByRole('link', { name: 'Digital citizenship certification' }));
      await click(page, page.getByRole('button', { name: 'Verify the certification' }));
      assert.match(normalize(await page.locator('#cert-status').textContent()), /verified by Sophia Mendoza/);
      await checkPage(page, viewport, 'certification-verified');
    } finally {
      await page.close();
    }
  });
});

describe('the approved plan prints', () => {
  it('as a PDF without navigation or forms', TEST, async () => {
    const viewport = VIEWPORTS[0];
    const page = await openPage(browser.context, viewport, { origin: new URL(server.url).origin });
    try {
      await signIn(page, 'principal@practica.example');
      await toSchoolWork(page, 'School page', 'technology plan');
      await page.emulateMedia({ media: 'print' });
      assert.equal(await page.locator('header.site').isVisible(), false, 'no site header in print');
      assert.equal(await page.locator('#plan-vision').isVisible(), true, 'the plan is printed');
      const pdf = await page.pdf({ format: 'Letter', printBackground: false });
      assert.ok(pdf.subarray(0, 5).toString() === '%PDF-', 'a PDF');
      assert.ok(pdf.length > 10_000, `a PDF of the plan (${pdf.length} bytes)`);
      if (screenshotDir) await writeFile(path.join(screenshotDir, 'techplan-garvanza.pdf'), pdf);
      await page.emulateMedia({ media: 'screen' });
    } finally {
      await page.close();
    }
  });
});
