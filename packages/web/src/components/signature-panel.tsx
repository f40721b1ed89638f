import type { Activity } from "@samverkan/client";
import { useState } from "preact/hooks";
import { useAgreement } from "../agreement/agreement-context";
import { api } from "../api/api-client";
import { useCommand } from "../api/use-command";
import { useI18n } from "../i18n/i18n";
import { maySignSpecialAgreementFor } from "../permissions/permissions";
import { ErrorSummary } from "./error-summary";
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
  const command = useCommand();
  const [confirming, setConfirming] = useState<string | undefined>();
  const [receipt, setReceipt] = useState<SignedReceipt | undefined>();
  const agreement = activity.specialAgreement;
  const sign = async (orgNumber: string) => {
    const signed = await command.run(() =>
      api().POST("/v1/agreements/{id}/activities/{activityId}/special-agreement/signatures", {
        params: { path: { id: letterId, activityId: activity.id } },
        // The version read is the version signed: a revision in between is refused, not signed.
        body: { version: agreement.version },
      }),
    );
    if (!signed) return;
    const party = signed.specialAgreement.parties.find((p) => p.orgNumber === orgNumber);
    setConfirming(undefined);
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
  };
  const confirmingParty = agreement.parties.find((party) => party.orgNumber === confirming);
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
        </>
      )}
      <ErrorSummary problem={command.problem} letterId={letterId} />
      {confirmingParty ? (
        <SignConfirmation
          activity={activity}
          party={confirmingParty.name}
          signer={session.person.name}
          busy={command.busy}
          onConfirm={() => sign(confirmingParty.orgNumber)}
          onCancel={() => setConfirming(undefined)}
        />
      ) : (
        <>
          <h3>{i18n.t("special.signatures")}</h3>
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
                          type="button"
                          class="button"
                          disabled={command.busy}
                          onClick={() => {
                            setReceipt(undefined);
                            setConfirming(party.orgNumber);
                          }}
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
        </>
      )}
    </section>
  );
}
