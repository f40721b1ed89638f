import type { MessageKey, MessageParams } from "../i18n/i18n";
import { useI18n } from "../i18n/i18n";
import type { Permission } from "../permissions/permissions";

/** Why the person cannot do something, in place of the button they may not use. */
export function NotAllowed({ permission }: { permission: Permission }) {
  const { t } = useI18n();
  if (permission.allowed) return null;
  return (
    <p class="inset why">
      {t(permission.reason as MessageKey, permission.params as MessageParams)}
    </p>
  );
}
