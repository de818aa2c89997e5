// The explorer's model: which actors were expanded (with what they returned), which paths were asked for,
// and the filters (as-of day, relation types) every question is asked with. The drawing is always the union
// of those answers, so moving the date re-asks them all and the drawing follows: relations that did not hold
// that day leave, with the actors only they brought in.
//
// Policy instruments are drawn in one of two ways (Filters.instruments). "around": beside the relations, every
// instrument whose targets on the day include a drawn actor, linked to those actors only. "rules": instead of
// its relations, each expanded actor is drawn with the rules in force on the day that target it
// (Actor.policies(asOf)) and their other targets that day; an instrument revoked before the day is not drawn.
//
// The facts of a finding (a contradiction's two sides and what joins them) are drawn whatever brought the rest,
// and highlighted in place of the paths, until another finding, a path question or a clear replaces them.
import {
  allPolicies,
  connections,
  neighborhood,
  rulesInForce,
  type ActorData,
  type PathData,
  type PolicySummary,
  type PolicyTargetData,
  type PolicyWithTargets,
  type RelationData,
  type RelationTypeName,
} from "./api";
import { instrumentNodeId, targetEdgeId, type Drawing, type GraphView } from "./graph-view";

/** Relations read per expansion at most (nearest first): enough for any actor of the seeded graph at depth 1. */
export const MAX_EDGES_PER_EXPANSION = 500;

interface Expansion {
  depth: number;
  actors: ActorData[];
  relations: RelationData[];
  /** In the rules view: the instruments in force that target the actor, and all their targets that day. */
  instruments: PolicySummary[];
  targets: PolicyTargetData[];
  /** How many relations the neighbourhood holds, drawn or not (in the rules view: how many instruments). */
  total: number;
}

export interface PathQuery {
  from: string;
  to: string;
  maxHops: number;
  directed: boolean;
  first: number;
}

/** What a finding brings into the drawing: its actors, relations and policy instruments with their TARGETS links. */
export interface FactDrawing {
  actors: ActorData[];
  relations: RelationData[];
  instruments: PolicySummary[];
  targets: PolicyTargetData[];
}

/** Which policy instruments are drawn: none (null), those around the drawn actors, or the rules view. */
export type InstrumentMode = "around" | "rules" | null;

export interface Filters {
  asOf: string | null;
  /** null: every type. */
  types: RelationTypeName[] | null;
  instruments: InstrumentMode;
}

export class Explorer {
  private readonly expansions = new Map<string, Expansion>();
  private pathQuery: PathQuery | null = null;
  private pathResults: PathData[] = [];
  /** Which path to highlight: all of them (null), one (its index), or none (highlight cleared). */
  private focus: number | null | "none" = null;
  /** The facts of the finding shown, drawn and highlighted; null: none. */
  private facts: FactDrawing | null = null;
  private readonly actorIndex = new Map<string, ActorData>();
  private readonly relationIndex = new Map<string, RelationData>();
  private readonly instrumentIndex = new Map<string, PolicySummary>();
  /** The TARGETS links drawn: those whose target is drawn. */
  private readonly targetIndex = new Map<string, PolicyTargetData>();
  /** Every instrument with its targets on one day, read once per day for the "around" drawing. */
  private catalogue: { asOf: string | null; policies: PolicyWithTargets<{ id: string }>[] } | null = null;
  /** Every question runs after the one before it, so answers never land out of order. */
  private queue: Promise<unknown> = Promise.resolve();
  private pending = 0;
  private refreshQueued = false;
  private drawn: Filters;

  constructor(
    private readonly view: GraphView,
    private filters: Filters,
    /** Told when a question starts (true) and when the queue is empty again (false). */
    private readonly onBusy: (busy: boolean) => void,
  ) {
    this.drawn = filters;
  }

  get actors(): ReadonlyMap<string, ActorData> {
    return this.actorIndex;
  }

  get relations(): ReadonlyMap<string, RelationData> {
    return this.relationIndex;
  }

  get instruments(): ReadonlyMap<string, PolicySummary> {
    return this.instrumentIndex;
  }

  get instrumentTargets(): ReadonlyMap<string, PolicyTargetData> {
    return this.targetIndex;
  }

  /** The filters the drawing was last made with (the controls may already hold newer ones, queued). */
  get drawnFilters(): Filters {
    return this.drawn;
  }

