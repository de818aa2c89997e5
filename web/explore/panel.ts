// The details panel: a relation with its sources and quotes, a policy instrument with its targets, changes,
// pillars and sources, an actor with what is drawn around it and its analyses (the sections of exposure-view.ts
// and contradictions-view.ts, built with the helpers exported here), or the paths found. Everything is built
// with textContent, never HTML strings, so quotes and titles print as written. The panel's data-actor-id,
// data-relation-id and data-policy-id say what it shows.
import type {
  ActorData,
  CitationData,
  PathData,
  PolicyChangeData,
  PolicyDetail,
  PolicySummary,
  PolicyTargetData,
  RelationData,
} from "./api";
import { effectText, enumText, moneyText, periodText } from "./labels";
import { KIND_COLOURS, REGIME_COLOURS } from "./palette";

export type Child = Node | string | null | undefined | false;

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  for (const child of children) if (child) element.append(child);
  return element;
}

export function button(text: string, onClick: () => void, className = ""): HTMLButtonElement {
  const b = el("button", { type: "button", class: className }, text);
  b.addEventListener("click", onClick);
  return b;
}

/** A definition list of the fields that have a value. */
export function facts(rows: [string, string | null | undefined][]): HTMLDListElement {
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

/** Says what the panel shows: one of an actor, a relation or an instrument, or nothing. */
function mark(container: HTMLElement, shown: { actorId?: string; relationId?: string; policyId?: string }): void {
  for (const key of ["actorId", "relationId", "policyId"] as const) {
    const value = shown[key];
    if (value) container.dataset[key] = value;
    else delete container.dataset[key];
  }
}

/** One source: its title, its address, who published it and when, and the quote. */
export function citation(cited: CitationData): HTMLElement {
  return el(
    "article",
    { class: "source" },
    el("strong", {}, cited.source.title),
    el("div", {}, sourceLink(cited.source.url, cited.source.title)),
    el("div", {}, [cited.source.publisher, cited.source.published, cited.source.language].filter(Boolean).join(" · ")),
    el("blockquote", { lang: cited.source.language }, `“${cited.quote}”`),
  );
}

function sourcesHeading(count: number): HTMLElement {
  return el("h3", {}, count === 1 ? "Source" : `Sources (${count})`);
}

export function showRelation(
  container: HTMLElement,
  relation: RelationData,
  actors: ReadonlyMap<string, ActorData>,
  onActor: (id: string) => void,
): void {
  mark(container, { relationId: relation.id });
  const heading = el("h2", {}, `${nameOf(actors, relation.from.id)} ${relation.type} ${nameOf(actors, relation.to.id)}`);
  const stake = relation.stake !== null ? `${(relation.stake * 100).toFixed(1).replace(/\.0$/, "")}%` : null;
  const amount = relation.amount !== null ? `${relation.amount.toLocaleString("en-US")} ${relation.currency ?? ""}`.trim() : null;
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
    sourcesHeading(relation.sources.length),
    ...relation.sources.map(citation),
  );
}

/** "2025-01-13", "2025-01-13–2025-05-13", "–2025-05-13", or null. */
function spanText(from: string | null, until: string | null): string | null {
  return periodText({ validFrom: from, validTo: until });
}

export interface InstrumentActions {
  /** Shows a drawn actor. */
  actor(id: string): void;
  /** Shows another instrument. */
  instrument(id: string): void;
}

/**
 * An instrument: what it is, its dates and how it ended, who issued it, whom it targets and how (each target
 * with its own sources), the instruments it changes or that change it, the pillars it touches, and its sources.
 * `current` is the TARGETS link clicked, marked in the list; `drawn` says which actors can be shown.
 */
