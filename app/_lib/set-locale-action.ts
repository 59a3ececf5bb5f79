"use server";

import { cookies } from "next/headers";
import { LOCALE_COOKIE } from "@/lib/i18n/locales";
import { ZLanguage } from "@/lib/transcript/transcript-schema";

export async function setLocaleAction(formData: FormData) {
  const locale = ZLanguage.parse(formData.get("locale"));
  (await cookies()).set(LOCALE_COOKIE, locale, { path: "/", sameSite: "lax", maxAge: 365 * 24 * 3600, httpOnly: true });
}
