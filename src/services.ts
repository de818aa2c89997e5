import { ActorRelationsResolver } from "./actor/actor-relations.resolver";
import { ActorResolver } from "./actor/actor.resolver";
import { ActorService } from "./actor/actor.service";
import { RegimeGroupResolver } from "./funding/funding-by-regime.resolver";
import { FundingLinkResolver } from "./funding/funding-link.resolver";
import { FundingResolver } from "./funding/funding.resolver";
import { FundingService } from "./funding/funding.service";
import { UltimateControllerResolver } from "./funding/ultimate-controller.resolver";
import type { Executor } from "./neo4j/executor";
import { RelationService } from "./relation/relation.service";
import { SourceService } from "./source/source.service";

/** Every service, built once over the one executor. */
export interface Services {
  actors: ActorService;
  relations: RelationService;
  sources: SourceService;
  funding: FundingService;
}

export function createServices(executor: Executor): Services {
  return {
    actors: new ActorService(executor),
    relations: new RelationService(executor),
    sources: new SourceService(executor),
    funding: new FundingService(executor),
  };
}

/** The resolvers that need services; buildApiSchema builds the others itself. */
export function createResolvers(services: Services): object[] {
  return [
    new ActorResolver(services.actors),
    new ActorRelationsResolver(services.relations),
    new FundingResolver(services.funding),
    new FundingLinkResolver(services.funding),
    new UltimateControllerResolver(services.funding),
    new RegimeGroupResolver(services.funding),
  ];
}
