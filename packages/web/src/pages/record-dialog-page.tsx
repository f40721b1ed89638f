import { useEffect, useState } from "preact/hooks";
import { agreementPath, useAgreement } from "../agreement/agreement-context";
import { api } from "../api/api-client";
import { useResource } from "../api/use-resource";
import { DIALOG_TOPIC_KEYS } from "../components/dialog-record-summary";
import { DialogTopicsFields, type DialogTopicsInput } from "../components/dialog-topics-fields";
import { type IdentifiedNeed, IdentifiedNeedsFields } from "../components/identified-needs-fields";
import { CheckboxGroup } from "../forms/checkbox-group";
import { CommandForm } from "../forms/command-form";
import { isDay } from "../forms/form-errors";
import { TextField } from "../forms/text-field";
import { useCommandForm } from "../forms/use-command-form";
import { type MessageKey, useI18n } from "../i18n/i18n";
import { asPartyCoordinator } from "../permissions/permissions";
import { navigate } from "../router/location";
import type { PageProps } from "../router/routes";

/** Record a held dialog: the four topics of R11 and the needs review of R13. */
export default function RecordDialogPage({ params }: PageProps) {
  const i18n = useI18n();
  const { agreement, letterId, session, reload } = useAgreement();
  const dialogId = params.dialogId ?? "";
  const dialogPath = agreementPath(letterId, `dialoger/${dialogId}`);
  const [heldOn, setHeldOn] = useState(agreement.asOf);
  const [topics, setTopics] = useState<DialogTopicsInput>({
    outsideWorld: "",
    trends: "",
    futureChallenges: "",
    directionAdjustments: "",
  });
  const [reviewed, setReviewed] = useState<string[]>([]);
  const [needs, setNeeds] = useState<IdentifiedNeed[]>([]);
  const dialog = useResource(
    () =>
      api().GET("/v1/agreements/{id}/dialogs/{dialogId}", {
        params: { path: { id: letterId, dialogId } },
      }),
    [letterId, dialogId],
  );
  const scheduledOn = dialog.data?.scheduledOn;
  // A dialog is most often recorded on the day it was held: its scheduled day, once that has come.
  useEffect(() => {
    if (scheduledOn && scheduledOn <= agreement.asOf) setHeldOn(scheduledOn);
  }, [scheduledOn, agreement.asOf]);
  const needsReview = reviewed.includes("yes");
  const form = useCommandForm({
    check: () => ({
      heldOn: isDay(heldOn) ? "" : i18n.t("record.errors.heldOn"),
      ...Object.fromEntries(
        DIALOG_TOPIC_KEYS.map((topic) => [
          `topics.${topic}`,
          topics[topic].trim() ? "" : i18n.t(`record.errors.${topic}` as MessageKey),
        ]),
      ),
      ...Object.fromEntries(
        (needsReview ? needs : []).flatMap((need, i) => [
          [`needs.${i}.title`, need.title.trim() ? "" : i18n.t("needs.errors.title")],
          [
            `needs.${i}.focusAreas`,
            need.focusAreas.length ? "" : i18n.t("needs.errors.focusAreas"),
          ],
        ]),
      ),
    }),
    send: () =>
      api().POST("/v1/agreements/{id}/dialogs/{dialogId}/record", {
        params: { path: { id: letterId, dialogId } },
        body: {
          heldOn,
          topics,
          ...(needsReview
            ? {
                needsReview: {
                  needs: needs.map((n) => ({
                    title: n.title,
                    focusAreas: [...n.focusAreas],
                    description: "",
                  })),
                },
              }
            : {}),
        },
      }),
    accepted: () => {
      reload();
      navigate(`${dialogPath}?klart=dokumenterad`);
    },
  });
  return (
    <CommandForm
      form={form}
      letterId={letterId}
      back={{ href: dialogPath, label: i18n.t("record.back") }}
      caption={
        scheduledOn
          ? i18n.t("dialog.title", { date: i18n.date(scheduledOn) })
          : i18n.t("dialogs.title")
      }
      heading={i18n.t("record.pageTitle")}
      permission={asPartyCoordinator(session.person, agreement, i18n.t("list.or"))}
      submit={i18n.t("record.submit")}
    >
      <TextField
        name="heldOn"
        type="date"
        width="short"
        label={i18n.t("record.heldOnLabel")}
        value={heldOn}
        error={form.errors.heldOn}
        onInput={setHeldOn}
      />
      <DialogTopicsFields topics={topics} onChange={setTopics} errors={form.errors} />
      <CheckboxGroup
        name="needsReview"
        label={i18n.t("record.needsReviewLegend")}
        hint={i18n.t("record.needsReviewHint")}
        values={reviewed}
        options={[{ value: "yes", label: i18n.t("record.needsReviewYes") }]}
        onChange={setReviewed}
      />
      {needsReview && (
        <IdentifiedNeedsFields
          needs={needs}
          onChange={setNeeds}
          focusAreas={agreement.focusAreas}
          errors={form.errors}
        />
      )}
    </CommandForm>
  );
}
