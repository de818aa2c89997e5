// The contradictions of the selected actor (the API's `contradictions`): each finding pairs a stated position
// (side A) with a tie of the same actor that conflicts with it (side B), found by a rule. The list gives the rule,
// both sides with their dates, whether they held at one time, and the confidence; choosing a finding draws both
// sides and the facts that join them, highlighted, and shows their quotes and sources below the list.
//
// Test hook: the section (#contradictions) carries data-actor-id, data-busy and data-count; each finding's item
// carries data-contradiction-id, and the detail shown carries the id of the finding it shows.
import { contradictionsOf, type ActorData, type ContradictionData, type ContradictionFactData } from "./api";
import type { FactDrawing } from "./explorer";
import { effectText, moneyText, periodText } from "./labels";
import { button, citation, el } from "./panel";

const OVERLAP_TEXT: Record<ContradictionData["overlap"], string> = {
  YES: "held at the same time",
  NO: "never held at the same time",
  UNKNOWN: "not known whether they held at the same time",
};

const OVERLAP_SENTENCE: Record<ContradictionData["overlap"], string> = {
  YES: "The two sides held at the same time.",
  NO: "The two sides never held at the same time: one ended before the other began.",
  UNKNOWN: "Whether the two sides held at the same time is not known: a side has no start date.",
};

/** How much of a statement's words the list shows; the detail shows them all. */
const QUOTE_CHARS = 90;

/**
 * A fact in a line: "MGX FUNDS OpenAI", "Sam Altman proposes …: “…”", "AI diffusion rule restricts …".
 * `short` cuts a statement's words to QUOTE_CHARS.
 */
export function factText(fact: ContradictionFactData, short = false): string {
  if (fact.relation) {
    const r = fact.relation;
    return [r.from.name, r.type, r.to.name, r.role, moneyText(r)].filter(Boolean).join(" ");
  }
  if (fact.statement) {
    const s = fact.statement;
    const about = s.about ? ` ${s.about.name}` : "";
    const quote = short && s.quote.length > QUOTE_CHARS ? `${s.quote.slice(0, QUOTE_CHARS - 1)}…` : s.quote;
    return `${s.actor.name} ${s.stance.toLowerCase()}${about}: “${quote}”`;
  }
  if (fact.policyTarget) {
    const t = fact.policyTarget;
    return `${t.policy.name} ${effectText(t.effect)} ${t.target.name}${t.role ? ` (${t.role})` : ""}`;
  }
  if (fact.event) return fact.event.name;
  return fact.id;
}

function datesText(fact: ContradictionFactData): string {
  return periodText({ validFrom: fact.starts, validTo: fact.ends }) ?? "undated";
}

/** The actors, relations and instruments a finding names, for the drawing. */
export function factsOf(finding: ContradictionData): FactDrawing {
  const actors = new Map<string, ActorData>([[finding.actor.id, finding.actor]]);
  if (finding.counterpart) actors.set(finding.counterpart.id, finding.counterpart);
  const drawing: FactDrawing = { actors: [], relations: [], instruments: [], targets: [] };
  for (const fact of [finding.position, finding.tie, ...finding.via]) {
    if (fact.relation) {
      const { from, to, ...relation } = fact.relation;
      actors.set(from.id, from);
      actors.set(to.id, to);
      drawing.relations.push({ ...relation, from: { id: from.id }, to: { id: to.id } });
    }
    if (fact.statement) {
      actors.set(fact.statement.actor.id, fact.statement.actor);
      const about = fact.statement.about;
      if (about?.__typename === "Actor") actors.set(about.id, about);
    }
    if (fact.policyTarget) {
      const { policy, target, ...link } = fact.policyTarget;
      actors.set(target.id, target);
      drawing.instruments.push(policy);
      drawing.targets.push({ ...link, policy: { id: policy.id }, target: { id: target.id } });
    }
    if (fact.event) for (const { actor } of fact.event.participants) actors.set(actor.id, actor);
  }
  drawing.actors = [...actors.values()];
  return drawing;
}

export class ContradictionsView {
  findings: ContradictionData[] = [];
  /** The finding shown, by id; null: none. */
  selected: string | null = null;
  private asked = 0;

  constructor(
    /** Draws and highlights a finding's facts. */
    private readonly onShow: (finding: ContradictionData) => void,
  ) {}

