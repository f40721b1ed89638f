import { useState } from "preact/hooks";
import { useAgreement } from "../agreement/agreement-context";
import { organisationNames } from "../agreement/organisation-names";
import { api } from "../api/api-client";
import { useResource } from "../api/use-resource";
import { withEtag } from "../api/with-etag";
import { ErrorSummary } from "../components/error-summary";
import { Loading } from "../components/loading";
import { PageHeading } from "../components/page-heading";
import { RuleSources } from "../components/rule-sources";
import { SuccessBanner } from "../components/success-banner";
import { CommandForm } from "../forms/command-form";
import { TextField } from "../forms/text-field";
import { latestDone, useCommandForm } from "../forms/use-command-form";
import { useI18n } from "../i18n/i18n";
import { asPartyCoordinator } from "../permissions/permissions";

// D-31: the reminder policy binds both principal parties. One party's coordinator proposes a
// change; the other party's coordinator accepts or declines it; the proposer may withdraw it.

interface PersonShown {
  readonly name?: string;
  /** Absent once the person was erased (D-59). */
  readonly sub?: string;
  readonly organisation: string;
  readonly erased?: boolean;
}

/** "30, 14, 7, 1" → [30, 14, 7, 1]; undefined unless 1–10 different whole days of 0–365. */
function leadDaysOf(text: string): number[] | undefined {
  const parts = text.split(/[,\s]+/).filter(Boolean);
  if (parts.length < 1 || parts.length > 10 || !parts.every((p) => /^\d{1,3}$/.test(p)))
    return undefined;
  const days = parts.map(Number);
  if (days.some((d) => d > 365) || new Set(days).size !== days.length) return undefined;
  return days;
}

