/** Splits a reply into clause-sized chunks, as a streamed model would deliver it. */
export function splitChunks(text: string): string[] {
  return text.match(/[^,.!?;:,。!?;:…]+[,.!?;:,。!?;:…]*\s*/g) ?? [text];
}
