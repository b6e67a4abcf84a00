/** One cell of a month view: a date of the month, or a blank before the 1st / after the last day. */
export type GridCell = { date: string; day: number } | null;

const pad = (n: number) => String(n).padStart(2, '0');

/** The days of a month (1–12) in weeks starting on Monday, blanks filling the first and last week. */
export function monthGrid(year: number, month: number): GridCell[][] {
  const first = new Date(Date.UTC(year, month - 1, 1));
  const length = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const lead = (first.getUTCDay() + 6) % 7;
  const cells: GridCell[] = Array.from({ length: lead }, () => null);
  for (let day = 1; day <= length; day += 1) cells.push({ date: `${year}-${pad(month)}-${pad(day)}`, day });
  while (cells.length % 7 !== 0) cells.push(null);
  return Array.from({ length: cells.length / 7 }, (_, w) => cells.slice(w * 7, w * 7 + 7));
}

/** The month before or after (`step` −1 or +1), across year ends. */
export function stepMonth(year: number, month: number, step: number): { year: number; month: number } {
  const index = year * 12 + (month - 1) + step;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}