  /** A section for the actor's panel, which fills itself once the API answers. */
  section(actor: ActorData): HTMLElement {
    this.findings = [];
    this.selected = null;
    const body = el("div", { class: "contradictions-body" }, el("p", { class: "hint" }, "Reading the findings…"));
    const root = el(
      "section",
      { id: "contradictions", class: "analysis contradictions", "aria-labelledby": "contradictions-heading", "data-actor-id": actor.id },
      el("h3", { id: "contradictions-heading" }, "Contradictions"),
      body,
    );
    void this.load(actor, root, body);
    return root;
  }

  private async load(actor: ActorData, root: HTMLElement, body: HTMLElement): Promise<void> {
    const asked = ++this.asked;
    root.dataset.busy = "true";
    try {
      const findings = await contradictionsOf(actor.id);
      if (asked !== this.asked) return;
      this.findings = findings;
      this.render(actor, root, body);
    } catch (error) {
      if (asked !== this.asked) return;
      body.replaceChildren(
        el("p", { class: "error" }, `The contradictions could not be read: ${error instanceof Error ? error.message : String(error)}`),
      );
    } finally {
      if (asked === this.asked) {
        root.dataset.count = String(this.findings.length);
        root.dataset.busy = "false";
      }
    }
  }

  private render(actor: ActorData, root: HTMLElement, body: HTMLElement): void {
    const heading = root.querySelector("h3");
    if (heading) heading.textContent = `Contradictions (${this.findings.length})`;
    if (this.findings.length === 0) {
      body.replaceChildren(el("p", { class: "hint" }, `No rule finds a contradiction about ${actor.name}.`));
      return;
    }
    const detail = el("div", { class: "contradiction-detail", "aria-live": "polite" });
    const list = el("ol", { class: "contradiction-list" });
    for (const finding of this.findings) {
      const item = el(
        "li",
        { "data-contradiction-id": finding.id },
        button(finding.rule.name, () => this.show(finding, list, detail), "link-button contradiction-rule"),
        el(
          "div",
          { class: "side" },
          el("span", { class: "side-label" }, "A "),
          `${factText(finding.position, true)} (${datesText(finding.position)})`,
        ),
        el(
          "div",
          { class: "side" },
          el("span", { class: "side-label" }, "B "),
          `${factText(finding.tie, true)} (${datesText(finding.tie)})`,
        ),
        el("div", { class: "finding-facts" }, `Overlap: ${OVERLAP_TEXT[finding.overlap]}; confidence: ${finding.confidence.toLowerCase()}`),
      );
      list.append(item);
    }
    body.replaceChildren(
      el(
        "p",
        { class: "hint" },
        "A stated position (A) and a tie that conflicts with it (B). Choose one to highlight both in the drawing.",
      ),
      list,
    );
  }

  /**
   * Marks the finding chosen, draws and highlights its facts, and shows both sides with their sources under it
   * in the list (one finding's detail at a time).
   */
  private show(finding: ContradictionData, list: HTMLElement, detail: HTMLElement): void {
    this.selected = finding.id;
    for (const item of list.querySelectorAll<HTMLElement>("li[data-contradiction-id]")) {
      const chosen = item.dataset.contradictionId === finding.id;
      item.classList.toggle("current", chosen);
      if (chosen) item.append(detail);
    }
    detail.dataset.contradictionId = finding.id;
    const side = (title: string, fact: ContradictionFactData) =>
      el(
        "div",
        { class: "contradiction-side", "data-fact-id": fact.id },
        title ? el("h4", {}, title) : null,
        el("p", {}, factText(fact)),
        el("p", { class: "hint" }, `${datesText(fact)}; ${fact.confidence.toLowerCase()}`),
        ...fact.sources.map(citation),
      );
    detail.replaceChildren(
      el("h4", {}, finding.rule.name),
      el("details", {}, el("summary", {}, "About the rule"), el("p", { class: "reason" }, finding.rule.description)),
      el(
        "p",
        {},
        `${OVERLAP_SENTENCE[finding.overlap]} Confidence: ${finding.confidence.toLowerCase()} (the lower of the two). Basis: ${finding.basis.toLowerCase().replace(/_/g, " ")}.`,
      ),
      side("A: the stated position", finding.position),
      side("B: the tie that conflicts with it", finding.tie),
      ...(finding.via.length > 0
        ? [el("h4", {}, `What joins them (${finding.via.length})`), ...finding.via.map((fact) => side("", fact))]
        : []),
    );
    detail.scrollIntoView({ block: "nearest" });
    this.onShow(finding);
  }
}