export function showInstrument(
  container: HTMLElement,
  policy: PolicyDetail,
  current: string | null,
  drawn: ReadonlyMap<string, ActorData>,
  actions: InstrumentActions,
): void {
  mark(container, { policyId: policy.id });
  const actorName = (actor: { id: string; name: string }): Node | string =>
    drawn.has(actor.id) ? button(actor.name, () => actions.actor(actor.id), "link-button") : actor.name;
  const ended = policy.ended ? `${policy.ended}${policy.endKind ? ` (${policy.endKind.toLowerCase()})` : ""}` : null;
  const targets = el("ul", { class: "instrument-targets" });
  for (const target of policy.targets) {
    const period = spanText(target.inForceFrom, target.inForceUntil);
    targets.append(
      el(
        "li",
        { class: target.id === current ? "current" : "", "data-target-id": target.id },
        actorName(target.target),
        ` — ${effectText(target.effect)}`,
        target.role ? `: ${target.role}` : "",
        period ? ` (${period})` : "",
        target.confidence !== "CONFIRMED" ? `, ${target.confidence.toLowerCase()}` : "",
        ...target.sources.map(citation),
      ),
    );
  }
  const changes = (title: string, items: PolicyChangeData[]): HTMLElement[] => {
    if (items.length === 0) return [];
    const list = el("ul");
    for (const change of items) {
      const date = change.policy.inForce ?? change.policy.announced;
      list.append(
        el(
          "li",
          { "data-change-id": change.id },
          button(change.policy.name, () => actions.instrument(change.policy.id), "link-button"),
          ` — ${enumText(change.policy.kind).toLowerCase()}${date ? `, ${date}` : ""}`,
          ...change.sources.map(citation),
        ),
      );
    }
    return [el("h3", {}, title), list];
  };
  const pillars = el("ul");
  for (const link of policy.pillars) {
    pillars.append(
      el(
        "li",
        {},
        `${link.stance === "IMPLEMENTS" ? "Implements" : enumText(link.stance)} “${link.pillar.name}” (${link.pillar.plan.name})`,
        link.reason ? el("p", { class: "reason" }, link.reason) : null,
        ...link.sources.map(citation),
      ),
    );
  }
  container.replaceChildren(
    el("h2", {}, policy.name),
    facts([
      ["Kind", enumText(policy.kind)],
      ["Title", policy.officialTitle],
      ["Also", policy.aliases.join(", ")],
      ["Announced", policy.announced],
      ["In force", policy.inForce],
      ["Amended", policy.amended],
      ["Ended", ended],
      ["Confidence", policy.confidence.toLowerCase()],
      ["Jurisdiction", policy.jurisdiction?.name],
      ["Issued by", policy.issuers.map((issuer) => issuer.name).join(", ")],
      ["Id", policy.id],
    ]),
    ...(policy.description ? [el("p", {}, policy.description)] : []),
    ...(policy.issuers.some((issuer) => drawn.has(issuer.id))
      ? [
          el(
            "div",
            { class: "actions" },
            ...policy.issuers
              .filter((i) => drawn.has(i.id))
              .map((i) => button(`About ${i.name}`, () => actions.actor(i.id), "link-button")),
          ),
        ]
      : []),
    el("h3", {}, `Targets (${policy.targets.length})`),
    targets,
    ...changes("Amends", policy.amends),
    ...changes("Amended by", policy.amendedBy),
    ...changes("Replaces", policy.replaces),
    ...changes("Replaced by", policy.replacedBy),
    ...changes("Revokes", policy.revokes),
    ...changes("Revoked by", policy.revokedBy),
    ...(policy.pillars.length > 0 ? [el("h3", {}, `Pillars of the plan (${policy.pillars.length})`), pillars] : []),
    sourcesHeading(policy.sources.length),
    ...policy.sources.map(citation),
  );
}

/** While an instrument is read: its name, from the drawing. */
export function showInstrumentLoading(container: HTMLElement, instrument: PolicySummary | undefined): void {
  mark(container, {});
  container.replaceChildren(el("h2", {}, instrument?.name ?? "Policy instrument"), el("p", {}, "Reading its targets and sources…"));
}

export interface ActorActions {
  expand(id: string): void;
  pathFrom(id: string): void;
  pathTo(id: string): void;
  showRelation(id: string): void;
  showInstrument(policyId: string, targetId: string): void;
}

export function showActor(
  container: HTMLElement,
  actor: ActorData,
  drawn: RelationData[],
  actors: ReadonlyMap<string, ActorData>,
  targetedBy: { link: PolicyTargetData; instrument: PolicySummary }[],
  actions: ActorActions,
  analyses: HTMLElement[] = [],
): void {
  mark(container, { actorId: actor.id });
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
  const instruments = el("ul");
  for (const { link, instrument } of targetedBy) {
    const period = spanText(link.inForceFrom, link.inForceUntil);
    const label = [instrument.name, "—", effectText(link.effect), period].filter(Boolean).join(" ");
    instruments.append(
      el(
        "li",
        {},
        button(label, () => actions.showInstrument(instrument.id, link.id), "link-button"),
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
    ...analyses,
    el("h3", {}, `Relations drawn (${drawn.length})`),
    relations,
    ...(targetedBy.length > 0 ? [el("h3", {}, `Instruments drawn that target it (${targetedBy.length})`), instruments] : []),
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
  mark(container, {});
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
  mark(container, {});
  container.replaceChildren(
    el("h2", {}, "Details"),
    el("p", {}, "Click an actor, a relation or a policy instrument to see its dates, amounts, sources and quotes."),
  );
}
