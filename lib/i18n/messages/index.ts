import type { TLanguage } from "../../transcript/transcript-schema";
import enAdmin from "./en/admin.json";
import enCommon from "./en/common.json";
import enSupervisor from "./en/supervisor.json";
import enTrainee from "./en/trainee.json";
import enTrainer from "./en/trainer.json";
import zhAdmin from "./zh-CN/admin.json";
import zhCommon from "./zh-CN/common.json";
import zhSupervisor from "./zh-CN/supervisor.json";
import zhTrainee from "./zh-CN/trainee.json";
import zhTrainer from "./zh-CN/trainer.json";

/** Interface texts, one file per area and language so each area's texts live together. */
export const MESSAGES: Record<TLanguage, Record<string, unknown>> = {
  en: { ...enCommon, ...enTrainee, ...enTrainer, ...enSupervisor, ...enAdmin },
  "zh-CN": { ...zhCommon, ...zhTrainee, ...zhTrainer, ...zhSupervisor, ...zhAdmin },
};
