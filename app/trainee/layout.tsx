import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";

/** The trainee's own navigation; links only, each page below checks access itself. */
export default async function TraineeLayout({ children }: { children: ReactNode }) {
  const t = await getTranslations("trainee.nav");
  return (
    <>
      <nav className="subnav" aria-label={t("label")}>
        <Link href="/trainee">{t("scenarios")}</Link>
        <Link href="/trainee/progress">{t("progress")}</Link>
      </nav>
      {children}
    </>
  );
}
