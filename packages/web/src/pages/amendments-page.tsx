import type { Amendment, Amendments } from "@samverkan/client";
import { useState } from "preact/hooks";
import { agreementPath, useAgreement } from "../agreement/agreement-context";
import { api } from "../api/api-client";
import { useResource } from "../api/use-resource";
import { withEtag } from "../api/with-etag";
import { AmendmentSummary } from "../components/amendment-summary";
import { AmendmentDocuments } from "../components/document-buttons";
import { ErrorSummary } from "../components/error-summary";
import { Loading } from "../components/loading";
import { PageHeading } from "../components/page-heading";
import { SuccessBanner } from "../components/success-banner";
import { SummaryRow } from "../components/summary-row";
import {
  choiceOf,
  SPECIAL_AGREEMENT_CHOICES,
  type SpecialAgreementChoice,
  termsOfChoice,
  termValueText,
} from "../components/term-value";
import { CommandForm } from "../forms/command-form";
import { isDay, onlyErrors } from "../forms/form-errors";
import { SelectField } from "../forms/select-field";
import { TextField } from "../forms/text-field";
import { latestDone, useCommandForm } from "../forms/use-command-form";
import { type MessageKey, useI18n } from "../i18n/i18n";
import { mayAmend } from "../permissions/permissions";
import { Link } from "../router/link";

// R26: a change of terms proposed by one principal party and signed by both, from a date. Signing
// binds the party, so it takes two steps as the letter's own signing does: the button opens what
// is signed (what changes, from when, for whom) to confirm with "Ja, skriv under" or cancel.

type Terms = Amendments["termsInForce"];
/** The terms that are numbers; R14's special-agreement terms are chosen from three. */
type Field = Exclude<keyof Terms, "specialAgreement">;
const FIELDS: readonly Field[] = [
  "noticeMonths",
  "dialogsPerYear",
  "basisLeadDays",
  "structureReviewsPerYear",
  "needsReviewsPerYear",
];
/** The cadences that cut a year into whole months (the domain's PERIODS_PER_YEAR). */
const PER_YEAR = ["1", "2", "3", "4", "6", "12"];
const isCadence = (field: Field) =>
  field === "dialogsPerYear" ||
  field === "structureReviewsPerYear" ||
  field === "needsReviewsPerYear";

