import { vocabulary } from "../model/model";
import { cypher, cypherVariants } from "../neo4j/cypher-file";
import type { Executor } from "../neo4j/executor";
import type { PageWindow } from "../graphql/pagination";
import type { RelationRow } from "../relation/relation.type";
import { COUNTED_BY_DEFAULT, countedUsd, inAmountKindOrder, totalsByAmountKind, type AmountTotalRow } from "./amount-total.type";
import type { RegimeFundingRow, RegimeGroupRow, StateControlRow } from "./funding-by-regime.type";
import type { FundingLinkRow } from "./funding-link.type";
import type { FundingRoundRow } from "./funding-round.type";
import {
  CONTROL_TYPES,
  CONTROLLING_STAKE,
  FUNDING_TYPES,
  GOVERNMENT_BODY_KINDS,
  GOVERNMENT_KINDS,
  MEMBERSHIP_TYPES,
  OWNERSHIP_TYPES,
  STATE_KIND,
} from "./money-relations";
import type { UltimateControllerRow } from "./ultimate-controller.type";

/** The fundings query, anchored on the recipient or the funder when the filter names one (see its header). */
const fundingsQueries = cypherVariants("funding/fundings", { anchor: [null, "recipient", "funder"] });
const fundersOf = cypher("funding/funders-of");
const investeesOf = cypher("funding/investees-of");
const ultimateControllersQuery = cypher("funding/ultimate-controllers");
const fundingByRegimeQuery = cypher("funding/funding-by-regime");
const roundsByIdsQuery = cypher("funding/rounds-by-ids");
const roundsOfRecipientsQuery = cypher("funding/rounds-of-recipients");

/** Which fundings to read; stored values ("equity"), days as YYYY-MM-DD. Empty lists keep all. */
export interface FundingQuery {
  funder?: string | null;
  recipient?: string | null;
  /** Only the investors' parts of this funding round. */
  fundingRound?: string | null;
  minAmountUsd?: number | null;
  from?: string | null;
  to?: string | null;
  instruments?: readonly string[] | null;
  amountKinds?: readonly string[] | null;
  confidences?: readonly string[] | null;
  asOf?: string | null;
  /** Keep retracted fundings too. */
  includeRetracted?: boolean;
  /** An ISO date-time: what the graph held then. */
  knownAt?: string | null;
}

/** One window of fundings and the totals over all that match: the dollar sums per amount kind. */
export interface FundingSlice {
  total: number;
  undisclosed: number;
  byAmountKind: AmountTotalRow[];
  fundings: RelationRow[];
}

/** Chains of money from (`funders`) or to (`investees`) an actor. */
export interface ChainQuery {
  of: string;
  depth: number;
  /** A subset of MONEY_TYPES, checked by the args class. */
  via: readonly string[];
  asOf?: string | null;
}

export interface ChainSlice {
  total: number;
  links: FundingLinkRow[];
}

/** The day control is read on, and whether every owner counts as a controller. */
export interface ControlQuery {
  asOf?: string | null;
  everyOwner: boolean;
}

/** fundingByRegime's question: control as of a day, and which amount kinds its totals count (default: paid). */
export interface RegimeQuery extends ControlQuery {
  countAmountKinds?: readonly string[] | null;
}

/** Reads money and control between actors. Each method is one query. */
export class FundingService {
  constructor(private readonly executor: Executor) {}

  async fundings(query: FundingQuery, window: PageWindow): Promise<FundingSlice> {
    const anchored = fundingsQueries.get({ anchor: query.recipient ? "recipient" : query.funder ? "funder" : null });
    const [row] = await this.executor.run<FundingSlice>("READ", anchored, {
      funder: query.funder ?? null,
      recipient: query.recipient ?? null,
      fundingRound: query.fundingRound ?? null,
      minAmountUsd: query.minAmountUsd ?? null,
      from: query.from ?? null,
      to: query.to ?? null,
      instruments: query.instruments?.length ? query.instruments : null,
      amountKinds: query.amountKinds?.length ? query.amountKinds : null,
      confidences: query.confidences?.length ? query.confidences : null,
      asOf: query.asOf ?? null,
      includeRetracted: query.includeRetracted ?? false,
      knownAt: query.knownAt ?? null,
      ...window,
    });
    if (!row) return { total: 0, undisclosed: 0, byAmountKind: [], fundings: [] };
    return { ...row, byAmountKind: inAmountKindOrder(row.byAmountKind) };
  }

