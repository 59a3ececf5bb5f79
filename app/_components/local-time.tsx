"use client";

import { useLocale } from "next-intl";
import { useEffect, useState } from "react";

/**
 * A moment in the reader's own time zone: the server does not know it, so the browser writes the
 * time once it has loaded; until then (and without scripts) it reads in UTC.
 */
export function LocalTime({ iso }: { iso: string }) {
  const locale = useLocale();
  const [text, setText] = useState(() => `${iso.slice(0, 16).replace("T", " ")} UTC`);
  useEffect(() => setText(new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "medium" }).format(new Date(iso))), [iso, locale]);
  return <time dateTime={iso}>{text}</time>;
}
