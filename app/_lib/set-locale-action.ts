"use server";

import { cookies } from "next/headers";
import { LOCALE_COOKIE, ZLocale } from "@/lib/i18n/locales";

export async function setLocaleAction(formData: FormData) {
  const locale = ZLocale.parse(formData.get("locale"));
  (await cookies()).set(LOCALE_COOKIE, locale, { path: "/", sameSite: "lax", maxAge: 365 * 24 * 3600, httpOnly: true });
}
