/** Ticks of the reveal; a reply of any length is shown in at most this many, so none takes long. */
const MAX_TICKS = 40;
const TICK_MS = 25;

export type TRevealer = { push: (chunk: string) => void; finished: () => Promise<void> };

/**
 * Shows a streamed reply a few characters at a time, as it would be heard, however it arrives: a
 * reply that comes in one piece (the offline voice's usually do) still appears progressively, in
 * about a second at most. With reduced motion asked for, each chunk shows whole at once.
 */
export function revealText(show: (text: string) => void, instant: boolean): TRevealer {
  let target = "";
  let shown = 0;
  let timer: ReturnType<typeof setInterval> | undefined;
  let waiters: (() => void)[] = [];
  const settle = () => {
    clearInterval(timer);
    timer = undefined;
    for (const resolve of waiters) resolve();
    waiters = [];
  };
  const tick = () => {
    shown = Math.min(target.length, shown + Math.max(2, Math.ceil(target.length / MAX_TICKS)));
    // Never half of a surrogate pair (an emoji): the next character goes with it.
    if (/[\uD800-\uDBFF]/.test(target[shown - 1] ?? "")) shown += 1;
    show(target.slice(0, shown));
    if (shown >= target.length) settle();
  };
  return {
    push(chunk) {
      target += chunk;
      if (instant) {
        shown = target.length;
        show(target);
      } else timer ??= setInterval(tick, TICK_MS);
    },
    finished: () => (timer === undefined ? Promise.resolve() : new Promise((resolve) => waiters.push(resolve))),
  };
}
