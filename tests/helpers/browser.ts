import { mkdirSync } from 'node:fs';
import { type Browser, chromium, type Page } from 'playwright-core';
import type { RunningServer } from './server.js';

export const ARTIFACTS = 'test-results/screenshots';

/** Debian's Chromium, headless, with the flags this machine's closed network needs. */
export async function launchBrowser(): Promise<Browser> {
  mkdirSync(ARTIFACTS, { recursive: true });
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
      '--disable-quic',
    ],
  });
}

/**
 * A page whose browser context is signed in (the session cookie set by a real sign-in), as the
 * demo Head of Digital unless another demo persona is named.
 */
export async function signedInPage(
  browser: Browser,
  url: string,
  options: Parameters<Browser['newContext']>[0] = {},
  email = 'head@demo.rolecard',
  password = 'rolecard-demo',
) {
  const context = await browser.newContext(options);
  const res = await context.request.post(`${url}/api/auth/sign-in`, {
    data: { email, password },
    headers: { origin: url },
  });
  if (res.status() !== 200) throw new Error(`sign-in as ${email} → ${res.status()}: ${await res.text()}`);
  return context.newPage();
}

/**
 * The real server, Chromium and a page signed in as the demo Head of Digital that fails the
 * test on any uncaught page error; `close` stops the browser and the server.
 */
export async function serverAndPage(
  start: () => Promise<RunningServer>,
  viewport = { width: 1280, height: 900 },
): Promise<{ server: RunningServer; browser: Browser; page: Page; close: () => Promise<void> }> {
  const server = await start();
  const browser = await launchBrowser();
  const page = await signedInPage(browser, server.url, { viewport });
  page.on('pageerror', (e) => {
    throw e;
  });
  return {
    server,
    browser,
    page,
    close: async () => {
      await browser.close();
      await server.stop();
    },
  };
}
