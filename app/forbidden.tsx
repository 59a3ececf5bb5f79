import Link from "next/link";
import { getTranslations } from "next-intl/server";

export default async function Forbidden() {
  const t = await getTranslations("errors");
  return (
    <div className="card">
      <h1>{t("forbiddenTitle")}</h1>
      <p>{t("forbiddenBody")}</p>
      <Link href="/">{t("backHome")}</Link>
    </div>
  );
}
