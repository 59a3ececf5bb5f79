import type { Metadata } from "next";
import { cookies } from "next/headers";
import Link from "next/link";
import { NextIntlClientProvider } from "next-intl";
import { getLocale, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { ROLE_NAV } from "@/lib/auth/roles";
import { currentViewer } from "./_lib/current-viewer";
import { TIME_ZONE_COOKIE } from "@/lib/i18n/time-zone";
import { LocaleSwitch } from "./_lib/locale-switch";
import { SignOutButton } from "./_lib/sign-out-button";
import { TimeZoneCookie } from "./_lib/time-zone-cookie";
// Chinese in the same font on every machine, served by Parley itself (no font download from elsewhere).
import "@fontsource-variable/noto-sans-sc";
import "./globals.css";

export const metadata: Metadata = { title: "Parley", description: "Collection-call practice · 催收通话训练" };

export default async function RootLayout({ children }: { children: ReactNode }) {
  const [locale, t, tRoles, tNav, viewer, jar] = await Promise.all([
    getLocale(),
    getTranslations("app"),
    getTranslations("roles"),
    getTranslations("nav"),
    currentViewer(),
    cookies(),
  ]);
  return (
    <html lang={locale}>
      <body>
        <NextIntlClientProvider>
          <TimeZoneCookie known={jar.get(TIME_ZONE_COOKIE)?.value} />
          <a className="skip-link" href="#main">
            {t("skipToContent")}
          </a>
          <header className="topbar">
            <Link className="brand" href="/">
              {t("name")}
            </Link>
            <nav aria-label="main">
              {viewer &&
                ROLE_NAV[viewer.role].map((item) => (
                  <Link key={item.href} href={item.href}>
                    {tNav(item.label)}
                  </Link>
                ))}
            </nav>
            {viewer && <span className="who">{t("signedInAs", { name: viewer.name, role: tRoles(viewer.role) })}</span>}
            {viewer && <Link href="/account/password">{t("changePassword")}</Link>}
            <LocaleSwitch />
            {viewer && <SignOutButton label={t("signOut")} />}
          </header>
          <main id="main">{children}</main>
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
