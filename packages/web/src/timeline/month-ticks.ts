/** The first day of every month after `from` up to `to`: the timeline's month lines. */
export function monthTicks(from: string, to: string): string[] {
  const ticks: string[] = [];
  let [year, month] = from.split("-").map(Number) as [number, number];
  for (;;) {
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
    const tick = `${year}-${String(month).padStart(2, "0")}-01`;
    if (tick > to) return ticks;
    ticks.push(tick);
  }
}
