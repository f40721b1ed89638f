// What a person typed when their session ran out (issue #21, D-42): kept in sessionStorage (this
// tab only) keyed by the page, and put back when they come back to that page signed in again,
// so signing in again never costs them their text. Read from the page's own fields, so every form
// is covered without each one knowing about it.

const PREFIX = "samverkan.kept-form:";
/** The most characters kept for one page: a long dialog record fits, sessionStorage is not filled. */
export const MAX_KEPT_CHARACTERS = 200_000;

type Field = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;
type Kept = Record<string, { value: string; checked?: boolean }>;

const keyOf = (path: string) => `${PREFIX}${path}`;
const fieldKey = (field: Field, index: number) =>
  field.id || `${field.name}#${index}` || `#${index}`;

function fields(): Field[] {
  return [...document.querySelectorAll<Field>("main input, main textarea, main select")].filter(
    (f) => !(f instanceof HTMLInputElement && ["hidden", "password", "file"].includes(f.type)),
  );
}

/** Keeps the values of the page's fields for `path` (the page the person is on). */
export function keepForm(path: string): void {
  const kept: Kept = {};
  let size = 0;
  fields().forEach((field, index) => {
    const checkable = field instanceof HTMLInputElement && /^(checkbox|radio)$/.test(field.type);
    size += field.value.length;
    kept[fieldKey(field, index)] = checkable
      ? { value: field.value, checked: (field as HTMLInputElement).checked }
      : { value: field.value };
  });
  if (Object.keys(kept).length === 0 || size > MAX_KEPT_CHARACTERS) return;
  try {
    sessionStorage.setItem(keyOf(path), JSON.stringify(kept));
  } catch {
    // Storage full or refused: the text cannot be kept, the sign-in still works.
  }
}

/** Sets a field as typing would, so the page's own state (Preact's onInput) follows. */
function fill(field: Field, kept: Kept[string]): void {
  if (field instanceof HTMLInputElement && kept.checked !== undefined) {
    if (field.checked !== kept.checked) field.click();
    return;
  }
  if (field.value === kept.value) return;
  const setter = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(field), "value")?.set;
  setter?.call(field, kept.value);
  field.dispatchEvent(new Event("input", { bubbles: true }));
  field.dispatchEvent(new Event("change", { bubbles: true }));
}

/**
 * Puts back what was kept for `path`, once its fields are on the page (a page loads its data
 * first): watches the page for up to `waitMs`, then gives up and forgets it.
 */
export function restoreKeptForm(path: string, waitMs = 10_000): () => void {
  const raw = sessionStorage.getItem(keyOf(path));
  if (!raw) return () => undefined;
  let kept: Kept;
  try {
    kept = JSON.parse(raw) as Kept;
  } catch {
    sessionStorage.removeItem(keyOf(path));
    return () => undefined;
  }
  const tryFill = () => {
    const present = fields();
    const byKey = new Map(present.map((f, i) => [fieldKey(f, i), f]));
    if (!Object.keys(kept).some((k) => byKey.has(k))) return false;
    for (const [key, value] of Object.entries(kept)) {
      const field = byKey.get(key);
      if (field) fill(field, value);
    }
    sessionStorage.removeItem(keyOf(path));
    return true;
  };
  if (tryFill()) return () => undefined;
  const observer = new MutationObserver(() => {
    if (tryFill()) stop();
  });
  const timer = setTimeout(() => stop(), waitMs);
  const stop = () => {
    observer.disconnect();
    clearTimeout(timer);
  };
  observer.observe(document.body, { childList: true, subtree: true });
  return stop;
}
