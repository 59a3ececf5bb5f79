-- One truth per fact (issue 11, item 5). Written by hand around Prisma's diff: every existing row is
-- carried over before a column goes.
--
-- * A call's words live in its CallTurn rows, and the customer machine's state in the snapshot kept
--   with each customer turn. PracticeCall.machineSnapshot held both again (the whole transcript and
--   the latest persona); what it held beyond them is the seed (now a column) and what the scenario
--   version already says (language, rule set, case facts), so it goes, with machineVersion (each
--   turn's snapshot carries the version that wrote it).
-- * A report's scores live in ScoreReport's columns and its findings in Finding rows (with their place
--   in the report and their translations); ScoreReport.report keeps the rest (transcript id, verdict,
--   the judge's review and proposals, which statistics never count).
-- * Speaker, outcome, category and severity become enums; QualityReview.teamId gets its foreign key.

CREATE TYPE "Speaker" AS ENUM ('agent', 'customer');
CREATE TYPE "CallOutcome" AS ENUM ('promise_to_pay', 'plan_agreed', 'callback', 'hung_up', 'complaint', 'no_agreement', 'abandoned', 'not_held');
CREATE TYPE "FindingCategory" AS ENUM ('threat', 'deception', 'third_party_disclosure', 'abuse', 'inaccuracy', 'pressure', 'empathy', 'self_identification', 'identity_verification', 'options_offered');
CREATE TYPE "Severity" AS ENUM ('critical', 'major', 'minor', 'positive');

-- ---- Calls ----

ALTER TABLE "PracticeCall" ADD COLUMN "seed" INTEGER NOT NULL DEFAULT 0;
UPDATE "PracticeCall" SET "seed" = ("machineSnapshot" ->> 'seed')::int
WHERE jsonb_typeof("machineSnapshot" -> 'seed') = 'number';
ALTER TABLE "PracticeCall" ALTER COLUMN "seed" DROP DEFAULT;

-- An unfinished call goes on from its latest customer turn's snapshot. Every version of Parley wrote
-- it there too; should one be missing, the call's own state fills it in. (An ended call's state is
-- the machine after the hang-up, which belongs to no turn, and no ended call is played on.)
UPDATE "CallTurn" t SET "snapshot" = c."machineSnapshot" -> 'persona'
FROM "PracticeCall" c
WHERE t."callId" = c."id" AND c."status" = 'active' AND t."snapshot" IS NULL AND t."speaker" = 'customer'
  AND jsonb_typeof(c."machineSnapshot" -> 'persona') = 'object'
  AND t."index" = (SELECT max(l."index") FROM "CallTurn" l WHERE l."callId" = c."id" AND l."speaker" = 'customer');

ALTER TABLE "PracticeCall" DROP COLUMN "machineSnapshot", DROP COLUMN "machineVersion";

ALTER TABLE "PracticeCall" ALTER COLUMN "outcome" TYPE "CallOutcome" USING (
  CASE WHEN "outcome" IN ('promise_to_pay', 'plan_agreed', 'callback', 'hung_up', 'complaint', 'no_agreement', 'abandoned', 'not_held')
    THEN "outcome"::"CallOutcome" END);

ALTER TABLE "CallTurn" ALTER COLUMN "speaker" TYPE "Speaker" USING "speaker"::"Speaker";

-- ---- Reports ----

ALTER TABLE "Finding" ADD COLUMN "position" INTEGER NOT NULL DEFAULT 0, ADD COLUMN "translations" JSONB;

-- Each row takes the place and translations of the report's finding it stands for. The report as
-- first scored holds every finding, the withdrawn ones too; identical findings pair up in order.
WITH listed AS (
  SELECT r."id" AS "reportId", f.item, f.ord - 1 AS position,
    row_number() OVER (PARTITION BY r."id", f.item ->> 'turn', f.item ->> 'category', f.item ->> 'ruleId', f.item ->> 'severity', f.item ->> 'evidence' ORDER BY f.ord) AS k
  FROM "ScoreReport" r, jsonb_array_elements(COALESCE(r."originalReport", r."report") -> 'findings') WITH ORDINALITY AS f(item, ord)
  WHERE (f.item ->> 'source') IS DISTINCT FROM 'llm_judge'
), stored AS (
  SELECT "id", "reportId", "turn", "category", "ruleId", "severity", "evidence",
    row_number() OVER (PARTITION BY "reportId", "turn", "category", "ruleId", "severity", "evidence" ORDER BY "id") AS k
  FROM "Finding"
)
UPDATE "Finding" f SET "position" = l.position, "translations" = l.item -> 'translations'
FROM stored s JOIN listed l ON l."reportId" = s."reportId" AND l.k = s.k AND (l.item ->> 'turn')::int = s."turn"
  AND l.item ->> 'category' = s."category" AND l.item ->> 'ruleId' = s."ruleId" AND l.item ->> 'severity' = s."severity" AND l.item ->> 'evidence' = s."evidence"
WHERE f."id" = s."id";

-- The judge's proposals are no rows (they count for nothing): they stay in the report, with their place.
UPDATE "ScoreReport" r SET "report" = (r."report" - 'findings' - 'scores' - 'ruleset') || (
  SELECT CASE WHEN count(*) = 0 THEN '{}'::jsonb
    ELSE jsonb_build_object('judgeFindings', jsonb_agg(f.item || jsonb_build_object('position', f.ord - 1) ORDER BY f.ord)) END
  FROM jsonb_array_elements(COALESCE(r."originalReport", r."report") -> 'findings') WITH ORDINALITY AS f(item, ord)
  WHERE f.item ->> 'source' = 'llm_judge');

ALTER TABLE "Finding" ALTER COLUMN "category" TYPE "FindingCategory" USING "category"::"FindingCategory",
  ALTER COLUMN "severity" TYPE "Severity" USING "severity"::"Severity";

-- ---- Quality reviews ----

UPDATE "QualityReview" SET "teamId" = NULL WHERE "teamId" IS NOT NULL AND "teamId" NOT IN (SELECT "id" FROM "Team");
ALTER TABLE "QualityReview" ADD CONSTRAINT "QualityReview_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team"("id") ON DELETE SET NULL ON UPDATE CASCADE;
