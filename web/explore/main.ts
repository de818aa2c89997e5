// The explorer page: wires the controls to the model (explorer.ts), the drawing (graph-view.ts) and the
// details panel (panel.ts). Every question goes to this server's /graphql; nothing else is fetched.
//
// Test hook: `window.explorer` holds the cytoscape instance and the model, and #graph carries data-nodes and
// data-edges (actors and relations drawn), data-instruments and data-instrument-links (policy instruments and
// their TARGETS and issuer edges), data-highlighted-edges, data-as-of, data-instrument-mode and data-busy
// ("true" while a question or layout runs). `window.explorer.exposure` is the selected actor's exposure chart
// (exposure-view.ts, whose section says what it shows); `window.explorer.contradictions` lists its
// contradictions (contradictions-view.ts).
import { actorById, ApiError, policyById, RELATION_TYPES, searchActors, type ActorData, type RelationTypeName } from "./api";
import { AsOfControl } from "./as-of";
import { Explorer, type Filters, type InstrumentMode } from "./explorer";
import { ContradictionsView, factsOf } from "./contradictions-view";
import { ExposureView } from "./exposure-view";
import { GraphView, instrumentNodeId, targetEdgeId } from "./graph-view";
import { renderLegend } from "./palette";
import { showActor, showInstrument, showInstrumentLoading, showIntro, showPaths, showRelation } from "./panel";
import { emptyViewState, formatViewState, isEmptyViewState, parseViewState, type Expanded, type ViewState } from "./view-state";

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
const instrumentsBox = byId<HTMLFieldSetElement>("instruments");

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

function setCheckedTypes(types: RelationTypeName[] | null): void {
  for (const box of typesBox.querySelectorAll<HTMLInputElement>("input[type=checkbox]"))
    box.checked = types === null || types.includes(box.value as RelationTypeName);
}

function checkedTypes(): RelationTypeName[] | null {
  const boxes = [...typesBox.querySelectorAll<HTMLInputElement>("input[type=checkbox]")];
  const checked = boxes.filter((box) => box.checked).map((box) => box.value as RelationTypeName);
  return checked.length === boxes.length ? null : checked;
}

function instrumentMode(): InstrumentMode {
  const value = instrumentsBox.querySelector<HTMLInputElement>("input[name=instruments]:checked")?.value;
  return value === "around" || value === "rules" ? value : null;
}

function setInstrumentMode(mode: InstrumentMode): void {
  for (const radio of instrumentsBox.querySelectorAll<HTMLInputElement>("input[name=instruments]"))
    radio.checked = radio.value === (mode ?? "");
}

const view = new GraphView(graph, {
  onNodeTap: (id) => selectActor(id),
  onNodeExpand: (id) => void expand(id),
  onEdgeTap: (id) => selectRelation(id),
  onInstrumentTap: (policyId, targetId) => void selectInstrument(policyId, targetId),
  onBackgroundTap: () => {
    instrumentAsked += 1;
    view.select(null);
    showIntro(details);
  },
});

const asOf = new AsOfControl(byId("asof-enabled"), byId("asof-slider"), byId("asof-date"), byId("asof-value"), () => void applyFilters());

// While a view is restored from its address, the page stays busy from its first question to its last, so that
// what #graph reports is the whole view, never a step of it.
const explorer = new Explorer(view, { asOf: null, types: null, instruments: null }, (busy) => {
  graph.dataset.busy = String(busy || address.restoring);
  if (!busy) updateCounts();
});

