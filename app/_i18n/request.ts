import { cookies, headers } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { LOCALE_COOKIE, negotiateLocale } from "@/lib/i18n/locales";
import { MESSAGES } from "@/lib/i18n/messages";
import { readTimeZone, TIME_ZONE_COOKIE } from "@/lib/i18n/time-zone";

export default getRequestConfig(async () => {
  const jar = await cookies();
  const locale = negotiateLocale(jar.get(LOCALE_COOKIE)?.value, (await headers()).get("accept-language"));
  // Times are shown in the reader's own zone, which their browser reports (app/_lib/time-zone-cookie.tsx).
  return { locale, messages: MESSAGES[locale], timeZone: readTimeZone(jar.get(TIME_ZONE_COOKIE)?.value) };
});
