import type { Loaders } from "../graphql/loaders";
import type { PlanService } from "./plan.service";
import type { StatementRow } from "./statement.type";

/** The statements about plans or pillars with the given stances, the first `limit` of each: one query per level. */
export function statementsAboutLoader(loaders: Loaders, plans: PlanService, stances: readonly string[] | null, limit: number) {
  return loaders.forArgs<string, StatementRow[]>("statementsAbout", { stances, limit }, (ids) =>
    plans.statementsAbout(ids, stances, limit),
  );
}