/** Who sets and changes the letter's reminders, and the proposal waiting for an answer. */
export default function ReminderPolicyPage() {
  const i18n = useI18n();
  const { agreement, letterId, session } = useAgreement();
  const policy = useResource(
    () =>
      api()
        .GET("/v1/agreements/{id}/reminder-policy", { params: { path: { id: letterId } } })
        .then((result) => withEtag(result)),
    [letterId],
  );
  // The form starts from the policy in force; undefined until the person changes it.
  const [typedDays, setLeadDays] = useState<string | undefined>();
  const [chosenDigest, setDigest] = useState<boolean | undefined>();
  const names = organisationNames(agreement);
  const own = session.person.orgNumber;
  const permission = asPartyCoordinator(session.person, agreement, i18n.t("list.or"));
  const person = (p: PersonShown) =>
    i18n.t("policy.person", {
      name: p.erased ? i18n.t("person.erased") : (p.name ?? p.sub ?? i18n.t("person.unknown")),
      org: p.organisation,
    });
  const days = (list: readonly number[]) => list.join(", ");
  /** "30, 14, 7 och 1": the lead times in words. */
  const inWords = (list: readonly number[]) =>
    list.length > 1
      ? `${list.slice(0, -1).join(", ")} ${i18n.t("list.and")} ${list.at(-1)}`
      : days(list);

  const pendingId = policy.data?.pending?.id ?? "";
  // The other party answers (accept, decline), the proposer withdraws: each a button's choice.
  const answer = useCommandForm({
    send: (choice) => {
      const action = choice === "accept" || choice === "decline" ? choice : "withdraw";
      const headers: Record<string, string> = policy.data?.etag
        ? { "If-Match": policy.data.etag }
        : {};
      const path = `/v1/agreements/{id}/reminder-policy/proposals/{proposalId}/${action}` as const;
      return api().POST(path, {
        params: { path: { id: letterId, proposalId: pendingId } },
        headers,
      });
    },
    accepted: (_, choice) => {
      policy.reload();
      return i18n.t(
        choice === "accept"
          ? "policy.accepted"
          : choice === "decline"
            ? "policy.declined"
            : "policy.withdrawn",
      );
    },
  });
  const leadDays = typedDays ?? (policy.data ? days(policy.data.leadDays) : "");
  const digest = chosenDigest ?? policy.data?.digest ?? false;
  const propose = useCommandForm({
    check: () => ({ leadDays: leadDaysOf(leadDays) ? "" : i18n.t("policy.leadDaysError") }),
    send: () =>
      api().POST("/v1/agreements/{id}/reminder-policy/proposals", {
        params: { path: { id: letterId } },
        body: { leadDays: leadDaysOf(leadDays) ?? [], digest },
      }),
    accepted: () => {
      setLeadDays(undefined);
      setDigest(undefined);
      policy.reload();
      return i18n.t("policy.proposed");
    },
  });
  // Either form gives way to the other after its yes, so the banner stands above both.
  const done = latestDone(answer, propose)?.done;

  const data = policy.data;
  const pending = data?.pending ?? null;
  return (
    <>
      <PageHeading>{i18n.t("policy.title")}</PageHeading>
      {done && <SuccessBanner title={done} />}
      <p class="lead">{i18n.t("policy.intro")}</p>
      <RuleSources rules={["R23"]} letterId={letterId} />
      <ErrorSummary problem={policy.problem} letterId={letterId} />
      {!data ? (
        policy.problem ? null : (
          <Loading />
        )
      ) : (
        <>
          <h2>{i18n.t("policy.current")}</h2>
          <p data-testid="policy-current">
            {i18n.t("policy.days", { days: inWords(data.leadDays) })}{" "}
            {i18n.t(data.digest ? "policy.digest.on" : "policy.digest.off")}
          </p>
          <p data-testid="policy-set-by">
            {data.setBy
              ? i18n.t("policy.setBy", {
                  proposer: person(data.setBy.proposedBy),
                  proposedOn: i18n.date(data.setBy.proposedOn),
                  accepter: person(data.setBy.acceptedBy),
                  acceptedOn: i18n.date(data.setBy.acceptedOn),
                })
              : i18n.t("policy.default")}
          </p>
          {pending && (
            <section aria-labelledby="policy-pending" class="inset" data-testid="policy-pending">
              <h2 id="policy-pending">{i18n.t("policy.pending")}</h2>
              <p>
                {i18n.t("policy.pendingBy", {
                  proposer: person(pending.proposedBy),
                  proposedOn: i18n.date(pending.proposedOn),
                })}{" "}
                {i18n.t("policy.days", { days: inWords(pending.leadDays) })}{" "}
                {i18n.t(pending.digest ? "policy.digest.on" : "policy.digest.off")}
              </p>
              {pending.answeredBy !== own && (
                <p>
                  {i18n.t("policy.waitingFor", {
                    org: names.get(pending.answeredBy) ?? pending.answeredBy,
                  })}
                </p>
              )}
              <CommandForm
                form={answer}
                letterId={letterId}
                permission={permission}
                banner={false}
                choices={
                  pending.answeredBy === own
                    ? [
                        { value: "accept", label: i18n.t("policy.accept") },
                        { value: "decline", label: i18n.t("policy.decline"), tone: "secondary" },
                      ]
                    : [{ value: "withdraw", label: i18n.t("policy.withdraw"), tone: "secondary" }]
                }
              />
            </section>
          )}
          {!pending && (
            <>
              <h2>{i18n.t("policy.propose")}</h2>
              <CommandForm
                form={propose}
                letterId={letterId}
                permission={permission}
                banner={false}
                submit={i18n.t("policy.send")}
              >
                <p>{i18n.t("policy.proposeIntro")}</p>
                <TextField
                  name="leadDays"
                  label={i18n.t("policy.leadDays")}
                  hint={i18n.t("policy.leadDaysHint")}
                  error={propose.errors.leadDays}
                  value={leadDays}
                  onInput={setLeadDays}
                  inputMode="text"
                />
                <div class="checkboxes">
                  <div class="checkbox">
                    <input
                      class="checkbox__input"
                      type="checkbox"
                      id="field-digest"
                      checked={digest}
                      onChange={(e) => setDigest((e.target as HTMLInputElement).checked)}
                    />
                    <label class="checkbox__label" for="field-digest">
                      {i18n.t("policy.digestChoice")}
                    </label>
                  </div>
                </div>
              </CommandForm>
            </>
          )}
        </>
      )}
    </>
  );
}
