import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { CUSTOMER_TYPE_PRESETS } from "@/lib/scenario-store/customer-type-presets";
import { ZArchetype } from "@/lib/scenarios/persona-schema";

/** Links that open the editor on a starting scenario for one customer type, in Chinese or English. */
export async function TemplatePicker({ chosen }: { chosen?: string }) {
  const [t, tName, tHelp] = await Promise.all([getTranslations("trainer.templates"), getTranslations("trainee.archetypeName"), getTranslations("trainer.optionHelp.archetype")]);
  return (
    <details className="card template-picker" open={!chosen}>
      <summary>{t("title")}</summary>
      <p className="intro">{t("intro")}</p>
      <table>
        <thead>
          <tr>
            <th scope="col">{t("type")}</th>
            <th scope="col">{t("behaviour")}</th>
            <th scope="col">{t("difficulty")}</th>
            <th scope="col">{t("start")}</th>
          </tr>
        </thead>
        <tbody>
          {ZArchetype.options.map((archetype) => (
            <tr key={archetype} data-template={archetype}>
              <td>{tName(archetype)}</td>
              <td>{tHelp(archetype)}</td>
              <td>{"★".repeat(CUSTOMER_TYPE_PRESETS[archetype].difficulty)}</td>
              <td>
                <div className="row">
                  <Link href={`/trainer/scenarios/new?type=${archetype}&language=zh-CN`} aria-label={t("startIn", { type: tName(archetype), language: t("zh") })}>
                    {t("zh")}
                  </Link>
                  <Link href={`/trainer/scenarios/new?type=${archetype}&language=en`} aria-label={t("startIn", { type: tName(archetype), language: t("en") })}>
                    {t("en")}
                  </Link>
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
