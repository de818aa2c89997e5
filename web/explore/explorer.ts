// The explorer's model: which actors were expanded (with what they returned), which paths were asked for,
// and the filters (as-of day, relation types) every question is asked with. The drawing is always the union
// of those answers, so moving the date re-asks them all and the drawing follows: relations that did not hold
// that day leave, with the actors only they brought in.
import { connections, neighborhood, type ActorData, type PathData, type RelationData, type RelationTypeName } from "./api";
import type { Drawing, GraphView } from "./graph-view";

/** Relations read per expansion at most (nearest first): enough for any actor of the seeded graph at depth 1. */
export const MAX_EDGES_PER_EXPANSION = 500;

interface Expansion {
  depth: number;
  actors: ActorData[];
  relations: RelationData[];
  /** How many relations the neighbourhood holds, drawn or not. */
  total: number;
}

export interface PathQuery {
  from: string;
  to: string;
  maxHops: number;
  directed: boolean;
  first: number;
}

export interface Filters {
  asOf: string | null;
  /** null: every type. */
  types: RelationTypeName[] | null;
}

export class Explorer {
  private readonly expansions = new Map<string, Expansion>();
  private pathQuery: PathQuery | null = null;
  private pathResults: PathData[] = [];
  /** Which path to highlight: all of them (null), one (its index), or none (highlight cleared). */
  private focus: number | null | "none" = null;
  private readonly actorIndex = new Map<string, ActorData>();
  private readonly relationIndex = new Map<string, RelationData>();
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

  /** Draws the neighbours of `id` (within `depth` hops), merged into what is drawn. Returns what was read. */
  expand(id: string, depth: number): Promise<{ drawn: number; total: number; nodes: number; ms: number }> {
    return this.enqueue(async () => {
      const started = performance.now();
      this.expansions.set(id, await this.readExpansion(id, depth));
      await this.redraw();
      const expansion = this.expansions.get(id)!;
      return { drawn: expansion.relations.length, total: expansion.total, nodes: expansion.actors.length, ms: performance.now() - started };
    });
  }

  /** Asks for the paths and highlights all of them. */
  findPaths(query: PathQuery): Promise<PathData[]> {
    return this.enqueue(async () => {
      this.pathResults = await this.readPaths(query);
      this.pathQuery = query;
      this.focus = null;
      await this.redraw();
      return this.pathResults;
    });
  }

  /** Highlights one path (its index), all (null), or none; the paths stay drawn. */
  focusPath(focus: number | null | "none"): void {
    this.focus = focus;
    this.applyHighlight();
  }

  /** New filters: every expansion and the path question are asked again with them. Calls close together coalesce. */
  setFilters(filters: Filters): Promise<void> {
    this.filters = filters;
    if (this.refreshQueued) return this.queue.then(() => undefined);
    this.refreshQueued = true;
    return this.enqueue(async () => {
      this.refreshQueued = false;
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
      await this.redraw();
    });
  }

  /** Relations drawn that touch an actor. */
  relationsOf(id: string): RelationData[] {
    return [...this.relationIndex.values()].filter((r) => r.from.id === id || r.to.id === id);
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
      total: pages[0]?.totalCount ?? 0,
    };
  }

  private readPaths(query: PathQuery): Promise<PathData[]> {
    return connections({ ...query, types: this.filters.types, asOf: this.filters.asOf });
  }

  private async redraw(): Promise<void> {
    this.drawn = this.filters;
    this.actorIndex.clear();
    this.relationIndex.clear();
    for (const expansion of this.expansions.values()) {
      for (const actor of expansion.actors) this.actorIndex.set(actor.id, actor);
      for (const relation of expansion.relations) this.relationIndex.set(relation.id, relation);
    }
    for (const path of this.pathResults) {
      for (const actor of path.actors) this.actorIndex.set(actor.id, actor);
      for (const hop of path.hops) this.relationIndex.set(hop.relation.id, hop.relation);
    }
    const drawing: Drawing = { actors: this.actorIndex, relations: this.relationIndex, centres: new Set(this.expansions.keys()) };
    await this.view.sync(drawing);
    this.applyHighlight();
  }

  private applyHighlight(): void {
    const shown = this.focus === "none" ? [] : this.focus === null ? this.pathResults : this.pathResults.slice(this.focus, this.focus + 1);
    const relations = new Set(shown.flatMap((path) => path.hops.map((hop) => hop.relation.id)));
    const actors = new Set(shown.flatMap((path) => path.actors.map((actor) => actor.id)));
    this.view.highlight(relations, actors);
  }
}
