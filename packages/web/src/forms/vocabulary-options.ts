import type { I18n, MessageKey } from "../i18n/i18n";

/** The five focus areas of R4 (api.md's slugs), in the letter's order. */
export const FOCUS_AREAS = [
  "competence-development",
  "health-and-care",
  "digitalisation",
  "education",
  "research-development-innovation",
] as const;

/** The activity kinds of R8 (api.md's slugs). */
export const ACTIVITY_KINDS = [
  "commissioned-education",
  "distance-education",
  "learning-environment",
  "test-environment",
  "research",
  "development",
  "innovation",
  "analysis",
  "other",
] as const;

export const focusAreaName = (slug: string, i18n: I18n) => i18n.tryT(`focus.${slug}`) ?? slug;
export const activityKindName = (slug: string, i18n: I18n) => i18n.tryT(`kind.${slug}`) ?? slug;

/** Checkbox options for the focus areas a letter covers. */
export const focusAreaOptions = (areas: readonly string[], i18n: I18n) =>
  areas.map((value) => ({ value, label: focusAreaName(value, i18n) }));

export const activityKindOptions = (i18n: I18n) =>
  ACTIVITY_KINDS.map((value) => ({ value, label: i18n.t(`kind.${value}` as MessageKey) }));

export type FocusArea = (typeof FOCUS_AREAS)[number];
export type ActivityKind = (typeof ACTIVITY_KINDS)[number];
