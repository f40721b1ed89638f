import type { Amendment, Amendments } from "@samverkan/client";
import { useState } from "preact/hooks";
import { agreementPath, useAgreement } from "../agreement/agreement-context";
import { api } from "../api/api-client";
import { useCommand } from "../api/use-command";
import { useResource } from "../api/use-resource";
import { withEtag } from "../api/with-etag";
import { AmendmentSummary } from "../components/amendment-summary";
import { AmendmentDocuments } from "../components/document-buttons";
import { ErrorSummary } from "../components/error-summary";
import { Loading } from "../components/loading";
import { NotAllowed } from "../components/not-allowed";
import { PageHeading } from "../components/page-heading";
import { SuccessBanner } from "../components/success-banner";
import { type FormErrors, isDay, onlyErrors, summaryOf } from "../forms/form-errors";
import { SelectField } from "../forms/select-field";
import { TextField } from "../forms/text-field";
import { type MessageKey, type MessageParams, useI18n } from "../i18n/i18n";
import { mayAmend } from "../permissions/permissions";
import { Link } from "../router/link";

// R26: a change of terms proposed by one principal party and signed by both, from a date. Signing
// binds the party, so it takes two steps as the letter's own signing does: the button opens what
// is signed (what changes, from when, for whom) to confirm with "Ja, skriv under" or cancel.

type Terms = Amendments["termsInForce"];
type Field = keyof Terms;
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

interface Done {
  readonly key: MessageKey;
  readonly params?: MessageParams;
}

