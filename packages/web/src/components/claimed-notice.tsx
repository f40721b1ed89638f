import { useAgreement } from "../agreement/agreement-context";
import { api } from "../api/api-client";
import { hasRole } from "../auth/person";
import { CommandForm } from "../forms/command-form";
import { useCommandForm } from "../forms/use-command-form";
import { useI18n } from "../i18n/i18n";
import { SuccessBanner } from "./success-banner";

/**
 * D-33: a notice recorded more than 14 days after the day it says it was received is only
 * claimed. Shows it as such, with both dates, and offers the receiving party's signatory (R16) to
 * acknowledge it; the API decides, this only chooses what to show.
 */
export function ClaimedNotice() {
  const i18n = useI18n();
  const { agreement, letterId, session, reload } = useAgreement();
  const form = useCommandForm({
    send: () =>
      api().POST("/v1/agreements/{id}/termination/acknowledgement", {
        params: { path: { id: letterId } },
      }),
    accepted: (notice) => {
      reload();
      return i18n.t("notice.acknowledged", { date: i18n.date(notice.endsOn) });
    },
  });
  const claimed = agreement.claimedNotice;
  // Once acknowledged the notice is in effect: only the banner stays, until the next page.
  if (form.done) return <SuccessBanner title={form.done} />;
  if (!claimed) return null;
  const giver = agreement.parties.find((party) => party.orgNumber === claimed.givenBy);
  const receiver = agreement.parties.find((party) => party.orgNumber !== claimed.givenBy);
  const mayAcknowledge =
    hasRole(session.person, "signatory") && session.person.orgNumber === receiver?.orgNumber;
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
      <CommandForm
        form={form}
        letterId={letterId}
        submit={i18n.t("notice.acknowledge")}
        tone="warning"
        banner={false}
        instead={
          mayAcknowledge ? undefined : (
            <p class="secondary">
              {i18n.t("notice.acknowledgeOnly", { receiver: receiver?.name ?? "" })}
            </p>
          )
        }
      />
    </div>
  );
}
