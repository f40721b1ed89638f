import { api } from "../api/api-client";
import type { Resource } from "../api/use-resource";
import { useI18n } from "../i18n/i18n";

type Feeds = { items: Array<{ id: string; createdAt: string; createdBy: string }> };

interface CalendarFeedListProps {
  readonly feeds: Resource<Feeds>;
  /** While a revocation is sent. */
  readonly busy: boolean;
}

/**
 * The calendar links the person may revoke (their secret URLs are never shown again): their own,
 * or a coordinator's whole organisation's (D-36). Within the revoking form: each button sends
 * its link's id.
 */
export function CalendarFeedList({ feeds, busy }: CalendarFeedListProps) {
  const i18n = useI18n();
  const items = feeds.data?.items ?? [];
  return (
    <>
      <h3>{i18n.t("calendar.existing")}</h3>
      {items.length === 0 ? (
        <p>{i18n.t("calendar.existingNone")}</p>
      ) : (
        <ul class="list">
          {items.map((feed) => {
            const date = i18n.timestamp(feed.createdAt);
            return (
              <li key={feed.id}>
                {i18n.t("calendar.createdBy", { date, who: feed.createdBy })}{" "}
                <button
                  type="submit"
                  class="button button--secondary"
                  value={feed.id}
                  disabled={busy}
                >
                  {i18n.t("calendar.revokeOne", { date })}
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </>
  );
}

export const listFeeds = (letterId: string) =>
  api().GET("/v1/agreements/{id}/calendar-feeds", { params: { path: { id: letterId } } });
