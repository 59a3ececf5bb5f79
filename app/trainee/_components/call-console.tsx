"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useEffect, useRef, useState, type FormEvent, type KeyboardEvent } from "react";
import { AGENT_TURN_MAX } from "@/lib/calls/call-schemas";
import { ZMood, type TMood } from "@/lib/persona/customer-decision-schema";
import type { TLanguage } from "@/lib/transcript/transcript-schema";
import { playTurn } from "../_lib/play-turn";
import { sendJson } from "@/app/_lib/send-json";
import { revealText } from "../_lib/reveal-text";
import { useSpeech } from "../_lib/use-speech";
import { CallTimer } from "./call-timer";
import { MoodCue } from "./mood-cue";

type TLine = { index: number; speaker: string; text: string; party?: string | null; mood?: string | null };
type TEnded = { outcome: string | null; byTrainee: boolean };
type TProblem = { conflict: boolean; message: string };

type Props = {
  callId: string;
  /** The language the other party speaks: for speech synthesis and recognition. */
  language: TLanguage;
  /** The name on the case file: whoever answers, the trainee dialled this person's number. */
  customerName: string;
  /** An assessed call: no mood cue until the report. */
  moodHidden: boolean;
  startedAt: string;
  endedAt: string | null;
  revision: number;
  outcome: string | null;
  active: boolean;
  turns: TLine[];
};

/**
 * The live call: the trainee types (or speaks) a line, the other party's reply streams into the
 * transcript as it is produced and is announced to screen readers once complete. Focus stays in
 * the input; Enter sends. When the call ends — the customer hanging up or the trainee ending it —
 * the input closes and the report is one link away. The customer's mood shows as it changes,
 * unless the call is assessed.
 */
