import type { components } from "@samverkan/client";
import { useState } from "preact/hooks";
import { api } from "../api/api-client";
import { hasRole } from "../auth/person";
import { useSession } from "../auth/use-session";
import { PageHeading } from "../components/page-heading";
import { SuccessBanner } from "../components/success-banner";
import { SummaryRow } from "../components/summary-row";
import { CommandForm } from "../forms/command-form";
import { isDay } from "../forms/form-errors";
import { TextField } from "../forms/text-field";
import { useCommandForm } from "../forms/use-command-form";
import { useI18n } from "../i18n/i18n";
import type { PageProps } from "../router/routes";

type PersonExport = components["schemas"]["PersonExport"];

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
  const [personId, setPersonId] = useState(params.personId ?? "");
  const [exported, setExported] = useState<{ data: PersonExport; etag: string } | undefined>();
  const [reference, setReference] = useState("");
  const [decidedOn, setDecidedOn] = useState("");
  const [addresses, setAddresses] = useState("");
  const coordinator = session ? hasRole(session.person, "coordinator") : false;
  const addressList = addresses
    .split(/[\s,;]+/)
    .map((address) => address.trim())
    .filter(Boolean);

  // The export's ETag (the directory entry's version) is what the erasure's If-Match names.
  let etag = "";
  const find = useCommandForm({
    check: () => ({
      personId: PERSON_ID.test(personId) ? "" : i18n.t("privacy.errors.personId"),
    }),
    send: async () => {
      setExported(undefined);
      erase.reset();
      const result = await api().GET("/v1/people/{personId}/export", {
        params: { path: { personId } },
      });
      etag = result.response.headers.get("etag") ?? "";
      return result;
    },
    accepted: (data) => setExported({ data, etag }),
  });

  const download = () => {
    if (!exported) return;
    const file = new Blob([JSON.stringify(exported.data, null, 2)], { type: "application/json" });
    const link = document.createElement("a");
    link.href = URL.createObjectURL(file);
    link.download = `personuppgifter-${exported.data.personId}.json`;
    link.click();
    URL.revokeObjectURL(link.href);
  };

  // Erasure cannot be undone: the decision, then the step that says what goes (D-59).
  const erase = useCommandForm({
    confirm: true,
    check: () => ({
      reference: reference.trim() ? "" : i18n.t("privacy.errors.reference"),
      decidedOn: isDay(decidedOn) ? "" : i18n.t("privacy.errors.decidedOn"),
    }),
    send: () =>
      api().POST("/v1/people/{personId}/erasure", {
        params: { path: { personId: exported?.data.personId ?? "" } },
        headers: { "if-match": exported?.etag || "*" },
        body: {
          decision: { reference: reference.trim(), decidedOn },
          ...(addressList.length > 0 ? { addresses: addressList } : {}),
        },
      }),
    accepted: (erased) => {
      setExported(undefined);
      return {
        title: i18n.t(erased.alreadyErased ? "privacy.alreadyErased" : "privacy.erased"),
        detail: i18n.t("privacy.erasedUnder", {
          reference: erased.decision.reference,
          date: i18n.date(erased.decision.decidedOn),
        }),
      };
    },
  });

  const person = exported?.data;
  const shownName = person?.directory?.erased
    ? i18n.t("person.erased")
    : (person?.directory?.name ?? i18n.t("person.unknown"));
  return (
    <>
      <PageHeading>{i18n.t("privacy.title")}</PageHeading>
      <p class="lead">{i18n.t("privacy.intro")}</p>
      {erase.done && <SuccessBanner title={erase.done}>{erase.detail}</SuccessBanner>}
      {!coordinator && <p>{i18n.t("privacy.onlyOwn")}</p>}
      <h2 id="find-person-heading">{i18n.t("privacy.find")}</h2>
      <CommandForm form={find} banner={false} submit={i18n.t("privacy.show")}>
        <TextField
          name="personId"
          label={i18n.t("privacy.personId")}
          hint={i18n.t("privacy.personIdHint")}
          value={personId}
          onInput={setPersonId}
          error={find.errors.personId}
        />
      </CommandForm>
      {person && !erase.confirming && (
        <section aria-labelledby="kept-heading">
          <h2 id="kept-heading">{i18n.t("privacy.kept")}</h2>
          <dl class="summary-list">
            <SummaryRow label={i18n.t("privacy.name")} testId="person-name">
              {shownName}
            </SummaryRow>
            <SummaryRow label={i18n.t("privacy.contacts")}>
              {person.contacts.length === 0
                ? i18n.t("privacy.none")
                : person.contacts.map((contact) => contact.email).join(", ")}
            </SummaryRow>
            <SummaryRow label={i18n.t("privacy.acts")}>
              {i18n.t("privacy.actsCount", { count: person.acts.length })}
            </SummaryRow>
          </dl>
          <button type="button" class="button button--secondary" onClick={download}>
            {i18n.t("privacy.download")}
          </button>
        </section>
      )}
      {person && coordinator && !person.directory?.erased && (
        <section aria-labelledby={erase.confirming ? undefined : "erase-heading"}>
          {!erase.confirming && (
            <>
              <h2 id="erase-heading">{i18n.t("privacy.erase")}</h2>
              <p>{i18n.t("privacy.eraseExplain")}</p>
            </>
          )}
          <CommandForm
            form={erase}
            banner={false}
            submit={i18n.t("privacy.continue")}
            tone="warning"
            confirmation={{
              heading: i18n.t("privacy.confirm.title"),
              yes: i18n.t("privacy.confirm.yes"),
              warning: true,
              back: i18n.t("privacy.confirm.cancel"),
              body: () => (
                <>
                  <dl class="summary-list">
                    <SummaryRow label={i18n.t("privacy.name")}>{shownName}</SummaryRow>
                    <SummaryRow label={i18n.t("privacy.reference")}>{reference.trim()}</SummaryRow>
                    <SummaryRow label={i18n.t("privacy.decidedOn")}>
                      {i18n.date(decidedOn)}
                    </SummaryRow>
                  </dl>
                  <p class="warning-text">{i18n.t("privacy.confirm.warning")}</p>
                </>
              ),
            }}
          >
            <TextField
              name="reference"
              label={i18n.t("privacy.reference")}
              hint={i18n.t("privacy.referenceHint")}
              value={reference}
              onInput={setReference}
              error={erase.errors.reference}
            />
            <TextField
              name="decidedOn"
              type="date"
              label={i18n.t("privacy.decidedOn")}
              value={decidedOn}
              onInput={setDecidedOn}
              error={erase.errors.decidedOn}
            />
            <TextField
              name="addresses"
              label={i18n.t("privacy.addresses")}
              hint={i18n.t("privacy.addressesHint")}
              value={addresses}
              onInput={setAddresses}
            />
          </CommandForm>
        </section>
      )}
    </>
  );
}
