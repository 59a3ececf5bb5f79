/**
 * A one-reader queue of text chunks: the producer pushes at its own pace, the reader iterates when
 * it likes, and nothing is lost in between. Lets a reply be produced even when nobody streams it.
 */
export type TTextChannel = { push(chunk: string): void; close(): void; stream: AsyncIterable<string> };

export function createTextChannel(): TTextChannel {
  const queued: string[] = [];
  let closed = false;
  let wake: (() => void) | undefined;
  const notify = () => {
    wake?.();
    wake = undefined;
  };
  async function* read(): AsyncGenerator<string> {
    for (;;) {
      if (queued.length > 0) yield queued.shift()!;
      else if (closed) return;
      else await new Promise<void>((resolve) => (wake = resolve));
    }
  }
  return {
    push(chunk) {
      if (closed || chunk === "") return;
      queued.push(chunk);
      notify();
    },
    close() {
      closed = true;
      notify();
    },
    stream: { [Symbol.asyncIterator]: read },
  };
}
