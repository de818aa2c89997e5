// The exposure chart of the selected actor (the API's `exposure`): per period, the money paid to it and the money
// pledged, side by side, each a stack of the classes of its funders (by default the regime class of the states
// behind them, coloured as the drawing colours states). Pointing at a bar shows the fundings behind it, with their
// sources; a click keeps them shown. The table under "Figures" holds the same numbers as buttons, for the
// keyboard, and reaches the fundings that give no dollar figure and so draw no bar.
//
// Test hook: the section (#exposure) carries data-actor-id, data-by, data-step and data-busy ("true" while a
// question runs); the fundings shown carry data-period, data-class and data-money. `chart`, `data` and
// `series` say what is drawn.
import { BarController, BarElement, CategoryScale, Chart, LinearScale, Tooltip, type ActiveElement, type TooltipItem } from "chart.js";
import {
  exposure,
  type ActorData,
  type ExposureByName,
  type ExposureData,
  type ExposureFundingData,
  type ExposurePeriodData,
  type ExposureShareData,
  type ExposureStepName,
} from "./api";
import { compactNumber, enumText } from "./labels";
import { exposureClassStyle } from "./palette";
import { button, citation, el } from "./panel";

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip);

/** Money paid (the share's receivedUsd, amountKind PAID) or pledged (committedUsd, amountKind COMMITTED). */
export type Money = "paid" | "pledged";

/** One drawn series: the bars of one class and one kind of money, a value per period. */
export interface Series {
  cls: string | null;
  money: Money;
  label: string;
  colour: string;
}

/** Which fundings the list under the chart shows: a class in a period, and the bar's money (null: all of them). */
export interface BarRef {
  period: number;
  cls: string | null;
  money: Money | null;
}

const BY_CHOICES: [ExposureByName, string][] = [
  ["REGIME", "Regime"],
  ["COUNTRY", "Country"],
  ["KIND", "Kind"],
];
const STEP_CHOICES: [ExposureStepName, string][] = [
  ["YEAR", "Years"],
  ["QUARTER", "Quarters"],
];
/** Regime classes from the least free up, so that the stacks read the same way in every period. */
const REGIME_ORDER = ["AUTHORITARIAN", "HYBRID_REGIME", "FLAWED_DEMOCRACY", "FULL_DEMOCRACY"];
/** Bars stay readable however many periods there are: the chart widens and the panel scrolls sideways. */
const PX_PER_PERIOD = 18;

const AMOUNT_KIND_TEXT: Record<string, string> = {
  PAID: "paid",
  COMMITTED: "pledged",
  UP_TO: "up to (a ceiling)",
  CREDIT_LINE: "credit line",
  VALUATION: "valuation",
};

function usd(value: number): string {
  return `$${compactNumber(value)}`;
}

function moneyOf(share: ExposureShareData, money: Money): number {
  return money === "paid" ? share.receivedUsd : share.committedUsd;
}

/** A class's money of one kind in a period; 0 when the class has no funding then. */
function valueIn(period: ExposurePeriodData, cls: string | null, money: Money): number {
  const share = period.shares.find((s) => s.class === cls);
  return share ? moneyOf(share, money) : 0;
}

/** The fundings a bar stands for: those of its amount kind that give a dollar figure; they add up to its height. */
function inBar(funding: ExposureFundingData, money: Money): boolean {
  return funding.funding.amountUsd !== null && funding.funding.amountKind === (money === "paid" ? "PAID" : "COMMITTED");
}

/** A hatched fill for pledged money, so that it reads apart from money paid without relying on colour. */
function hatch(colour: string): CanvasPattern | string {
  const tile = document.createElement("canvas");
  tile.width = 8;
  tile.height = 8;
  const g = tile.getContext("2d");
  if (!g) return colour;
  g.fillStyle = "#ffffff";
  g.fillRect(0, 0, 8, 8);
  g.strokeStyle = colour;
  g.lineWidth = 2.5;
  g.beginPath();
  for (const offset of [-8, 0, 8]) {
    g.moveTo(offset, 8);
    g.lineTo(offset + 8, 0);
  }
  g.stroke();
  return g.createPattern(tile, "repeat") ?? colour;
}

