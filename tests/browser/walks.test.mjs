// Each of the demo's people, in Debian's Chromium at a desktop and a phone size: sign in, land on
// the home page, follow its link to the person's main job, and come back home by the header's
// link with their name. Every page on the way is checked with axe-core, for script errors and
// failed requests, and on the phone for sideways scrolling.
//
//   PRACTICA_BIN=build/practica node --test tests/browser/walks.test.mjs
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';

import { VIEWPORTS, checkPage, fillSignIn, mainText, normalize, openPage, useDemo } from './kit.mjs';

const TEST = { timeout: 60_000 };
const demo = useDemo();

// Who, the link on their home page to their main job, and what that page is about.
const WALKS = [
  { who: 'Sophia Mendoza', email: 'sophia.mendoza@lausd.net', link: 'Participating schools',
    lands: /\/cohorts\/ps-4-0\/participations$/, heading: /PS 4\.0/ },
  { who: 'Dominic Caguioa', email: 'dominic.caguioa@lausd.net', link: 'Applications to review',
    lands: /\/cohorts\/ps-4-0\/applications$/, heading: /PS 4\.0/ },
  { who: 'Ramon Castillo', email: 'coach@practica.example', link: 'Your caseload',
    lands: /\/caseload$/, heading: /caseload/i },
  { who: 'Marcus Lee', email: 'director.northeast@practica.example', link: 'Schools of the local district',
    lands: /\/schools\?local_district=northeast$/, heading: /schools/i },
  { who: 'Elena Ortiz', email: 'principal@practica.example', link: 'Agreement and team',
    lands: /\/cohorts\/ps-4-0\/schools\/garvanza-[a-z-]+\/participation$/, heading: /Garvanza/ },
  { who: 'Hannah Kim', email: 'principal.hope@practica.example', link: 'Application',
    lands: /\/cohorts\/ps-4-0\/schools\/hope-street-es\/application$/, heading: /Hope Street ES/ },
  { who: 'Priya Shah', email: 'teacher@practica.example', link: 'Learning sessions',
    lands: /\/learning$/, heading: /learning|sessions/i },
];

async function navigation(page, action) {
  await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), action()]);
}

for (const viewport of VIEWPORTS) {
  describe(`${viewport.name} (${viewport.width}x${viewport.height})`, () => {
    for (const walk of WALKS) {
      it(`${walk.who}: home, then "${walk.link}", then home again`, TEST, async () => {
        await demo.browser.context.clearCookies();
        const page = await openPage(demo.browser.context, viewport, { origin: new URL(demo.server.url).origin });
        try {
          await page.goto(demo.at('/sign-in'));
          await navigation(page, () => fillSignIn(page, walk.email));
          assert.equal(new URL(page.url()).pathname, '/home', `signing in lands on /home (at ${page.url()})`);
          const name = `walk-${walk.email.split('@')[0]}`;
          await checkPage(page, viewport, `${name}-home`);
          const tasks = await page.locator('#tasks, #tasks-none').count();
          assert.equal(tasks, 1, 'the home page says what needs doing, or that nothing does');

          const link = page.locator('main').getByRole('link', { name: walk.link, exact: true }).first();
          assert.equal(await link.count(), 1, `the home page links "${walk.link}" (it says: "${await mainText(page)}")`);
          await navigation(page, () => link.click());
          assert.match(page.url(), walk.lands, `"${walk.link}" leads to the main job`);
          const heading = normalize(await page.locator('main h1').first().textContent());
          assert.match(heading, walk.heading, `the page is about the job (h1: "${heading}")`);
          await checkPage(page, viewport, `${name}-job`);

          const home = page.locator('header.site').getByRole('link', { name: walk.who, exact: true });
          assert.equal(await home.count(), 1, `the header links home under "${walk.who}"`);
          await navigation(page, () => home.click());
          assert.equal(new URL(page.url()).pathname, '/home', 'the header leads back home');
        } finally {
          await page.close();
        }
      });
    }
  });
}
