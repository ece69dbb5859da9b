// Lighthouse's mobile profile (a Moto G Power on slow 4G), applied as DevTools throttling over
// CDP so that Playwright can interact with the page while it is slowed down. The figures are
// Lighthouse's own constants (mobileSlow4G: 150 ms RTT, 1.6 Mbit/s down, 750 kbit/s up, 4× CPU;
// screenEmulation.mobile: 412×823 at 1.75), taken as they are, without the adjustment factors
// Lighthouse's own `--throttling-method=devtools` would add.
import type { Browser, BrowserContext, CDPSession, Page } from 'playwright-core';

export const MOBILE_PROFILE = {
  cpuSlowdown: 4,
  latencyMs: 150,
  downloadKbps: 1638.4,
  uploadKbps: 750,
  viewport: { width: 412, height: 823 },
  deviceScaleFactor: 1.75,
} as const;

const bytesPerSecond = (kbps: number) => (kbps * 1024) / 8;

export async function throttle(cdp: CDPSession): Promise<void> {
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: MOBILE_PROFILE.cpuSlowdown });
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: MOBILE_PROFILE.latencyMs,
    downloadThroughput: bytesPerSecond(MOBILE_PROFILE.downloadKbps),
    uploadThroughput: bytesPerSecond(MOBILE_PROFILE.uploadKbps),
  });
}

/** A fresh context (cold cache) with the profile's screen, and a throttled page in it. */
export async function mobilePage(
  browser: Browser,
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    viewport: MOBILE_PROFILE.viewport,
    deviceScaleFactor: MOBILE_PROFILE.deviceScaleFactor,
    isMobile: true,
    hasTouch: true,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
  });
  const page = await context.newPage();
  await throttle(await context.newCDPSession(page));
  return { context, page };
}