function radios<T extends string>(
  name: string,
  legend: string,
  choices: [T, string][],
  current: T,
  onChange: (value: T) => void,
): HTMLElement {
  const set = el("fieldset", { class: "exposure-choice" }, el("legend", {}, legend));
  for (const [value, text] of choices) {
    const input = el("input", { type: "radio", name, value });
    input.checked = value === current;
    input.addEventListener("change", () => {
      if (input.checked) onChange(value);
    });
    set.append(el("label", {}, input, text));
  }
  return set;
}

export class ExposureView {
  /** What the money is split by and the length of the periods; kept from one actor to the next. */
  by: ExposureByName = "REGIME";
  step: ExposureStepName = "YEAR";
  chart: Chart<"bar", number[], string> | null = null;
  data: ExposureData | null = null;
  series: Series[] = [];
  /** Which answer the section waits for, so that a slow answer never replaces a later choice's. */
  private asked = 0;
  private root: HTMLElement | null = null;
  private actor: ActorData | null = null;
  /** A bar was clicked: pointing at others no longer replaces its fundings until a click elsewhere. */
  private pinned = false;

  constructor(
    /** Shows a drawn actor's panel (a funder's name is a link when it is drawn). */
    private readonly onActor: (id: string) => void,
    private readonly drawn: () => ReadonlyMap<string, ActorData>,
  ) {}

  /** A section for the actor's panel, which fills itself once the API answers. */
  section(actor: ActorData): HTMLElement {
    this.chart?.destroy();
    this.chart = null;
    this.data = null;
    this.series = [];
    this.actor = actor;
    this.pinned = false;
    const root = el(
      "section",
      { id: "exposure", class: "analysis exposure", "aria-labelledby": "exposure-heading", "data-actor-id": actor.id },
      el("h3", { id: "exposure-heading" }, "Money received"),
      el(
        "div",
        { class: "exposure-switch" },
        radios("exposure-by", "Split by", BY_CHOICES, this.by, (by) => {
          this.by = by;
          void this.load();
        }),
        radios("exposure-step", "Periods", STEP_CHOICES, this.step, (step) => {
          this.step = step;
          void this.load();
        }),
      ),
      el("div", { class: "exposure-body" }),
    );
    this.root = root;
    void this.load();
    return root;
  }

  private body(): HTMLElement | null {
    return this.root?.querySelector<HTMLElement>(".exposure-body") ?? null;
  }

  private async load(): Promise<void> {
    const { root, actor, by, step } = this;
    if (!root || !actor) return;
    const asked = ++this.asked;
    root.dataset.busy = "true";
    this.pinned = false;
    this.body()?.replaceChildren(el("p", { class: "hint" }, "Reading the fundings…"));
    try {
      const data = await exposure(actor.id, by, step);
      if (asked !== this.asked) return;
      this.render(actor, data);
    } catch (error) {
      if (asked !== this.asked) return;
      this.body()?.replaceChildren(
        el("p", { class: "error" }, `The exposure could not be read: ${error instanceof Error ? error.message : String(error)}`),
      );
    } finally {
      if (asked === this.asked) {
        root.dataset.by = by;
        root.dataset.step = step;
        root.dataset.busy = "false";
      }
    }
  }

  /** The classes of the answer, each once: regimes from the least free up, others as the API orders them. */
  private classesOf(data: ExposureData): (string | null)[] {
    const seen: (string | null)[] = [];
    for (const period of data.periods) for (const share of period.shares) if (!seen.includes(share.class)) seen.push(share.class);
    if (data.by === "REGIME")
      seen.sort((a, b) => (a === null ? 99 : REGIME_ORDER.indexOf(a)) - (b === null ? 99 : REGIME_ORDER.indexOf(b)));
    return seen;
  }