function updateCounts(): void {
  const nodes = view.cy.nodes().not(".instrument").length;
  const edges = view.cy.edges().not(".instrument-link").length;
  const instruments = view.cy.nodes(".instrument").length;
  graph.dataset.nodes = String(nodes);
  graph.dataset.edges = String(edges);
  graph.dataset.instruments = String(instruments);
  graph.dataset.instrumentLinks = String(view.cy.edges(".instrument-link").length);
  graph.dataset.highlightedEdges = String(view.cy.edges(".on-path").length);
  const { asOf: drawnAsOf, instruments: mode } = explorer.drawnFilters;
  graph.dataset.asOf = drawnAsOf ?? "";
  graph.dataset.instrumentMode = mode ?? "";
  const drawnText = mode
    ? `${nodes} actors, ${edges} relations and ${instruments} policy instruments`
    : `${nodes} actors and ${edges} relations`;
  graph.setAttribute("aria-label", `Graph of ${drawnText}${drawnAsOf ? ` valid on ${drawnAsOf}` : ""}`);
  const names = byId<HTMLDataListElement>("drawn-actors");
  names.replaceChildren(
    ...[...explorer.actors.values()].map((actor) =>
      Object.assign(document.createElement("option"), { value: actor.id, label: actor.name }),
    ),
  );
  asOf.cover([
    ...[...explorer.relations.values()].map((relation) => relation.validFrom),
    ...[...explorer.instrumentTargets.values()].map((link) => link.inForceFrom),
  ]);
}

/** The selected actor's exposure chart; its choices (split by, periods) stay from one actor to the next. */
const exposure = new ExposureView(
  (id) => selectActor(id),
  () => explorer.actors,
);

/** The selected actor's contradictions; choosing one draws and highlights its two sides. */
const contradictions = new ContradictionsView((finding) => {
  say(`${finding.rule.name}: both sides highlighted.`);
  void explorer.showFacts(factsOf(finding)).then(updateCounts, failed);
});

function selectActor(id: string): void {
  const actor = explorer.actors.get(id);
  if (!actor) return;
  instrumentAsked += 1;
  view.select(id);
  const targetedBy = explorer.targetsOf(id).flatMap((link) => {
    const instrument = explorer.instruments.get(link.policy.id);
    return instrument ? [{ link, instrument }] : [];
  });
  showActor(
    details,
    actor,
    explorer.relationsOf(id),
    explorer.actors,
    targetedBy,
    {
      expand: (target) => void expand(target),
      pathFrom: (target) => (byId<HTMLInputElement>("path-from").value = target),
      pathTo: (target) => (byId<HTMLInputElement>("path-to").value = target),
      showRelation: selectRelation,
      showInstrument: (policyId, targetId) => void selectInstrument(policyId, targetId),
    },
    [exposure.section(actor), contradictions.section(actor)],
  );
}

/** Which instrument the panel is reading, so that a slow answer never replaces a later click's. */
let instrumentAsked = 0;

/** Shows an instrument in the panel, read whole from the API; `targetId` is the TARGETS link clicked, if one was. */
async function selectInstrument(policyId: string, targetId: string | null): Promise<void> {
  const asked = ++instrumentAsked;
  const edge = targetId ? view.cy.getElementById(targetEdgeId(targetId)) : null;
  view.select(
    edge?.nonempty() ? edge.id() : view.cy.getElementById(instrumentNodeId(policyId)).nonempty() ? instrumentNodeId(policyId) : null,
  );
  showInstrumentLoading(details, explorer.instruments.get(policyId));
  try {
    const policy = await policyById(policyId);
    if (asked !== instrumentAsked) return;
    showInstrument(details, policy, targetId, explorer.actors, {
      actor: selectActor,
      instrument: (id) => void selectInstrument(id, null),
    });
  } catch (error) {
    if (asked === instrumentAsked) failed(error);
  }
}

function selectRelation(id: string): void {
  const relation = explorer.relations.get(id);
  if (!relation) return;
  instrumentAsked += 1;
  view.select(id);
  showRelation(details, relation, explorer.actors, selectActor);
}

/**
 * The view as its URL holds it (view-state.ts): the actors the view was opened on and those expanded since, in
 * order. Every change a researcher makes is pushed as a new history entry, so Back and Forward step through the
 * views, and the page's address can be copied to reopen the same view.
 */
const address = { state: emptyViewState(), restoring: false };

function remember(): void {
  if (address.restoring) return;
  address.state = {
    ...address.state,
    asOf: asOf.value,
    types: checkedTypes(),
    instruments: instrumentMode(),
    path: explorer.currentPathQuery,
  };
  const search = formatViewState(address.state);
  if (search !== location.search) history.pushState(null, "", `${location.pathname}${search}`);
}

