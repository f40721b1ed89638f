import { useState } from "preact/hooks";
import { useAgreement } from "../agreement/agreement-context";
import { api } from "../api/api-client";
import { useCommand } from "../api/use-command";
import { hasRole } from "../auth/person";
import { useI18n } from "../i18n/i18n";
import { ErrorSummary } from "./error-summary";
import { SuccessBanner } from "./success-banner";

/**
 * D-33: a notice recorded more than 14 days after the day it says it was received is only
 * claimed. Shows it as such, with both dates, and offers the receiving party's signatory (R16) to
 * acknowledge it; the API decides, this only chooses what to show.
 */
export function ClaimedNotice() {
  const i18n = useI18n();
  const { agreement, letterId, session, reload } = useAgreement();
  const command = useCommand();
  const [endsOn, setEndsOn] = useState<string | undefined>();
  const claimed = agreement.claimedNotice;
  if (endsOn)
    return <SuccessBanner title={i18n.t("notice.acknowledged", { date: i18n.date(endsOn) })} />;
  if (!claimed) return null;
  const giver = agreement.parties.find((party) => party.orgNumber === claimed.givenBy);
  const receiver = agreement.parties.find((party) => party.orgNumber !== claimed.givenBy);
  const mayAcknowledge =
    hasRole(session.person, "signatory") && session.person.orgNumber === receiver?.orgNumber;
  const acknowledge = async () => {
    const notice = await command.run(() =>
      api().POST("/v1/agreements/{id}/termination/acknowledgement", {
        params: { path: { id: letterId } },
      }),
    );
    if (!notice) return;
    setEndsOn(notice.endsOn);
    reload();
  };
  return (
    <div class="claimed-notice" data-testid="claimed-notice">
      <p>
        {i18n.t("notice.claimed", {
          party: giver?.name ?? claimed.givenBy,
          received: i18n.date(claimed.receivedOn),
          recorded: i18n.date(claimed.recordedOn ?? claimed.receivedOn),
          ends: i18n.date(claimed.endsOn),
        })}
      </p>
      <p>{i18n.t("notice.claimedWhy", { receiver: receiver?.name ?? "" })}</p>
      <ErrorSummary problem={command.problem} letterId={letterId} />
      {mayAcknowledge ? (
        <button
          type="button"
          class="button button--warning"
          disabled={command.busy}
          onClick={acknowledge}
        >
          {i18n.t("notice.acknowledge")}
        </button>
      ) : (
        <p class="secondary">
          {i18n.t("notice.acknowledgeOnly", { receiver: receiver?.name ?? "" })}
        </p>
      )}
    </div>
  );
}
