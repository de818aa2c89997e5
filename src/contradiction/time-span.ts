import { vocabulary } from "../model/model";

/**
 * When a side of a contradiction holds, and the comparisons the rules make, by the partial-date rule every "as of"
 * read uses: a start counts from its earliest day and an end until its latest ('~' sorts after every digit, so
 * "2023-11" + "~" is after "2023-11-30"). A null start is unknown; a null end means it still holds (a relation
 * with no end, a statement that was never withdrawn, an instrument still in force).
 */
export interface TimeSpan {
  starts: string | null;
  ends: string | null;
}

/** Whether the two sides held at one time: YES, NO, or UNKNOWN when a start is missing and the ends do not decide. */
export type Overlap = "YES" | "NO" | "UNKNOWN";

/** Whether `span` holds on `day` (YYYY-MM-DD), as relations do for asOf: an unknown start holds. */
export function holdsOn(span: TimeSpan, day: string): boolean {
  return (span.starts === null || span.starts <= day) && (span.ends === null || day <= `${span.ends}~`);
}

/** Whether `a` ended before `b` began, both known: a's latest day is before b's earliest. */
function endsBefore(a: TimeSpan, b: TimeSpan): boolean {
  return a.ends !== null && b.starts !== null && `${a.ends}~` < b.starts;
}

/**
 * NO when one side ended before the other began; YES when both starts are known and neither ended before the other
 * began; UNKNOWN otherwise (a side with no start that the other side's dates cannot rule out).
 */
export function overlapOf(a: TimeSpan, b: TimeSpan): Overlap {
  if (endsBefore(a, b) || endsBefore(b, a)) return "NO";
  if (a.starts === null || b.starts === null) return "UNKNOWN";
  return "YES";
}

/** The confidence vocabulary of schema/model.json, strongest first: confirmed, reported, alleged. */
const STRONGEST_FIRST = vocabulary("confidence");

/** The lower of two stored confidences (alleged < reported < confirmed); an unknown value counts as the lowest. */
export function lowerConfidence(a: string, b: string): string {
  const weakness = (c: string) => {
    const i = STRONGEST_FIRST.indexOf(c);
    return i === -1 ? STRONGEST_FIRST.length : i;
  };
  return weakness(a) >= weakness(b) ? a : b;
}
