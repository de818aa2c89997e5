import { controlParams } from "../funding/funding.service";
import type { Executor } from "../neo4j/executor";
import { contradictionQueries, contradictionRules } from "./contradiction-rules";
import type { ContradictionRow, FindingRow } from "./contradiction.type";
import { holdsOn, lowerConfidence, overlapOf } from "./time-span";

/** Which findings to read; null keeps all. Rule ids as in the registry; the actor id canonical. */
export interface ContradictionQuery {
  actor?: string | null;
  rules?: readonly string[] | null;
  asOf?: string | null;
}

/**
 * Runs the contradiction rules. Each rule is its own query (schema/contradiction-rules.json names its file), all
 * returning the same row shape; the service keeps the findings whose two sides hold on `asOf`, adds the overlap and
 * the lower confidence, and orders them: by the registry's order of rules, then actor, position, tie, counterpart
 * and basis, a unique key, so offsets page reliably. The rules read the whole graph once per request (a few
 * hundred findings on the curated data), which is why the page is cut here rather than in each query.
 */
export class ContradictionService {
  constructor(private readonly executor: Executor) {}

  async findings(query: ContradictionQuery): Promise<ContradictionRow[]> {
    const rules = contradictionRules.filter((r) => !query.rules?.length || query.rules.includes(r.id));
    const perRule = await Promise.all(
      rules.map(async (rule) => {
        const text = contradictionQueries.get(rule.id);
        if (!text) throw new Error(`Contradiction rule ${rule.id} has no query loaded.`);
        const rows = await this.executor.run<Omit<FindingRow, "ruleId">>("READ", text, {
          ...controlParams({ asOf: query.asOf ?? null, everyOwner: false }),
          ...rule.parameters,
          actor: query.actor ?? null,
        });
        return rows.map((row) => ({ ...row, ruleId: rule.id }));
      }),
    );
    const asOf = query.asOf ?? null;
    return perRule
      .flat()
      .filter((row) => asOf === null || (holdsOn(row.position, asOf) && holdsOn(row.tie, asOf)))
      .map((row) => ({
        ...row,
        id: findingId(row),
        overlap: overlapOf(row.position, row.tie),
        confidence: lowerConfidence(row.position.confidence, row.tie.confidence),
      }))
      .sort((a, b) => ruleRank(a.ruleId) - ruleRank(b.ruleId) || compare(a.id, b.id));
  }
}

/** The finding's key: rule, actor, position, tie, counterpart and basis. */
function findingId(row: FindingRow): string {
  return [row.ruleId, row.actorId, row.position.id, row.tie.id, row.counterpartId ?? "", row.basis].join(":");
}

function ruleRank(id: string): number {
  return contradictionRules.findIndex((r) => r.id === id);
}

/** Code-unit order, the same on every platform (localeCompare is not). */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
