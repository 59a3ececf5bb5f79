"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";

/**
 * An unexpected server error on a page, in the reader's language (the layout and its translations
 * still render around it). The digest lets an administrator find the error in the server's log.
 */
export default function ServerError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("errors");
  return (
    <div className="card" role="alert">
      <h1>{t("serverTitle")}</h1>
      <p>{t("serverBody", { digest: error.digest ?? "—" })}</p>
      <p className="row">
        <button type="button" onClick={reset}>
          {t("tryAgain")}
        </button>
        <Link href="/">{t("backHome")}</Link>
      </p>
    </div>
  );
}