/** Records an expansion in the view: `focus` for an actor chosen by search or link, `expand` for one expanded from the drawing. */
function recordExpansion(list: "focus" | "expand", item: Expanded): void {
  const others = (items: Expanded[]) => items.filter((e) => e.id !== item.id);
  address.state = { ...address.state, focus: others(address.state.focus), expand: others(address.state.expand) };
  address.state[list] = [...address.state[list], item];
}

async function expand(id: string, list: "focus" | "expand" = "expand", depth = Number(depthSelect.value)): Promise<void> {
  const name = explorer.actors.get(id)?.name ?? id;
  say(`Expanding ${name}…`);
  try {
    const read = await explorer.expand(id, depth);
    const named = explorer.actors.get(id)?.name ?? name;
    const seconds = `in ${(read.ms / 1000).toFixed(2)} s`;
    if (explorer.drawnFilters.instruments === "rules") {
      const day = explorer.drawnFilters.asOf;
      say(
        `${named}: ${read.total} instruments ${day ? `in force on ${day}` : "of any date"} target it, with ${read.nodes - 1} other targets, ${seconds}.`,
      );
    } else {
      const cut = read.drawn < read.total ? `the nearest ${read.drawn} of ${read.total} relations` : `${read.total} relations`;
      const instruments =
        explorer.drawnFilters.instruments === "around" ? `, and ${explorer.instruments.size} policy instruments that target them` : "";
      say(`${named}: ${cut} among ${read.nodes} actors${instruments}, ${seconds}.`);
    }
    lastExpansion.ms = read.ms;
    recordExpansion(list, { id, depth });
    remember();
    selectActor(id);
  } catch (error) {
    failed(error);
  }
}

/** Draws a view from its URL state: the filters first, then each expansion in order, then the path question. */
async function restore(state: ViewState): Promise<void> {
  address.restoring = true;
  graph.dataset.busy = "true";
  try {
    address.state = emptyViewState();
    await explorer.clear();
    setCheckedTypes(state.types);
    setInstrumentMode(state.instruments);
    asOf.set(state.asOf);
    await explorer.setFilters({ asOf: state.asOf, types: state.types, instruments: state.instruments });
    for (const item of state.focus) await expand(item.id, "focus", item.depth);
    for (const item of state.expand) await expand(item.id, "expand", item.depth);
    if (state.path) {
      byId<HTMLInputElement>("path-from").value = state.path.from;
      byId<HTMLInputElement>("path-to").value = state.path.to;
      byId<HTMLSelectElement>("path-max-hops").value = String(state.path.maxHops);
      byId<HTMLSelectElement>("path-count").value = String(state.path.first);
      byId<HTMLInputElement>("path-directed").checked = state.path.directed;
      await askForPaths();
    }
    address.state = {
      ...address.state,
      asOf: state.asOf,
      types: state.types,
      instruments: state.instruments,
      path: explorer.currentPathQuery,
    };
  } finally {
    restored();
  }
}

/** Ends a restoring: the page is idle again and #graph reports the whole view. */
function restored(): void {
  address.restoring = false;
  graph.dataset.busy = "false";
  updateCounts();
}

async function applyFilters(): Promise<void> {
  const types = checkedTypes();
  if (types && types.length === 0) return say("Choose at least one relation type.", true);
  const filters: Filters = { asOf: asOf.value, types, instruments: instrumentMode() };
  say(filters.asOf ? `Redrawing as of ${filters.asOf}…` : "Redrawing for any date…");
  try {
    await explorer.setFilters(filters);
    remember();
    const day = filters.asOf ? ` valid on ${filters.asOf}` : "";
    const actors = view.cy.nodes().not(".instrument").length;
    const instruments = view.cy.nodes(".instrument").length;
    if (filters.instruments === "rules")
      say(`${instruments} instruments in force${filters.asOf ? ` on ${filters.asOf}` : " at some date"}, targeting ${actors} actors.`);
    else
      say(
        `${view.cy.edges().not(".instrument-link").length} relations among ${actors} actors${filters.instruments ? `, and ${instruments} policy instruments` : ""}${day}.`,
      );
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
    list.replaceChildren(
      ...hits.map(({ actor }) => {
        const item = document.createElement("li");
        const choose = document.createElement("button");
        choose.type = "button";
        choose.dataset.actorId = actor.id;
        const detail = document.createElement("small");
        detail.textContent = ` ${actor.kind.toLowerCase().replace(/_/g, " ")}${actor.country ? `, ${actor.country}` : ""}`;
        choose.append(actor.name, detail);
        choose.addEventListener("click", () => void expand(actor.id, "focus"));
        item.append(choose);
        return item;
      }),
    );
    say(hits.length ? `${hits.length} actors match “${text}”: choose one to draw it with its neighbours.` : `No actor matches “${text}”.`);
  } catch (error) {
    failed(error);
  }
});

