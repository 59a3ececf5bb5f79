/** A plain-text chat turn, as every OpenAI-compatible endpoint accepts it. */
export type TChatMessage = { role: "system" | "user" | "assistant"; content: string };
