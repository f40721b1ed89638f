import type { Agreement } from "@samverkan/client";
import { useAgreement } from "../agreement/agreement-context";
import { api } from "../api/api-client";
import { CommandForm } from "../forms/command-form";
import { useCommandForm } from "../forms/use-command-form";
import { useI18n } from "../i18n/i18n";
import { maySignLetterFor } from "../permissions/permissions";
import { NotAllowed } from "./not-allowed";
import { personName } from "./person-name";
import { SuccessBanner } from "./success-banner";

type Party = Agreement["parties"][number];

/** The principal parties, each with its signature or, on a draft, the way to sign (R16, R17). */
export function PartiesAndSignatures() {
  const i18n = useI18n();
  const { agreement, letterId, session, reload } = useAgreement();
  const own = agreement.parties.find((party) => party.orgNumber === session.person.orgNumber);
  // One signature a person: their own party's (R16); the API decides whether they may.
  const form = useCommandForm({
    send: () =>
      api().POST("/v1/agreements/{id}/signatures", {
        params: { path: { id: letterId } },
        body: {},
      }),
    accepted: () => {
      reload();
      return i18n.t("signature.signed", { party: own?.name ?? session.person.orgNumber });
    },
  });
  const signature = (party: Party) => {
    if (party.signature)
      return i18n.t("signature.signedOnBy", {
        date: i18n.date(party.signature.signedOn),
        name: personName(party.signature.signedBy, i18n),
      });
    return i18n.t("signature.notSigned");
  };
  return (
    <section aria-labelledby="parties-heading">
      <h2 id="parties-heading">{i18n.t("overview.parties")}</h2>
      {form.done && <SuccessBanner title={form.done} />}
      <dl class="summary-list">
        {agreement.parties.map((party) => {
          const permission = maySignLetterFor(session.person, party);
          return (
            <div class="summary-list__row" key={party.orgNumber}>
              <dt class="summary-list__key">
                {party.name}
                <span class="secondary">{i18n.t("org.number", { number: party.orgNumber })}</span>
              </dt>
              <dd class="summary-list__value">
                {signature(party)}
                {!party.signature &&
                  agreement.status === "draft" &&
                  (permission.allowed ? (
                    <CommandForm
                      form={form}
                      letterId={letterId}
                      submit={i18n.t("signature.signFor", { party: party.name })}
                      banner={false}
                    />
                  ) : (
                    <NotAllowed permission={permission} />
                  ))}
              </dd>
            </div>
          );
        })}
      </dl>
    </section>
  );
}
