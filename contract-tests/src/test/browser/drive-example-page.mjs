// Drives examples/orders-page in headless Chromium (Debian's, through playwright-core) as a person
// would: create an order, get it until it is COMPLETED, list the completed orders, then send an
// order the API refuses. Prints what the page showed as JSON. Usage: node drive-example-page.mjs URL
import { chromium } from 'playwright-core';

const [url] = process.argv.slice(2);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const shown = {};
const console = [];
try {
  const page = await browser.newPage();
  page.on('console', (message) => console.push(`${message.type()}: ${message.text()}`));
  page.on('pageerror', (error) => console.push(`pageerror: ${error.message}`));
  await page.goto(url);
  await page.waitForSelector('body[data-ready="true"]');
  const answerAfter = async (button) => {
    const before = await page.textContent('#answer');
    await page.click(button);
    await page.waitForFunction((previous) => document.getElementById('answer').textContent !== previous
      && !document.querySelector('button:disabled'), before);
    return page.textContent('#answer');
  };

  shown.created = await answerAfter('#create');
  shown.orderId = await page.textContent('#order-id');
  shown.statusAtCreation = await page.textContent('#order-status');
  for (let attempt = 0; attempt < 40; attempt++) {
    await page.evaluate(() => { document.getElementById('answer').textContent = ''; });
    shown.got = await answerAfter('#get');
    if ((await page.textContent('#order-status')) === 'COMPLETED') {
      break;
    }
    await page.waitForTimeout(250);
  }
  shown.statusLater = await page.textContent('#order-status');
  await page.selectOption('#status', 'COMPLETED');
  shown.listed = await answerAfter('#list');
  shown.listedIds = await page.$$eval('#orders li', (items) => items.map((item) => item.textContent.split(' ')[0]));
  await page.fill('#customer', '');
  shown.refused = await answerAfter('#create');
} finally {
  await browser.close();
}
process.stdout.write(JSON.stringify({ shown, console }) + '\n');
