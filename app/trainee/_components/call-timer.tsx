"use client";

import { useEffect, useState } from "react";

type Props = { label: string; startedAt: string; stoppedAt: string | null };

const pad = (value: number) => String(value).padStart(2, "0");

/** Time on the call as m:ss, ticking until the call ends. Starts on the client, so server and browser render the same first. */
export function CallTimer({ label, startedAt, stoppedAt }: Props) {
  const [now, setNow] = useState<number | null>(null);
  useEffect(() => {
    setNow(Date.now());
    if (stoppedAt) return;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [stoppedAt]);
  const until = stoppedAt ? Date.parse(stoppedAt) : now;
  const seconds = until === null ? 0 : Math.max(0, Math.floor((until - Date.parse(startedAt)) / 1000));
  return (
    <p className="call-timer">
      {label}:{" "}
      <time role="timer" aria-label={label} dateTime={`PT${seconds}S`}>
        {Math.floor(seconds / 60)}:{pad(seconds % 60)}
      </time>
    </p>
  );
}
