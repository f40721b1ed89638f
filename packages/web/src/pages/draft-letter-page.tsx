import type { Template } from "@samverkan/client";
import { isCalendarDate } from "@samverkan/domain/vocabulary";
import { useEffect, useState } from "preact/hooks";
import { agreementPath } from "../agreement/agreement-context";
import { api } from "../api/api-client";
import type { CallResult } from "../api/problem";
import { useResource } from "../api/use-resource";
import { hasRole } from "../auth/person";
import { useSession } from "../auth/use-session";
import { Loading } from "../components/loading";
import { CommandForm } from "../forms/command-form";
import { SelectField } from "../forms/select-field";
import { TextField } from "../forms/text-field";
import { useCommandForm } from "../forms/use-command-form";
import { useI18n } from "../i18n/i18n";
import { navigate } from "../router/location";

const ORG_NUMBER = /^\d{6}-?\d{4}$/;
const today = () => new Date().toLocaleDateString("sv-SE", { timeZone: "Europe/Stockholm" });

interface PartyFields {
  orgNumber: string;
  name: string;
}

/**
 * Draft a letter from a template (issue #20, D-45): the template, both parties by organisation
 * number and name, the title and the draft date. The template gives terms, focus areas and text;
 * signing is as for any letter, on its overview.
 */
export default function DraftLetterPage() {
  const i18n = useI18n();
  const session = useSession();
  const templates = useResource(
    () => api().GET("/v1/templates", { params: { query: { limit: 50 } } }),
    [],
  );
  const [picked, setTemplateId] = useState("");
  // The first template until one is picked: derived, so a pick is never overwritten by a default.
  const templateId = picked || templates.data?.items[0]?.id || "";
  const template = useResource(
    () =>
      templateId
        ? api().GET("/v1/templates/{id}", { params: { path: { id: templateId }, query: {} } })
        : Promise.resolve<CallResult<Template>>({ response: new Response() }),
    [templateId],
  );
  const chosen = template.data as Template | undefined;
  const [parties, setParties] = useState<[PartyFields, PartyFields]>([
    { orgNumber: "", name: "" },
    { orgNumber: "", name: "" },
  ]);
  const [title, setTitle] = useState("");
  const [draftedOn, setDraftedOn] = useState(today());
  // Choosing a template fills in its usual parties and its title.
  useEffect(() => {
    if (!chosen) return;
    setParties([
      {
        orgNumber: chosen.parties[0]?.usual?.orgNumber ?? "",
        name: chosen.parties[0]?.usual?.name ?? "",
      },
      {
        orgNumber: chosen.parties[1]?.usual?.orgNumber ?? "",
        name: chosen.parties[1]?.usual?.name ?? "",
      },
    ]);
    setTitle(chosen.title.sv);
  }, [chosen?.id, chosen?.version]);
  const setParty = (index: 0 | 1, field: keyof PartyFields) => (value: string) =>
    setParties((current) => {
      const next: [PartyFields, PartyFields] = [{ ...current[0] }, { ...current[1] }];
      next[index][field] = value;
      return next;
    });
  const form = useCommandForm({
    check: () => ({
      "parties.0.orgNumber": ORG_NUMBER.test(parties[0].orgNumber.trim())
        ? ""
        : i18n.t("draft.errors.orgNumber"),
      "parties.0.name": parties[0].name.trim() ? "" : i18n.t("draft.errors.name"),
      "parties.1.orgNumber": ORG_NUMBER.test(parties[1].orgNumber.trim())
        ? ""
        : i18n.t("draft.errors.orgNumber"),
      "parties.1.name": parties[1].name.trim() ? "" : i18n.t("draft.errors.name"),
      title: title.trim() ? "" : i18n.t("draft.errors.title"),
      draftedOn: isCalendarDate(draftedOn) ? "" : i18n.t("draft.errors.date"),
    }),
    send: () =>
      api().POST("/v1/agreements", {
        body: {
          ...(chosen ? { templateId: chosen.id, templateVersion: chosen.version } : {}),
          parties: [
            { orgNumber: parties[0].orgNumber.trim(), name: parties[0].name.trim() },
            { orgNumber: parties[1].orgNumber.trim(), name: parties[1].name.trim() },
          ],
          title: title.trim(),
          draftedOn,
        },
      }),
    accepted: (letter) => navigate(agreementPath(letter.id)),
  });
  const mayDraft = session ? hasRole(session.person, "coordinator") : false;
  const partyFields = (index: 0 | 1) => (
    <fieldset class="fieldset" key={index}>
      <legend class="fieldset__legend">
        {i18n.t("draft.party", {
          n: index + 1,
          role:
            chosen?.parties[index]?.role[i18n.language] ?? chosen?.parties[index]?.role.sv ?? "",
        })}
      </legend>
      <TextField
        name={`parties.${index}.orgNumber`}
        width="short"
        label={i18n.t("draft.orgNumber")}
        hint={i18n.t("draft.orgNumberHint")}
        value={parties[index].orgNumber}
        error={form.errors[`parties.${index}.orgNumber`]}
        onInput={setParty(index, "orgNumber")}
      />
      <TextField
        name={`parties.${index}.name`}
        label={i18n.t("draft.name")}
        value={parties[index].name}
        error={form.errors[`parties.${index}.name`]}
        onInput={setParty(index, "name")}
      />
    </fieldset>
  );
  return (
    <CommandForm
      form={form}
      back={{ href: "/", label: i18n.t("draft.back") }}
      caption={i18n.t("draft.caption")}
      heading={i18n.t("draft.title")}
      permission={
        mayDraft ? { allowed: true } : { allowed: false, reason: "why.draftCoordinatorOnly" }
      }
      submit={i18n.t("draft.submit")}
      loadProblem={templates.problem ?? template.problem}
      instead={!templates.data ? <Loading /> : undefined}
    >
      <SelectField
        name="templateId"
        label={i18n.t("draft.template")}
        hint={i18n.t("draft.templateHint")}
        value={templateId}
        onChange={setTemplateId}
        options={(templates.data?.items ?? []).map((t) => ({
          value: t.id,
          label: t.name[i18n.language] ?? t.name.sv,
        }))}
      />
      {chosen && (
        <p class="hint" id="template-terms">
          {i18n.t("draft.terms", {
            notice: chosen.terms.noticeMonths,
            dialogs: chosen.terms.dialogsPerYear,
            lead: chosen.terms.basisLeadDays,
          })}
        </p>
      )}
      {partyFields(0)}
      {partyFields(1)}
      <TextField
        name="title"
        label={i18n.t("draft.titleLabel")}
        value={title}
        error={form.errors.title}
        onInput={setTitle}
      />
      <TextField
        name="draftedOn"
        type="date"
        width="short"
        label={i18n.t("draft.draftedOn")}
        hint={i18n.t("draft.draftedOnHint")}
        value={draftedOn}
        error={form.errors.draftedOn}
        onInput={setDraftedOn}
      />
    </CommandForm>
  );
}
