import type { GraphQLSchema } from "graphql";
import { buildSchema, type ContainerType, type NonEmptyArray } from "type-graphql";
import { join } from "node:path";
import { ActorRelationsResolver } from "../actor/actor-relations.resolver";
import { RankedActorResolver, RankingResolver } from "../analysis/ranking/ranking.resolver";
import { ActorResolver } from "../actor/actor.resolver";
import { ExternalIdentifierResolver } from "../actor/external-identifier.resolver";
import { ExposureResolver } from "../analysis/exposure/exposure.resolver";
import { ContradictionFactResolver, ContradictionResolver } from "../analysis/contradiction/contradiction.resolver";
import { CurationResolver } from "../curation/curation.resolver";
import { RegimeGroupResolver, StateControlResolver } from "../funding/funding-by-regime.resolver";
import { FundingLinkResolver } from "../funding/funding-link.resolver";
import { FundingResolver } from "../funding/funding.resolver";
import { FundingRoundResolver } from "../funding/funding-round.resolver";
import { UltimateControllerResolver } from "../funding/ultimate-controller.resolver";
import { PillarResolver } from "../plan/pillar.resolver";
import { PlanResolver } from "../plan/plan.resolver";
import { StatementResolver } from "../plan/statement.resolver";
import { NeighborhoodNodeResolver, NeighborhoodResolver } from "../neighborhood/neighborhood.resolver";
import { PathResolver } from "../path/path.resolver";
import { ActorPoliciesResolver, PillarPoliciesResolver, PolicyEntryResolver } from "../policy/policy-ends.resolver";
import { PolicyChangeResolver, PolicyPillarLinkResolver, PolicyResolver, PolicyTargetResolver } from "../policy/policy.resolver";
import { projectRoot } from "../project-root";
import { HopResolver } from "../relation/hop.resolver";
import { RelationResolver } from "../relation/relation.resolver";
import { SourceFactResolver } from "../source/source-fact.resolver";
import { SourceResolver } from "../source/source.resolver";
import { StatsResolver } from "../stats/stats.resolver";
import { EventParticipantResolver, EventResolver } from "../timeline/event.resolver";
import { TimelineResolver } from "../timeline/timeline.resolver";

/** Every resolver class of the API. */
export const resolvers: NonEmptyArray<Function> = [
  ActorResolver,
  ActorRelationsResolver,
  ExternalIdentifierResolver,
  RelationResolver,
  HopResolver,
  FundingResolver,
  FundingRoundResolver,
  FundingLinkResolver,
  UltimateControllerResolver,
  RegimeGroupResolver,
  StateControlResolver,
  PlanResolver,
  PillarResolver,
  StatementResolver,
  TimelineResolver,
  EventResolver,
  EventParticipantResolver,
  SourceResolver,
  SourceFactResolver,
  StatsResolver,
  PathResolver,
  NeighborhoodResolver,
  NeighborhoodNodeResolver,
  CurationResolver,
  PolicyResolver,
  PolicyTargetResolver,
  PolicyChangeResolver,
  PolicyPillarLinkResolver,
  ActorPoliciesResolver,
  PillarPoliciesResolver,
  PolicyEntryResolver,
  ExposureResolver,
  ContradictionResolver,
  ContradictionFactResolver,
  RankingResolver,
  RankedActorResolver,
];

export const schemaFile = join(projectRoot, "schema", "schema.graphql");

/**
 * Builds the executable schema. `instances` holds the resolver objects that need services (built by the
 * composition root), so no resolver reaches for a global; resolvers without dependencies are built here.
 * validate: true runs the class-validator rules of every args and input class before a resolver is called.
 */
export function buildApiSchema(instances: readonly object[]): Promise<GraphQLSchema> {
  const container: ContainerType = {
    get(someClass: Function) {
      const given = instances.find((i) => i.constructor === someClass);
      if (given) return given;
      if (someClass.length === 0) return new (someClass as new () => object)();
      throw new Error(`${someClass.name} needs services: give an instance of it to buildApiSchema.`);
    },
  };
  return buildSchema({ resolvers, container, validate: { forbidUnknownValues: false } });
}
