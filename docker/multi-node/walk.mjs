// What a municipal officer does in the multi-node test (run.sh), in headless Chromium (playwright-core).
//   node walk.mjs move BASE EMAIL SLUG PROJECT_ID "BUTTON TEXT"   sign in on BASE, press a status move on a project
//   node walk.mjs failover PROXY EMAIL SLUG KILL_COMMAND         sign in through the proxy, run KILL_COMMAND for the
//                                                                node serving this session, carry on, sign in again
// Prints one JSON line per step; exits non-zero when a step does not end as the officer expects.
import { chromium } from 'playwright-core';
import { execSync } from 'node:child_process';

const PASSWORD = process.env.ENISHI_DEMO_PASSWORD ?? 'enishi-demo-2026';
const [command, base, email, slug, ...rest] = process.argv.slice(2);

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
    '--disable-sync', '--no-first-run'],
});
const context = await browser.newContext({ locale: 'ja-JP', viewport: { width: 1280, height: 900 } });
const page = await context.newPage();
const say = (step, facts) => console.log(JSON.stringify({ step, ...facts }));

async function signIn() {
  await page.goto(`${base}/login`);
  await page.locator('input[name=username]').fill(email);
  await page.locator('input[name=password]').fill(PASSWORD);
  await page.locator('vaadin-button[slot=submit]').click();
  await page.waitForURL(url => !url.pathname.startsWith('/login'), { timeout: 20000 });
}

async function node() {
  const cookie = (await context.cookies()).find(c => c.name === 'ENISHI_NODE');
  return cookie ? cookie.value : null;
}

try {
  if (command === 'move') {
    const [projectId, button] = rest;
    await signIn();
    await page.goto(`${base}/w/${slug}/projects/${projectId}`);
    const before = await page.locator('#project-status').innerText();
    await page.locator('vaadin-button', { hasText: button }).first().click();
    await page.waitForFunction(b => document.querySelector('#project-status')?.innerText !== b, before,
      { timeout: 15000 });
    say('move', { projectId, from: before, to: await page.locator('#project-status').innerText(), at: Date.now() });
  } else if (command === 'failover') {
    const [killCommand] = rest;
    await signIn();
    await page.goto(`${base}/w/${slug}`);
    const first = await node();
    say('signed-in', { node: first, url: page.url() });
    execSync(killCommand.replaceAll('{node}', first), { stdio: 'inherit' });
    const killedAt = Date.now();
    // The officer clicks on: Vaadin finds its session gone and reloads; the proxy sends them to the other node.
    const answer = await page.goto(`${base}/w/${slug}`);
    await page.locator('input[name=username]').waitFor({ timeout: 20000 });
    say('asked-to-sign-in-again', { node: await node(), status: answer.status(), url: page.url(),
      ms: Date.now() - killedAt });
    await signIn();
    await page.goto(`${base}/w/${slug}`);
    const second = await node();
    const heading = await page.locator('h1, h2').first().innerText();
    say('signed-in-again', { node: second, heading, ms: Date.now() - killedAt });
    if (second === first) {
      throw new Error(`still on node ${first}`);
    }
  } else {
    throw new Error(`unknown command ${command}`);
  }
} catch (e) {
  say('failed', { error: String(e) });
  await page.screenshot({ path: `walk-${command}-failed.png` }).catch(() => {});
  process.exitCode = 1;
} finally {
  await browser.close();
}
