// Colours of the drawing and the legend that explains them, from one table each so the two never disagree.
// Actors are coloured by kind; a state is coloured by its regime class instead (and drawn as a hexagon, so
// its kind still shows). Relations are coloured by family and dashed when only reported, dotted when alleged.
// Policy instruments are dark diamonds; the edge to each target is coloured by whether the effect holds the
// target back (a "tee" tip) or lets it do something (an arrow).
import type { PolicyEffectName, RelationTypeName } from "./api";

export const KIND_COLOURS: Record<string, { colour: string; label: string }> = {
  COMPANY: { colour: "#4e79a7", label: "Company or lab" },
  INVESTOR: { colour: "#59a14f", label: "Investor or fund" },
  PERSON: { colour: "#f28e2b", label: "Person" },
  GOVERNMENT_BODY: { colour: "#b07aa1", label: "Government body" },
  INTERNATIONAL_BODY: { colour: "#76b7b2", label: "International body" },
  GROUP: { colour: "#bab0ac", label: "Informal group" },
  MEDIA: { colour: "#9c755f", label: "Media outlet" },
  TEAM: { colour: "#edc948", label: "Team or unit" },
  AI_MODEL: { colour: "#ff9da7", label: "AI model (product)" },
  CHIP: { colour: "#e15759", label: "Chip (product)" },
  CHIP_EQUIPMENT: { colour: "#d37295", label: "Chipmaking equipment (product)" },
};

/** States: by their EIU Democracy Index class; NONE for a state with no class recorded. */
export const REGIME_COLOURS: Record<string, { colour: string; label: string }> = {
  FULL_DEMOCRACY: { colour: "#1f4e9c", label: "Full democracy" },
  FLAWED_DEMOCRACY: { colour: "#6fa8dc", label: "Flawed democracy" },
  HYBRID_REGIME: { colour: "#e69138", label: "Hybrid regime" },
  AUTHORITARIAN: { colour: "#c0392b", label: "Authoritarian" },
  NONE: { colour: "#7f7f7f", label: "State, no class recorded" },
};

export const RELATION_FAMILIES: { label: string; colour: string; types: RelationTypeName[] }[] = [
  { label: "Money and ownership", colour: "#2e8b57", types: ["FUNDS", "OWNS"] },
  { label: "Control and rules", colour: "#8e44ad", types: ["CONTROLS", "REGULATES"] },
  { label: "People and membership", colour: "#5d6d7e", types: ["BOARD_MEMBER_OF", "LEADS", "EMPLOYED_BY", "FOUNDED", "MEMBER_OF"] },
  { label: "Deals and alliances", colour: "#2874a6", types: ["PARTNERS_WITH", "SUPPLIES", "MAKES", "NEGOTIATES_WITH", "ALLIED_WITH"] },
  { label: "Conflict", colour: "#c0392b", types: ["SUED", "CRITICIZES"] },
];

export const INSTRUMENT = { colour: "#34495e", label: "Policy instrument (rule, law, licence, designation…)" };

/** The two families of effects, each with its colour and the shape of its edge's tip. */
export const EFFECT_FAMILIES: { label: string; colour: string; arrow: "tee" | "triangle"; effects: PolicyEffectName[] }[] = [
  {
    label: "Restricts, bans, requires a licence, obliges",
    colour: "#a04000",
    arrow: "tee",
    effects: ["RESTRICTS", "BANS", "REQUIRES_LICENCE", "OBLIGES"],
  },
  { label: "Authorises, exempts, funds", colour: "#117a65", arrow: "triangle", effects: ["AUTHORISES", "EXEMPTS", "FUNDS"] },
];

export function effectStyle(effect: PolicyEffectName): { colour: string; arrow: "tee" | "triangle" } {
  return EFFECT_FAMILIES.find((family) => family.effects.includes(effect)) ?? { colour: "#888888", arrow: "triangle" };
}

/** The exposure chart's classes: a regime as the states are coloured, a kind as the actors are, a country from a cycle. */
export const NO_STATE_CONTROL = { colour: "#9e9e9e", label: "No state control recorded" };
const STATE_KIND = { colour: "#2f4f4f", label: "State" };
const COUNTRY_CYCLE = ["#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#b07aa1", "#ff9da7", "#9c755f", "#bab0ac"];

/**
 * The colour and words of one class of an exposure: by REGIME, the regime's colour of the drawing (null: no
 * state control recorded); by KIND, the kind's colour of the drawing; by COUNTRY, the ISO code, coloured by its
 * place among the classes shown (`index`), as countries have no colour of their own.
 */
export function exposureClassStyle(
  by: "REGIME" | "COUNTRY" | "KIND",
  cls: string | null,
  index: number,
): { colour: string; label: string } {
  if (by === "REGIME")
    return cls === null ? NO_STATE_CONTROL : (REGIME_COLOURS[cls] ?? { colour: REGIME_COLOURS.NONE!.colour, label: cls });
  if (by === "KIND") {
    if (cls === "STATE") return STATE_KIND;
    return cls === null ? { colour: "#999999", label: "Kind not recorded" } : (KIND_COLOURS[cls] ?? { colour: "#999999", label: cls });
  }
  if (cls === null) return { colour: NO_STATE_CONTROL.colour, label: "No country recorded" };
  return { colour: COUNTRY_CYCLE[index % COUNTRY_CYCLE.length]!, label: cls };
}

export function nodeColour(kind: string, regime: string | null): string {
  if (kind === "STATE") return REGIME_COLOURS[regime ?? "NONE"]?.colour ?? REGIME_COLOURS.NONE!.colour;
  return KIND_COLOURS[kind]?.colour ?? "#999999";
}

export function edgeColour(type: RelationTypeName): string {
  return RELATION_FAMILIES.find((family) => family.types.includes(type))?.colour ?? "#888888";
}

/** The legend as DOM: four lists of swatches, read by screen readers as text. */
export function renderLegend(container: HTMLElement): void {
  const section = (title: string, items: { colour: string; label: string; shape: string }[]): HTMLElement => {
    const wrapper = document.createElement("div");
    const heading = document.createElement("h3");
    heading.textContent = title;
    const list = document.createElement("ul");
    for (const item of items) {
      const entry = document.createElement("li");
      const swatch = document.createElement("span");
      swatch.className = `swatch swatch-${item.shape}`;
      swatch.style.setProperty("--swatch", item.colour);
      swatch.setAttribute("aria-hidden", "true");
      entry.append(swatch, item.label);
      list.append(entry);
    }
    wrapper.append(heading, list);
    return wrapper;
  };
  container.replaceChildren(
    section(
      "Actors",
      Object.values(KIND_COLOURS).map((k) => ({ ...k, shape: "dot" })),
    ),
    section(
      "States, by regime (EIU)",
      Object.values(REGIME_COLOURS).map((r) => ({ ...r, shape: "hexagon" })),
    ),
    section("Relations", [
      ...RELATION_FAMILIES.map((f) => ({ colour: f.colour, label: f.label, shape: "line" })),
      { colour: "#555555", label: "Reported (dashed)", shape: "dashed" },
      { colour: "#555555", label: "Alleged (dotted)", shape: "dotted" },
    ]),
    section("Policy instruments", [
      { ...INSTRUMENT, shape: "diamond" },
      ...EFFECT_FAMILIES.map((f) => ({ colour: f.colour, label: `${f.label} (edge to the target)`, shape: "line" })),
      { colour: INSTRUMENT.colour, label: "Issued (edge from the issuer)", shape: "line" },
    ]),
  );
}
