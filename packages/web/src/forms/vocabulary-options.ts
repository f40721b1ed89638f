// The focus areas (R4) and activity kinds (R8) are the domain's lists (its `vocabulary` entry:
// plain arrays, nothing of zod in the workspace's bundle).
import type { FOCUS_AREAS, ACTIVITY_KINDS as Kinds } from "@samverkan/domain/vocabulary";
import { ACTIVITY_KINDS } from "@samverkan/domain/vocabulary";
import type { I18n, MessageKey } from "../i18n/i18n";
export type FocusArea = (typeof FOCUS_AREAS)[number];
export type ActivityKind = (typeof Kinds)[number];

export const focusAreaName = (slug: string, i18n: I18n) => i18n.tryT(`focus.${slug}`) ?? slug;
export const activityKindName = (slug: string, i18n: I18n) => i18n.tryT(`kind.${slug}`) ?? slug;

/** Checkbox options for the focus areas a letter covers. */
export const focusAreaOptions = (areas: readonly string[], i18n: I18n) =>
  areas.map((value) => ({ value, label: focusAreaName(value, i18n) }));

export const activityKindOptions = (i18n: I18n) =>
  ACTIVITY_KINDS.map((value) => ({ value, label: i18n.t(`kind.${value}` as MessageKey) }));
