import { type TLanguage, ZLanguage } from "../transcript/transcript-schema";

/**
 * The interface language (a reader's locale) is one of the languages calls are held in, and a report
 * is worded in either: so both are the one enum ZLanguage, and the locale is simply the reader's language.
 */
export const LOCALES = ZLanguage.options;
export const DEFAULT_LOCALE: TLanguage = "zh-CN";
export const LOCALE_COOKIE = "parley-locale";

/**
 * The interface language: the user's explicit choice (cookie) first, then the browser's
 * Accept-Language in its order of preference, then Chinese, Parley's first market.
 */
export function negotiateLocale(cookieValue: string | undefined, acceptLanguage: string | null): TLanguage {
  const chosen = ZLanguage.safeParse(cookieValue);
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
