"use client";

import { useRouter } from "next/navigation";
import { sendJson } from "./send-json";

export function SignOutButton({ label }: { label: string }) {
  const router = useRouter();
  return (
    <button
      type="button"
      className="secondary"
      onClick={async () => {
        await sendJson("/api/auth/sign-out", "POST", {});
        router.replace("/sign-in");
        router.refresh();
      }}
    >
      {label}
    </button>
  );
}
