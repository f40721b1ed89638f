import type { CalendarFeed } from "@samverkan/client";
import { useState } from "preact/hooks";
import { useAgreement } from "../agreement/agreement-context";
import { api } from "../api/api-client";
import { useCommand } from "../api/use-command";
import { useResource } from "../api/use-resource";
import { CalendarFeedList, listFeeds } from "../components/calendar-feed-list";
import { ErrorSummary } from "../components/error-summary";
import { PageHeading } from "../components/page-heading";
import { SuccessBanner } from "../components/success-banner";
import { useConfig } from "../config/config-context";
import { useI18n } from "../i18n/i18n";

/** The letter's dates in a calendar: a secret feed link to subscribe to, or a file to download. */
export default function CalendarPage() {
  const i18n = useI18n();
  const config = useConfig();
  const { letterId } = useAgreement();
  const command = useCommand();
  const feeds = useResource(() => listFeeds(letterId), [letterId]);
  const [created, setCreated] = useState<CalendarFeed | undefined>();
  const [revoked, setRevoked] = useState(false);
  const path = { params: { path: { id: letterId } } };
  const feedUrl = created ? `${config.apiBaseUrl || location.origin}${created.url}` : "";
  const create = async () => {
    setRevoked(false);
    const feed = await command.run(() => api().POST("/v1/agreements/{id}/calendar-feeds", path));
    if (feed) setCreated(feed);
    feeds.reload();
  };
  const revoke = async (feedId: string) => {
    await command.run(() =>
      api().DELETE("/v1/agreements/{id}/calendar-feeds/{feedId}", {
        params: { path: { id: letterId, feedId } },
      }),
    );
    if (created?.id === feedId) setCreated(undefined);
    setRevoked(true);
    feeds.reload();
  };
  const download = async () => {
    const file = await command.run(() =>
      api().GET("/v1/agreements/{id}/calendar.ics", { ...path, parseAs: "blob" }),
    );
    if (!(file instanceof Blob)) return;
    const link = document.createElement("a");
    link.href = URL.createObjectURL(file);
    link.download = `${letterId}.ics`;
    link.click();
    URL.revokeObjectURL(link.href);
  };
  return (
    <>
      <PageHeading>{i18n.t("calendar.title")}</PageHeading>
      <p class="lead">{i18n.t("calendar.intro")}</p>
      <ErrorSummary problem={command.problem ?? feeds.problem} letterId={letterId} />
      {revoked && !command.problem && <SuccessBanner title={i18n.t("calendar.revoked")} />}
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
      <button type="button" class="button" disabled={command.busy} onClick={create}>
        {i18n.t("calendar.create")}
      </button>
      <CalendarFeedList feeds={feeds} revoke={revoke} />
      <h2>{i18n.t("calendar.download")}</h2>
      <p>{i18n.t("calendar.downloadText")}</p>
      <button
        type="button"
        class="button button--secondary"
        disabled={command.busy}
        onClick={download}
      >
        {i18n.t("calendar.downloadButton")}
      </button>
    </>
  );
}
