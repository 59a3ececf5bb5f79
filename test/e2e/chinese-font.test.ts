import { describe, expect, it } from "vitest";
import { openBrowser, screenshot } from "../support/browser";
import { sharedParley } from "../support/shared-parley";

const server = await sharedParley();
const HAN = /\p{Script=Han}/gu;

describe("Chinese text", () => {
  it("renders a Chinese heading at full width in the Noto Sans SC that Parley itself serves", async () => {
    const browser = await openBrowser({ locale: "zh-CN" });
    try {
      const { page, context } = browser;
      const fontFiles: string[] = [];
      page.on("response", (response) => {
        if (/\.woff2(\?|$)/.test(response.url()) && response.ok()) fontFiles.push(response.url());
      });
      await page.goto(`${server.url}/sign-in`);
      await page.evaluate(() => document.fonts.ready);
      const heading = page.getByRole("heading", { level: 1 });
      const text = (await heading.textContent()) ?? "";
      const han = text.match(HAN)?.length ?? 0;
      expect(han).toBeGreaterThan(1);

      // A Chinese character is one em wide; a missing glyph's box is narrower, and no font at all is nothing.
      const measured = await heading.evaluate((element) => {
        const range = document.createRange();
        range.selectNodeContents(element);
        return { width: range.getBoundingClientRect().width, fontSize: Number.parseFloat(getComputedStyle(element).fontSize) };
      });
      expect(measured.width).toBeGreaterThanOrEqual(han * measured.fontSize * 0.95);

      // The glyphs come from the web font, fetched from Parley's own origin.
      const cdp = await context.newCDPSession(page);
      await cdp.send("DOM.enable");
      await cdp.send("CSS.enable");
      const { root } = await cdp.send("DOM.getDocument");
      const { nodeId } = await cdp.send("DOM.querySelector", { nodeId: root.nodeId, selector: "h1" });
      const { fonts } = await cdp.send("CSS.getPlatformFontsForNode", { nodeId });
      const noto = fonts.filter((font) => /Noto Sans SC/i.test(font.familyName));
      expect(noto.reduce((sum, font) => sum + font.glyphCount, 0)).toBeGreaterThanOrEqual(han);
      expect(fontFiles.length).toBeGreaterThan(0);
      expect(fontFiles.every((url) => url.startsWith(server.url))).toBe(true);
      await screenshot(page, "sign-in-chinese-font");
    } finally {
      await browser.close();
    }
  });
});
