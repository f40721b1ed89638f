// Every route group loaded at once, for what needs all routes without serving a request: the
// OpenAPI document made without a server (openapi.ts) and the route table's renderer. The app
// itself loads each group on its first request (route-groups.ts).
import type { AppDeps } from "../http/app-deps";
import type { Router } from "../http/route";
import { activityRoutes } from "./activities";
import { agreementRoutes } from "./agreements";
import { amendmentRoutes } from "./amendments";
import { archivePackageRoutes } from "./archive-package";
import { calendarRoutes } from "./calendar";
import { contactRoutes } from "./contacts";
import { documentRoutes } from "./documents";
import { fundingRoutes } from "./funding";
import { governanceRoutes } from "./governance";
import { needRoutes } from "./needs";
import { peopleRoutes } from "./people";
import { registryRoutes } from "./registry";
import { reminderPolicyRoutes } from "./reminder-policy";
import { reportRoutes } from "./reports";
import { ROUTE_GROUP_NAMES, type RouteGroup, type RouteGroupName } from "./route-groups";
import { substitutionRoutes } from "./substitutions";
import { taskRoutes } from "./tasks";
import { taskCalendarRoutes } from "./tasks-calendar";
import { templateRoutes } from "./templates";
import { trailRoutes } from "./trail";
import { validityRoutes } from "./validity";

export const ALL_ROUTE_GROUPS: Readonly<Record<RouteGroupName, RouteGroup>> = {
  agreements: agreementRoutes,
  validity: validityRoutes,
  amendments: amendmentRoutes,
  governance: governanceRoutes,
  needs: needRoutes,
  activities: activityRoutes,
  funding: fundingRoutes,
  trail: trailRoutes,
  calendar: calendarRoutes,
  reports: reportRoutes,
  archivePackage: archivePackageRoutes,
  templates: templateRoutes,
  documents: documentRoutes,
  registry: registryRoutes,
  contacts: contactRoutes,
  reminderPolicy: reminderPolicyRoutes,
  substitutions: substitutionRoutes,
  tasks: taskRoutes,
  taskCalendar: taskCalendarRoutes,
  people: peopleRoutes,
};

/**
 * Every group built, in matching order, only to read its routes: no request is handled, so no
 * dependency is used.
 */
export const allRouteGroupsBuilt = (): [RouteGroupName, Router][] =>
  ROUTE_GROUP_NAMES.map((name) => [name, ALL_ROUTE_GROUPS[name]({} as AppDeps)]);
