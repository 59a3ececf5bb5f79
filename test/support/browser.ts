import { mkdir, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import type { TChromium } from "./chromium";
import { e2eReady } from "./shared-parley";

export const SCREENSHOT_DIR = path.resolve("test-results", "screenshots");

/**
 * Chromium (see chromium.ts), headless, with a fresh profile and nothing that reaches for the network on its own.
 * Tests get the Chromium their global setup found; a script outside Vitest (the benchmarks) passes its own.
 */
export async function openBrowser(options: { locale?: string; viewport?: { width: number; height: number }; timezoneId?: string; chromium?: TChromium } = {}) {
  const { executablePath, env } = options.chromium ?? (await e2eReady()).chromium;
  const userDataDir = await mkdtemp(path.join(tmpdir(), "parley-chromium-"));
  const context: BrowserContext = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    env: { ...process.env, ...env } as Record<string, string>,
    headless: true,
    locale: options.locale ?? "zh-CN",
    timezoneId: options.timezoneId,
    viewport: options.viewport ?? { width: 1280, height: 800 },
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
  // Playwright's own limits are waits for the page, not speed requirements: room for a busy machine.
  context.setDefaultTimeout(60_000);
  context.setDefaultNavigationTimeout(60_000);
  return {
    context,
    page: context.pages()[0] ?? (await context.newPage()),
    close: async () => {
      await context.close();
      await rm(userDataDir, { recursive: true, force: true });
    },
  };
}

export async function screenshot(page: Page, name: string) {
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });
}
