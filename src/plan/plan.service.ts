import { cypher } from "../neo4j/cypher-file";
import type { Executor } from "../neo4j/executor";
import { Pillar, Plan, type PillarRow, type PlanRow } from "./plan.type";
import type { StatementRow } from "./statement.type";

const plansQuery = cypher("plan/plans");
const plansByIds = cypher("plan/plans-by-ids");
const pillarsByIds = cypher("plan/pillars-by-ids");
const pillarsOfPlans = cypher("plan/pillars-of-plans");
const statementsAbout = cypher("plan/statements-about");
const statementsByIds = cypher("plan/statements-by-ids");

/** The stored stances that count as backing (`for`) and as opposition (`against`). "claims" is neither. */
export const STANCES_FOR = ["proposes", "endorses"] as const;
export const STANCES_AGAINST = ["opposes", "criticizes"] as const;

/**
 * Reads plans, their pillars and the statements about them. Plans and pillars come back as class instances,
 * so the StatementSubject union can tell them apart.
 */
export class PlanService {
  constructor(private readonly executor: Executor) {}

  /** The first `limit` plans, oldest first. */
  async plans(limit: number): Promise<Plan[]> {
    const rows = await this.executor.run<{ plan: PlanRow }>("READ", plansQuery, { limit });
    return rows.map((r) => Object.assign(new Plan(), r.plan));
  }

  /** The plans with these ids, in the order asked; null where no plan has the id. One query for all. */
  async plansByIds(ids: readonly string[]): Promise<(Plan | null)[]> {
    const rows = await this.executor.run<{ plan: PlanRow }>("READ", plansByIds, { ids: [...new Set(ids)] });
    const byId = new Map(rows.map((r) => [r.plan.id, Object.assign(new Plan(), r.plan)]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  /** The pillars with these ids, in the order asked; null where no pillar has the id. */
  async pillarsByIds(ids: readonly string[]): Promise<(Pillar | null)[]> {
    const rows = await this.executor.run<{ pillar: PillarRow }>("READ", pillarsByIds, { ids: [...new Set(ids)] });
    const byId = new Map(rows.map((r) => [r.pillar.id, Object.assign(new Pillar(), r.pillar)]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  /** Each plan's pillars in order, for the plans in the order asked. */
  async pillarsOf(planIds: readonly string[]): Promise<Pillar[][]> {
    const rows = await this.executor.run<{ id: string; pillars: PillarRow[] }>("READ", pillarsOfPlans, { ids: [...new Set(planIds)] });
    const byId = new Map(rows.map((r) => [r.id, r.pillars.map((p) => Object.assign(new Pillar(), p))]));
    return planIds.map((id) => byId.get(id) ?? []);
  }

  /**
   * The first `limit` statements about each plan or pillar (ids of either), with one of `stances` (stored
   * values; null keeps all), in the order asked.
   */
  async statementsAbout(subjectIds: readonly string[], stances: readonly string[] | null, limit: number): Promise<StatementRow[][]> {
    const rows = await this.executor.run<{ id: string; statements: StatementRow[] }>("READ", statementsAbout, {
      ids: [...new Set(subjectIds)],
      stances: stances?.length ? stances : null,
      limit,
    });
    const byId = new Map(rows.map((r) => [r.id, r.statements]));
    return subjectIds.map((id) => byId.get(id) ?? []);
  }

  /** The statements with these ids, in the order asked; null where no statement has the id. */
  async statementsByIds(ids: readonly string[]): Promise<(StatementRow | null)[]> {
    const rows = await this.executor.run<{ statement: StatementRow }>("READ", statementsByIds, { ids: [...new Set(ids)] });
    const byId = new Map(rows.map((r) => [r.statement.id, r.statement]));
    return ids.map((id) => byId.get(id) ?? null);
  }
}