  private render(actor: ActorData, data: ExposureData): void {
    const body = this.body();
    if (!body) return;
    this.chart?.destroy();
    this.chart = null;
    this.data = data;
    const heading = this.root?.querySelector("h3");
    const byText = {
      REGIME: "by the regime of the states behind the funders",
      COUNTRY: "by the country of the funders",
      KIND: "by the funders' kind",
    };
    if (heading) heading.textContent = `Money received, ${byText[data.by]}`;

    const classes = this.classesOf(data);
    const styleOf = (cls: string | null) => exposureClassStyle(data.by, cls, classes.indexOf(cls));
    // A series is drawn only when it has money in some period; a class whose fundings give no figure is in the table.
    this.series = (["paid", "pledged"] as const).flatMap((money) =>
      classes
        .filter((cls) => data.periods.some((period) => valueIn(period, cls, money) > 0))
        .map((cls) => ({ cls, money, label: `${styleOf(cls).label}, ${money}`, colour: styleOf(cls).colour })),
    );
    const paid = data.periods.reduce((sum, p) => sum + p.receivedUsd, 0);
    const pledged = data.periods.reduce((sum, p) => sum + p.committedUsd, 0);
    const fundingCount = data.periods.reduce((sum, p) => sum + p.fundingCount, 0);
    const outside = (groups: ExposureData["undated"]) => new Set(groups.flatMap((g) => g.fundings.map((f) => f.funding.id))).size;
    const undated = outside(data.undated);
    const unplaced = outside(data.unplaced);

    if (fundingCount === 0 && undated === 0 && unplaced === 0) {
      body.replaceChildren(el("p", { class: "hint" }, `No funding into ${actor.name} is recorded.`));
      return;
    }
    const [first, last] = [data.periods[0], data.periods.at(-1)];
    const range = first && last ? `${first.label}–${last.label}` : "";
    const notes = [
      undated > 0 ? `${undated} ${undated === 1 ? "funding has" : "fundings have"} no date` : "",
      unplaced > 0 ? `${unplaced} ${unplaced === 1 ? "is" : "are"} dated only by year (see Years)` : "",
    ].filter(Boolean);
    const fundings = el(
      "div",
      { class: "exposure-fundings", "aria-live": "polite" },
      el("p", { class: "hint" }, "Point at a bar, or click it, for the fundings behind it."),
    );
    const parts: HTMLElement[] = [];
    if (this.series.length > 0) {
      const canvas = el("canvas", {
        role: "img",
        "aria-label": `Bar chart of the money ${actor.name} received per ${data.step === "YEAR" ? "year" : "quarter"}, ${range}, ${byText[data.by]}: ${usd(paid)} paid and ${usd(pledged)} pledged; the figures are in the table below.`,
      });
      const box = el("div", { class: "chart-box" }, canvas);
      box.style.minWidth = `${data.periods.length * PX_PER_PERIOD + 50}px`;
      parts.push(el("div", { class: "chart-scroll" }, box));
    } else {
      parts.push(el("p", { class: "hint" }, `None of the ${fundingCount} fundings dated ${range} gives a dollar figure paid or pledged.`));
    }
    const legend = el("ul", { class: "exposure-legend" });
    for (const cls of classes) {
      const style = styleOf(cls);
      const swatch = el("span", { class: "swatch", "aria-hidden": "true" });
      swatch.style.setProperty("--swatch", style.colour);
      legend.append(el("li", {}, swatch, style.label));
    }
    const paidSwatch = el("span", { class: "swatch", "aria-hidden": "true" });
    paidSwatch.style.setProperty("--swatch", "#666666");
    const pledgedSwatch = el("span", { class: "swatch swatch-hatched", "aria-hidden": "true" });
    pledgedSwatch.style.setProperty("--swatch", "#666666");
    legend.append(el("li", {}, paidSwatch, "Paid (left bar)"), el("li", {}, pledgedSwatch, "Pledged (right bar, hatched)"));
    body.replaceChildren(
      el(
        "p",
        { class: "exposure-summary" },
        `${range}: ${usd(paid)} paid, ${usd(pledged)} pledged, in ${fundingCount} dated fundings${notes.length ? `; not in the chart: ${notes.join(", ")}` : ""}. Ceilings, credit lines and fundings with no figure are listed, not drawn.`,
      ),
      ...parts,
      legend,
      this.table(data, classes, styleOf),
      fundings,
    );
    // Drawn once the canvas is in the page, so that Chart.js can measure its box.
    const canvas = body.querySelector("canvas");
    if (canvas) this.draw(canvas, data, fundings);
  }

