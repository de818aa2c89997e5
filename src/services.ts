import { ActorRelationsResolver } from "./actor/actor-relations.resolver";
import { RankingResolver } from "./analysis/ranking/ranking.resolver";
import { RankingService } from "./analysis/ranking/ranking.service";
import { ActorResolver } from "./actor/actor.resolver";
import { ActorService } from "./actor/actor.service";
import { ExposureResolver } from "./analysis/exposure/exposure.resolver";
import { ContradictionResolver } from "./analysis/contradiction/contradiction.resolver";
import { ContradictionService } from "./analysis/contradiction/contradiction.service";
import { CurationResolver } from "./curation/curation.resolver";
import { CurationService } from "./curation/curation.service";
import { HistoryService } from "./curation/history.service";
import { RegimeGroupResolver } from "./funding/funding-by-regime.resolver";
import { FundingLinkResolver } from "./funding/funding-link.resolver";
import { FundingResolver } from "./funding/funding.resolver";
import { FundingRoundResolver } from "./funding/funding-round.resolver";
import { FundingService } from "./funding/funding.service";
import { UltimateControllerResolver } from "./funding/ultimate-controller.resolver";
import type { Executor } from "./neo4j/executor";
import { SelectionCompiler } from "./query-compiler/selection-compiler";
import { PillarResolver } from "./plan/pillar.resolver";
import { PlanResolver } from "./plan/plan.resolver";
import { PlanService } from "./plan/plan.service";
import { NeighborhoodResolver } from "./neighborhood/neighborhood.resolver";
import { NeighborhoodService } from "./neighborhood/neighborhood.service";
import { PathResolver } from "./path/path.resolver";
import { PathService } from "./path/path.service";
import { ActorPoliciesResolver } from "./policy/policy-ends.resolver";
import { PolicyResolver, PolicyTargetResolver } from "./policy/policy.resolver";
import { PolicyService } from "./policy/policy.service";
import { RelationService } from "./relation/relation.service";
import { SourceResolver } from "./source/source.resolver";
import { SourceService } from "./source/source.service";
import { StatsResolver } from "./stats/stats.resolver";
import { StatsService } from "./stats/stats.service";
import { TimelineResolver } from "./timeline/timeline.resolver";
import { TimelineService } from "./timeline/timeline.service";

/** Every service, built once over the one executor. */
export interface Services {
  actors: ActorService;
  relations: RelationService;
  sources: SourceService;
  funding: FundingService;
  plans: PlanService;
  timeline: TimelineService;
  stats: StatsService;
  paths: PathService;
  neighborhoods: NeighborhoodService;
  curation: CurationService;
  histories: HistoryService;
  policies: PolicyService;
  contradictions: ContradictionService;
  rankings: RankingService;
  /** Null when the query compiler is off: then every field resolves through the loaders. */
  compiler: SelectionCompiler | null;
}

/** `queryCompiler`: whether root fields whose selection compiles run as one statement (config `queryCompiler`; default true). */
export function createServices(executor: Executor, options: { queryCompiler?: boolean } = {}): Services {
  return {
    compiler: options.queryCompiler === false ? null : new SelectionCompiler(executor),
    actors: new ActorService(executor),
    relations: new RelationService(executor),
    sources: new SourceService(executor),
    funding: new FundingService(executor),
    plans: new PlanService(executor),
    timeline: new TimelineService(executor),
    stats: new StatsService(executor),
    paths: new PathService(executor),
    neighborhoods: new NeighborhoodService(executor),
    curation: new CurationService(executor),
    histories: new HistoryService(executor),
    policies: new PolicyService(executor),
    contradictions: new ContradictionService(executor),
    rankings: new RankingService(executor),
  };
}

/** The resolvers that need services; buildApiSchema builds the others itself. */
export function createResolvers(services: Services): object[] {
  return [
    new ActorResolver(services.actors, services.compiler),
    new ActorRelationsResolver(services.relations),
    new FundingResolver(services.funding, services.compiler),
    new FundingRoundResolver(services.funding),
    new FundingLinkResolver(services.funding),
    new UltimateControllerResolver(services.funding),
    new RegimeGroupResolver(services.funding),
    new PlanResolver(services.plans),
    new PillarResolver(services.plans),
    new TimelineResolver(services.timeline),
    new SourceResolver(services.sources),
    new StatsResolver(services.stats),
    new PathResolver(services.paths),
    new NeighborhoodResolver(services.neighborhoods),
    new CurationResolver(services.curation, services.histories),
    new PolicyResolver(services.policies),
    new ExposureResolver(services.funding),
    new ActorPoliciesResolver(services.policies),
    new PolicyTargetResolver(services.policies),
    new ContradictionResolver(services.contradictions),
    new RankingResolver(services.rankings),
  ];
}