  /** The funding rounds with these ids, in the order asked; null for an unknown id. One query for all. */
  async roundsByIds(ids: readonly string[]): Promise<(FundingRoundRow | null)[]> {
    const rows = await this.executor.run<{ round: FundingRoundRow }>("READ", roundsByIdsQuery, { ids: [...new Set(ids)] });
    const byId = new Map(rows.map((r) => [r.round.id, r.round]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  /** The rounds each actor raised, newest first, in the order of the actors asked. One query for all. */
  async roundsOf(recipients: readonly string[]): Promise<FundingRoundRow[][]> {
    const rows = await this.executor.run<{ id: string; rounds: FundingRoundRow[] }>("READ", roundsOfRecipientsQuery, {
      ids: [...new Set(recipients)],
    });
    const byId = new Map(rows.map((r) => [r.id, r.rounds]));
    return recipients.map((id) => byId.get(id) ?? []);
  }

  /** Who put money into `of` ("funders") or where its money went ("investees"), up to `depth` hops. */
  async chains(way: "funders" | "investees", query: ChainQuery, window: PageWindow): Promise<ChainSlice> {
    const [row] = await this.executor.run<ChainSlice>("READ", way === "funders" ? fundersOf : investeesOf, {
      of: query.of,
      types: [...new Set(query.via)],
      depth: query.depth,
      asOf: query.asOf ?? null,
      ...window,
    });
    return row ?? { total: 0, links: [] };
  }

  async ultimateControllers(of: string, query: ControlQuery): Promise<UltimateControllerRow[]> {
    return this.executor.run<UltimateControllerRow>("READ", ultimateControllersQuery, { of, ...controlParams(query) });
  }

  /**
   * Every funding into `recipient` (valid on query.asOf, if given), newest first, each with the states above its
   * funder and the chains of control from them, read by the rules of ultimateControllers. One query; fundingByRegime
   * and exposure group it.
   */
  fundingsWithControl(recipient: string, query: ControlQuery): Promise<RegimeFundingRow[]> {
    return this.executor.run<RegimeFundingRow>("READ", fundingByRegimeQuery, {
      recipient,
      fundTypes: FUNDING_TYPES,
      ...controlParams(query),
    });
  }

  /**
   * The fundings into `recipient` grouped by the regime class of the states that control their funders: one
   * group per class (in the model's order, most democratic first), then the group of regime null (funders with no
   * state above them, or whose states have no class recorded). A funding controlled by states of two classes is in
   * both groups, and counts once in each.
   */
  async fundingByRegime(recipient: string, query: RegimeQuery): Promise<RegimeGroupRow[]> {
    const rows = await this.fundingsWithControl(recipient, query);
    const groups = new Map<string | null, RegimeGroupRow>();
    const groupOf = (regime: string | null): RegimeGroupRow => {
      let group = groups.get(regime);
      if (!group) {
        group = { regime, totalUsd: 0, byAmountKind: [], undisclosedCount: 0, fundingCount: 0, stateIds: [], fundings: [] };
        groups.set(regime, group);
      }
      return group;
    };
    for (const { funding, controls } of rows) {
      const byRegime = new Map<string | null, StateControlRow[]>();
      for (const control of controls) byRegime.set(control.regime, [...(byRegime.get(control.regime) ?? []), control]);
      if (controls.length === 0) byRegime.set(null, []);
      for (const [regime, regimeControls] of byRegime) addFunding(groupOf(regime), { funding, controls: regimeControls });
    }
    const order = [...vocabulary("regime"), null];
    return [...groups.values()]
      .sort((a, b) => rank(order, a.regime) - rank(order, b.regime))
      .map((group) => {
        const byAmountKind = totalsByAmountKind(group.fundings.map((f) => f.funding));
        return {
          ...group,
          byAmountKind,
          totalUsd: countedUsd(byAmountKind, query.countAmountKinds ?? COUNTED_BY_DEFAULT),
          stateIds: [...group.stateIds].sort(),
        };
      });
  }
}

/** Rows come newest first, so pushing keeps each group in that order. */
function addFunding(group: RegimeGroupRow, item: RegimeFundingRow): void {
  group.fundings.push(item);
  group.fundingCount += 1;
  if (item.funding.amountUsd === null) group.undisclosedCount += 1;
  for (const control of item.controls) if (!group.stateIds.includes(control.stateId)) group.stateIds.push(control.stateId);
}

/** An unknown regime value (not in the model) sorts just before null, so nothing is dropped. */
function rank(order: readonly (string | null)[], regime: string | null): number {
  const i = order.indexOf(regime);
  return i === -1 ? order.length - 1.5 : i;
}

/**
 * The parameters of the control walk (see cypher/funding/ultimate-controllers.cypher), shared by every query that
 * walks control, so that all of them read one notion of control.
 */
export function controlParams(query: ControlQuery): Record<string, unknown> {
  return {
    controlTypes: CONTROL_TYPES,
    ownershipTypes: OWNERSHIP_TYPES,
    memberTypes: MEMBERSHIP_TYPES,
    controllingStake: CONTROLLING_STAKE,
    everyOwner: query.everyOwner,
    governmentKinds: GOVERNMENT_KINDS,
    bodyKinds: GOVERNMENT_BODY_KINDS,
    stateKind: STATE_KIND,
    asOf: query.asOf ?? null,
  };
}
