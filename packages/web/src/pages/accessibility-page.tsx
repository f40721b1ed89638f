import "../i18n/accessibility-messages";
import { ACCESSIBILITY_STATEMENT as statement } from "../accessibility/statement";
import { PageHeading } from "../components/page-heading";
import { type MessageKey, useI18n } from "../i18n/i18n";

/**
 * The accessibility statement (tillgänglighetsredogörelse) in the order of DIGG's model. Anyone
 * may read it, signed in or not; its facts come from `statement.json`, its words from the catalogue.
 */
export default function AccessibilityPage() {
  const i18n = useI18n();
  const { t, language, date } = i18n;
  const email = statement.feedback.email;
  return (
    <>
      <PageHeading>{t("a11y.title")}</PageHeading>
      <p class="lead">{t("a11y.intro")}</p>

      <h2>{t("a11y.howAccessible.heading")}</h2>
      <p>{t(`a11y.howAccessible.${statement.compliance}` as MessageKey)}</p>

      <h2>{t("a11y.help.heading")}</h2>
      <p>{t("a11y.help.text", { email, days: statement.feedback.answerWithinWorkingDays })}</p>

      <h2>{t("a11y.report.heading")}</h2>
      <p>{t("a11y.report.text", { email })}</p>
      <p>
        <a href={`mailto:${email}`}>{email}</a>
      </p>

      <h2>{t("a11y.supervision.heading")}</h2>
      <p>{t("a11y.supervision.text")}</p>
      <p>
        <a href={statement.complaintUrl}>{t("a11y.supervision.link")}</a>
      </p>

      <h2>{t("a11y.technical.heading")}</h2>
      <p>{t(`a11y.compliance.${statement.compliance}` as MessageKey)}</p>

      {statement.shortcomings.length > 0 && (
        <>
          <h2>{t("a11y.shortcomings.heading")}</h2>
          {[...new Set(statement.shortcomings.map((s) => s.reason))].map((reason) => (
            <section key={reason}>
              <h3>{t(`a11y.reason.${reason}` as MessageKey)}</h3>
              <ul class="list list--bullet">
                {statement.shortcomings
                  .filter((s) => s.reason === reason)
                  .map((s) => (
                    <li key={s.id} id={`brist-${s.id}`}>
                      {t(`a11y.shortcoming.${s.id}` as MessageKey)}{" "}
                      <span class="criterion">{t("a11y.criterion", { criterion: s.wcag })}</span>
                    </li>
                  ))}
              </ul>
            </section>
          ))}
        </>
      )}

      <h2>{t("a11y.method.heading")}</h2>
      <p>
        {t("a11y.method.text", {
          tool: statement.assessment.tool,
          standard: statement.assessment.standard,
          widths: statement.assessment.widthsPx.join(language === "sv" ? " och " : " and "),
          date: date(statement.assessment.assessedOn),
        })}
      </p>
      <p>{t("a11y.updated", { date: date(statement.updatedOn) })}</p>
    </>
  );
}