export function CallConsole(props: Props) {
  const { callId, language, customerName, moodHidden, startedAt, endedAt, revision: initialRevision, outcome, active, turns: initialTurns } = props;
  const t = useTranslations("trainee.call");
  const tOutcome = useTranslations("outcome");
  const tMood = useTranslations("mood");
  const [turns, setTurns] = useState(initialTurns);
  const [mood, setMood] = useState<TMood | null>(() => latestMood(initialTurns));
  const [revision, setRevision] = useState(initialRevision);
  const [ended, setEnded] = useState<TEnded | null>(active ? null : { outcome, byTrainee: false });
  const [stoppedAt, setStoppedAt] = useState(endedAt);
  const [draft, setDraft] = useState("");
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<TProblem | null>(null);
  const [announcement, setAnnouncement] = useState("");
  const input = useRef<HTMLTextAreaElement>(null);
  const transcript = useRef<HTMLOListElement>(null);
  const reportLink = useRef<HTMLAnchorElement>(null);
  const speech = useSpeech(language);

  // biome-ignore lint/correctness/useExhaustiveDependencies: scrolls to the newest turn each time the turns change
  useEffect(() => {
    transcript.current?.lastElementChild?.scrollIntoView({ block: "nearest" });
  }, [turns]);

  // The input closes when the call ends, so keyboard focus moves on to what comes next: the report.
  // Focused once the link is rendered, not before: the disabled End call button would leave it on the page body.
  const justEnded = useRef(false);
  useEffect(() => {
    if (ended && justEnded.current) reportLink.current?.focus();
  }, [ended]);

  function finish(result: TEnded) {
    justEnded.current = true;
    setEnded(result);
    setStoppedAt(new Date().toISOString());
  }

  const length = draft.trim().length;
  const tooLong = length > AGENT_TURN_MAX;

  async function send() {
    const text = draft.trim();
    if (!text || tooLong || busy || ended) return;
    const replyIndex = turns.length + 1;
    setBusy(true);
    setProblem(null);
    setDraft("");
    setTurns((current) => [...current, { index: replyIndex - 1, speaker: "agent", text }, { index: replyIndex, speaker: "customer", text: "" }]);
    const showReply = (text: string) => setTurns((current) => current.map((turn) => (turn.index === replyIndex ? { ...turn, text } : turn)));
    const reveal = revealText(showReply, window.matchMedia("(prefers-reduced-motion: reduce)").matches);
    let replyMood = mood;
    const showMood = (next: TMood) => {
      replyMood = next;
      setMood(next);
    };
    const result = await playTurn(callId, { text, revision }, { text: reveal.push, mood: showMood }, t("network"));
    // The reply finishes appearing before the turn completes, so the page never jumps ahead of it.
    if (result.ok) await reveal.finished();
    setBusy(false);
    if (!result.ok) {
      // Nothing was saved: take the line back out of the transcript and give it back to the trainee.
      setTurns((current) => current.filter((turn) => turn.index < replyIndex - 1));
      setDraft(text);
      setProblem({ conflict: result.conflict, message: result.conflict ? t("conflict") : t("failed", { message: result.message }) });
      return;
    }
    setTurns((current) => current.map((turn) => (turn.index === replyIndex ? { ...turn, text: result.customerText } : turn)));
    setRevision(result.revision);
    const who = t("onLine", { name: customerName });
    setAnnouncement(t("announce", { who: replyMood ? `${who} (${tMood(replyMood)})` : who, text: result.customerText }));
    speech.speak(result.customerText);
    if (result.ended) finish({ outcome: result.outcome, byTrainee: false });
    else input.current?.focus();
  }

  async function endCall() {
    setBusy(true);
    const result = await sendJson<{ outcome: string | null }>(`/api/trainee/calls/${callId}/end`, "POST", {}, t("network"));
    setBusy(false);
    if (result.ok) finish({ outcome: result.body.outcome, byTrainee: true });
    else setProblem({ conflict: result.status === 409, message: t("failed", { message: result.message }) });
  }

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    void send();
  }

  function onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    // While an input method is composing (pinyin), Enter picks a candidate rather than sending.
    if (event.key !== "Enter" || event.shiftKey || event.nativeEvent.isComposing) return;
    event.preventDefault();
    void send();
  }

  return (
    <section className="call" data-call-state={ended ? "ended" : "active"} data-revision={revision} aria-label={t("transcript")}>
      <div className="call-bar">
        <CallTimer label={t("timer")} startedAt={startedAt} stoppedAt={stoppedAt} />
        {mood && <MoodCue mood={mood} />}
        {moodHidden && <p className="muted mood-hidden">{t("moodHidden")}</p>}
        {speech.canSpeak && (
          <label className="check">
            <input type="checkbox" checked={speech.speakAloud} onChange={(event) => speech.setSpeakAloud(event.target.checked)} />
            {t("speakAloud")}
          </label>
        )}
        <button type="button" className="secondary" onClick={endCall} disabled={busy || ended !== null}>
          {t("endCall")}
        </button>
      </div>

      <ol className="chat" ref={transcript}>
        {turns.map((turn) => (
          <li key={turn.index} className={`bubble bubble-${turn.speaker === "agent" ? "agent" : "customer"}`} data-turn={turn.index}>
            <span className="bubble-who">{speakerLabel(turn)}</span>
            {turn.text ? (
              <p>{turn.text}</p>
            ) : (
              <p className="typing" role="img" aria-label={t("typing")}>
                <span />
                <span />
                <span />
              </p>
            )}
          </li>
        ))}
      </ol>
      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>

      {problem && (
        <div role="alert" className="call-problem">
          <p>{problem.message}</p>
          {problem.conflict && (
            <button type="button" onClick={() => window.location.reload()}>
              {t("reload")}
            </button>
          )}
        </div>
      )}

      {ended ? (
        <div className="call-ended" role="status">
          <p>
            <strong>{endedMessage(ended)}</strong>
          </p>
          <Link className="button" ref={reportLink} href={`/trainee/calls/${callId}/report`}>
            {t("readReport")}
          </Link>
        </div>
      ) : null}

      <form className="call-input" onSubmit={onSubmit}>
        <label htmlFor="call-line">{t("inputLabel")}</label>
        <textarea
          id="call-line"
          ref={input}
          rows={2}
          value={draft}
          onChange={(event) => setDraft(event.target.value)}
          onKeyDown={onKeyDown}
          disabled={ended !== null}
          aria-describedby="call-line-hint call-line-count"
          aria-invalid={tooLong}
          lang={language}
          autoFocus
        />
        <p className="call-input-notes">
          <span id="call-line-hint" className="muted">
            {t("inputHint")}
          </span>{" "}
          {tooLong ? (
            <span id="call-line-count" className="error" role="alert">
              {t("tooLong", { count: length, max: AGENT_TURN_MAX, over: length - AGENT_TURN_MAX })}
            </span>
          ) : (
            <span id="call-line-count" className="muted char-count">
              {t("count", { count: length, max: AGENT_TURN_MAX })}
            </span>
          )}
        </p>
        <div className="row">
          <button type="submit" disabled={busy || ended !== null || length === 0 || tooLong}>
            {t("send")}
          </button>
          {speech.canListen ? (
            <button
              type="button"
              className="secondary"
              aria-pressed={speech.listening}
              aria-describedby="listen-problem"
              disabled={ended !== null}
              onClick={() => speech.toggleListening((heard) => setDraft((current) => `${current}${heard}`))}
            >
              {speech.listening ? t("listening") : t("listen")}
            </button>
          ) : null}
          <p id="listen-problem" className="muted listen-problem" role="status">
            {speech.canListen ? speech.listenProblem && t(`listenFailed.${speech.listenProblem}`) : speech.ready && t("listenUnsupported")}
          </p>
        </div>
      </form>
    </section>
  );

  // Whoever answers is on the line of the person dialled; who it was shows once the call is over.
  function speakerLabel(turn: TLine) {
    if (turn.speaker === "agent") return t("you");
    if (turn.party === "third_party") return t("thirdParty", { name: customerName });
    return turn.party === "debtor" ? customerName : t("onLine", { name: customerName });
  }

  function endedMessage({ outcome: endOutcome, byTrainee }: TEnded) {
    if (byTrainee) return t("endedByYou");
    if (endOutcome === "complaint") return t("complained");
    if (endOutcome === "hung_up") return t("hungUp");
    return t("ended", { outcome: endOutcome ? tOutcome(endOutcome) : "—" });
  }
}

function latestMood(turns: readonly TLine[]): TMood | null {
  const moods = turns.flatMap((turn) => {
    const parsed = ZMood.safeParse(turn.mood);
    return turn.speaker === "customer" && parsed.success ? [parsed.data] : [];
  });
  return moods.at(-1) ?? null;
}
