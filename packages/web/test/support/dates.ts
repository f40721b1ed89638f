/** Today in Europe/Stockholm as `YYYY-MM-DD`: the API's "today". */
export const todayInStockholm = () =>
  new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Stockholm" }).format(new Date());

const parts = (day: string) => day.split("-").map(Number) as [number, number, number];

export function addDays(day: string, days: number): string {
  const [y, m, d] = parts(day);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** `day` moved by months, kept within the month (31 Aug − 6 months → 28 or 29 Feb). */
export function addMonths(day: string, months: number): string {
  const [y, m, d] = parts(day);
  const last = new Date(Date.UTC(y, m - 1 + months + 1, 0)).getUTCDate();
  return new Date(Date.UTC(y, m - 1 + months, Math.min(d, last))).toISOString().slice(0, 10);
}