/** Propose an amendment to the terms, and sign or withdraw the one waiting for signatures. */
export default function AmendmentsPage() {
  const i18n = useI18n();
  const { agreement, letterId, session, reload } = useAgreement();
  const command = useCommand();
  const state = useResource(
    () =>
      api()
        .GET("/v1/agreements/{id}/amendments", { params: { path: { id: letterId } } })
        .then((result) => withEtag(result)),
    [letterId],
  );
  const [effectiveFrom, setEffectiveFrom] = useState("");
  const [typed, setTyped] = useState<Partial<Record<Field, string>>>({});
  const [errors, setErrors] = useState<FormErrors>({});
  const [done, setDone] = useState<Done | undefined>();
  const [confirming, setConfirming] = useState(false);
  const permission = mayAmend(session.person, agreement, i18n.t("list.or"));
  const own = agreement.parties.find((p) => p.orgNumber === session.person.orgNumber);
  const data = state.data;
  const pending = data?.pending ?? null;
  const fieldValue = (field: Field) => typed[field] ?? String(data?.termsInForce[field] ?? "");
  const ifMatch = (): Record<string, string> => (data?.etag ? { "If-Match": data.etag } : {});
  const after = (next: Done) => {
    setDone(next);
    setConfirming(false);
    state.reload();
    reload();
  };

  const propose = async (event: Event) => {
    event.preventDefault();
    setDone(undefined);
    if (!data) return;
    const changes: Partial<Record<Field, number>> = {};
    const found: Record<string, string> = {
      effectiveFrom:
        isDay(effectiveFrom) && effectiveFrom >= agreement.asOf
          ? ""
          : i18n.t("amendment.effectiveFromError"),
    };
    for (const field of FIELDS) {
      const text = fieldValue(field).trim();
      if (!/^\d{1,3}$/.test(text)) found[field] = i18n.t("amendment.numberError");
      else if (Number(text) !== data.termsInForce[field]) changes[field] = Number(text);
    }
    const invalid = onlyErrors(found);
    const nothing =
      Object.keys(invalid).length === 0 && Object.keys(changes).length === 0
        ? { [FIELDS[0] as string]: i18n.t("amendment.nothingChanged") }
        : {};
    setErrors({ ...invalid, ...nothing });
    if (Object.keys(invalid).length > 0 || Object.keys(nothing).length > 0) {
      command.clear();
      return;
    }
    const proposed = await command.run(() =>
      api().POST("/v1/agreements/{id}/amendments", {
        params: { path: { id: letterId } },
        body: { effectiveFrom, changes },
      }),
    );
    if (!proposed) return;
    setTyped({});
    setEffectiveFrom("");
    after({ key: "amendment.proposed" });
  };

  const sign = async (amendment: Amendment) => {
    const signed = await command.run(() =>
      api().POST("/v1/agreements/{id}/amendments/{amendmentId}/signatures", {
        params: { path: { id: letterId, amendmentId: amendment.id } },
        headers: ifMatch(),
      }),
    );
    if (!signed) return;
    after(
      signed.status === "in-force"
        ? { key: "amendment.signedInForce", params: { date: i18n.date(signed.effectiveFrom) } }
        : { key: "amendment.signed" },
    );
  };

  const withdraw = async (amendment: Amendment) => {
    const withdrawn = await command.run(() =>
      api().POST("/v1/agreements/{id}/amendments/{amendmentId}/withdraw", {
        params: { path: { id: letterId, amendmentId: amendment.id } },
        headers: ifMatch(),
      }),
    );
    if (withdrawn) after({ key: "amendment.withdrawn" });
  };

  const fieldName = (field: Field) => i18n.t(`amendment.field.${field}` as MessageKey);
  const ownSigned = pending?.parties.some((p) => p.orgNumber === own?.orgNumber && p.signature);
  return (
    <>
      <Link class="back-link" href={agreementPath(letterId, "avsiktsforklaringen")}>
        {i18n.t("amendment.back")}
      </Link>
      {done && <SuccessBanner title={i18n.t(done.key, done.params)} />}
      <PageHeading caption={agreement.title}>{i18n.t("amendment.title")}</PageHeading>
      <p class="lead">{i18n.t("amendment.intro")}</p>
      <ErrorSummary
        errors={summaryOf(errors)}
        problem={command.problem ?? state.problem}
        letterId={letterId}
      />
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
          </dl>
          {/* D-64: what was signed, as PDF: the letter with amendments, and each amendment. */}
          <AmendmentDocuments letterId={letterId} inForce={data.amendments} pending={pending} />
          {pending && (
            <section aria-labelledby="pending-amendment" class="inset" data-testid="pending">
              <h2 id="pending-amendment">{i18n.t("amendment.pendingTitle")}</h2>
              <AmendmentSummary amendment={pending} />
              {confirming && own ? (
                <div class="sign-confirmation" data-testid="sign-confirmation">
                  <h3 id="amendment-confirm-heading">{i18n.t("amendment.confirm.title")}</h3>
                  <dl class="summary-list">
                    <div class="summary-list__row">
                      <dt class="summary-list__key">{i18n.t("amendment.confirm.changes")}</dt>
                      <dd class="summary-list__value">
                        <ul class="plain-list">
                          {pending.changes.map((change) => (
                            <li key={change.field}>
                              {i18n.t("amendment.change", {
                                field: fieldName(change.field as Field),
                                from: change.from,
                                to: change.to,
                              })}
                            </li>
                          ))}
                        </ul>
                      </dd>
                    </div>
                    <div class="summary-list__row">
                      <dt class="summary-list__key">{i18n.t("amendment.confirm.from")}</dt>
                      <dd class="summary-list__value">{i18n.date(pending.effectiveFrom)}</dd>
                    </div>
                    <div class="summary-list__row">
                      <dt class="summary-list__key">{i18n.t("amendment.confirm.for")}</dt>
                      <dd class="summary-list__value">
                        {i18n.t("amendment.confirm.forValue", {
                          party: own.name,
                          signer: session.person.name,
                        })}
                      </dd>
                    </div>
                  </dl>
                  <p class="warning-text">
                    {i18n.t("amendment.confirm.warning", {
                      party: own.name,
                      date: i18n.date(pending.effectiveFrom),
                    })}
                  </p>
                  <div class="button-row">
                    <button
                      type="button"
                      class="button"
                      disabled={command.busy}
                      onClick={() => sign(pending)}
                    >
                      {i18n.t("amendment.confirm.yes")}
                    </button>
                    <button
                      type="button"
                      class="button button--secondary"
                      disabled={command.busy}
                      onClick={() => setConfirming(false)}
                    >
                      {i18n.t("amendment.confirm.cancel")}
                    </button>
                  </div>
                </div>
              ) : permission.allowed && own ? (
                <div class="button-row">
                  {!ownSigned && (
                    <button
                      type="button"
                      class="button"
                      disabled={command.busy}
                      onClick={() => {
                        setDone(undefined);
                        setConfirming(true);
                      }}
                    >
                      {i18n.t("amendment.signFor", { party: own.name })}
                    </button>
                  )}
                  <button
                    type="button"
                    class="button button--secondary"
                    disabled={command.busy}
                    onClick={() => withdraw(pending)}
                  >
                    {i18n.t("amendment.withdraw")}
                  </button>
                </div>
              ) : (
                <NotAllowed permission={permission} />
              )}
            </section>
          )}
          {!pending && (
            <>
              <h2>{i18n.t("amendment.propose")}</h2>
              {permission.allowed ? (
                <form onSubmit={propose} noValidate>
                  <TextField
                    name="effectiveFrom"
                    label={i18n.t("amendment.effectiveFrom")}
                    hint={i18n.t("amendment.effectiveFromHint")}
                    type="date"
                    value={effectiveFrom}
                    onInput={setEffectiveFrom}
                    error={errors.effectiveFrom}
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
                        error={errors[field]}
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
                        error={errors[field]}
                      />
                    ),
                  )}
                  <button type="submit" class="button" disabled={command.busy}>
                    {i18n.t("amendment.send")}
                  </button>
                </form>
              ) : (
                <NotAllowed permission={permission} />
              )}
            </>
          )}
        </>
      )}
    </>
  );
}
