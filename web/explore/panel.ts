// The details panel: a relation with its sources and quotes, an actor with its drawn relations, or the paths
// found. Everything is built with textContent, never HTML strings, so quotes and titles print as written.
import type { ActorData, PathData, RelationData } from "./api";
import { moneyText, periodText } from "./labels";
import { KIND_COLOURS, REGIME_COLOURS } from "./palette";

type Child = Node | string | null | undefined | false;

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  for (const child of children) if (child) element.append(child);
  return element;
}

function button(text: string, onClick: () => void, className = ""): HTMLButtonElement {
  const b = el("button", { type: "button", class: className }, text);
  b.addEventListener("click", onClick);
  return b;
}

/** A definition list of the fields that have a value. */
function facts(rows: [string, string | null | undefined][]): HTMLDListElement {
  const list = el("dl");
  for (const [term, value] of rows)
    if (value !== null && value !== undefined && value !== "") list.append(el("dt", {}, term), el("dd", {}, value));
  return list;
}

function nameOf(actors: ReadonlyMap<string, ActorData>, id: string): string {
  return actors.get(id)?.name ?? id;
}

/** Web addresses become links (opened in a new tab); a `urn:` (a document kept with the project) stays text. */
function sourceLink(url: string, title: string): HTMLElement {
  if (/^https?:\/\//i.test(url)) return el("a", { href: url, target: "_blank", rel: "noopener noreferrer", class: "source-url" }, url);
  return el("code", { class: "source-url", title }, url);
}

export function showRelation(
  container: HTMLElement,
  relation: RelationData,
  actors: ReadonlyMap<string, ActorData>,
  onActor: (id: string) => void,
): void {
  container.dataset.relationId = relation.id;
  delete container.dataset.actorId;
  const heading = el("h2", {}, `${nameOf(actors, relation.from.id)} ${relation.type} ${nameOf(actors, relation.to.id)}`);
  const stake = relation.stake !== null ? `${(relation.stake * 100).toFixed(1).replace(/\.0$/, "")}%` : null;
  const amount = relation.amount !== null ? `${relation.amount.toLocaleString("en-US")} ${relation.currency ?? ""}`.trim() : null;
  const sources = relation.sources.map((citation) =>
    el(
      "article",
      { class: "source" },
      el("strong", {}, citation.source.title),
      el("div", {}, sourceLink(citation.source.url, citation.source.title)),
      el("div", {}, [citation.source.publisher, citation.source.published, citation.source.language].filter(Boolean).join(" · ")),
      el("blockquote", { lang: citation.source.language }, `“${citation.quote}”`),
    ),
  );
  container.replaceChildren(
    heading,
    el(
      "div",
      { class: "actions" },
      button(`About ${nameOf(actors, relation.from.id)}`, () => onActor(relation.from.id), "link-button"),
      button(`About ${nameOf(actors, relation.to.id)}`, () => onActor(relation.to.id), "link-button"),
    ),
    facts([
      ["Type", relation.type],
      ["Confidence", relation.confidence.toLowerCase()],
      ["Dates", periodText(relation) ?? "undated"],
      ["From", relation.validFrom],
      ["Until", relation.validTo],
      ["Amount", amount],
      ["In dollars", relation.amountUsd !== null ? moneyText(relation) : null],
      ["Round", relation.round],
      ["Instrument", relation.instrument?.toLowerCase()],
      ["Stake", stake],
      ["Role", relation.role],
      ["Recorded", relation.recordedAt?.slice(0, 10)],
      ["Id", relation.id],
    ]),
    el("h3", {}, relation.sources.length === 1 ? "Source" : `Sources (${relation.sources.length})`),
    ...sources,
  );
}

export interface ActorActions {
  expand(id: string): void;
  pathFrom(id: string): void;
  pathTo(id: string): void;
  showRelation(id: string): void;
}

export function showActor(
  container: HTMLElement,
  actor: ActorData,
  drawn: RelationData[],
  actors: ReadonlyMap<string, ActorData>,
  actions: ActorActions,
): void {
  container.dataset.actorId = actor.id;
  delete container.dataset.relationId;
  const kind = actor.kind === "STATE" ? "State" : (KIND_COLOURS[actor.kind]?.label ?? actor.kind);
  const regime = actor.regime
    ? `${REGIME_COLOURS[actor.regime.class]?.label ?? actor.regime.class} (${actor.regime.index} ${actor.regime.year}${actor.regime.score !== null ? `, ${actor.regime.score}` : ""})`
    : null;
  const relations = el("ul");
  for (const relation of drawn) {
    const other = relation.from.id === actor.id ? relation.to.id : relation.from.id;
    const arrow = relation.from.id === actor.id ? "→" : "←";
    const label = [relation.type, arrow, nameOf(actors, other), periodText(relation)].filter(Boolean).join(" ");
    relations.append(
      el(
        "li",
        {},
        button(label, () => actions.showRelation(relation.id), "link-button"),
      ),
    );
  }
  container.replaceChildren(
    el("h2", {}, actor.name),
    facts([
      ["Id", actor.id],
      ["Kind", kind],
      ["Country", actor.country],
      ["Regime", regime],
      ["Also", actor.aliases.join(", ")],
    ]),
    ...(actor.description ? [el("p", {}, actor.description)] : []),
    el(
      "div",
      { class: "actions" },
      button("Expand neighbours", () => actions.expand(actor.id)),
      button("Paths from here", () => actions.pathFrom(actor.id)),
      button("Paths to here", () => actions.pathTo(actor.id)),
    ),
    el("h3", {}, `Relations drawn (${drawn.length})`),
    relations,
  );
}

export function showPaths(
  container: HTMLElement,
  paths: PathData[],
  from: ActorData | undefined,
  to: ActorData | undefined,
  focus: (index: number | null) => void,
  onRelation: (id: string) => void,
): void {
  delete container.dataset.actorId;
  delete container.dataset.relationId;
  const title = `Paths from ${from?.name ?? "?"} to ${to?.name ?? "?"}`;
  if (paths.length === 0) {
    container.replaceChildren(
      el("h2", {}, title),
      el("p", {}, "No path within the longest path chosen, on this date and with these relation types."),
    );
    return;
  }
  const list = el("ol", { class: "path-list" });
  paths.forEach((path, index) => {
    const steps = el("span");
    path.hops.forEach((hop, step) => {
      const actor = path.actors[step]!;
      const arrow = hop.direction === "FORWARD" ? `—${hop.relation.type}→` : `←${hop.relation.type}—`;
      steps.append(
        step === 0 ? actor.name : "",
        " ",
        button(arrow, () => onRelation(hop.relation.id), "link-button"),
        " ",
        path.actors[step + 1]!.name,
      );
    });
    list.append(
      el(
        "li",
        {},
        steps,
        " ",
        button(`Show only this (${path.length} hops)`, () => focus(index), "link-button"),
      ),
    );
  });
  container.replaceChildren(
    el("h2", {}, title),
    el(
      "div",
      { class: "actions" },
      button("Show all paths", () => focus(null)),
    ),
    list,
  );
}

export function showIntro(container: HTMLElement): void {
  delete container.dataset.actorId;
  delete container.dataset.relationId;
  container.replaceChildren(
    el("h2", {}, "Details"),
    el("p", {}, "Click an actor or a relation to see its dates, amounts, sources and quotes."),
  );
}
