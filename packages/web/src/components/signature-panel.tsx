import type { Activity } from "@samverkan/client";
import { useState } from "preact/hooks";
import { useAgreement } from "../agreement/agreement-context";
import { api } from "../api/api-client";
import { CommandForm } from "../forms/command-form";
import { useCommandForm } from "../forms/use-command-form";
import { useI18n } from "../i18n/i18n";
import { maySignSpecialAgreementFor } from "../permissions/permissions";
import { NotAllowed } from "./not-allowed";
import { personName } from "./person-name";
import { SignConfirmation } from "./sign-confirmation";
import { SignatureReceipt, type SignedReceipt } from "./signature-receipt";
import { StatusTag } from "./status-tag";

/**
 * A special agreement and its signatures: each required party's status, and a button for the
 * person's own party when they are its signatory (R14, R16). Signing binds the party, so it takes
 * two steps (issue #17, "irreversible acts are one click"): the button opens a summary of what is
 * signed (title, parties, version, terms) to confirm, and a receipt says what was signed, when,
 * by whom and which version.
 */
export function SignaturePanel({
  activity,
  onSigned,
}: {
  activity: Activity;
  onSigned: () => void;
}) {
  const i18n = useI18n();
  const { letterId, session } = useAgreement();
  const [receipt, setReceipt] = useState<SignedReceipt | undefined>();
  const agreement = activity.specialAgreement;
  // Each party's button names the party (its choice); the confirmation step keeps it to the yes.
  const form = useCommandForm({
    confirm: true,
    // Nothing to check; starting another signature puts the last one's receipt away.
    check: () => {
      setReceipt(undefined);
      return {};
    },
    send: () =>
      api().POST("/v1/agreements/{id}/activities/{activityId}/special-agreement/signatures", {
        params: { path: { id: letterId, activityId: activity.id } },
        // The version read is the version signed: a revision in between is refused, not signed.
        body: { version: agreement.version },
      }),
    accepted: (signed, orgNumber) => {
      const party = signed.specialAgreement.parties.find((p) => p.orgNumber === orgNumber);
      if (party?.signature)
        setReceipt({
          title: signed.title,
          version: signed.specialAgreement.version,
          party: party.name,
          signedOn: party.signature.signedOn,
          by: personName(party.signature.signedBy, i18n),
          at: new Date().toISOString(),
        });
      onSigned();
    },
  });
  const confirmingParty = form.confirming
    ? agreement.parties.find((party) => party.orgNumber === form.choice)
    : undefined;
  return (
    <section aria-labelledby="special-agreement-heading" class="panel">
      <h2 id="special-agreement-heading">
        {i18n.t("special.title", { version: agreement.version })}
      </h2>
      {receipt && <SignatureReceipt receipt={receipt} />}
      {!confirmingParty && (
        <>
          <p class="secondary">
            {i18n.t("special.drafted", { date: i18n.date(agreement.draftedOn) })}
          </p>
          {agreement.terms ? (
            <blockquote class="quote">{agreement.terms}</blockquote>
          ) : (
            <p>{i18n.t("special.noTerms")}</p>
          )}
          <h3>{i18n.t("special.signatures")}</h3>
        </>
      )}
      <CommandForm
        form={form}
        letterId={letterId}
        banner={false}
        confirmation={{
          heading: i18n.t("special.confirm.title"),
          level: 3,
          yes: i18n.t("special.confirm.yes"),
          back: i18n.t("special.confirm.cancel"),
          testId: "sign-confirmation",
          body: () =>
            confirmingParty && (
              <SignConfirmation
                activity={activity}
                party={confirmingParty.name}
                signer={session.person.name}
              />
            ),
        }}
      >
        <ul class="signatures">
          {agreement.parties.map((party) => {
            const permission = maySignSpecialAgreementFor(session.person, activity, party);
            return (
              <li key={party.orgNumber} class="signature" data-party={party.orgNumber}>
                <p class="signature__party">
                  {party.name} <span class="secondary">({party.orgNumber})</span>
                </p>
                {party.signature ? (
                  <StatusTag tone="ok">
                    {i18n.t("signature.signedOnBy", {
                      date: i18n.date(party.signature.signedOn),
                      name: personName(party.signature.signedBy, i18n),
                    })}
                  </StatusTag>
                ) : (
                  <>
                    <StatusTag tone="attention">{i18n.t("signature.notSigned")}</StatusTag>
                    {permission.allowed ? (
                      <button
                        type="submit"
                        class="button"
                        value={party.orgNumber}
                        disabled={form.busy}
                      >
                        {i18n.t("special.signFor", { party: party.name })}
                      </button>
                    ) : (
                      <NotAllowed permission={permission} />
                    )}
                  </>
                )}
              </li>
            );
          })}
        </ul>
      </CommandForm>
    </section>
  );
}
