// The explorer page: wires the controls to the model (explorer.ts), the drawing (graph-view.ts) and the
// details panel (panel.ts). Every question goes to this server's /graphql; nothing else is fetched.
//
// Test hook: `window.explorer` holds the cytoscape instance and the model, and #graph carries data-nodes,
// data-edges, data-highlighted-edges, data-as-of and data-busy ("true" while a question or layout runs).
import { actorById, ApiError, RELATION_TYPES, searchActors, type ActorData, type RelationTypeName } from "./api";
import { AsOfControl } from "./as-of";
import { Explorer, type Filters } from "./explorer";
import { GraphView } from "./graph-view";
import { renderLegend } from "./palette";
import { showActor, showIntro, showPaths, showRelation } from "./panel";

function byId<T extends HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`The page lacks #${id}.`);
  return element as T;
}

const graph = byId<HTMLDivElement>("graph");
const details = byId<HTMLElement>("details");
const status = byId<HTMLParagraphElement>("status");
const depthSelect = byId<HTMLSelectElement>("expand-depth");
const typesBox = byId<HTMLFieldSetElement>("types");

function say(message: string, isError = false): void {
  status.textContent = message;
  status.classList.toggle("error", isError);
}

function failed(error: unknown): void {
  if (error instanceof ApiError) say(`${error.message}${error.code ? ` (${error.code})` : ""}`, true);
  else say(error instanceof Error ? error.message : String(error), true);
}

// Relation type checkboxes, all on: every type is walked and drawn.
for (const type of RELATION_TYPES) {
  const label = document.createElement("label");
  const box = document.createElement("input");
  box.type = "checkbox";
  box.value = type;
  box.checked = true;
  box.name = "relation-type";
  label.append(box, type.toLowerCase().replace(/_/g, " "));
  typesBox.append(label);
}

function checkedTypes(): RelationTypeName[] | null {
  const boxes = [...typesBox.querySelectorAll<HTMLInputElement>("input[type=checkbox]")];
  const checked = boxes.filter((box) => box.checked).map((box) => box.value as RelationTypeName);
  return checked.length === boxes.length ? null : checked;
}

const view = new GraphView(graph, {
  onNodeTap: (id) => selectActor(id),
  onNodeExpand: (id) => void expand(id),
  onEdgeTap: (id) => selectRelation(id),
  onBackgroundTap: () => {
    view.select(null);
    showIntro(details);
  },
});

const asOf = new AsOfControl(byId("asof-enabled"), byId("asof-slider"), byId("asof-date"), byId("asof-value"), () => void applyFilters());

const explorer = new Explorer(view, { asOf: null, types: null }, (busy) => {
  graph.dataset.busy = String(busy);
  if (!busy) updateCounts();
});

function updateCounts(): void {
  const nodes = view.cy.nodes().length;
  const edges = view.cy.edges().length;
  graph.dataset.nodes = String(nodes);
  graph.dataset.edges = String(edges);
  graph.dataset.highlightedEdges = String(view.cy.edges(".on-path").length);
  const drawnAsOf = explorer.drawnFilters.asOf;
  graph.dataset.asOf = drawnAsOf ?? "";
  graph.setAttribute("aria-label", `Graph of ${nodes} actors and ${edges} relations${drawnAsOf ? ` valid on ${drawnAsOf}` : ""}`);
  const names = byId<HTMLDataListElement>("drawn-actors");
  names.replaceChildren(...[...explorer.actors.values()].map((actor) => Object.assign(document.createElement("option"), { value: actor.id, label: actor.name })));
  asOf.cover([...explorer.relations.values()].map((relation) => relation.validFrom));
}

function selectActor(id: string): void {
  const actor = explorer.actors.get(id);
  if (!actor) return;
  view.select(id);
  showActor(details, actor, explorer.relationsOf(id), explorer.actors, {
    expand: (target) => void expand(target),
    pathFrom: (target) => (byId<HTMLInputElement>("path-from").value = target),
    pathTo: (target) => (byId<HTMLInputElement>("path-to").value = target),
    showRelation: selectRelation,
  });
}

function selectRelation(id: string): void {
  const relation = explorer.relations.get(id);
  if (!relation) return;
  view.select(id);
  showRelation(details, relation, explorer.actors, selectActor);
}

async function expand(id: string): Promise<void> {
  const name = explorer.actors.get(id)?.name ?? id;
  say(`Expanding ${name}…`);
  try {
    const read = await explorer.expand(id, Number(depthSelect.value));
    const cut = read.drawn < read.total ? `the nearest ${read.drawn} of ${read.total} relations` : `${read.total} relations`;
    say(`${explorer.actors.get(id)?.name ?? name}: ${cut} among ${read.nodes} actors, in ${(read.ms / 1000).toFixed(2)} s.`);
    lastExpansion.ms = read.ms;
    selectActor(id);
  } catch (error) {
    failed(error);
  }
}

