import { exactNameKey, luceneQueryOf } from "../actor/lucene-query";
import type { PageWindow } from "../graphql/pagination";
import { cypher } from "../neo4j/cypher-file";
import type { Executor } from "../neo4j/executor";
import type { PillarPolicyRow, PolicyLinkRow, PolicyRow, PolicyTargetRow } from "./policy.type";

const policiesByIds = cypher("policy/policies-by-ids");
const findPolicies = cypher("policy/policies");
const policyLinks = cypher("policy/policy-links");
const policyTargets = cypher("policy/policy-targets");
const pillarPolicies = cypher("policy/pillar-policies");
const relationsWhileTargeted = cypher("policy/relations-while-targeted");

/** Conditions on instruments; null or undefined keeps all. Ids are canonical actor ids; kinds stored values. */
export interface PolicyConditions {
  issuer?: string | null;
  target?: string | null;
  kinds?: readonly string[] | null;
  pillar?: string | null;
  inForceOn?: string | null;
  text?: string | null;
}

/** Conditions on TARGETS links; null keeps all. */
export interface TargetConditions {
  policyIds?: readonly string[] | null;
  targetIds?: readonly string[] | null;
  linkIds?: readonly string[] | null;
  effects?: readonly string[] | null;
  asOf?: string | null;
}

/** Reads policy instruments and their links. */
export class PolicyService {
  constructor(private readonly executor: Executor) {}

  /** The instruments with these ids, in the order asked; null where none has the id. One query for all. */
  async policiesByIds(ids: readonly string[]): Promise<(PolicyRow | null)[]> {
    const rows = await this.executor.run<{ policy: PolicyRow }>("READ", policiesByIds, { ids: [...new Set(ids)] });
    const byId = new Map(rows.map((r) => [r.policy.id, r.policy]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  /** One window of the ids of the instruments meeting the conditions, and how many meet them. */
  async find(conditions: PolicyConditions, window: PageWindow): Promise<{ total: number; ids: string[] }> {
    const [row] = await this.executor.run<{ total: number; ids: string[] }>("READ", findPolicies, {
      lucene: conditions.text ? luceneQueryOf(conditions.text, "rank") : null,
      key: conditions.text ? exactNameKey(conditions.text) : null,
      kinds: conditions.kinds?.length ? conditions.kinds : null,
      issuer: conditions.issuer ?? null,
      target: conditions.target ?? null,
      pillar: conditions.pillar ?? null,
      inForceOn: conditions.inForceOn ?? null,
      ...window,
    });
    return row ?? { total: 0, ids: [] };
  }

  /** The links other than TARGETS of each instrument, in the order asked. One query for all. */
  async linksOf(ids: readonly string[]): Promise<PolicyLinkRow[][]> {
    const rows = await this.executor.run<{ policyId: string; links: PolicyLinkRow[] }>("READ", policyLinks, { ids: [...new Set(ids)] });
    const byId = new Map(rows.map((r) => [r.policyId, r.links]));
    return ids.map((id) => byId.get(id) ?? []);
  }

  /** TARGETS links meeting the conditions, newest first. */
  async targets(conditions: TargetConditions): Promise<PolicyTargetRow[]> {
    const rows = await this.executor.run<{ target: PolicyTargetRow }>("READ", policyTargets, {
      policyIds: conditions.policyIds ?? null,
      targetIds: conditions.targetIds ?? null,
      linkIds: conditions.linkIds ?? null,
      effects: conditions.effects?.length ? conditions.effects : null,
      asOf: conditions.asOf ?? null,
    });
    return rows.map((r) => r.target);
  }

  /**
   * For each TARGETS link, the ids of its target's relations (of these types, with the other end in these
   * countries; null keeps all) that held at some time while the instrument applied to it. One query for all.
   */
  async relationsWhileTargeted(
    linkIds: readonly string[],
    types: readonly string[] | null,
    countries: readonly string[] | null,
  ): Promise<string[][]> {
    const rows = await this.executor.run<{ linkId: string; relationIds: string[] }>("READ", relationsWhileTargeted, {
      linkIds: [...new Set(linkIds)],
      types: types?.length ? types : null,
      countries: countries?.length ? countries : null,
    });
    const byId = new Map(rows.map((r) => [r.linkId, r.relationIds]));
    return linkIds.map((id) => byId.get(id) ?? []);
  }

  /** The instruments linked to each pillar, in the order asked. One query for all. */
  async linksOfPillars(ids: readonly string[]): Promise<PillarPolicyRow[][]> {
    const rows = await this.executor.run<{ pillarId: string; links: PillarPolicyRow[] }>("READ", pillarPolicies, {
      ids: [...new Set(ids)],
    });
    const byId = new Map(rows.map((r) => [r.pillarId, r.links]));
    return ids.map((id) => byId.get(id) ?? []);
  }
}
