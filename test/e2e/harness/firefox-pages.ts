import type { Frame, Page } from 'puppeteer-core';

/**
 * Opens an extension page (popup.html, options.html) in Firefox and returns its frame. WebDriver BiDi refuses to
 * navigate to moz-extension:// and web pages may not navigate there either, but the test build makes these pages
 * web-accessible to 127.0.0.1, so a fixture page frames them at popup size.
 */
export async function openExtensionPage(page: Page, origin: string, extensionOrigin: string, path: string): Promise<Frame> {
  await page.goto(`${origin}/blank`);
  await page.evaluate((url) => {
    const frame = document.createElement('iframe');
    frame.id = 'extension-page';
    frame.src = url;
    frame.style.cssText = 'width:400px;height:600px;border:0';
    document.body.appendChild(frame);
    return new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  }, `${extensionOrigin}/${path}`);
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    for (const frame of page.frames()) {
      if (frame === page.mainFrame()) continue;
      const here = await frame.evaluate(() => location.href).catch(() => '');
      if (here.startsWith(extensionOrigin)) return frame;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`The extension page ${path} did not load in its frame`);
}
