import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { currentViewer } from "@/app/_lib/current-viewer";

/** The results area's navigation (supervisors, and trainers for the teams they train); each page checks access itself. */
export default async function SupervisorLayout({ children }: { children: ReactNode }) {
  const [t, viewer] = await Promise.all([getTranslations("supervisor.nav"), currentViewer()]);
  return (
    <>
      <nav className="subnav" aria-label={t("label")}>
        <Link href="/supervisor">{t("dashboard")}</Link>
        {viewer?.role === "supervisor" && <Link href="/supervisor/quality">{t("quality")}</Link>}
      </nav>
      {children}
    </>
  );
}
