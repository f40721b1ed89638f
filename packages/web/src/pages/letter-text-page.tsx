import type { Template } from "@samverkan/client";
import { useAgreement } from "../agreement/agreement-context";
import { api } from "../api/api-client";
import type { CallResult } from "../api/problem";
import { useResource } from "../api/use-resource";
import { AmendmentsSection } from "../components/amendments-section";
import { ErrorSummary } from "../components/error-summary";
import { PageHeading } from "../components/page-heading";
import { StatusTag } from "../components/status-tag";
import { type MessageKey, type MessageParams, useI18n } from "../i18n/i18n";
import type { RuleId } from "../letter/letter-text";
import { type RuleStatus, ruleStatuses } from "../letter/rule-status";
import { useHashTarget } from "../router/use-hash-target";

/** The letter's text, clause by clause, each sentence with its rules and their status today. */
export default function LetterTextPage() {
  const i18n = useI18n();
  const { agreement, letterId } = useAgreement();
  const query = { params: { path: { id: letterId }, query: { limit: 200 } } };
  const deps = [letterId, agreement.version];
  const obligations = useResource(() => api().GET("/v1/agreements/{id}/obligations", query), deps);
  const activities = useResource(() => api().GET("/v1/agreements/{id}/activities", query), deps);
  const sent = useResource(() => api().GET("/v1/agreements/{id}/notifications", query), deps);
  // D-45: the letter's own clauses, from the template and version it was drafted from.
  const ref = agreement.template;
  const template = useResource(
    () =>
      ref
        ? api().GET("/v1/templates/{id}", {
            params: { path: { id: ref.id }, query: { version: ref.version } },
          })
        : Promise.resolve<CallResult<Template>>({ response: new Response() }),
    [ref?.id, ref?.version],
  );
  const clauses = template.data?.clauses ?? [];
  const statuses = new Map<RuleId, RuleStatus>(
    ruleStatuses({
      agreement,
      obligations: obligations.data?.items ?? [],
      activities: activities.data?.items ?? [],
      notificationsSent: sent.data?.items.length ?? 0,
      municipalitiesConfigured: agreement.memberOrganisations.length,
      date: i18n.date,
    }).map(({ rule, status }) => [rule, status]),
  );
  useHashTarget();
  const anchored = new Set<RuleId>();
  const ruleItem = (rule: RuleId) => {
    const status = statuses.get(rule);
    const id = anchored.has(rule) ? undefined : rule;
    anchored.add(rule);
    return (
      <li key={rule} id={id} class="letter__rule" tabIndex={id ? -1 : undefined}>
        <span class="letter__rule-id">{rule}</span>{" "}
        <span class="letter__rule-name">{i18n.t(`rule.${rule}` as MessageKey)}</span>{" "}
        {status && (
          <StatusTag tone={status.tone}>
            {i18n.t(status.key, status.params as MessageParams)}
          </StatusTag>
        )}
      </li>
    );
  };
  return (
    <>
      <PageHeading caption={i18n.t("letter.caption")}>{i18n.t("letter.title")}</PageHeading>
      <p class="lead">{i18n.t("letter.intro")}</p>
      <ErrorSummary
        problem={obligations.problem ?? activities.problem ?? sent.problem ?? template.problem}
        letterId={letterId}
      />
      <p class="letter__title" lang="sv">
        {agreement.title}
      </p>
      {!ref && <p>{i18n.t("letter.noTemplate")}</p>}
      {template.data && (
        <p class="secondary" data-testid="letter-template">
          {i18n.t("letter.template", {
            name: template.data.name[i18n.language] ?? template.data.name.sv,
            version: template.data.version,
          })}
        </p>
      )}
      {clauses.map((clause) => (
        <section
          key={clause.anchor}
          id={clause.anchor}
          aria-labelledby={`${clause.anchor}-heading`}
        >
          <h2 id={`${clause.anchor}-heading`} lang="sv">
            {clause.heading.sv}
          </h2>
          <ol class="letter">
            {clause.sentences.map((sentence) => (
              <li key={sentence.sv} class="letter__sentence">
                <p lang="sv" class="letter__text">
                  {sentence.sv}
                </p>
                {sentence.rules.length > 0 && (
                  <ul class="letter__rules" aria-label={i18n.t("letter.rulesOfSentence")}>
                    {(sentence.rules as RuleId[]).map(ruleItem)}
                  </ul>
                )}
              </li>
            ))}
          </ol>
        </section>
      ))}
      <AmendmentsSection />
    </>
  );
}
