import { Field, Float, Int, ObjectType } from "type-graphql";
import { vocabulary } from "../model/model";
import { AmountKind } from "../model/model-enums";

/** The amount kinds totals count when the caller names none: money that moved, not pledges or ceilings. */
export const COUNTED_BY_DEFAULT: readonly string[] = ["paid"];

/** The money of a set of fundings of one amount kind; amountKind null holds the fundings with no amount at all. */
export interface AmountTotalRow {
  amountKind: string | null;
  totalUsd: number;
  fundingCount: number;
  undisclosedCount: number;
}

@ObjectType({
  description: "The fundings of one amount kind in a set, and their dollar sum: what was paid, what was pledged, what is a ceiling.",
})
export class AmountTotal implements AmountTotalRow {
  @Field(() => AmountKind, { nullable: true, description: "The kind of amount; null for the fundings whose sources give no amount." })
  amountKind!: string | null;

  @Field(() => Float, { description: "The sum of their `amountUsd`. Those without a dollar figure add nothing: see `undisclosedCount`." })
  totalUsd!: number;

  @Field(() => Int, { description: "How many fundings of this kind." })
  fundingCount!: number;

  @Field(() => Int, { description: "How many of them have no dollar figure." })
  undisclosedCount!: number;
}

/** The dollar sum of the kinds counted, from per-kind totals: a pledge or a ceiling is never summed as paid. */
export function countedUsd(byAmountKind: readonly AmountTotalRow[], counted: readonly string[]): number {
  return byAmountKind.filter((t) => t.amountKind !== null && counted.includes(t.amountKind)).reduce((sum, t) => sum + t.totalUsd, 0);
}

/** Per-kind totals of a list of fundings, in the model's order of kinds, the kind-less last. */
export function totalsByAmountKind(fundings: readonly { amountKind?: string | null; amountUsd: number | null }[]): AmountTotalRow[] {
  const byKind = new Map<string | null, AmountTotalRow>();
  for (const f of fundings) {
    const kind = f.amountKind ?? null;
    const total = byKind.get(kind) ?? { amountKind: kind, totalUsd: 0, fundingCount: 0, undisclosedCount: 0 };
    total.fundingCount += 1;
    if (f.amountUsd === null) total.undisclosedCount += 1;
    else total.totalUsd += f.amountUsd;
    byKind.set(kind, total);
  }
  return inAmountKindOrder([...byKind.values()]);
}

/** Per-kind totals in the model's order of amount kinds (paid first), the kind-less last. */
export function inAmountKindOrder(totals: readonly AmountTotalRow[]): AmountTotalRow[] {
  const order = [...vocabulary("amountKind"), null];
  return [...totals].sort((a, b) => order.indexOf(a.amountKind) - order.indexOf(b.amountKind));
}
