import { useState } from "preact/hooks";
import { useAgreement } from "../agreement/agreement-context";
import { api } from "../api/api-client";
import { GroupMemberFields, type GroupMemberInput } from "../components/group-member-fields";
import { PageHeading } from "../components/page-heading";
import { personName } from "../components/person-name";
import { RuleSources } from "../components/rule-sources";
import { SuccessBanner } from "../components/success-banner";
import { CommandForm } from "../forms/command-form";
import { isDay } from "../forms/form-errors";
import { TextField } from "../forms/text-field";
import { useCommandForm } from "../forms/use-command-form";
import { useI18n } from "../i18n/i18n";
import { asPartyCoordinator } from "../permissions/permissions";

/** The collaboration group (samverkansgruppen): who is in it, and appointing it (R9). */
export default function CollaborationGroupPage() {
  const i18n = useI18n();
  const { agreement, letterId, session, reload } = useAgreement();
  const current = agreement.collaborationGroup?.members ?? [];
  const [members, setMembers] = useState<GroupMemberInput[]>(
    current.length > 0
      ? // D-65: an erased member has no name to send; the form asks for one, or the row goes.
        current.map((m) => ({ name: m.name ?? "", orgNumber: m.orgNumber, role: m.role ?? "" }))
      : agreement.parties.map((party) => ({ name: "", orgNumber: party.orgNumber, role: "" })),
  );
  const [appointedOn, setAppointedOn] = useState(agreement.asOf);
  const permission = asPartyCoordinator(session.person, agreement, i18n.t("list.or"));
  const partyName = (orgNumber: string) =>
    agreement.parties.find((p) => p.orgNumber === orgNumber)?.name ?? orgNumber;
  const form = useCommandForm({
    check: () => ({
      appointedOn: isDay(appointedOn) ? "" : i18n.t("group.errors.date"),
      ...Object.fromEntries(
        members.map((m, i) => [
          `members.${i}.name`,
          m.name.trim() ? "" : i18n.t("group.errors.name"),
        ]),
      ),
    }),
    send: () =>
      api().PUT("/v1/agreements/{id}/collaboration-group", {
        params: { path: { id: letterId } },
        body: {
          appointedOn,
          members: members.map((m) => ({
            name: m.name.trim(),
            orgNumber: m.orgNumber,
            ...(m.role.trim() ? { role: m.role.trim() } : {}),
          })),
        },
      }),
    accepted: () => {
      reload();
      return i18n.t("group.saved");
    },
  });
  return (
    <>
      <PageHeading>{i18n.t("group.title")}</PageHeading>
      {/* Under the heading, not by the form: the list it changed comes first. */}
      {form.done && <SuccessBanner title={form.done} />}
      <p class="lead">{i18n.t("group.intro")}</p>
      <RuleSources rules={["R9"]} letterId={letterId} />
      <h2>{i18n.t("group.current")}</h2>
      {current.length === 0 ? (
        <p>{i18n.t("group.none")}</p>
      ) : (
        <ul class="list">
          {current.map((m) => (
            <li key={`${m.id ?? m.name}${m.orgNumber}`}>
              {personName(m, i18n)}, {partyName(m.orgNumber)}
              {m.role ? ` (${m.role})` : ""}
            </li>
          ))}
        </ul>
      )}
      <h2>{i18n.t("group.appoint")}</h2>
      <CommandForm
        form={form}
        letterId={letterId}
        permission={permission}
        submit={i18n.t("group.save")}
        banner={false}
      >
        <GroupMemberFields
          members={members}
          onChange={setMembers}
          parties={agreement.parties}
          errors={form.errors}
        />
        <TextField
          name="appointedOn"
          type="date"
          width="short"
          label={i18n.t("group.appointedOn")}
          hint={i18n.t("group.appointedOnHint")}
          value={appointedOn}
          error={form.errors.appointedOn}
          onInput={setAppointedOn}
        />
      </CommandForm>
    </>
  );
}
