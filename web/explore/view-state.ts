// The explorer's view as a URL, so that a view can be bookmarked, shared or cited and reopens the same:
// ?focus=openai&expand=microsoft,mgx:2&asOf=2024-01-01&types=FUNDS,OWNS&rules=1&path=saudi-arabia..openai&hops=6&paths=5&directed=1
// - focus: the actors the view was opened on (chosen from a search or a link); expand: those expanded from the
//   drawing since. Each is an actor id, with ":<depth>" when it was expanded more than one step.
// - asOf: the day the drawing is valid on; types: the relation types drawn (absent: every type).
// - instruments=1: policy instruments that target the drawn actors are drawn too; rules=1: the rules view, the
//   instruments in force on asOf that target the focus and expanded actors, instead of their relations.
// - path, hops, paths, directed: the path question (from..to, its hop limit, how many paths, money's direction).
// Parsing never throws: an unknown type, a malformed day or id is left out, so an old or edited link still opens.
import { RELATION_TYPES, type RelationTypeName } from "./api";
import type { InstrumentMode, PathQuery } from "./explorer";

export interface Expanded {
  id: string;
  depth: number;
}

export interface ViewState {
  focus: Expanded[];
  expand: Expanded[];
  asOf: string | null;
  types: RelationTypeName[] | null;
  instruments: InstrumentMode;
  path: PathQuery | null;
}

/** The path question's limits when a link leaves them out: the form's own defaults. */
const PATH_DEFAULTS = { maxHops: 4, first: 5 } as const;

const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

export function emptyViewState(): ViewState {
  return { focus: [], expand: [], asOf: null, types: null, instruments: null, path: null };
}

export function isEmptyViewState(state: ViewState): boolean {
  return (
    state.focus.length === 0 &&
    state.expand.length === 0 &&
    state.path === null &&
    state.asOf === null &&
    state.types === null &&
    state.instruments === null
  );
}

export function parseViewState(search: string): ViewState {
  const params = new URLSearchParams(search);
  const list = (name: string) =>
    (params.get(name) ?? "")
      .split(",")
      .map((part) => part.trim())
      .filter(Boolean);
  const expanded = (name: string): Expanded[] =>
    list(name).flatMap((part) => {
      const [id, depth] = part.split(":");
      const n = depth === undefined ? 1 : Number(depth);
      return id && ID.test(id) && Number.isInteger(n) && n >= 1 && n <= 3 ? [{ id, depth: n }] : [];
    });
  const asOf = params.get("asOf");
  const types = list("types").filter((t): t is RelationTypeName => (RELATION_TYPES as readonly string[]).includes(t));
  const [from, to] = (params.get("path") ?? "").split("..");
  const number = (name: string, fallback: number) => {
    const n = Number(params.get(name));
    return Number.isInteger(n) && n >= 1 ? n : fallback;
  };
  return {
    focus: expanded("focus"),
    expand: expanded("expand"),
    asOf: asOf && DAY.test(asOf) ? asOf : null,
    types: types.length > 0 ? types : null,
    instruments: params.get("rules") === "1" ? "rules" : params.get("instruments") === "1" ? "around" : null,
    path:
      from && to && ID.test(from) && ID.test(to)
        ? {
            from,
            to,
            maxHops: number("hops", PATH_DEFAULTS.maxHops),
            first: number("paths", PATH_DEFAULTS.first),
            directed: params.get("directed") === "1",
          }
        : null,
  };
}

/** The query string of a view ("" for the empty view), in a fixed order so that one view has one address. */
export function formatViewState(state: ViewState): string {
  const params = new URLSearchParams();
  const expanded = (items: Expanded[]) => items.map(({ id, depth }) => (depth === 1 ? id : `${id}:${depth}`)).join(",");
  if (state.focus.length > 0) params.set("focus", expanded(state.focus));
  if (state.expand.length > 0) params.set("expand", expanded(state.expand));
  if (state.asOf) params.set("asOf", state.asOf);
  if (state.types) params.set("types", state.types.join(","));
  if (state.instruments === "rules") params.set("rules", "1");
  if (state.instruments === "around") params.set("instruments", "1");
  if (state.path) {
    params.set("path", `${state.path.from}..${state.path.to}`);
    params.set("hops", String(state.path.maxHops));
    params.set("paths", String(state.path.first));
    if (state.path.directed) params.set("directed", "1");
  }
  const text = params.toString().replace(/%2C/g, ",").replace(/%3A/g, ":");
  return text ? `?${text}` : "";
}
