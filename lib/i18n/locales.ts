import { type TLanguage, ZLanguage } from "../transcript/transcript-schema";

/** The interface languages are the languages of calls: one enum for both. */
export const ZLocale = ZLanguage;
export type TLocale = TLanguage;
export const LOCALES = ZLocale.options;
export const DEFAULT_LOCALE: TLocale = "zh-CN";
export const LOCALE_COOKIE = "parley-locale";

/**
 * The interface language: the user's explicit choice (cookie) first, then the browser's
 * Accept-Language in its order of preference, then Chinese, Parley's first market.
 */
export function negotiateLocale(cookieValue: string | undefined, acceptLanguage: string | null): TLocale {
  const chosen = ZLocale.safeParse(cookieValue);
  if (chosen.success) return chosen.data;
  const ranked = (acceptLanguage ?? "")
    .split(",")
    .map((part, order) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = Number(
        params
          .find((p) => p.trim().startsWith("q="))
          ?.trim()
          .slice(2) ?? "1",
      );
      return { tag: tag.toLowerCase(), q: Number.isFinite(q) ? q : 0, order };
    })
    .filter((entry) => entry.tag && entry.q > 0)
    .sort((a, b) => b.q - a.q || a.order - b.order);
  for (const { tag } of ranked) {
    if (tag.startsWith("zh")) return "zh-CN";
    if (tag.startsWith("en")) return "en";
  }
  return DEFAULT_LOCALE;
}
