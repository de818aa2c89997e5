import type { Actor } from "../../actor/actor.type";
import { totalsByAmountKind } from "../../funding/amount-total.type";
import type { RegimeFundingRow } from "../../funding/funding-by-regime.type";
import { actorKinds, vocabulary } from "../../model/model";
import type { ExposureByValue, ExposurePeriodRow, ExposureRow, ExposureShareRow, ExposureStepValue } from "./exposure.type";
import { type Period, periodOfDate, periodsBetween } from "./periods";

/** The most periods one exposure holds: a century of quarters. */
export const MAX_PERIODS = 400;

export interface ExposureQuestion {
  actorId: string;
  by: ExposureByValue;
  step: ExposureStepValue;
  from: string | null;
  to: string | null;
}

/**
 * Cuts the fundings of an actor (each with the states that control its funder, as fundingByRegime reads them) into
 * periods and classes. `actors` holds the funders and the controlling states, for their country and kind. A
 * funding's date is its validFrom; a partial date falls in the period that holds it, and one too coarse for the
 * step (a bare year under quarters) is `unplaced`. Throws RangeError when the range holds more than MAX_PERIODS.
 */
export function exposureOf(rows: readonly RegimeFundingRow[], question: ExposureQuestion, actors: ReadonlyMap<string, Actor>): ExposureRow {
  const dated = rows.filter((r) => r.funding.validFrom !== null);
  const days = dated.map((r) => r.funding.validFrom!);
  // A partial date spans from its first to its last day ("2024" ends on 2024-12-31, after "2024-10-02").
  const from = question.from ?? (days.length ? days.map(firstDayOf).reduce((a, b) => (a < b ? a : b)) : null);
  const to = question.to ?? (days.length ? days.map(lastDayOf).reduce((a, b) => (a > b ? a : b)) : null);
  const periods: Period[] = from && to ? periodsBetween(from, to, question.step, MAX_PERIODS) : [];
  const byLabel = new Map(periods.map((p) => [p.label, [] as RegimeFundingRow[]]));
  const unplaced: RegimeFundingRow[] = [];
  for (const row of dated) {
    const date = row.funding.validFrom!;
    const label = periodOfDate(date, question.step);
    if (label !== null) byLabel.get(label)?.push(row);
    else if (from && to && date <= to && `${date}~` >= from) unplaced.push(row);
  }
  const classify = (items: readonly RegimeFundingRow[]) => sharesOf(items, question.by, actors);
  return {
    actorId: question.actorId,
    by: question.by,
    step: question.step,
    from,
    to,
    periods: periods.map((p): ExposurePeriodRow => {
      const items = byLabel.get(p.label)!;
      const sums = moneyOf(items);
      return { ...p, receivedUsd: sums.receivedUsd, committedUsd: sums.committedUsd, fundingCount: items.length, shares: classify(items) };
    }),
    unplaced: classify(unplaced),
    undated: classify(rows.filter((r) => r.funding.validFrom === null)),
  };
}

/**
 * The classes of the fundings, each with its fundings and sums. By REGIME and COUNTRY a funding joins the class of
 * each state above its funder (with only that class's controls); with no state above it, the class is null (REGIME)
 * or the funder's own country (COUNTRY). By KIND it joins its funder's kind.
 */
function sharesOf(items: readonly RegimeFundingRow[], by: ExposureByValue, actors: ReadonlyMap<string, Actor>): ExposureShareRow[] {
  const classes = new Map<string | null, RegimeFundingRow[]>();
  const add = (key: string | null, item: RegimeFundingRow) => classes.set(key, [...(classes.get(key) ?? []), item]);
  for (const item of items) {
    const funder = actors.get(item.funding.fromId);
    if (by === "kind") {
      add(funder ? funder.kind : null, item);
      continue;
    }
    const keyOf = (stateId: string, regime: string | null) => (by === "regime" ? regime : (actors.get(stateId)?.country ?? null));
    if (item.controls.length === 0) {
      add(by === "regime" ? null : (funder?.country ?? null), item);
      continue;
    }
    const keys = new Map<string | null, typeof item.controls>();
    for (const control of item.controls) {
      const key = keyOf(control.stateId, control.regime);
      keys.set(key, [...(keys.get(key) ?? []), control]);
    }
    for (const [key, controls] of keys) add(key, { funding: item.funding, controls });
  }
  const order = by === "regime" ? [...vocabulary("regime")] : by === "kind" ? [...actorKinds] : null;
  return [...classes.entries()]
    .sort(([a], [b]) => compareClasses(a, b, order))
    .map(([key, fundings]) => {
      const byAmountKind = totalsByAmountKind(fundings.map((f) => f.funding));
      return {
        class: key === null ? null : by === "country" ? key : key.toUpperCase(),
        ...moneyOf(fundings),
        byAmountKind,
        undisclosedCount: fundings.filter((f) => f.funding.amountUsd === null).length,
        fundings,
      };
    });
}

/** Money paid and money pledged, in dollars, each funding once. */
function moneyOf(items: readonly RegimeFundingRow[]): { receivedUsd: number; committedUsd: number } {
  const seen = new Set<string>();
  let receivedUsd = 0;
  let committedUsd = 0;
  for (const { funding } of items) {
    if (seen.has(funding.id) || funding.amountUsd === null) continue;
    seen.add(funding.id);
    if (funding.amountKind === "paid") receivedUsd += funding.amountUsd;
    if (funding.amountKind === "committed") committedUsd += funding.amountUsd;
  }
  return { receivedUsd, committedUsd };
}

/** In the model's order where there is one (regime classes, actor kinds), else alphabetical; null last. */
function compareClasses(a: string | null, b: string | null, order: readonly string[] | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  if (order) {
    const [i, j] = [order.indexOf(a), order.indexOf(b)];
    if (i !== j) return (i === -1 ? order.length : i) - (j === -1 ? order.length : j);
  }
  return a < b ? -1 : 1;
}

/** The first day of a partial date: "2024" -> "2024-01-01". */
function firstDayOf(date: string): string {
  return date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date;
}

/** The last day of a partial date: "2024" -> "2024-12-31", "2024-02" -> "2024-02-29". */
function lastDayOf(date: string): string {
  if (date.length === 10) return date;
  if (date.length === 4) return `${date}-12-31`;
  const [year, month] = date.split("-").map(Number) as [number, number];
  return new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
}
