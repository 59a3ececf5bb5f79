import { ZMood, type TMood } from "../persona/customer-decision-schema";

/** How good each mood is for the call, worst to best: a move along this scale is what a line did to the customer. */
const VALENCE: Record<TMood, number> = { angry: -3, distressed: -2, scared: -2, upset: -2, wary: -1, neutral: 0, calmer: 1, relieved: 2 };

export type TMoodTurn = { index: number; speaker: string; mood?: string | null };
export type TMoodPoint = {
  /** The customer turn that showed this mood. */
  turn: number;
  mood: TMood;
  valence: number;
  /** How the mood moved from the customer's previous turn; null on the first one or when it held. */
  shift: "better" | "worse" | null;
  /** The trainee's line just before: the one that moved the customer. */
  afterTurn: number | null;
};

/** The customer's mood turn by turn, with the trainee lines that turned it. Turns with no recorded mood are skipped. */
export function moodTimeline(turns: readonly TMoodTurn[]): TMoodPoint[] {
  const points: TMoodPoint[] = [];
  for (const turn of turns) {
    const mood = ZMood.safeParse(turn.mood);
    if (turn.speaker !== "customer" || !mood.success) continue;
    const previous = points.at(-1);
    const valence = VALENCE[mood.data];
    const shift = previous === undefined || previous.valence === valence ? null : valence > previous.valence ? "better" : "worse";
    const before = turns.filter((candidate) => candidate.index < turn.index && candidate.speaker === "agent").at(-1);
    points.push({ turn: turn.index, mood: mood.data, valence, shift, afterTurn: before?.index ?? null });
  }
  return points;
}
