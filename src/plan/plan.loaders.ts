import type { Loaders } from "../graphql/loaders";
import type { Pillar, Plan } from "./plan.type";
import type { PlanService } from "./plan.service";
import type { StatementRow } from "./statement.type";

/**
 * The request's loaders of plans, pillars and statements by id. They live in the request's Loaders (through
 * forArgs, keyed by name), so every resolver that asks for the same plan in one request shares one query.
 */
export function planLoader(loaders: Loaders, plans: PlanService) {
  return loaders.forArgs<string, Plan | null>("Plan.byId", {}, (ids) => plans.plansByIds(ids));
}

export function pillarLoader(loaders: Loaders, plans: PlanService) {
  return loaders.forArgs<string, Pillar | null>("Pillar.byId", {}, (ids) => plans.pillarsByIds(ids));
}

export function statementLoader(loaders: Loaders, plans: PlanService) {
  return loaders.forArgs<string, StatementRow | null>("Statement.byId", {}, (ids) => plans.statementsByIds(ids));
}

/** The statements about plans or pillars with the given stances, the first `limit` of each: one query per level. */
export function statementsAboutLoader(loaders: Loaders, plans: PlanService, stances: readonly string[] | null, limit: number) {
  return loaders.forArgs<string, StatementRow[]>("statementsAbout", { stances, limit }, (ids) =>
    plans.statementsAbout(ids, stances, limit),
  );
}
