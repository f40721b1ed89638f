import { noticeEndDate } from "@samverkan/domain/vocabulary";
import type { ComponentChildren } from "preact";
import { useState } from "preact/hooks";
import { agreementPath, useAgreement } from "../agreement/agreement-context";
import { api } from "../api/api-client";
import { RuleSources } from "../components/rule-sources";
import { SummaryRow } from "../components/summary-row";
import { CommandForm } from "../forms/command-form";
import { isDay } from "../forms/form-errors";
import { TextField } from "../forms/text-field";
import { useCommandForm } from "../forms/use-command-form";
import { useI18n } from "../i18n/i18n";
import { mayGiveNotice } from "../permissions/permissions";
import { Link } from "../router/link";

/** The end date a notice gives, by the domain's own rule (R18, D-6): never a copy of it here. */
const earliestEnd = (receivedOn: string, months: number): string =>
  noticeEndDate(receivedOn as Parameters<typeof noticeEndDate>[0], months);

/**
 * Give notice for one's own party: three months, from the day it is received (R18, R19). It
 * cannot be undone, so it takes two steps (issue #17, "irreversible acts are one click"): the
 * form, then a step that says the day the letter would end and asks "Ja, säg upp" or cancel.
 */
export default function NoticePage() {
  const i18n = useI18n();
  const { agreement, letterId, session, reload } = useAgreement();
  const [receivedOn, setReceivedOn] = useState(agreement.asOf);
  const [requestedEnd, setRequestedEnd] = useState("");
  const [given, setGiven] = useState(false);
  const permission = mayGiveNotice(session.person, agreement, i18n.t("list.or"));
  const party = agreement.parties.find((p) => p.orgNumber === session.person.orgNumber);
  const earliest = isDay(receivedOn)
    ? earliestEnd(receivedOn, agreement.terms.noticeMonths)
    : undefined;
  /** The end date shown for confirmation: the one asked for, else the earliest. */
  const endsOn = requestedEnd || earliest || "";
  const row = (key: string, value: ComponentChildren, testId?: string) => (
    <SummaryRow label={key} testId={testId}>
      {value}
    </SummaryRow>
  );
  const form = useCommandForm({
    confirm: true,
    check: () => ({
      receivedOn: earliest ? "" : i18n.t("notice.errors.date"),
      endsOn:
        requestedEnd === "" || isDay(requestedEnd)
          ? earliest && requestedEnd !== "" && requestedEnd < earliest
            ? i18n.t("notice.errors.endsOnEarly", { date: i18n.date(earliest) })
            : ""
          : i18n.t("notice.errors.endsOn"),
    }),
    send: () =>
      api().POST("/v1/agreements/{id}/termination", {
        params: { path: { id: letterId } },
        body: { receivedOn, ...(requestedEnd ? { endsOn: requestedEnd } : {}) },
      }),
    accepted: (notice) => {
      setGiven(true);
      reload();
      const claimed = notice.state === "claimed";
      return {
        title: i18n.t(claimed ? "notice.claimedDone" : "notice.done"),
        detail: claimed
          ? i18n.t("notice.claimedEndsOn", {
              date: i18n.date(notice.endsOn),
              receiver: agreement.parties.find((p) => p.orgNumber !== party?.orgNumber)?.name ?? "",
            })
          : i18n.t("notice.endsOn", { date: i18n.date(notice.endsOn) }),
      };
    },
  });
  return (
    <CommandForm
      form={form}
      letterId={letterId}
      back={{ href: agreementPath(letterId), label: i18n.t("notice.back") }}
      caption={agreement.title}
      heading={i18n.t("notice.title")}
      intro={
        <>
          <p class="lead">{i18n.t("notice.explain", { months: agreement.terms.noticeMonths })}</p>
          <RuleSources rules={["R18", "R20"]} letterId={letterId} />
        </>
      }
      permission={given ? undefined : permission}
      instead={
        given ? (
          <Link class="button" href={agreementPath(letterId)}>
            {i18n.t("notice.toOverview")}
          </Link>
        ) : undefined
      }
      submit={i18n.t("notice.submit")}
      confirmation={{
        heading: i18n.t("notice.confirm.title"),
        yes: i18n.t("notice.confirm.yes"),
        warning: true,
        back: i18n.t("notice.confirm.change"),
        cancel: { href: agreementPath(letterId), label: i18n.t("notice.confirm.cancel") },
        body: () => (
          <>
            <dl class="summary-list">
              {row(i18n.t("notice.confirm.party"), party?.name ?? session.person.orgNumber)}
              {row(i18n.t("notice.receivedOn"), i18n.date(receivedOn))}
              {row(i18n.t("notice.confirm.endsOn"), i18n.date(endsOn), "notice-ends-on")}
            </dl>
            <p class="warning-text">
              {i18n.t("notice.confirm.warning", { date: i18n.date(endsOn) })}
            </p>
          </>
        ),
      }}
    >
      <TextField
        name="receivedOn"
        type="date"
        width="short"
        label={i18n.t("notice.receivedOn")}
        hint={i18n.t("notice.receivedOnHint")}
        value={receivedOn}
        error={form.errors.receivedOn}
        onInput={setReceivedOn}
      />
      <TextField
        name="endsOn"
        type="date"
        width="short"
        label={i18n.t("notice.endsOnLabel")}
        hint={i18n.t("notice.endsOnHint", { months: agreement.terms.noticeMonths })}
        value={requestedEnd}
        error={form.errors.endsOn}
        onInput={setRequestedEnd}
      />
      <p class="warning-text">{i18n.t("notice.warning")}</p>
    </CommandForm>
  );
}
