import { getLocale, getTranslations } from "next-intl/server";
import { LOCALES } from "@/lib/i18n/locales";
import { setLocaleAction } from "./set-locale-action";

const LABELS = { "zh-CN": "中文", en: "English" } as const;

/** A form per language, so switching works with the keyboard and without client code. */
export async function LocaleSwitch() {
  const [locale, t] = await Promise.all([getLocale(), getTranslations("app")]);
  return (
    <div role="group" aria-label={t("language")} className="row">
      {LOCALES.filter((other) => other !== locale).map((other) => (
        <form key={other} action={setLocaleAction}>
          <input type="hidden" name="locale" value={other} />
          <button type="submit" className="secondary" lang={other}>
            {LABELS[other]}
          </button>
        </form>
      ))}
    </div>
  );
}
