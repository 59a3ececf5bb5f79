"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";

/** Re-renders the page from the server every few seconds while something on it is still being scored. */
export function RefreshWhilePending({ pending, everyMs = 2000 }: { pending: boolean; everyMs?: number }) {
  const router = useRouter();
  useEffect(() => {
    if (!pending) return;
    const timer = setInterval(() => router.refresh(), everyMs);
    return () => clearInterval(timer);
  }, [pending, everyMs, router]);
  return null;
}
