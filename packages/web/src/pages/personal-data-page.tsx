import type { components } from "@samverkan/client";
import { useState } from "preact/hooks";
import { api } from "../api/api-client";
import { useCommand } from "../api/use-command";
import { hasRole } from "../auth/person";
import { useSession } from "../auth/use-session";
import { ErrorSummary } from "../components/error-summary";
import { PageHeading } from "../components/page-heading";
import { SuccessBanner } from "../components/success-banner";
import { type FormErrors, isDay, onlyErrors, summaryOf } from "../forms/form-errors";
import { TextField } from "../forms/text-field";
import { useI18n } from "../i18n/i18n";
import type { PageProps } from "../router/routes";

type PersonExport = components["schemas"]["PersonExport"];
type Erasure = components["schemas"]["Erasure"];

const PERSON_ID = /^[A-Za-z0-9_-]{22}$/;

/**
 * A coordinator's page for a person of their own organisation (issue #22, D-59, D-60): see and
 * download what Samverkan keeps about them, and erase them under a deletion decision. Erasure
 * cannot be undone, so it takes two steps, as signing and notice do: the decision, then a page
 * that says what will go and asks "Ja, radera" or cancel.
 */
export default function PersonalDataPage({ params }: PageProps) {
  const i18n = useI18n();
  const session = useSession();
  const command = useCommand();
  const [personId, setPersonId] = useState(params.personId ?? "");
  const [exported, setExported] = useState<{ data: PersonExport; etag: string } | undefined>();
  const [reference, setReference] = useState("");
  const [decidedOn, setDecidedOn] = useState("");
  const [addresses, setAddresses] = useState("");
  const [errors, setErrors] = useState<FormErrors>({});
  const [confirming, setConfirming] = useState(false);
  const [erased, setErased] = useState<Erasure | undefined>();
  const coordinator = session ? hasRole(session.person, "coordinator") : false;
  const addressList = addresses
    .split(/[\s,;]+/)
    .map((address) => address.trim())
    .filter(Boolean);

  const load = async (event: Event) => {
    event.preventDefault();
    setErased(undefined);
    setConfirming(false);
    const found = onlyErrors({
      personId: PERSON_ID.test(personId) ? "" : i18n.t("privacy.errors.personId"),
    });
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    let etag = "";
    const data = await command.run(async () => {
      const result = await api().GET("/v1/people/{personId}/export", {
        params: { path: { personId } },
      });
      etag = result.response.headers.get("etag") ?? "";
      return result;
    });
    setExported(data ? { data, etag } : undefined);
  };

  const download = () => {
    if (!exported) return;
    const file = new Blob([JSON.stringify(exported.data, null, 2)], { type: "application/json" });
    const link = document.createElement("a");
    link.href = URL.createObjectURL(file);
    link.download = `personuppgifter-${exported.data.personId}.json`;
    link.click();
    URL.revokeObjectURL(link.href);
  };

  const review = (event: Event) => {
    event.preventDefault();
    const found = onlyErrors({
      reference: reference.trim() ? "" : i18n.t("privacy.errors.reference"),
      decidedOn: isDay(decidedOn) ? "" : i18n.t("privacy.errors.decidedOn"),
    });
    setErrors(found);
    if (Object.keys(found).length === 0) setConfirming(true);
  };

  const erase = async (event: Event) => {
    event.preventDefault();
    if (!exported) return;
    const result = await command.run(() =>
      api().POST("/v1/people/{personId}/erasure", {
        params: { path: { personId: exported.data.personId } },
        headers: { "if-match": exported.etag || "*" },
        body: {
          decision: { reference: reference.trim(), decidedOn },
          ...(addressList.length > 0 ? { addresses: addressList } : {}),
        },
      }),
    );
    if (!result) return;
    setErased(result);
    setConfirming(false);
    setExported(undefined);
  };

  const person = exported?.data;
  const shownName = person?.directory?.erased
    ? i18n.t("person.erased")
    : (person?.directory?.name ?? i18n.t("person.unknown"));
  return (
    <>
      <PageHeading>{i18n.t("privacy.title")}</PageHeading>
      <p class="lead">{i18n.t("privacy.intro")}</p>
      {erased && (
        <SuccessBanner
          title={i18n.t(erased.alreadyErased ? "privacy.alreadyErased" : "privacy.erased")}
        >
          {i18n.t("privacy.erasedUnder", {
            reference: erased.decision.reference,
            date: i18n.date(erased.decision.decidedOn),
          })}
        </SuccessBanner>
      )}
      <ErrorSummary problem={command.problem} errors={summaryOf(errors)} />
      {!coordinator && <p>{i18n.t("privacy.onlyOwn")}</p>}
      <form onSubmit={load} noValidate aria-labelledby="find-person-heading">
        <h2 id="find-person-heading">{i18n.t("privacy.find")}</h2>
        <TextField
          name="personId"
          label={i18n.t("privacy.personId")}
          hint={i18n.t("privacy.personIdHint")}
          value={personId}
          onInput={setPersonId}
          error={errors.personId}
        />
        <button type="submit" class="button" disabled={command.busy}>
          {i18n.t("privacy.show")}
        </button>
      </form>
      {person && !confirming && (
        <section aria-labelledby="kept-heading">
          <h2 id="kept-heading">{i18n.t("privacy.kept")}</h2>
          <dl class="summary-list">
            <div class="summary-list__row">
              <dt class="summary-list__key">{i18n.t("privacy.name")}</dt>
              <dd class="summary-list__value" data-testid="person-name">
                {shownName}
              </dd>
            </div>
            <div class="summary-list__row">
              <dt class="summary-list__key">{i18n.t("privacy.contacts")}</dt>
              <dd class="summary-list__value">
                {person.contacts.length === 0
                  ? i18n.t("privacy.none")
                  : person.contacts.map((contact) => contact.email).join(", ")}
              </dd>
            </div>
            <div class="summary-list__row">
              <dt class="summary-list__key">{i18n.t("privacy.acts")}</dt>
              <dd class="summary-list__value">
                {i18n.t("privacy.actsCount", { count: person.acts.length })}
              </dd>
            </div>
          </dl>
          <button type="button" class="button button--secondary" onClick={download}>
            {i18n.t("privacy.download")}
          </button>
          {coordinator && !person.directory?.erased && (
            <form onSubmit={review} noValidate aria-labelledby="erase-heading">
              <h2 id="erase-heading">{i18n.t("privacy.erase")}</h2>
              <p>{i18n.t("privacy.eraseExplain")}</p>
              <TextField
                name="reference"
                label={i18n.t("privacy.reference")}
                hint={i18n.t("privacy.referenceHint")}
                value={reference}
                onInput={setReference}
                error={errors.reference}
              />
              <TextField
                name="decidedOn"
                type="date"
                label={i18n.t("privacy.decidedOn")}
                value={decidedOn}
                onInput={setDecidedOn}
                error={errors.decidedOn}
              />
              <TextField
                name="addresses"
                label={i18n.t("privacy.addresses")}
                hint={i18n.t("privacy.addressesHint")}
                value={addresses}
                onInput={setAddresses}
              />
              <button type="submit" class="button button--warning" disabled={command.busy}>
                {i18n.t("privacy.continue")}
              </button>
            </form>
          )}
        </section>
      )}
      {person && confirming && (
        <form onSubmit={erase} noValidate aria-labelledby="confirm-erase-heading">
          <h2 id="confirm-erase-heading">{i18n.t("privacy.confirm.title")}</h2>
          <dl class="summary-list">
            <div class="summary-list__row">
              <dt class="summary-list__key">{i18n.t("privacy.name")}</dt>
              <dd class="summary-list__value">{shownName}</dd>
            </div>
            <div class="summary-list__row">
              <dt class="summary-list__key">{i18n.t("privacy.reference")}</dt>
              <dd class="summary-list__value">{reference.trim()}</dd>
            </div>
            <div class="summary-list__row">
              <dt class="summary-list__key">{i18n.t("privacy.decidedOn")}</dt>
              <dd class="summary-list__value">{i18n.date(decidedOn)}</dd>
            </div>
          </dl>
          <p class="warning-text">{i18n.t("privacy.confirm.warning")}</p>
          <div class="button-row">
            <button type="submit" class="button button--warning" disabled={command.busy}>
              {i18n.t("privacy.confirm.yes")}
            </button>
            <button
              type="button"
              class="button button--secondary"
              onClick={() => setConfirming(false)}
            >
              {i18n.t("privacy.confirm.cancel")}
            </button>
          </div>
        </form>
      )}
    </>
  );
}
