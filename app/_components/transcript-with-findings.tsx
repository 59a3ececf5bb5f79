import { createFormatter, createTranslator } from "next-intl";
import { Fragment, type ReactNode } from "react";
import { MESSAGES } from "@/lib/i18n/messages";
import type commonMessages from "@/lib/i18n/messages/en/common.json";
import type reportMessages from "@/lib/i18n/messages/en/supervisor.json";
import { ZMood } from "@/lib/persona/customer-decision-schema";
import type { TRuleView } from "@/lib/reports/describe-rules";
import { markEvidence } from "@/lib/reports/mark-evidence";
import { findingTextIn } from "@/lib/scoring/finding-text-in";
import type { TFinding } from "@/lib/scoring/report-schema";
import type { TLanguage } from "@/lib/transcript/transcript-schema";

export type TTurnView = { speaker: string; text: string; party?: string | null; mood?: string | null };
export type TCommentView = { id: string; turn: number | null; text: string; createdAt: Date; author: { name: string } };

type Props = {
  /** In call order; a finding's `turn` is an index into this list. */
  turns: readonly TTurnView[];
  findings: readonly TFinding[];
  /** Title and sources per rule id (lib/reports/describe-rules.ts); a rule missing here shows its id only. */
  rules?: Readonly<Record<string, TRuleView>>;
  locale: TLanguage;
  comments?: readonly TCommentView[];
  /** Prefixes the turns' ids (`turn-2`), so a page with several transcripts keeps them unique. */
  idPrefix?: string;
  /** The reader's time zone (next-intl's getTimeZone()), for the comments' times. */
  timeZone?: string;
  /** What a page adds under each finding (the trainee's dispute, for one). */
  findingExtra?: (finding: TFinding) => ReactNode;
  /** The customer's name from the case file: their turns are labelled with it. */
  customerName?: string;
  /** When `turns` is one page of a long call: the index of its first turn, and the call's length. */
  firstTurn?: number;
  totalTurns?: number;
};

type TTranslator = ReturnType<typeof translator>;
const translator = (locale: TLanguage) => createTranslator({ locale, messages: MESSAGES[locale] as typeof reportMessages, namespace: "scoreReport" });
const moodTranslator = (locale: TLanguage) => createTranslator({ locale, messages: MESSAGES[locale] as typeof commonMessages, namespace: "mood" });

/**
 * A call's transcript with every finding pinned under the turn it is about and its quoted evidence
 * marked inside the turn's words: the rule and its source, why it matters, and a compliant way to
 * say it; strengths appear the same way. Supervisors' comments sit with their turn. Plain data and
 * a locale in, so the supervisor's review, the printed report and the trainee's report share it.
 */
export function TranscriptWithFindings(props: Props) {
  const { turns, findings, rules = {}, locale, comments = [], idPrefix = "", timeZone, findingExtra, customerName, firstTurn = 0, totalTurns = turns.length } = props;
  const t = translator(locale);
  const tMood = moodTranslator(locale);
  // Grouped once: a long call's findings are not searched again for every turn.
  const byTurn = new Map<number, TFinding[]>();
  for (const finding of findings) byTurn.set(finding.turn, [...(byTurn.get(finding.turn) ?? []), finding]);
  const onTurn = (index: number) => byTurn.get(firstTurn + index) ?? [];
  const commentsOn = (index: number) => comments.filter((comment) => comment.turn === firstTurn + index);
  const lastPage = firstTurn + turns.length >= totalTurns;
  const callFindings = lastPage ? findings.filter((finding) => finding.turn >= totalTurns) : [];
  const callComments = lastPage ? comments.filter((comment) => comment.turn === null || comment.turn >= totalTurns) : [];
  return (
    <section className="transcript-review" aria-label={t("transcript")}>
      <ol className="transcript">
        {turns.map((turn, index) => (
          <li key={index} id={`${idPrefix}turn-${firstTurn + index}`} className={`turn turn-${turn.speaker === "agent" ? "agent" : "customer"}`}>
            <p className="turn-head">
              <span className="turn-number">{t("turn", { n: firstTurn + index + 1 })}</span> <strong>{speakerLabel(t, turn, customerName)}</strong>
              <MoodTag mood={turn.mood} tMood={tMood} />
            </p>
            <p className="turn-text">
              {markEvidence(turn.text, onTurn(index)).map((segment, order) =>
                segment.severity ? (
                  <mark key={order} className={`severity-${segment.severity}`}>
                    {segment.text}
                  </mark>
                ) : (
                  <Fragment key={order}>{segment.text}</Fragment>
                ),
              )}
            </p>
            <FindingList t={t} locale={locale} findings={onTurn(index)} rules={rules} extra={findingExtra} />
            <CommentList t={t} locale={locale} timeZone={timeZone} comments={commentsOn(index)} />
          </li>
        ))}
      </ol>
      {callFindings.length > 0 && (
        <section aria-label={t("otherFindings")}>
          <h3>{t("otherFindings")}</h3>
          <FindingList t={t} locale={locale} findings={callFindings} rules={rules} extra={findingExtra} />
        </section>
      )}
      {callComments.length > 0 && (
        <section aria-label={t("generalComments")}>
          <h3>{t("generalComments")}</h3>
          <CommentList t={t} locale={locale} timeZone={timeZone} comments={callComments} />
        </section>
      )}
    </section>
  );
}