  get paths(): readonly PathData[] {
    return this.pathResults;
  }

  get currentPathQuery(): PathQuery | null {
    return this.pathQuery;
  }

  /**
   * Draws the neighbours of `id` (within `depth` hops), or in the rules view the rules that target it, merged
   * into what is drawn. Returns what was read: relations (in the rules view, instruments) drawn and in all.
   */
  expand(id: string, depth: number): Promise<{ drawn: number; total: number; nodes: number; ms: number }> {
    return this.enqueue(async () => {
      const started = performance.now();
      this.expansions.set(id, await this.readExpansion(id, depth));
      await this.redraw();
      const expansion = this.expansions.get(id)!;
      const drawn = this.filters.instruments === "rules" ? expansion.instruments.length : expansion.relations.length;
      return { drawn, total: expansion.total, nodes: expansion.actors.length, ms: performance.now() - started };
    });
  }

  /** Asks for the paths and highlights all of them. */
  findPaths(query: PathQuery): Promise<PathData[]> {
    return this.enqueue(async () => {
      this.pathResults = await this.readPaths(query);
      this.pathQuery = query;
      this.focus = null;
      this.facts = null;
      await this.redraw();
      return this.pathResults;
    });
  }

  /** Highlights one path (its index), all (null), or none; the paths stay drawn. */
  focusPath(focus: number | null | "none"): void {
    this.focus = focus;
    if (this.facts) {
      this.facts = null;
      void this.enqueue(() => this.redraw());
    } else this.applyHighlight();
  }

  /** Draws a finding's facts, adding those not drawn, and highlights them; null takes them away again. */
  showFacts(facts: FactDrawing | null): Promise<void> {
    return this.enqueue(async () => {
      this.facts = facts;
      await this.redraw();
    });
  }

  /** Whether a finding's facts are shown (highlighted in place of the paths). */
  get showingFacts(): boolean {
    return this.facts !== null;
  }

  /** New filters (day, types, instruments): every expansion and the path question are asked again. Calls close together coalesce. */
  setFilters(filters: Filters): Promise<void> {
    this.filters = filters;
    if (this.refreshQueued) return this.queue.then(() => undefined);
    this.refreshQueued = true;
    return this.enqueue(async () => {
      this.refreshQueued = false;
      this.catalogue = null; // a redraw with new filters re-asks every question, the instruments' too.
      const { filters: asked } = this;
      const entries = [...this.expansions];
      const answers = await Promise.all(entries.map(([id, { depth }]) => this.readExpansion(id, depth)));
      const paths = this.pathQuery ? await this.readPaths(this.pathQuery) : [];
      if (asked !== this.filters) return; // a newer change is queued behind us; it will draw.
      for (const [index, [id]] of entries.entries()) this.expansions.set(id, answers[index]!);
      this.pathResults = paths;
      if (typeof this.focus === "number" && this.focus >= paths.length) this.focus = null;
      await this.redraw();
    });
  }

  clear(): Promise<void> {
    return this.enqueue(async () => {
      this.expansions.clear();
      this.pathQuery = null;
      this.pathResults = [];
      this.facts = null;
      await this.redraw();
    });
  }

  /** Relations drawn that touch an actor. */
  relationsOf(id: string): RelationData[] {
    return [...this.relationIndex.values()].filter((r) => r.from.id === id || r.to.id === id);
  }

  /** The TARGETS links drawn that point at an actor. */
  targetsOf(id: string): PolicyTargetData[] {
    return [...this.targetIndex.values()].filter((t) => t.target.id === id);
  }

  private enqueue<T>(task: () => Promise<T>): Promise<T> {
    this.pending += 1;
    if (this.pending === 1) this.onBusy(true);
    const run = this.queue.then(task);
    this.queue = run
      .catch(() => undefined)
      .then(() => {
        this.pending -= 1;
        if (this.pending === 0) this.onBusy(false);
      });
    return run;
  }

  private async readExpansion(id: string, depth: number): Promise<Expansion> {
    if (this.filters.instruments === "rules") return this.readRules(id, depth);
    const pages = await neighborhood({ id, depth, types: this.filters.types, asOf: this.filters.asOf }, MAX_EDGES_PER_EXPANSION);
    const actors = new Map<string, ActorData>();
    for (const page of pages) {
      actors.set(page.center.id, page.center);
      for (const node of page.nodes) actors.set(node.actor.id, node.actor);
    }
    return {
      depth,
      actors: [...actors.values()],
      relations: pages.flatMap((page) => page.edges.map((edge) => edge.node)),
      instruments: [],
      targets: [],
      total: pages[0]?.totalCount ?? 0,
    };
  }

