import type { ReminderAbout } from "@samverkan/domain";

/**
 * The page of the web workspace where a reminder is acted on (R23: how to act on it). The paths
 * are the workspace's own (packages/web/src/router/routes.ts): `/avtal/:id/…`.
 *
 * @example workspaceLink("http://localhost:3000", "ltu-nok", { duty: "structure-review" })
 * // "http://localhost:3000/avtal/ltu-nok/strukturuppfoljning"
 */
export function workspaceLink(base: string, letterId: string, about: ReminderAbout): string {
  const letter = `${base}/avtal/${encodeURIComponent(letterId)}`;
  const id = (value: string | undefined) => encodeURIComponent(value ?? "");
  switch (about.duty) {
    case "dialog-basis":
      return about.dialogId ? `${letter}/dialoger/${id(about.dialogId)}` : `${letter}/dialoger`;
    case "half-year-dialog":
    case "annual-needs-review":
      return `${letter}/dialoger`;
    case "structure-review":
      return `${letter}/strukturuppfoljning`;
    case "funding-application-submission":
      return `${letter}/finansiering`;
    case "notice-period":
    case "letter-end":
      return `${letter}/uppsagning`;
    case "special-agreement-signatures":
    case "special-agreement-review":
      return about.activityId
        ? `${letter}/aktiviteter/${id(about.activityId)}`
        : `${letter}/aktiviteter`;
    case "reminder-policy-proposal":
      return `${letter}/aviseringar/installningar`;
    case "amendment-proposal":
      return `${letter}/avsiktsforklaringen/tillagg`;
  }
}