function MoodTag({ mood, tMood }: { mood?: string | null; tMood: ReturnType<typeof moodTranslator> }) {
  const parsed = ZMood.safeParse(mood);
  if (!parsed.success) return null;
  return (
    <span className="tag turn-mood" data-mood={parsed.data}>
      {tMood(parsed.data)}
    </span>
  );
}

function speakerLabel(t: TTranslator, turn: TTurnView, customerName?: string) {
  if (turn.speaker === "agent") return t("speaker.agent");
  if (turn.party === "third_party") return t("speaker.third_party");
  return customerName ?? t("speaker.customer");
}

type TFindingListProps = {
  t: TTranslator;
  locale: TLanguage;
  findings: readonly TFinding[];
  rules: Readonly<Record<string, TRuleView>>;
  extra?: (finding: TFinding) => ReactNode;
};

function FindingList({ t, locale, findings, rules, extra }: TFindingListProps) {
  if (findings.length === 0) return null;
  return (
    <ul className="findings" aria-label={t("findings")}>
      {findings.map((finding, order) => {
        const rule = rules[finding.ruleId];
        const { explanation, suggestion } = findingTextIn(finding, locale);
        return (
          <li key={order} className={`finding severity-${finding.severity}`}>
            <p className="finding-head">
              <span className={`badge severity-${finding.severity}`}>{t(`severity.${finding.severity}`)}</span> <span>{t(`category.${finding.category}`)}</span> ·{" "}
              <code>{finding.ruleId}</code>
              {rule && <> {rule.title}</>}
            </p>
            {finding.source === "llm_judge" && <p className="judge-proposal">{t("judgeProposal")}</p>}
            <p>
              {t("evidence")}: <q>{finding.evidence}</q>
            </p>
            <dl>
              <dt>{t("why")}</dt>
              <dd>{explanation}</dd>
              <dt>{t(finding.severity === "positive" ? "example" : "alternative")}</dt>
              <dd>{suggestion}</dd>
              {rule && (
                <>
                  <dt>{t("source")}</dt>
                  <dd>
                    {rule.sources.map((source) => [source.regulation, source.article].filter(Boolean).join(" ") + (source.unverified ? ` (${t("unverified")})` : "")).join("; ")}
                  </dd>
                </>
              )}
            </dl>
            {extra?.(finding)}
          </li>
        );
      })}
    </ul>
  );
}

function CommentList({ t, locale, timeZone, comments }: { t: TTranslator; locale: TLanguage; timeZone?: string; comments: readonly TCommentView[] }) {
  if (comments.length === 0) return null;
  const format = createFormatter({ locale, timeZone });
  return (
    <ul className="comments" aria-label={t("comments")}>
      {comments.map((comment) => (
        <li key={comment.id} className="comment">
          <p className="comment-by">{t("commentBy", { name: comment.author.name, date: format.dateTime(comment.createdAt, { dateStyle: "medium", timeStyle: "short" }) })}</p>
          <p>{comment.text}</p>
        </li>
      ))}
    </ul>
  );
}