/** Propose an amendment to the terms, and sign or withdraw the one waiting for signatures. */
export default function AmendmentsPage() {
  const i18n = useI18n();
  const { agreement, letterId, session, reload } = useAgreement();
  const state = useResource(
    () =>
      api()
        .GET("/v1/agreements/{id}/amendments", { params: { path: { id: letterId } } })
        .then((result) => withEtag(result)),
    [letterId],
  );
  const [effectiveFrom, setEffectiveFrom] = useState("");
  const [typed, setTyped] = useState<Partial<Record<Field, string>>>({});
  const [special, setSpecial] = useState<SpecialAgreementChoice | undefined>(undefined);
  const permission = mayAmend(session.person, agreement, i18n.t("list.or"));
  const own = agreement.parties.find((p) => p.orgNumber === session.person.orgNumber);
  const data = state.data;
  const pending = data?.pending ?? null;
  const fieldValue = (field: Field) => typed[field] ?? String(data?.termsInForce[field] ?? "");
  const ifMatch = (): Record<string, string> => (data?.etag ? { "If-Match": data.etag } : {});
  const after = (said: string) => {
    state.reload();
    reload();
    return said;
  };
  const specialNow = data ? choiceOf(data.termsInForce.specialAgreement) : undefined;
  const specialChoice = special ?? specialNow ?? "principal-and-project-parties";
  /** The fields that differ from the terms in force: numbers, and R14's terms if chosen anew. */
  const changesOf = () => {
    const changes: Partial<Record<Field, number>> & {
      specialAgreement?: Terms["specialAgreement"];
    } = {};
    for (const field of FIELDS) {
      const text = fieldValue(field).trim();
      if (/^\d{1,3}$/.test(text) && Number(text) !== data?.termsInForce[field])
        changes[field] = Number(text);
    }
    if (specialChoice !== specialNow) changes.specialAgreement = termsOfChoice(specialChoice);
    return changes;
  };

  const propose = useCommandForm({
    check: () => {
      const found: Record<string, string> = {
        effectiveFrom:
          isDay(effectiveFrom) && effectiveFrom >= agreement.asOf
            ? ""
            : i18n.t("amendment.effectiveFromError"),
      };
      for (const field of FIELDS)
        if (!/^\d{1,3}$/.test(fieldValue(field).trim()))
          found[field] = i18n.t("amendment.numberError");
      const invalid = onlyErrors(found);
      if (Object.keys(invalid).length > 0 || Object.keys(changesOf()).length > 0) return invalid;
      return { [FIELDS[0] as string]: i18n.t("amendment.nothingChanged") };
    },
    send: () =>
      api().POST("/v1/agreements/{id}/amendments", {
        params: { path: { id: letterId } },
        body: { effectiveFrom, changes: changesOf() },
      }),
    accepted: () => {
      setTyped({});
      setSpecial(undefined);
      setEffectiveFrom("");
      return after(i18n.t("amendment.proposed"));
    },
  });

  // The pending amendment: sign it (confirmed first: it binds the party) or withdraw it.
  const act = useCommandForm<Amendment | Amendments>({
    confirm: (choice) => choice === "sign",
    send: (choice) => {
      const params = { path: { id: letterId, amendmentId: pending?.id ?? "" } };
      return choice === "sign"
        ? api().POST("/v1/agreements/{id}/amendments/{amendmentId}/signatures", {
            params,
            headers: ifMatch(),
          })
        : api().POST("/v1/agreements/{id}/amendments/{amendmentId}/withdraw", {
            params,
            headers: ifMatch(),
          });
    },
    accepted: (amendment, choice) =>
      after(
        choice !== "sign"
          ? i18n.t("amendment.withdrawn")
          : "status" in amendment && amendment.status === "in-force"
            ? i18n.t("amendment.signedInForce", { date: i18n.date(amendment.effectiveFrom) })
            : i18n.t("amendment.signed"),
      ),
  });
  // Either form gives way after its yes (the pending one appears or goes): one banner above.
  const done = latestDone(propose, act)?.done;

  const fieldName = (field: string) => i18n.t(`amendment.field.${field}` as MessageKey);
  const ownSigned = pending?.parties.some((p) => p.orgNumber === own?.orgNumber && p.signature);
  return (
    <>
      <Link class="back-link" href={agreementPath(letterId, "avsiktsforklaringen")}>
        {i18n.t("amendment.back")}
      </Link>
      {done && <SuccessBanner title={done} />}
      <PageHeading caption={agreement.title}>{i18n.t("amendment.title")}</PageHeading>
      <p class="lead">{i18n.t("amendment.intro")}</p>
      <ErrorSummary problem={state.problem} letterId={letterId} />
      {!data ? (
        state.problem ? null : (
          <Loading />
        )
      ) : (
        <>
          <h2>{i18n.t("amendment.termsNow")}</h2>
          <dl class="summary-list" data-testid="terms-in-force">
            {FIELDS.map((field) => (
              <div class="summary-list__row" key={field}>
                <dt class="summary-list__key">{fieldName(field)}</dt>
                <dd class="summary-list__value">{data.termsInForce[field]}</dd>
              </div>
            ))}
            <div class="summary-list__row">
              <dt class="summary-list__key">{i18n.t("amendment.field.specialAgreement")}</dt>
              <dd class="summary-list__value">
                {termValueText(data.termsInForce.specialAgreement, i18n)}
              </dd>
            </div>
          </dl>
          {/* D-64: what was signed, as PDF: the letter with amendments, and each amendment. */}
          <AmendmentDocuments letterId={letterId} inForce={data.amendments} pending={pending} />
          {pending && (
            <section aria-labelledby="pending-amendment" class="inset" data-testid="pending">
              <h2 id="pending-amendment">{i18n.t("amendment.pendingTitle")}</h2>
              <AmendmentSummary amendment={pending} />
              <CommandForm
                form={act}
                letterId={letterId}
                // mayAmend allows a principal party's signatory only: `own` is then their party.
                permission={permission}
                banner={false}
                choices={[
                  ...(ownSigned
                    ? []
                    : [
                        {
                          value: "sign",
                          label: i18n.t("amendment.signFor", { party: own?.name ?? "" }),
                        },
                      ]),
                  {
                    value: "withdraw",
                    label: i18n.t("amendment.withdraw"),
                    tone: "secondary" as const,
                  },
                ]}
                confirmation={{
                  heading: i18n.t("amendment.confirm.title"),
                  level: 3,
                  yes: i18n.t("amendment.confirm.yes"),
                  back: i18n.t("amendment.confirm.cancel"),
                  testId: "sign-confirmation",
                  body: () => (
                    <>
                      <dl class="summary-list">
                        <SummaryRow label={i18n.t("amendment.confirm.changes")}>
                          <ul class="plain-list">
                            {pending.changes.map((change) => (
                              <li key={change.field}>
                                {i18n.t("amendment.change", {
                                  field: fieldName(change.field),
                                  from: termValueText(change.from, i18n),
                                  to: termValueText(change.to, i18n),
                                })}
                              </li>
                            ))}
                          </ul>
                        </SummaryRow>
                        <SummaryRow label={i18n.t("amendment.confirm.from")}>
                          {i18n.date(pending.effectiveFrom)}
                        </SummaryRow>
                        <SummaryRow label={i18n.t("amendment.confirm.for")}>
                          {i18n.t("amendment.confirm.forValue", {
                            party: own?.name ?? "",
                            signer: session.person.name,
                          })}
                        </SummaryRow>
                      </dl>
                      <p class="warning-text">
                        {i18n.t("amendment.confirm.warning", {
                          party: own?.name ?? "",
                          date: i18n.date(pending.effectiveFrom),
                        })}
                      </p>
                    </>
                  ),
                }}
              />
            </section>
          )}
          {!pending && (
            <>
              <h2>{i18n.t("amendment.propose")}</h2>
              <CommandForm
                form={propose}
                letterId={letterId}
                permission={permission}
                banner={false}
                submit={i18n.t("amendment.send")}
              >
                <TextField
                  name="effectiveFrom"
                  label={i18n.t("amendment.effectiveFrom")}
                  hint={i18n.t("amendment.effectiveFromHint")}
                  type="date"
                  value={effectiveFrom}
                  onInput={setEffectiveFrom}
                  error={propose.errors.effectiveFrom}
                />
                {FIELDS.map((field) =>
                  isCadence(field) ? (
                    <SelectField
                      key={field}
                      name={field}
                      label={fieldName(field)}
                      value={fieldValue(field)}
                      onChange={(value) => setTyped({ ...typed, [field]: value })}
                      options={PER_YEAR.map((n) => ({ value: n, label: n }))}
                      error={propose.errors[field]}
                    />
                  ) : (
                    <TextField
                      key={field}
                      name={field}
                      label={fieldName(field)}
                      inputMode="numeric"
                      width="short"
                      value={fieldValue(field)}
                      onInput={(value) => setTyped({ ...typed, [field]: value })}
                      error={propose.errors[field]}
                    />
                  ),
                )}
                <SelectField
                  name="specialAgreement"
                  label={i18n.t("amendment.field.specialAgreement")}
                  value={specialChoice}
                  onChange={(value) => setSpecial(value as SpecialAgreementChoice)}
                  options={SPECIAL_AGREEMENT_CHOICES.map((choice) => ({
                    value: choice,
                    label: i18n.t(`amendment.specialAgreement.${choice}` as MessageKey),
                  }))}
                />
              </CommandForm>
            </>
          )}
        </>
      )}
    </>
  );
}
