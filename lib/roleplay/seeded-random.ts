/** A small deterministic PRNG (mulberry32): the same seed gives the same call, word for word. */
export type TRandom = { next(): number; pick<T>(items: readonly T[]): T };

/** Mixes the call's seed with a salt (the turn number, a voice name) into one 32-bit seed. */
export function mixSeed(seed: number, salt: number | string): number {
  let hash = (seed ^ 0x9e3779b9) >>> 0;
  for (const char of String(salt)) hash = Math.imul(hash ^ char.charCodeAt(0), 0x85ebca6b) >>> 0;
  return Math.imul(hash ^ (hash >>> 13), 0xc2b2ae35) >>> 0;
}

export function seededRandom(seed: number): TRandom {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    pick: <T>(items: readonly T[]): T => {
      if (items.length === 0) throw new Error("pick from an empty list");
      return items[Math.floor(next() * items.length)]!;
    },
  };
}
