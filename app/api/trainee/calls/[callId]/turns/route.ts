import { getLocale } from "next-intl/server";
import { guardRoute, readJson } from "@/app/_lib/guard-route";
import { ZAgentTurnInput } from "@/lib/calls/call-schemas";
import { encodeTurnStream } from "@/lib/calls/encode-turn-stream";
import { playPracticeTurn } from "@/lib/calls/play-practice-turn";
import { getPrisma } from "@/lib/db/get-database";
import { enforceRateLimit, RATE_RULES } from "@/lib/rate-limit/consume-rate-limit";
import { configuredVoice } from "@/lib/roleplay/configured-voice";
import { ZLanguage } from "@/lib/transcript/transcript-schema";

/** One trainee line; the customer's reply streams back as NDJSON (ZTurnStreamEvent) as it is produced. */
export const POST = guardRoute<{ callId: string }>("/api/trainee/calls/[callId]/turns", async (request, { viewer, params }) => {
  const { text, revision } = ZAgentTurnInput.parse(await readJson(request));
  const reportLanguage = ZLanguage.parse(await getLocale());
  const prisma = await getPrisma();
  await enforceRateLimit(prisma, `turn:${viewer.id}`, RATE_RULES.practiceTurn);
  const turn = await playPracticeTurn(prisma, {
    viewer,
    callId: params.callId,
    text,
    revision,
    voice: configuredVoice(),
    reportLanguage,
    signal: request.signal,
  });
  // no-transform: a reply of a few hundred bytes is not worth compressing, and compressing would hold
  // its chunks back; `next start` leaves such a response as it is.
  return new Response(encodeTurnStream(turn), { headers: { "content-type": "application/x-ndjson", "cache-control": "no-store, no-transform" } });
});
