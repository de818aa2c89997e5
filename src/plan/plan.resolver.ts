import { Args, Ctx, FieldResolver, Query, Resolver, Root, type ResolverInterface } from "type-graphql";
import { actorOf } from "../actor/actor-of";
import { Actor } from "../actor/actor.type";
import type { ApiContext } from "../graphql/context";
import { FirstArgs } from "../graphql/pagination";
import { Citation } from "../source/source.type";
import { PlanArgs, PlansArgs, StatementsArgs } from "./plan.args";
import { statementsAboutLoader } from "./plan.loaders";
import { STANCES_AGAINST, STANCES_FOR, type PlanService } from "./plan.service";
import { Pillar, Plan } from "./plan.type";
import { Statement, type StatementRow } from "./statement.type";

/**
 * The plans and their parts. Every field of a list's plans is read by one query for all of them, through the
 * request's loaders, so `plans { pillars { for { actor } } }` costs one round trip per level.
 */
@Resolver(() => Plan)
export class PlanResolver implements ResolverInterface<Plan> {
  constructor(private readonly planService: PlanService) {}

  @Query(() => [Plan], { description: "The policy plans the graph holds, oldest first (undated last), then by id." })
  plans(@Args() { first }: PlansArgs): Promise<Plan[]> {
    return this.planService.plans(first);
  }

  @Query(() => Plan, { nullable: true, description: "One plan by its slug id; null when no plan has it." })
  plan(@Args() { id }: PlanArgs, @Ctx() { loaders }: ApiContext): Promise<Plan | null> {
    return loaders.plan.load(id);
  }

  @FieldResolver(() => Actor)
  async author(@Root() plan: Plan, @Ctx() { loaders }: ApiContext): Promise<Actor> {
    return actorOf(loaders, plan.authorId, `Plan ${plan.id}`);
  }

  @FieldResolver(() => [Citation])
  sources(@Root() plan: Plan, @Ctx() { loaders }: ApiContext): Promise<Citation[]> {
    return loaders.citations.load({ kind: "plan", fact: plan.id });
  }

  @FieldResolver(() => [Pillar])
  pillars(@Root() plan: Plan, @Ctx() { loaders }: ApiContext): Promise<Pillar[]> {
    return loaders.forArgs<string, Pillar[]>("Plan.pillars", {}, (ids) => this.planService.pillarsOf(ids)).load(plan.id);
  }

  @FieldResolver(() => [Statement])
  statements(@Root() plan: Plan, @Args() { stance, first }: StatementsArgs, @Ctx() { loaders }: ApiContext): Promise<StatementRow[]> {
    return statementsAboutLoader(loaders, this.planService, stance ?? null, first).load(plan.id);
  }

  @FieldResolver(() => [Statement])
  for(@Root() plan: Plan, @Args() { first }: FirstArgs, @Ctx() { loaders }: ApiContext): Promise<StatementRow[]> {
    return statementsAboutLoader(loaders, this.planService, STANCES_FOR, first).load(plan.id);
  }

  @FieldResolver(() => [Statement])
  against(@Root() plan: Plan, @Args() { first }: FirstArgs, @Ctx() { loaders }: ApiContext): Promise<StatementRow[]> {
    return statementsAboutLoader(loaders, this.planService, STANCES_AGAINST, first).load(plan.id);
  }
}
