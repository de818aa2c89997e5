import { ActorRelationsResolver } from "./actor/actor-relations.resolver";
import { ActorService } from "./actor/actor.service";
import { NeighborhoodResolver } from "./neighborhood/neighborhood.resolver";
import { NeighborhoodService } from "./neighborhood/neighborhood.service";
import type { Executor } from "./neo4j/executor";
import { PathResolver } from "./path/path.resolver";
import { PathService } from "./path/path.service";
import { RelationService } from "./relation/relation.service";
import { SourceService } from "./source/source.service";

/** Every service, built once over the one executor. */
export interface Services {
  actors: ActorService;
  relations: RelationService;
  sources: SourceService;
  paths: PathService;
  neighborhoods: NeighborhoodService;
}

export function createServices(executor: Executor): Services {
  return {
    actors: new ActorService(executor),
    relations: new RelationService(executor),
    sources: new SourceService(executor),
    paths: new PathService(executor),
    neighborhoods: new NeighborhoodService(executor),
  };
}

/** The resolvers that need services; buildApiSchema builds the others itself. */
export function createResolvers(services: Services): object[] {
  return [
    new ActorRelationsResolver(services.relations),
    new PathResolver(services.paths),
    new NeighborhoodResolver(services.neighborhoods),
  ];
}
