"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import type { TLanguage } from "@/lib/transcript/transcript-schema";

// The Web Speech API's recognition half is not in TypeScript's DOM library (Chromium still names
// it webkitSpeechRecognition): only what is used here is declared.
type TRecognitionEvent = { results: ArrayLike<ArrayLike<{ transcript: string }>> };
type TRecognitionErrorEvent = { error?: string };
type TRecognition = {
  lang: string;
  interimResults: boolean;
  continuous: boolean;
  onresult: ((event: TRecognitionEvent) => void) | null;
  onend: (() => void) | null;
  onerror: ((event: TRecognitionErrorEvent) => void) | null;
  start(): void;
  stop(): void;
};
type TRecognitionClass = new () => TRecognition;

function recognitionClass(): TRecognitionClass | undefined {
  const scope = window as unknown as { SpeechRecognition?: TRecognitionClass; webkitSpeechRecognition?: TRecognitionClass };
  return scope.SpeechRecognition ?? scope.webkitSpeechRecognition;
}

/** Why listening failed, in the words the call page shows: the trainee types instead. */
export type TListenProblem = "denied" | "noMicrophone" | "unavailable" | "noSpeech";

// SpeechRecognitionErrorEvent.error codes; "aborted" (the trainee pressed stop) is no problem.
const PROBLEMS: Record<string, TListenProblem> = {
  "not-allowed": "denied",
  "service-not-allowed": "unavailable",
  "audio-capture": "noMicrophone",
  network: "unavailable",
  "language-not-supported": "unavailable",
  "no-speech": "noSpeech",
};

/**
 * Optional voice for the call, in the call's language: the other party's lines spoken with the
 * browser's speech synthesis when the trainee turns it on, and the trainee's speech recognised
 * where the browser offers it. Where recognition is missing or fails the hook says why
 * (`listenProblem`), so the page can tell the trainee to type; typing always works.
 */
export function useSpeech(language: TLanguage) {
  const [canSpeak, setCanSpeak] = useState(false);
  const [canListen, setCanListen] = useState(false);
  // Whether the browser was asked yet: until then nothing is said about what it lacks.
  const [ready, setReady] = useState(false);
  const [speakAloud, setSpeakAloud] = useState(false);
  const [listening, setListening] = useState(false);
  const [listenProblem, setListenProblem] = useState<TListenProblem | null>(null);
  const recognition = useRef<TRecognition | null>(null);

  useEffect(() => {
    setCanSpeak("speechSynthesis" in window);
    setCanListen(recognitionClass() !== undefined);
    setReady(true);
    return () => {
      recognition.current?.stop();
      if ("speechSynthesis" in window) window.speechSynthesis.cancel();
    };
  }, []);

  const speak = useCallback(
    (text: string) => {
      if (!speakAloud || !canSpeak) return;
      const utterance = new SpeechSynthesisUtterance(text);
      utterance.lang = language;
      window.speechSynthesis.speak(utterance);
    },
    [speakAloud, canSpeak, language],
  );

  /** Starts listening (each recognised phrase goes to onText) or, when listening, stops. */
  const toggleListening = useCallback(
    (onText: (text: string) => void) => {
      if (recognition.current) {
        recognition.current.stop();
        return;
      }
      const Recognition = recognitionClass();
      if (!Recognition) return;
      setListenProblem(null);
      const listener = new Recognition();
      listener.lang = language;
      listener.interimResults = false;
      listener.continuous = false;
      listener.onresult = (event) => onText(Array.from(event.results, (result) => result[0]?.transcript ?? "").join(""));
      listener.onend = () => {
        recognition.current = null;
        setListening(false);
      };
      listener.onerror = (event) => {
        listener.onend?.();
        if (event.error !== "aborted") setListenProblem(PROBLEMS[event.error ?? ""] ?? "unavailable");
      };
      recognition.current = listener;
      setListening(true);
      try {
        listener.start();
      } catch {
        listener.onerror?.({ error: "service-not-allowed" });
      }
    },
    [language],
  );

  return { canSpeak, speakAloud, setSpeakAloud, speak, canListen, listening, listenProblem, ready, toggleListening };
}