  private draw(canvas: HTMLCanvasElement, data: ExposureData, fundings: HTMLElement): void {
    if (!canvas.isConnected || this.data !== data) return;
    const refOf = (element: ActiveElement): BarRef | null => {
      const series = this.series[element.datasetIndex];
      return series ? { period: element.index, cls: series.cls, money: series.money } : null;
    };
    this.chart = new Chart(canvas, {
      type: "bar",
      data: {
        labels: data.periods.map((p) => p.label),
        datasets: this.series.map((series) => ({
          label: series.label,
          stack: series.money,
          data: data.periods.map((period) => valueIn(period, series.cls, series.money)),
          backgroundColor: series.money === "paid" ? series.colour : hatch(series.colour),
          borderColor: series.colour,
          borderWidth: series.money === "paid" ? 0 : 1,
        })),
      },
      options: {
        animation: false,
        responsive: true,
        maintainAspectRatio: false,
        interaction: { mode: "nearest", intersect: true },
        scales: {
          x: { stacked: true, ticks: { autoSkip: true, maxRotation: 90, font: { size: 10 } } },
          y: { stacked: true, beginAtZero: true, ticks: { callback: (value) => usd(Number(value)), font: { size: 10 } } },
        },
        plugins: {
          tooltip: {
            callbacks: {
              label: (item: TooltipItem<"bar">) => `${this.series[item.datasetIndex]?.label}: ${usd(Number(item.raw))}`,
              footer: (items: TooltipItem<"bar">[]) => {
                const period = data.periods[items[0]?.dataIndex ?? -1];
                if (!period) return "";
                const lines = [`${period.label}: ${usd(period.receivedUsd)} paid, ${usd(period.committedUsd)} pledged`];
                const stacked = period.shares.reduce((sum, s) => sum + s.receivedUsd, 0);
                if (Math.abs(stacked - period.receivedUsd) > 0.5)
                  lines.push("A funding controlled by states of two classes is in both stacks.");
                return lines;
              },
            },
          },
        },
        onHover: (event, elements) => {
          const ref = elements[0] ? refOf(elements[0]) : null;
          canvas.style.cursor = ref ? "pointer" : "default";
          if (!this.pinned && ref && event.type === "mousemove") this.showFundings(fundings, ref);
        },
        // A click on a bar keeps its fundings shown; a click beside the bars lets pointing show others again.
        onClick: (_event, elements) => {
          const ref = elements[0] ? refOf(elements[0]) : null;
          this.pinned = ref !== null;
          if (ref) this.showFundings(fundings, ref);
        },
      },
    });
  }

