// The activity kinds (R8) are the domain's list (its `vocabulary` entry: plain arrays, nothing of
// zod in the workspace's bundle). Focus areas are named by the letter's own template (D-61,
// agreement/focus-area-names.ts), not here.
import type { ACTIVITY_KINDS as Kinds } from "@samverkan/domain/vocabulary";
import { ACTIVITY_KINDS } from "@samverkan/domain/vocabulary";
import type { I18n, MessageKey } from "../i18n/i18n";
export type ActivityKind = (typeof Kinds)[number];

export const activityKindName = (slug: string, i18n: I18n) => i18n.tryT(`kind.${slug}`) ?? slug;

export const activityKindOptions = (i18n: I18n) =>
  ACTIVITY_KINDS.map((value) => ({ value, label: i18n.t(`kind.${value}` as MessageKey) }));
