import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { Actor } from "../actor/actor.type";
import { roundLoader } from "../funding/funding-round.loader";
import { FundingRound, type FundingRoundRow } from "../funding/funding-round.type";
import type { FundingService } from "../funding/funding.service";
import type { ApiContext } from "../graphql/context";
import { pillarLoader, planLoader, statementLoader } from "../plan/plan.loaders";
import type { PlanService } from "../plan/plan.service";
import { Pillar, Plan } from "../plan/plan.type";
import { Statement, type StatementRow } from "../plan/statement.type";
import { Relation, type RelationRow } from "../relation/relation.type";
import { Event, type EventRow } from "../timeline/event.type";
import type { TimelineService } from "../timeline/timeline.service";
import type { SourceService } from "./source.service";
import { SourceFact, type SourceFactRow } from "./source.type";

/**
 * The fact behind each of a source's facts, through a loader per kind: the facts of a page cost one query per
 * kind asked, however many there are. Each field is null unless the fact is of its kind.
 */
@Resolver(() => SourceFact)
export class SourceFactResolver {
  constructor(
    private readonly sourceService: SourceService,
    private readonly planService: PlanService,
    private readonly timelineService: TimelineService,
    private readonly fundingService: FundingService,
  ) {}

  @FieldResolver(() => Relation, { nullable: true, description: "The relation, when the fact is a RELATION." })
  relation(@Root() fact: SourceFactRow, @Ctx() { loaders }: ApiContext): Promise<RelationRow | null> | null {
    if (fact.kind !== "relation") return null;
    return loaders.forArgs<string, RelationRow | null>("Relation.byId", {}, (ids) => this.sourceService.relationsByIds(ids)).load(fact.id);
  }

  @FieldResolver(() => Statement, { nullable: true, description: "The statement, when the fact is a STATEMENT." })
  statement(@Root() fact: SourceFactRow, @Ctx() { loaders }: ApiContext): Promise<StatementRow | null> | null {
    return fact.kind === "statement" ? statementLoader(loaders, this.planService).load(fact.id) : null;
  }

  @FieldResolver(() => Event, { nullable: true, description: "The event, when the fact is an EVENT." })
  event(@Root() fact: SourceFactRow, @Ctx() { loaders }: ApiContext): Promise<EventRow | null> | null {
    if (fact.kind !== "event") return null;
    return loaders.forArgs<string, EventRow | null>("Event.byId", {}, (ids) => this.timelineService.eventsByIds(ids)).load(fact.id);
  }

  @FieldResolver(() => Plan, { nullable: true, description: "The plan, when the fact is a PLAN." })
  plan(@Root() fact: SourceFactRow, @Ctx() { loaders }: ApiContext): Promise<Plan | null> | null {
    return fact.kind === "plan" ? planLoader(loaders, this.planService).load(fact.id) : null;
  }

  @FieldResolver(() => Pillar, { nullable: true, description: "The pillar, when the fact is a PILLAR." })
  pillar(@Root() fact: SourceFactRow, @Ctx() { loaders }: ApiContext): Promise<Pillar | null> | null {
    return fact.kind === "pillar" ? pillarLoader(loaders, this.planService).load(fact.id) : null;
  }

  @FieldResolver(() => FundingRound, { nullable: true, description: "The funding round, when the fact is a ROUND." })
  fundingRound(@Root() fact: SourceFactRow, @Ctx() { loaders }: ApiContext): Promise<FundingRoundRow | null> | null {
    return fact.kind === "round" ? roundLoader(loaders, this.fundingService).load(fact.id) : null;
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