  /** The rules view of one actor: the instruments that target it on the day, with their targets that day. */
  private async readRules(id: string, depth: number): Promise<Expansion> {
    const { actor, policies } = await rulesInForce(id, this.filters.asOf);
    const actors = new Map<string, ActorData>([[actor.id, actor]]);
    const targets: PolicyTargetData[] = [];
    for (const policy of policies)
      for (const link of policy.targets) {
        actors.set(link.target.id, link.target);
        targets.push({ ...link, target: { id: link.target.id } });
      }
    return {
      depth,
      actors: [...actors.values()],
      relations: [],
      instruments: policies.map(({ targets: _, ...summary }) => summary),
      targets,
      total: policies.length,
    };
  }

  /** Every instrument with its targets on `asOf`, read once per day. */
  private async policiesOn(asOf: string | null): Promise<PolicyWithTargets<{ id: string }>[]> {
    if (this.catalogue?.asOf !== asOf) this.catalogue = { asOf, policies: await allPolicies(asOf) };
    return this.catalogue.policies;
  }

  private readPaths(query: PathQuery): Promise<PathData[]> {
    return connections({ ...query, types: this.filters.types, asOf: this.filters.asOf });
  }

  private async redraw(): Promise<void> {
    const filters = this.filters;
    this.drawn = filters;
    this.actorIndex.clear();
    this.relationIndex.clear();
    this.instrumentIndex.clear();
    this.targetIndex.clear();
    for (const expansion of this.expansions.values()) {
      for (const actor of expansion.actors) this.actorIndex.set(actor.id, actor);
      for (const relation of expansion.relations) this.relationIndex.set(relation.id, relation);
      for (const instrument of expansion.instruments) this.instrumentIndex.set(instrument.id, instrument);
      for (const target of expansion.targets) this.targetIndex.set(target.id, target);
    }
    for (const path of this.pathResults) {
      for (const actor of path.actors) this.actorIndex.set(actor.id, actor);
      for (const hop of path.hops) this.relationIndex.set(hop.relation.id, hop.relation);
    }
    if (this.facts) {
      for (const actor of this.facts.actors) this.actorIndex.set(actor.id, actor);
      for (const relation of this.facts.relations) this.relationIndex.set(relation.id, relation);
      for (const instrument of this.facts.instruments) this.instrumentIndex.set(instrument.id, instrument);
      for (const target of this.facts.targets) this.targetIndex.set(target.id, target);
    }
    if (filters.instruments === "around" && this.actorIndex.size > 0) {
      for (const { targets, ...instrument } of await this.policiesOn(filters.asOf)) {
        const drawnTargets = targets.filter((link) => this.actorIndex.has(link.target.id));
        if (drawnTargets.length === 0) continue;
        this.instrumentIndex.set(instrument.id, instrument);
        for (const link of drawnTargets) this.targetIndex.set(link.id, link);
      }
    }
    const drawing: Drawing = {
      actors: this.actorIndex,
      relations: this.relationIndex,
      centres: new Set(this.expansions.keys()),
      instruments: this.instrumentIndex,
      targets: this.targetIndex,
    };
    await this.view.sync(drawing);
    this.applyHighlight();
  }

  private applyHighlight(): void {
    if (this.facts) {
      const { actors, relations, instruments, targets } = this.facts;
      this.view.highlight(
        new Set([...relations.map((r) => r.id), ...targets.map((t) => targetEdgeId(t.id))]),
        new Set([...actors.map((a) => a.id), ...instruments.map((i) => instrumentNodeId(i.id))]),
      );
      return;
    }
    const shown = this.focus === "none" ? [] : this.focus === null ? this.pathResults : this.pathResults.slice(this.focus, this.focus + 1);
    const relations = new Set(shown.flatMap((path) => path.hops.map((hop) => hop.relation.id)));
    const actors = new Set(shown.flatMap((path) => path.actors.map((actor) => actor.id)));
    this.view.highlight(relations, actors);
  }
}
