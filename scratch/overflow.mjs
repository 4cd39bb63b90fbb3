import { chromium } from 'playwright-core';
import { preview } from 'vite';
const server = await preview({ preview: { port: 4391, strictPort: false }, logLevel: 'warn' });
const url = server.resolvedUrls.local[0];
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage({ viewport: { width: 360, height: 740 } });
const frag = process.argv[2];
await page.goto(`${url}#${frag}`);
await page.waitForTimeout(4000);
const wide = await page.evaluate(() => {
  const art = document.querySelector('article.sw-results');
  art.style.minWidth = '0';
  art.style.width = '300px';
  const out = [];
  for (const el of art.querySelectorAll('*')) {
    const r = el.getBoundingClientRect();
    const ar = art.getBoundingClientRect();
    if (r.right > ar.right + 1 && getComputedStyle(el).position !== 'absolute') out.push(`${el.tagName}.${el.className} right=${Math.round(r.right - ar.left)} ws=${getComputedStyle(el).whiteSpace} ${el.textContent?.slice(0, 70)}`);
  }
  return out.slice(0, 20);
});
console.log(wide.join('\n'));
await page.screenshot({ path: '/tmp/shared-360.png', fullPage: false });
await browser.close(); await server.close();
