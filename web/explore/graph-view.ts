// The drawing: one cytoscape instance kept in step with the explorer's model. `sync` adds what is new,
// removes what went (a date moved, a filter changed), updates labels, and lays out only when actors were
// added, starting new actors beside a neighbour already drawn so the picture moves rather than jumps.
// Policy instruments are nodes of their own shape (class "instrument", id "instrument:<policy id>"), linked to
// the drawn actors they target (class "instrument-link", labelled with the effect) and from their drawn issuers.
import cytoscape, { type Core, type ElementDefinition, type NodeSingular } from "cytoscape";
import fcose from "cytoscape-fcose";
import type { ActorData, PolicySummary, PolicyTargetData, RelationData } from "./api";
import { edgeLabel, effectText } from "./labels";
import { edgeColour, effectStyle, INSTRUMENT, nodeColour } from "./palette";

cytoscape.use(fcose);

const HIGHLIGHT = "#e67e22";
/** A selected actor shows its relations' labels at any zoom when it has at most this many drawn. */
const FOCUS_LABELS_MAX = 30;
/** Relation labels show from this zoom on, or at any zoom while at most FEW_EDGES relations are drawn. */
const LABEL_ZOOM = 1.5;
const FEW_EDGES = 40;

export interface GraphHandlers {
  onNodeTap(id: string): void;
  onNodeExpand(id: string): void;
  onEdgeTap(id: string): void;
  /** An instrument or one of its links was tapped: the instrument's id, and the TARGETS link's when it was one. */
  onInstrumentTap(policyId: string, targetId: string | null): void;
  onBackgroundTap(): void;
}

/** The drawing's id of an instrument's node, apart from actor ids. */
export function instrumentNodeId(policyId: string): string {
  return `instrument:${policyId}`;
}

/** The drawing's id of a TARGETS link's edge, apart from relation ids. */
export function targetEdgeId(linkId: string): string {
  return `instrument-target:${linkId}`;
}

/** What the drawing should show: every actor and relation, which actors were expanded, and the instruments. */
export interface Drawing {
  actors: ReadonlyMap<string, ActorData>;
  relations: ReadonlyMap<string, RelationData>;
  centres: ReadonlySet<string>;
  instruments: ReadonlyMap<string, PolicySummary>;
  /** TARGETS links, each to a drawn actor. */
  targets: ReadonlyMap<string, PolicyTargetData>;
}

export class GraphView {
  readonly cy: Core;
  private labelsShown: boolean | undefined;

  constructor(container: HTMLElement, handlers: GraphHandlers) {
    this.cy = cytoscape({
      container,
      style: STYLE,
      minZoom: 0.1,
      maxZoom: 4,
      boxSelectionEnabled: false,
    });
    this.cy.on("tap", "node", (event) => {
      const node = event.target as NodeSingular;
      if (node.hasClass("instrument")) handlers.onInstrumentTap(node.data("policyId"), null);
      else handlers.onNodeTap(node.id());
    });
    this.cy.on("dbltap", "node", (event) => {
      if (!event.target.hasClass("instrument")) handlers.onNodeExpand(event.target.id());
    });
    this.cy.on("tap", "edge", (event) => {
      const edge = event.target as cytoscape.EdgeSingular;
      if (edge.hasClass("instrument-link")) handlers.onInstrumentTap(edge.data("policyId"), edge.data("targetId") ?? null);
      else handlers.onEdgeTap(edge.id());
    });
    this.cy.on("zoom", () => this.updateLabels());
    this.cy.on("tap", (event) => {
      if (event.target === this.cy) handlers.onBackgroundTap();
    });
  }

  /** Makes the drawing show `drawing`; resolves once any layout has finished. */
  async sync(drawing: Drawing): Promise<void> {
    const { cy } = this;
    const drawnBefore = cy.nodes().length;
    const added: string[] = [];
    const instrumentNodes = [...drawing.instruments.values()].map(instrumentData);
    const instrumentEdges = [
      ...[...drawing.targets.values()].map(targetData),
      ...[...drawing.instruments.values()].flatMap((instrument) =>
        instrument.issuers.filter((issuer) => drawing.actors.has(issuer.id)).map((issuer) => issuerData(issuer.id, instrument)),
      ),
    ];
    const wantedNodes = new Set([...drawing.actors.keys(), ...instrumentNodes.map((data) => data.id)]);
    const wantedEdges = new Set([...drawing.relations.keys(), ...instrumentEdges.map((data) => data.id)]);
    cy.batch(() => {
      cy.edges()
        .filter((edge) => !wantedEdges.has(edge.id()))
        .remove();
      cy.nodes()
        .filter((node) => !wantedNodes.has(node.id()))
        .remove();
      for (const actor of drawing.actors.values()) {
        const data = nodeData(actor, drawing.centres.has(actor.id));
        const node = cy.getElementById(actor.id);
        if (node.nonempty()) node.data(data);
        else {
          cy.add({ group: "nodes", data });
          added.push(actor.id);
        }
      }
      for (const data of instrumentNodes) {
        const node = cy.getElementById(data.id);
        if (node.nonempty()) node.data(data);
        else {
          cy.add({ group: "nodes", data, classes: "instrument" });
          added.push(data.id);
        }
      }
      for (const relation of drawing.relations.values()) {
        const edge = cy.getElementById(relation.id);
        if (edge.nonempty()) edge.data(edgeData(relation));
        else cy.add({ group: "edges", data: edgeData(relation) } satisfies ElementDefinition);
      }
      for (const data of instrumentEdges) {
        const edge = cy.getElementById(data.id);
        if (edge.nonempty()) edge.data(data);
        else cy.add({ group: "edges", data, classes: data.issued ? "instrument-link issued" : "instrument-link" });
      }
      for (const id of drawing.centres) cy.getElementById(id).addClass("centre");
      cy.nodes()
        .filter((node) => !drawing.centres.has(node.id()))
        .removeClass("centre");
    });
    if (added.length > 0) {
      if (drawnBefore > 0) this.placeBesideNeighbours(added);
      await this.layout(drawnBefore === 0);
    }
    this.updateLabels(true);
  }

