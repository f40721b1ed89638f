import type { FunctionComponent } from "preact";

/** What a page gets from its path: `/avtal/:id/dialoger/:dialogId` → `{ id, dialogId }`. */
export type PageProps = { readonly params: Readonly<Record<string, string>> };
type PageModule = { default: FunctionComponent<PageProps> };

export interface Route {
  readonly pattern: string;
  /** Each page is its own chunk, loaded when opened: the first page loads only its own code. */
  readonly load: () => Promise<PageModule>;
  /** Pages of one letter: shown in its layout, with its navigation. */
  readonly inAgreement?: boolean;
  /** Pages anyone may open: the sign-in and its OIDC callback. */
  readonly public?: boolean;
}

const letter = (sub: string, load: Route["load"]): Route => ({
  pattern: `/avtal/:id${sub ? `/${sub}` : ""}`,
  load,
  inAgreement: true,
});

/** Every page of the workspace, more specific paths first. */
export const ROUTES: readonly Route[] = [
  { pattern: "/logga-in", load: () => import("../pages/sign-in-page"), public: true },
  { pattern: "/logga-in/klar", load: () => import("../pages/sign-in-callback-page"), public: true },
  {
    pattern: "/tillganglighet",
    load: () => import("../pages/accessibility-page"),
    public: true,
  },
  { pattern: "/ersattare", load: () => import("../pages/substitutes-page") },
  { pattern: "/", load: () => import("../pages/start-page") },
  // Before `/avtal/:id`: "ny" is the draft page (issue #20), not a letter's id.
  { pattern: "/avtal/ny", load: () => import("../pages/draft-letter-page") },
  { pattern: "/uppgifter", load: () => import("../pages/tasks-page") },
  // A person's data: export and erasure (issue #22, D-59, D-60).
  { pattern: "/personuppgifter", load: () => import("../pages/personal-data-page") },
  { pattern: "/personuppgifter/:personId", load: () => import("../pages/personal-data-page") },
  letter("", () => import("../pages/overview-page")),
  letter("avsiktsforklaringen", () => import("../pages/letter-text-page")),
  letter("avsiktsforklaringen/tillagg", () => import("../pages/amendments-page")),
  letter("dialoger", () => import("../pages/dialogs-page")),
  letter("dialoger/ny", () => import("../pages/schedule-dialog-page")),
  letter("dialoger/:dialogId", () => import("../pages/dialog-page")),
  letter("dialoger/:dialogId/dokumentera", () => import("../pages/record-dialog-page")),
  letter("samverkansgrupp", () => import("../pages/collaboration-group-page")),
  letter("behov", () => import("../pages/needs-page")),
  letter("behov/nytt", () => import("../pages/register-need-page")),
  letter("aktiviteter", () => import("../pages/activities-page")),
  letter("aktiviteter/ny", () => import("../pages/define-activity-page")),
  letter("aktiviteter/:activityId", () => import("../pages/activity-page")),
  letter("aktiviteter/:activityId/andra", () => import("../pages/revise-special-agreement-page")),
  letter("finansiering", () => import("../pages/funding-page")),
  letter("finansiering/ny", () => import("../pages/plan-funding-page")),
  letter("strukturuppfoljning", () => import("../pages/structure-reviews-page")),
  letter("handelser", () => import("../pages/audit-trail-page")),
  letter("diarium", () => import("../pages/registry-page")),
  letter("aviseringar", () => import("../pages/notifications-page")),
  letter("aviseringar/installningar", () => import("../pages/reminder-policy-page")),
  letter("kalender", () => import("../pages/calendar-page")),
  letter("kontakter", () => import("../pages/contacts-page")),
  letter("uppfoljning", () => import("../pages/follow-up-page")),
  letter("uppsagning", () => import("../pages/notice-page")),
];

/** The page for a path nobody has. */
export const NOT_FOUND: Route = { pattern: "*", load: () => import("../pages/not-found-page") };
