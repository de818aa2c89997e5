import { Args, Ctx, FieldResolver, Resolver, Root, type ResolverInterface } from "type-graphql";
import type { ApiContext } from "../graphql/context";
import { FirstArgs } from "../graphql/pagination";
import { Citation } from "../source/source.type";
import { StatementsArgs } from "./plan.args";
import { statementsAboutLoader } from "./plan.loaders";
import { STANCES_AGAINST, STANCES_FOR, type PlanService } from "./plan.service";
import { Pillar, Plan } from "./plan.type";
import { Statement, type StatementRow } from "./statement.type";

/**
 * A pillar's plan, sources and statements. `for` and `against` of all pillars of a plan are each read by one
 * query (see statementsAboutLoader): asking both costs two round trips, however many pillars there are.
 */
@Resolver(() => Pillar)
export class PillarResolver implements ResolverInterface<Pillar> {
  constructor(private readonly planService: PlanService) {}

  @FieldResolver(() => Plan)
  async plan(@Root() pillar: Pillar, @Ctx() { loaders }: ApiContext): Promise<Plan> {
    const plan = await loaders.plan.load(pillar.planId);
    if (!plan) throw new Error(`Pillar ${pillar.id} names plan ${pillar.planId}, which does not exist.`);
    return plan;
  }

  @FieldResolver(() => [Citation])
  sources(@Root() pillar: Pillar, @Ctx() { loaders }: ApiContext): Promise<Citation[]> {
    return loaders.citations.load({ kind: "pillar", fact: pillar.id });
  }

  @FieldResolver(() => [Statement])
  for(@Root() pillar: Pillar, @Args() { first }: FirstArgs, @Ctx() { loaders }: ApiContext): Promise<StatementRow[]> {
    return statementsAboutLoader(loaders, this.planService, STANCES_FOR, first).load(pillar.id);
  }

  @FieldResolver(() => [Statement])
  against(@Root() pillar: Pillar, @Args() { first }: FirstArgs, @Ctx() { loaders }: ApiContext): Promise<StatementRow[]> {
    return statementsAboutLoader(loaders, this.planService, STANCES_AGAINST, first).load(pillar.id);
  }

  @FieldResolver(() => [Statement])
  statements(@Root() pillar: Pillar, @Args() { stance, first }: StatementsArgs, @Ctx() { loaders }: ApiContext): Promise<StatementRow[]> {
    return statementsAboutLoader(loaders, this.planService, stance ?? null, first).load(pillar.id);
  }
}