  /**
   * Relation labels show when they can be read apart: zoomed in to LABEL_ZOOM or more, or with few relations
   * drawn. (cytoscape's min-zoomed-font-size rounds the zoom to a power of two, too coarse for this.)
   */
  private updateLabels(force = false): void {
    const shown = this.cy.zoom() >= LABEL_ZOOM || this.cy.edges().length <= FEW_EDGES;
    if (shown === this.labelsShown && !force) return;
    this.labelsShown = shown;
    this.cy.edges().toggleClass("quiet", !shown);
  }

  /** Starts each new actor next to an actor already placed that it is related to, or at the view's centre. */
  private placeBesideNeighbours(ids: string[]): void {
    const fresh = new Set(ids);
    const extent = this.cy.extent();
    const middle = { x: (extent.x1 + extent.x2) / 2, y: (extent.y1 + extent.y2) / 2 };
    for (const id of ids) {
      const node = this.cy.getElementById(id) as NodeSingular;
      const anchor = node
        .neighborhood("node")
        .filter((other) => !fresh.has(other.id()))
        .first();
      const base = anchor.nonempty() ? (anchor as NodeSingular).position() : middle;
      const angle = Math.random() * 2 * Math.PI;
      node.position({ x: base.x + 60 * Math.cos(angle), y: base.y + 60 * Math.sin(angle) });
    }
  }

  private layout(randomize: boolean): Promise<void> {
    const layout = this.cy.layout({
      name: "fcose",
      randomize,
      animate: false,
      fit: true,
      padding: 30,
      nodeRepulsion: () => 20000,
      idealEdgeLength: () => 130,
      nodeSeparation: 80,
    } as cytoscape.LayoutOptions);
    const done = layout.promiseOn("layoutstop").then(() => undefined);
    layout.run();
    return done;
  }

  /** Draws these relations and actors as the highlighted paths, dimming the rest; empty sets clear it. */
  highlight(relationIds: ReadonlySet<string>, actorIds: ReadonlySet<string>): void {
    const { cy } = this;
    cy.batch(() => {
      cy.elements().removeClass("on-path dimmed");
      if (relationIds.size === 0 && actorIds.size === 0) return;
      cy.edges().forEach((edge) => void edge.addClass(relationIds.has(edge.id()) ? "on-path" : "dimmed"));
      cy.nodes().forEach((node) => void node.addClass(actorIds.has(node.id()) ? "on-path" : "dimmed"));
    });
  }

  /** Selects one actor or relation (null: none). A selected actor's relations show their labels at any zoom. */
  select(id: string | null): void {
    const { cy } = this;
    cy.batch(() => {
      cy.elements(":selected").unselect();
      cy.edges(".focus").removeClass("focus");
      if (!id) return;
      const element = cy.getElementById(id);
      element.select();
      // Past a few dozen, labels hide each other: a hub's are read by zooming in instead.
      if (element.isNode() && element.connectedEdges().length <= FOCUS_LABELS_MAX) element.connectedEdges().addClass("focus");
    });
  }

  /** The visible part of the drawing as a PNG, at twice the screen's resolution, on white. */
  png(): Blob {
    return this.cy.png({ output: "blob", bg: "#ffffff", full: false, scale: 2 });
  }

  fit(): void {
    this.cy.fit(undefined, 30);
  }
}

function nodeData(actor: ActorData, centre: boolean): Record<string, unknown> {
  return {
    id: actor.id,
    label: actor.name,
    kind: actor.kind,
    regime: actor.regime?.class ?? "",
    colour: nodeColour(actor.kind, actor.regime?.class ?? null),
    centre,
  };
}

function instrumentData(instrument: PolicySummary): { id: string } & Record<string, unknown> {
  return {
    id: instrumentNodeId(instrument.id),
    policyId: instrument.id,
    label: instrument.name,
    kind: instrument.kind,
    colour: INSTRUMENT.colour,
  };
}

