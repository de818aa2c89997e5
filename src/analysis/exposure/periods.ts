/** The steps an exposure is cut into. */
export type Step = "year" | "quarter";

/** One period: its label ("2024", "2024-Q3") and its first and last days. */
export interface Period {
  label: string;
  start: string;
  end: string;
}

const QUARTER_ENDS = ["03-31", "06-30", "09-30", "12-31"] as const;

/** The period of `step` that holds a day "YYYY-MM-DD". */
export function periodOfDay(day: string, step: Step): Period {
  const year = day.slice(0, 4);
  if (step === "year") return { label: year, start: `${year}-01-01`, end: `${year}-12-31` };
  const quarter = Math.floor((Number(day.slice(5, 7)) - 1) / 3);
  const firstMonth = String(quarter * 3 + 1).padStart(2, "0");
  return { label: `${year}-Q${quarter + 1}`, start: `${year}-${firstMonth}-01`, end: `${year}-${QUARTER_ENDS[quarter]}` };
}

/**
 * The label of the period of `step` that holds a partial date ("2024", "2024-07", "2024-07-15"), or null when the
 * date is too coarse to say: a bare year cannot be placed in a quarter. Nothing is guessed.
 */
export function periodOfDate(date: string, step: Step): string | null {
  if (step === "year") return date.slice(0, 4);
  if (date.length < 7) return null;
  return periodOfDay(`${date.slice(0, 7)}-01`, step).label;
}

/** Every period of `step` from the one holding `from` to the one holding `to` (days), in order, at most `limit`. */
export function periodsBetween(from: string, to: string, step: Step, limit: number): Period[] {
  const periods: Period[] = [];
  let period = periodOfDay(from, step);
  while (period.start <= to) {
    if (periods.length === limit) throw new RangeError(`more than ${limit} periods`);
    periods.push(period);
    period = periodOfDay(nextDay(period.end), step);
  }
  return periods;
}

/** The day after a day, "2024-12-31" -> "2025-01-01", in UTC. */
function nextDay(day: string): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}
