import DataLoader from "dataloader";
import type { ActorService } from "../actor/actor.service";
import type { Actor } from "../actor/actor.type";
import type { FundingRoundRow } from "../funding/funding-round.type";
import type { FundingService } from "../funding/funding.service";
import type { Pillar, Plan } from "../plan/plan.type";
import type { PlanService } from "../plan/plan.service";
import type { StatementRow } from "../plan/statement.type";
import type { PolicyService } from "../policy/policy.service";
import type { PillarPolicyRow, PolicyLinkRow, PolicyRow, PolicyTargetRow } from "../policy/policy.type";
import type { RelationRow } from "../relation/relation.type";
import { factKeyString, type FactKey, type SourceService } from "../source/source.service";
import type { Citation, Source } from "../source/source.type";
import type { EventRow } from "../timeline/event.type";
import type { TimelineService } from "../timeline/timeline.service";

export interface LoaderServices {
  actors: ActorService;
  sources: SourceService;
  plans: PlanService;
  timeline: TimelineService;
  funding: FundingService;
  policies: PolicyService;
}

/**
 * The batch loaders of one request. Resolvers of a list's items ask a loader for their piece; the loader
 * gathers every key asked in the same tick and runs one query for all of them. A request therefore costs one
 * Cypher round trip per level of nesting, never one per item. Loaders live for one request only, so nothing is
 * cached across requests and a read after a write sees it.
 */
export class Loaders {
  /** Actors by id; null for an unknown id. */
  readonly actor: DataLoader<string, Actor | null>;
  /** The citations (source and quote) of a fact. */
  readonly citations: DataLoader<FactKey, Citation[], string>;
  /** Each record by its id, null for an unknown id: one query for all asked in a tick. */
  readonly source: DataLoader<string, Source | null>;
  readonly relation: DataLoader<string, RelationRow | null>;
  readonly event: DataLoader<string, EventRow | null>;
  readonly plan: DataLoader<string, Plan | null>;
  readonly pillar: DataLoader<string, Pillar | null>;
  readonly statement: DataLoader<string, StatementRow | null>;
  readonly fundingRound: DataLoader<string, FundingRoundRow | null>;
  readonly policy: DataLoader<string, PolicyRow | null>;
  /** A policy instrument's links other than TARGETS (issuers, changes, pillars). */
  readonly policyLinks: DataLoader<string, PolicyLinkRow[]>;
  /** A TARGETS link by its id; null for an unknown id or a link of another type. */
  readonly policyTarget: DataLoader<string, PolicyTargetRow | null>;
  /** The instruments linked to a pillar. */
  readonly pillarPolicies: DataLoader<string, PillarPolicyRow[]>;
  private readonly byArgs = new Map<string, DataLoader<unknown, unknown>>();

  constructor(services: LoaderServices) {
    this.actor = new DataLoader((ids) => services.actors.findByIds(ids));
    this.citations = new DataLoader((keys) => services.sources.citationsOf(keys), { cacheKeyFn: factKeyString });
    this.source = new DataLoader((ids) => services.sources.sourcesByIds(ids));
    this.relation = new DataLoader((ids) => services.sources.relationsByIds(ids));
    this.event = new DataLoader((ids) => services.timeline.eventsByIds(ids));
    this.plan = new DataLoader((ids) => services.plans.plansByIds(ids));
    this.pillar = new DataLoader((ids) => services.plans.pillarsByIds(ids));
    this.statement = new DataLoader((ids) => services.plans.statementsByIds(ids));
    this.fundingRound = new DataLoader((ids) => services.funding.roundsByIds(ids));
    this.policy = new DataLoader((ids) => services.policies.policiesByIds(ids));
    this.policyLinks = new DataLoader((ids) => services.policies.linksOf(ids));
    this.policyTarget = new DataLoader(async (ids) => {
      const rows = await services.policies.targets({ linkIds: ids });
      return ids.map((id) => rows.find((r) => r.id === id) ?? null);
    });
    this.pillarPolicies = new DataLoader((ids) => services.policies.linksOfPillars(ids));
  }

  /**
   * A loader for a field that takes arguments (`funders(first: 5, asOf: …)` on each actor of a list). The items of
   * one list share their field's arguments, so keying the loader by field name and arguments batches them into
   * one query, while the same field asked twice with different arguments (aliases) gets its own batch.
   */
  forArgs<K, V>(field: string, args: object, batch: (keys: readonly K[]) => Promise<V[]>): DataLoader<K, V> {
    const key = `${field}:${JSON.stringify(args)}`;
    let loader = this.byArgs.get(key) as DataLoader<K, V> | undefined;
    if (!loader) {
      loader = new DataLoader<K, V>(batch);
      this.byArgs.set(key, loader as DataLoader<unknown, unknown>);
    }
    return loader;
  }
}