  /** The figures as a table: one row per class and period with fundings; each figure opens its fundings. */
  private table(data: ExposureData, classes: (string | null)[], styleOf: (cls: string | null) => { label: string }): HTMLElement {
    const rows = el("tbody");
    const fundingsOf = () => this.root?.querySelector<HTMLElement>(".exposure-fundings") ?? null;
    const open = (ref: BarRef) => () => {
      const target = fundingsOf();
      if (!target) return;
      this.pinned = true;
      this.showFundings(target, ref);
    };
    data.periods.forEach((period, index) => {
      for (const cls of classes) {
        const found = period.shares.find((s) => s.class === cls);
        if (!found) continue;
        const cell = (money: Money) => {
          const value = moneyOf(found, money);
          return el("td", {}, value > 0 ? button(usd(value), open({ period: index, cls, money }), "link-button") : "–");
        };
        rows.append(
          el(
            "tr",
            {},
            el("th", { scope: "row" }, period.label),
            el("td", {}, styleOf(cls).label),
            cell("paid"),
            cell("pledged"),
            el("td", {}, button(String(found.fundings.length), open({ period: index, cls, money: null }), "link-button")),
          ),
        );
      }
    });
    return el(
      "details",
      { class: "exposure-figures" },
      el("summary", {}, "Figures"),
      el(
        "table",
        {},
        el("thead", {}, el("tr", {}, ...["Period", "Class", "Paid", "Pledged", "Fundings"].map((h) => el("th", { scope: "col" }, h)))),
        rows,
      ),
    );
  }

  /** Lists the fundings behind a bar (or every funding of a class in a period), each with its sources. */
  showFundings(target: HTMLElement, ref: BarRef): void {
    const { data } = this;
    const period = data?.periods[ref.period];
    const found = period?.shares.find((s) => s.class === ref.cls);
    if (!data || !period || !found) return;
    const classes = this.classesOf(data);
    const style = exposureClassStyle(data.by, ref.cls, classes.indexOf(ref.cls));
    const { money } = ref;
    const inThisBar = money ? found.fundings.filter((f) => inBar(f, money)) : found.fundings;
    const others = money ? found.fundings.filter((f) => !inBar(f, money)) : [];
    target.dataset.period = period.label;
    target.dataset.class = ref.cls ?? "";
    target.dataset.money = ref.money ?? "";
    const title = ref.money
      ? `${period.label} · ${style.label} · ${usd(moneyOf(found, ref.money))} ${ref.money}`
      : `${period.label} · ${style.label} · every funding`;
    target.replaceChildren(
      el("h4", {}, title),
      this.fundingList(inThisBar, "bar"),
      ...(others.length > 0
        ? [el("h4", {}, `Other fundings of this class in ${period.label} (${others.length})`), this.fundingList(others, "other")]
        : []),
    );
  }

  private fundingList(items: ExposureFundingData[], role: "bar" | "other"): HTMLElement {
    const drawn = this.drawn();
    const list = el("ul", { class: `exposure-funding-list exposure-${role}` });
    for (const { funding, controls } of items) {
      const amount =
        funding.amountUsd !== null
          ? usd(funding.amountUsd)
          : funding.amount !== null
            ? `${funding.currency ?? ""} ${compactNumber(funding.amount)}`.trim()
            : "no figure";
      const kind = funding.amountKind ? (AMOUNT_KIND_TEXT[funding.amountKind] ?? enumText(funding.amountKind).toLowerCase()) : null;
      const funder = drawn.has(funding.funder.id)
        ? button(funding.funder.name, () => this.onActor(funding.funder.id), "link-button")
        : el("strong", {}, funding.funder.name);
      const detail = [
        `${amount}${kind ? ` ${kind}` : ""}`,
        funding.date,
        funding.round,
        funding.confidence !== "CONFIRMED" ? funding.confidence.toLowerCase() : null,
      ]
        .filter(Boolean)
        .join(", ");
      const behind = controls.map(({ state, chain }) =>
        chain.length > 0
          ? `${state.name} (${chain.map((hop) => `${hop.from.name} ${hop.relation.type} ${hop.to.name}`).join(", ")})`
          : state.name,
      );
      list.append(
        el(
          "li",
          { "data-funding-id": funding.id },
          funder,
          ` — ${detail}`,
          behind.length > 0 ? el("div", { class: "exposure-behind" }, `States behind the funder: ${behind.join("; ")}`) : null,
          ...funding.sources.map(citation),
        ),
      );
    }
    return list;
  }
}
