// Opens a page in headless Chromium (Debian's, driven by playwright-core), waits until the page
// publishes window.results, and prints them as JSON. Usage: node drive-page.mjs URL [seconds]
import { chromium } from 'playwright-core';

const [url, seconds = '60'] = process.argv.slice(2);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  const page = await browser.newPage();
  const console = [];
  page.on('console', (message) => console.push(`${message.type()}: ${message.text()}`));
  page.on('pageerror', (error) => console.push(`pageerror: ${error.message}`));
  await page.goto(url);
  await page.waitForFunction(() => window.results !== undefined, null, { timeout: Number(seconds) * 1000 });
  const results = await page.evaluate(() => window.results);
  process.stdout.write(JSON.stringify({ results, console }) + '\n');
} finally {
  await browser.close();
}
