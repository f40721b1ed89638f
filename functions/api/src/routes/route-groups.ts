// The API's route groups, each loaded on its first request (a chunk of its own when bundled): a
// cold start builds no group's schemas and loads no group's code until a request needs it. The
// order is the order the routes are matched in and the OpenAPI document lists them.
import type { AppDeps } from "../http/app-deps";
import type { Router } from "../http/route";

/** A route group: the routes of one resource, built for an app's dependencies. */
export type RouteGroup = (deps: AppDeps) => Router;

export const ROUTE_GROUPS = {
  agreements: () => import("./agreements").then((m) => m.agreementRoutes),
  validity: () => import("./validity").then((m) => m.validityRoutes),
  amendments: () => import("./amendments").then((m) => m.amendmentRoutes),
  governance: () => import("./governance").then((m) => m.governanceRoutes),
  needs: () => import("./needs").then((m) => m.needRoutes),
  activities: () => import("./activities").then((m) => m.activityRoutes),
  funding: () => import("./funding").then((m) => m.fundingRoutes),
  trail: () => import("./trail").then((m) => m.trailRoutes),
  calendar: () => import("./calendar").then((m) => m.calendarRoutes),
  reports: () => import("./reports").then((m) => m.reportRoutes),
  archivePackage: () => import("./archive-package").then((m) => m.archivePackageRoutes),
  templates: () => import("./templates").then((m) => m.templateRoutes),
  documents: () => import("./documents").then((m) => m.documentRoutes),
  registry: () => import("./registry").then((m) => m.registryRoutes),
  contacts: () => import("./contacts").then((m) => m.contactRoutes),
  reminderPolicy: () => import("./reminder-policy").then((m) => m.reminderPolicyRoutes),
  substitutions: () => import("./substitutions").then((m) => m.substitutionRoutes),
  tasks: () => import("./tasks").then((m) => m.taskRoutes),
  taskCalendar: () => import("./tasks-calendar").then((m) => m.taskCalendarRoutes),
  people: () => import("./people").then((m) => m.peopleRoutes),
} satisfies Record<string, () => Promise<RouteGroup>>;

export type RouteGroupName = keyof typeof ROUTE_GROUPS;

/** The groups' names in matching order. */
export const ROUTE_GROUP_NAMES = Object.keys(ROUTE_GROUPS) as RouteGroupName[];
