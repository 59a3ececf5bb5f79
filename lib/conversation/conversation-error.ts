export class ConversationError extends Error {
  override name = "ConversationError";
  constructor(
    readonly code: "ended" | "wrong_scenario" | "empty_turn",
    message: string,
  ) {
    super(message);
  }
}
