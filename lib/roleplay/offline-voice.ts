import { composeReply } from "./compose-reply";
import { mixSeed, seededRandom } from "./seeded-random";
import { splitChunks } from "./split-chunks";
import { createTextChannel } from "./text-channel";
import type { TVoice, TVoiceRequest, TVoiceResult } from "./voice";

/** The default role-player: no network, seeded wording, chunks like a streamed model. */
export function offlineReply(request: TVoiceRequest): string {
  const earlier = request.transcript.filter((turn) => turn.speaker === "customer").map((turn) => turn.text);
  const question = request.transcript.findLast((turn) => turn.speaker === "agent")?.text;
  return composeReply(request.decision, request.scenario, seededRandom(mixSeed(request.seed, request.turn)), earlier, question);
}

export const offlineVoice: TVoice = {
  name: "offline",
  speak(request) {
    const channel = createTextChannel();
    const text = offlineReply(request);
    for (const chunk of splitChunks(text)) channel.push(chunk);
    channel.close();
    const result: TVoiceResult = { text, voiceUsed: "offline" };
    return { stream: channel.stream, done: Promise.resolve(result) };
  },
};