byId<HTMLFormElement>("paths-form").addEventListener("submit", (event) => {
  event.preventDefault();
  void askForPaths();
});

/** Asks the path question the form holds and highlights the answer. */
async function askForPaths(): Promise<void> {
  say("Looking for paths…");
  try {
    const [from, to] = await Promise.all([
      resolveActor(byId<HTMLInputElement>("path-from").value),
      resolveActor(byId<HTMLInputElement>("path-to").value),
    ]);
    const paths = await explorer.findPaths({
      from: from.id,
      to: to.id,
      maxHops: Number(byId<HTMLSelectElement>("path-max-hops").value),
      directed: byId<HTMLInputElement>("path-directed").checked,
      first: Number(byId<HTMLSelectElement>("path-count").value),
    });
    say(
      paths.length
        ? `${paths.length} paths from ${from.name} to ${to.name}, highlighted; the shortest has ${paths[0]!.length} hops.`
        : `No path from ${from.name} to ${to.name} within these limits.`,
    );
    showPaths(
      details,
      paths,
      from,
      to,
      (index) => {
        explorer.focusPath(index);
        updateCounts();
      },
      selectRelation,
    );
    remember();
  } catch (error) {
    failed(error);
  }
}

byId("paths-clear").addEventListener("click", () => {
  explorer.focusPath("none");
  updateCounts();
});

// The rules view is about one day: choosing it with no day set turns the day on, at the day the control shows.
instrumentsBox.addEventListener("change", () => {
  if (instrumentMode() === "rules" && asOf.value === null) asOf.set(asOf.shownDay);
  void applyFilters();
});

let typesTimer: number | undefined;
typesBox.addEventListener("change", () => {
  window.clearTimeout(typesTimer);
  typesTimer = window.setTimeout(() => void applyFilters(), 200);
});
for (const [id, checked] of [
  ["types-all", true],
  ["types-none", false],
] as const) {
  byId(id).addEventListener("click", () => {
    for (const box of typesBox.querySelectorAll<HTMLInputElement>("input[type=checkbox]")) box.checked = checked;
    if (checked) void applyFilters();
    else say("Choose at least one relation type.");
  });
}

byId("fit").addEventListener("click", () => view.fit());
byId("clear").addEventListener("click", () => {
  void explorer.clear().then(() => {
    address.state = emptyViewState();
    remember();
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

/** The actor a view with no state opens on: OpenAI, whose funders, board and deals the seed article is about. */
const DEFAULT_FOCUS: Expanded = { id: "openai", depth: 1 };

/** Opens the view the address names, or, with none, OpenAI's neighbourhood and a word on what to do next. */
async function openFromAddress(): Promise<void> {
  const state = parseViewState(location.search);
  if (!isEmptyViewState(state)) {
    await restore(state);
    return;
  }
  address.restoring = true;
  graph.dataset.busy = "true";
  try {
    await explorer.clear();
    address.state = emptyViewState();
    await expand(DEFAULT_FOCUS.id, "focus", DEFAULT_FOCUS.depth);
  } finally {
    restored();
  }
  say(
    "OpenAI and its neighbours. Double-click an actor to draw its own, search for another, or move the date; the page's address keeps the view, to share or bookmark.",
  );
}

window.addEventListener("popstate", () => void openFromAddress());
void openFromAddress();

/** How long the last expansion took, from the first request to the end of the layout (ms). */
const lastExpansion = { ms: 0 };

declare global {
  interface Window {
    explorer: {
      cy: typeof view.cy;
      model: Explorer;
      lastExpansion: { ms: number };
      exposure: ExposureView;
      contradictions: ContradictionsView;
    };
  }
}
window.explorer = { cy: view.cy, model: explorer, lastExpansion, exposure, contradictions };
