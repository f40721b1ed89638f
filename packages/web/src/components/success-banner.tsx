import { useEffect, useRef } from "preact/hooks";

/** A GOV.UK-style success banner: what just happened, announced and focused once. */
export function SuccessBanner({ title, children }: { title: string; children?: string }) {
  const banner = useRef<HTMLDivElement>(null);
  useEffect(() => banner.current?.focus(), []);
  return (
    <div class="banner banner--success" role="status" tabIndex={-1} ref={banner}>
      <p class="banner__title">{title}</p>
      {children && <p>{children}</p>}
    </div>
  );
}