/** A TARGETS link, from the instrument to the actor it targets, coloured and tipped by its effect. */
function targetData(link: PolicyTargetData): { id: string; issued: false } & Record<string, unknown> {
  const style = effectStyle(link.effect);
  return {
    id: targetEdgeId(link.id),
    source: instrumentNodeId(link.policy.id),
    target: link.target.id,
    policyId: link.policy.id,
    targetId: link.id,
    effect: link.effect,
    confidence: link.confidence,
    label: effectText(link.effect),
    colour: style.colour,
    arrow: style.arrow,
    width: 1.5,
    issued: false,
  };
}

/** An issuer's link to its instrument. ISSUED links have ids of their own, which the API does not give: this one is made up. */
function issuerData(issuerId: string, instrument: PolicySummary): { id: string; issued: true } & Record<string, unknown> {
  return {
    id: `instrument-issuer:${issuerId}:${instrument.id}`,
    source: issuerId,
    target: instrumentNodeId(instrument.id),
    policyId: instrument.id,
    confidence: "CONFIRMED",
    label: "issued",
    colour: INSTRUMENT.colour,
    arrow: "triangle",
    width: 1,
    issued: true,
  };
}

function edgeData(relation: RelationData): Record<string, unknown> {
  return {
    id: relation.id,
    source: relation.from.id,
    target: relation.to.id,
    type: relation.type,
    confidence: relation.confidence,
    label: edgeLabel(relation),
    colour: edgeColour(relation.type),
    // Money is drawn thicker the larger it is: 1.5 px undisclosed or under $1M, up to 6 px at $100B.
    width: relation.amountUsd && relation.amountUsd > 1e6 ? Math.min(6, 1.5 + (Math.log10(relation.amountUsd) - 6) * 0.9) : 1.5,
  };
}

const STYLE: cytoscape.StylesheetJson = [
  {
    selector: "node",
    style: {
      "background-color": "data(colour)",
      label: "data(label)",
      width: 22,
      height: 22,
      "font-size": 10,
      "font-family": "system-ui, sans-serif",
      color: "#1b1b1b",
      "text-valign": "bottom",
      "text-margin-y": 3,
      "text-wrap": "ellipsis",
      "text-max-width": "120px",
      "text-outline-color": "#ffffff",
      "text-outline-width": 2,
      "border-width": 1,
      "border-color": "#ffffff",
    },
  },
  { selector: 'node[kind = "STATE"]', style: { shape: "hexagon", width: 30, height: 30 } },
  // "round-diamond", not "diamond": cytoscape 3.34's hit test of "diamond" misses clicks on its vertical middle line.
  {
    selector: "node.instrument",
    style: { shape: "round-diamond", width: 26, height: 26, "border-color": "#ffffff", "font-style": "italic", color: INSTRUMENT.colour },
  },
  {
    selector: "node.centre",
    style: { width: 34, height: 34, "border-width": 3, "border-color": "#1b1b1b", "font-weight": "bold", "font-size": 12 },
  },
  {
    selector: "edge",
    style: {
      width: "data(width)",
      "line-color": "data(colour)",
      "target-arrow-color": "data(colour)",
      "target-arrow-shape": "triangle",
      "arrow-scale": 0.8,
      "curve-style": "bezier",
      "control-point-step-size": 14,
      label: "data(label)",
      "font-size": 8,
      "font-family": "system-ui, sans-serif",
      color: "#333333",
      "text-rotation": "autorotate",
      "text-background-color": "#ffffff",
      "text-background-opacity": 0.85,
      "text-background-padding": "1px",
      opacity: 0.85,
    },
  },
  { selector: "edge.instrument-link", style: { "target-arrow-shape": "data(arrow)" as "triangle" } },
  { selector: "edge.issued", style: { "line-style": "solid", "arrow-scale": 0.6 } },
  // Quiet: labels hidden while zoomed out (see updateLabels); these below show theirs at any zoom.
  { selector: "edge.quiet", style: { "text-opacity": 0 } },
  { selector: "edge.focus", style: { "text-opacity": 1, "font-size": 9, opacity: 1, "z-index": 5 } },
  { selector: 'edge[confidence = "REPORTED"]', style: { "line-style": "dashed" } },
  { selector: 'edge[confidence = "ALLEGED"]', style: { "line-style": "dotted" } },
  { selector: "node:selected", style: { "border-width": 4, "border-color": "#000000" } },
  {
    selector: "edge:selected",
    style: {
      "text-opacity": 1,
      "font-size": 10,
      width: 4,
      "line-color": "#000000",
      "target-arrow-color": "#000000",
      opacity: 1,
      "z-index": 20,
    },
  },
  { selector: "node.on-path", style: { "border-width": 4, "border-color": HIGHLIGHT } },
  {
    selector: "edge.on-path",
    style: {
      width: 5,
      "line-color": HIGHLIGHT,
      "target-arrow-color": HIGHLIGHT,
      opacity: 1,
      "z-index": 10,
      "font-size": 9,
      "text-opacity": 1,
    },
  },
  { selector: ".dimmed", style: { opacity: 0.15, "text-opacity": 0 } },
];