async function applyFilters(): Promise<void> {
  const types = checkedTypes();
  if (types && types.length === 0) return say("Choose at least one relation type.", true);
  const filters: Filters = { asOf: asOf.value, types };
  say(filters.asOf ? `Redrawing as of ${filters.asOf}…` : "Redrawing for any date…");
  try {
    await explorer.setFilters(filters);
    say(`${view.cy.edges().length} relations among ${view.cy.nodes().length} actors${filters.asOf ? ` valid on ${filters.asOf}` : ""}.`);
  } catch (error) {
    failed(error);
  }
}

/** An id of a drawn actor, a drawn actor's name, an id in the graph, or else the best search hit. */
async function resolveActor(text: string): Promise<ActorData> {
  const wanted = text.trim();
  const drawn = explorer.actors.get(wanted) ?? [...explorer.actors.values()].find((a) => a.name.toLowerCase() === wanted.toLowerCase());
  if (drawn) return drawn;
  if (/^[a-z0-9]+(-[a-z0-9]+)*$/.test(wanted)) {
    const actor = await actorById(wanted);
    if (actor) return actor;
  }
  const [hit] = await searchActors(wanted, 1);
  if (!hit) throw new Error(`No actor matches “${wanted}”.`);
  return hit.actor;
}

// Search: results are buttons; choosing one draws the actor with its neighbours.
byId<HTMLFormElement>("search-form").addEventListener("submit", async (event) => {
  event.preventDefault();
  const text = byId<HTMLInputElement>("search-text").value.trim();
  const list = byId<HTMLUListElement>("search-results");
  if (!text) return;
  try {
    const hits = await searchActors(text);
    list.replaceChildren(...hits.map(({ actor }) => {
      const item = document.createElement("li");
      const choose = document.createElement("button");
      choose.type = "button";
      choose.dataset.actorId = actor.id;
      const detail = document.createElement("small");
      detail.textContent = ` ${actor.kind.toLowerCase().replace(/_/g, " ")}${actor.country ? `, ${actor.country}` : ""}`;
      choose.append(actor.name, detail);
      choose.addEventListener("click", () => void expand(actor.id));
      item.append(choose);
      return item;
    }));
    say(hits.length ? `${hits.length} actors match “${text}”: choose one to draw it with its neighbours.` : `No actor matches “${text}”.`);
  } catch (error) {
    failed(error);
  }
});

byId<HTMLFormElement>("paths-form").addEventListener("submit", async (event) => {
  event.preventDefault();
  say("Looking for paths…");
  try {
    const [from, to] = await Promise.all([resolveActor(byId<HTMLInputElement>("path-from").value), resolveActor(byId<HTMLInputElement>("path-to").value)]);
    const paths = await explorer.findPaths({
      from: from.id,
      to: to.id,
      maxHops: Number(byId<HTMLSelectElement>("path-max-hops").value),
      directed: byId<HTMLInputElement>("path-directed").checked,
      first: Number(byId<HTMLSelectElement>("path-count").value),
    });
    say(paths.length ? `${paths.length} paths from ${from.name} to ${to.name}, highlighted; the shortest has ${paths[0]!.length} hops.` : `No path from ${from.name} to ${to.name} within these limits.`);
    showPaths(details, paths, from, to, (index) => {
      explorer.focusPath(index);
      updateCounts();
    }, selectRelation);
  } catch (error) {
    failed(error);
  }
});

byId("paths-clear").addEventListener("click", () => {
  explorer.focusPath("none");
  updateCounts();
});

let typesTimer: number | undefined;
typesBox.addEventListener("change", () => {
  window.clearTimeout(typesTimer);
  typesTimer = window.setTimeout(() => void applyFilters(), 200);
});
for (const [id, checked] of [["types-all", true], ["types-none", false]] as const) {
  byId(id).addEventListener("click", () => {
    typesBox.querySelectorAll<HTMLInputElement>("input[type=checkbox]").forEach((box) => (box.checked = checked));
    if (checked) void applyFilters();
    else say("Choose at least one relation type.");
  });
}

byId("fit").addEventListener("click", () => view.fit());
byId("clear").addEventListener("click", () => {
  void explorer.clear().then(() => {
    showIntro(details);
    say("Cleared. Search for an actor to start again.");
  });
});

byId("export-png").addEventListener("click", () => {
  if (view.cy.nodes().length === 0) return say("Nothing to export yet.", true);
  const url = URL.createObjectURL(view.png());
  const link = document.createElement("a");
  link.href = url;
  link.download = `ai-policy-graph${asOf.value ? `-as-of-${asOf.value}` : ""}.png`;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has read the blob by the next task; free it a little later to be safe.
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
  say(`Exported ${link.download}.`);
});

renderLegend(byId("legend"));

/** How long the last expansion took, from the first request to the end of the layout (ms). */
const lastExpansion = { ms: 0 };

declare global {
  interface Window {
    explorer: { cy: typeof view.cy; model: Explorer; lastExpansion: { ms: number } };
  }
}
window.explorer = { cy: view.cy, model: explorer, lastExpansion };
