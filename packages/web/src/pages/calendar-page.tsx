import type { CalendarFeed } from "@samverkan/client";
import { useState } from "preact/hooks";
import { useAgreement } from "../agreement/agreement-context";
import { api } from "../api/api-client";
import { useResource } from "../api/use-resource";
import { CalendarFeedList, listFeeds } from "../components/calendar-feed-list";
import { ErrorSummary } from "../components/error-summary";
import { PageHeading } from "../components/page-heading";
import { useConfig } from "../config/config-context";
import { CommandForm } from "../forms/command-form";
import { useCommandForm } from "../forms/use-command-form";
import { useI18n } from "../i18n/i18n";

/** The letter's dates in a calendar: a secret feed link to subscribe to, or a file to download. */
export default function CalendarPage() {
  const i18n = useI18n();
  const config = useConfig();
  const { letterId } = useAgreement();
  const feeds = useResource(() => listFeeds(letterId), [letterId]);
  const [created, setCreated] = useState<CalendarFeed | undefined>();
  const path = { params: { path: { id: letterId } } };
  const feedUrl = created ? `${config.apiBaseUrl || location.origin}${created.url}` : "";
  // Making a link shows it (its secret URL is shown this once), not a banner.
  const create = useCommandForm({
    send: () => api().POST("/v1/agreements/{id}/calendar-feeds", path),
    accepted: (feed) => {
      setCreated(feed);
      feeds.reload();
    },
  });
  // Each listed link's button sends its id (D-36: the person's own, or a coordinator's all).
  const revoke = useCommandForm({
    send: (feedId) =>
      api().DELETE("/v1/agreements/{id}/calendar-feeds/{feedId}", {
        params: { path: { id: letterId, feedId: feedId ?? "" } },
      }),
    accepted: (_, feedId) => {
      if (created?.id === feedId) setCreated(undefined);
      feeds.reload();
      return i18n.t("calendar.revoked");
    },
  });
  // A download is a read, not a command: the same form gives its refusal the same summary.
  const download = useCommandForm({
    send: () => api().GET("/v1/agreements/{id}/calendar.ics", { ...path, parseAs: "blob" }),
    accepted: (file) => {
      if (!(file instanceof Blob)) return;
      const link = document.createElement("a");
      link.href = URL.createObjectURL(file);
      link.download = `${letterId}.ics`;
      link.click();
      URL.revokeObjectURL(link.href);
    },
  });
  return (
    <>
      <PageHeading>{i18n.t("calendar.title")}</PageHeading>
      <p class="lead">{i18n.t("calendar.intro")}</p>
      <ErrorSummary problem={feeds.problem} letterId={letterId} />
      <h2>{i18n.t("calendar.subscribe")}</h2>
      <p>{i18n.t("calendar.subscribeText")}</p>
      {created && (
        <div class="form-group">
          <label class="label" for="feed-url">
            {i18n.t("calendar.link")}
          </label>
          <div class="hint" id="feed-url-hint">
            {i18n.t("calendar.linkHint")}
          </div>
          <input
            id="feed-url"
            class="input"
            readOnly
            value={feedUrl}
            aria-describedby="feed-url-hint"
          />
          <button
            type="button"
            class="button button--secondary"
            onClick={() => navigator.clipboard?.writeText(feedUrl)}
          >
            {i18n.t("calendar.copy")}
          </button>
        </div>
      )}
      <CommandForm form={create} letterId={letterId} submit={i18n.t("calendar.create")} />
      <CommandForm form={revoke} letterId={letterId}>
        <CalendarFeedList feeds={feeds} busy={revoke.busy} />
      </CommandForm>
      <h2>{i18n.t("calendar.download")}</h2>
      <p>{i18n.t("calendar.downloadText")}</p>
      <CommandForm
        form={download}
        letterId={letterId}
        submit={i18n.t("calendar.downloadButton")}
        tone="secondary"
      />
    </>
  );
}
