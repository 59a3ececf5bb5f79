import { describe, expect, it } from "vitest";
import { moodTimeline } from "./mood-timeline";

describe("the customer's mood over a call", () => {
  it("names the trainee line before each change, and skips turns without a mood", () => {
    const points = moodTimeline([
      { index: 0, speaker: "customer", mood: "neutral" },
      { index: 1, speaker: "agent" },
      { index: 2, speaker: "customer", mood: "neutral" },
      { index: 3, speaker: "agent" },
      { index: 4, speaker: "customer", mood: "angry" },
      { index: 5, speaker: "agent" },
      { index: 6, speaker: "customer", mood: null },
      { index: 7, speaker: "agent" },
      { index: 8, speaker: "customer", mood: "calmer" },
    ]);
    expect(points.map(({ turn, mood, shift, afterTurn }) => ({ turn, mood, shift, afterTurn }))).toEqual([
      { turn: 0, mood: "neutral", shift: null, afterTurn: null },
      { turn: 2, mood: "neutral", shift: null, afterTurn: 1 },
      { turn: 4, mood: "angry", shift: "worse", afterTurn: 3 },
      { turn: 8, mood: "calmer", shift: "better", afterTurn: 7 },
    ]);
  });
});
