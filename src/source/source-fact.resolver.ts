import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { Actor } from "../actor/actor.type";
import { FundingRound, type FundingRoundRow } from "../funding/funding-round.type";
import type { ApiContext } from "../graphql/context";
import { Pillar, Plan } from "../plan/plan.type";
import { Statement, type StatementRow } from "../plan/statement.type";
import { Policy, PolicyTarget, type PolicyRow, type PolicyTargetRow } from "../policy/policy.type";
import { Relation, type RelationRow } from "../relation/relation.type";
import { Event, type EventRow } from "../timeline/event.type";
import { SourceFact, type SourceFactRow } from "./source.type";

/**
 * The fact behind each of a source's facts, through a loader per kind: the facts of a page cost one query per
 * kind asked, however many there are. Each field is null unless the fact is of its kind.
 */
@Resolver(() => SourceFact)
export class SourceFactResolver {
  @FieldResolver(() => Relation, { nullable: true, description: "The relation, when the fact is a RELATION." })
  relation(@Root() fact: SourceFactRow, @Ctx() { loaders }: ApiContext): Promise<RelationRow | null> | null {
    if (fact.kind !== "relation") return null;
    return loaders.relation.load(fact.id);
  }

  @FieldResolver(() => Statement, { nullable: true, description: "The statement, when the fact is a STATEMENT." })
  statement(@Root() fact: SourceFactRow, @Ctx() { loaders }: ApiContext): Promise<StatementRow | null> | null {
    return fact.kind === "statement" ? loaders.statement.load(fact.id) : null;
  }

  @FieldResolver(() => Event, { nullable: true, description: "The event, when the fact is an EVENT." })
  event(@Root() fact: SourceFactRow, @Ctx() { loaders }: ApiContext): Promise<EventRow | null> | null {
    if (fact.kind !== "event") return null;
    return loaders.event.load(fact.id);
  }

  @FieldResolver(() => Plan, { nullable: true, description: "The plan, when the fact is a PLAN." })
  plan(@Root() fact: SourceFactRow, @Ctx() { loaders }: ApiContext): Promise<Plan | null> | null {
    return fact.kind === "plan" ? loaders.plan.load(fact.id) : null;
  }

  @FieldResolver(() => Pillar, { nullable: true, description: "The pillar, when the fact is a PILLAR." })
  pillar(@Root() fact: SourceFactRow, @Ctx() { loaders }: ApiContext): Promise<Pillar | null> | null {
    return fact.kind === "pillar" ? loaders.pillar.load(fact.id) : null;
  }

  @FieldResolver(() => FundingRound, { nullable: true, description: "The funding round, when the fact is a ROUND." })
  fundingRound(@Root() fact: SourceFactRow, @Ctx() { loaders }: ApiContext): Promise<FundingRoundRow | null> | null {
    return fact.kind === "round" ? loaders.fundingRound.load(fact.id) : null;
  }

  @FieldResolver(() => Policy, { nullable: true, description: "The policy instrument, when the fact is a POLICY." })
  policy(@Root() fact: SourceFactRow, @Ctx() { loaders }: ApiContext): Promise<PolicyRow | null> | null {
    return fact.kind === "policy" ? loaders.policy.load(fact.id) : null;
  }

  @FieldResolver(() => PolicyTarget, {
    nullable: true,
    description: "The target of a policy instrument, when the fact is a POLICY_LINK of type TARGETS (null for its other link types).",
  })
  policyTarget(@Root() fact: SourceFactRow, @Ctx() { loaders }: ApiContext): Promise<PolicyTargetRow | null> | null {
    return fact.kind === "policyLink" ? loaders.policyTarget.load(fact.id) : null;
  }

  @FieldResolver(() => Actor, { nullable: true, description: "The actor the identifier belongs to, when the fact is an IDENTIFIER." })
  identifiedActor(@Root() fact: SourceFactRow, @Ctx() { loaders }: ApiContext): Promise<Actor | null> | null {
    return fact.kind === "identifier" ? loaders.actor.load(fact.id.slice(0, fact.id.indexOf(":"))) : null;
  }

  @FieldResolver(() => Actor, {
    nullable: true,
    description: "The state whose regime class the source supports, when the fact is a REGIME (see its `regime`).",
  })
  state(@Root() fact: SourceFactRow, @Ctx() { loaders }: ApiContext): Promise<Actor | null> | null {
    return fact.kind === "regime" ? loaders.actor.load(fact.id) : null;
  }
}
