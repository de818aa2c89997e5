import type { GraphSelection } from "./export.params";
import type { GraphData, SourceRow } from "./graph-export.service";
import { GRAPH_JSON_FORMAT } from "./graph-json";

/** One GraphML attribute: its key id (unique in the file), the name tools show, its type, and how to read it. */
interface Key<T> {
  id: string;
  name: string;
  type: "string" | "double" | "int";
  value: (item: T) => string | number | null;
}

type Node = GraphData["nodes"][number];
type Edge = GraphData["edges"][number];
type PolicyNode = GraphData["policies"][number];
type PillarNode = GraphData["pillars"][number];
type PolicyLink = GraphData["policyLinks"][number];

/**
 * The node attributes. `label` is the name Gephi and Cytoscape show on a node; kind and regime are there to
 * colour by. Enum values are in the API's spelling (COMPANY, AUTHORITARIAN).
 */
const NODE_KEYS: Key<Node>[] = [
  { id: "label", name: "label", type: "string", value: (a) => a.name },
  { id: "kind", name: "kind", type: "string", value: (a) => a.kind.toUpperCase() },
  { id: "country", name: "country", type: "string", value: (a) => a.country },
  { id: "regime", name: "regime", type: "string", value: (a) => a.regime?.toUpperCase() ?? null },
  { id: "regimeScore", name: "regimeScore", type: "double", value: (a) => a.regimeScore },
  { id: "aliases", name: "aliases", type: "string", value: (a) => (a.aliases?.length ? a.aliases.join("; ") : null) },
  {
    id: "identifiers",
    name: "identifiers",
    type: "string",
    value: (a) => (a.identifierValues?.length ? a.identifierValues.join("; ") : null),
  },
  { id: "description", name: "description", type: "string", value: (a) => a.description },
  { id: "nodeDataset", name: "dataset", type: "string", value: (a) => a.dataset },
  { id: "record", name: "record", type: "string", value: () => "ACTOR" },
];

/**
 * A policy instrument is a node too, with `record` POLICY to tell it from actors (ACTOR) and pillars (PILLAR), and
 * `kind` its kind of instrument (EXPORT_RULE). The keys it shares with actors have the same ids.
 */
const POLICY_NODE_KEYS: Key<PolicyNode>[] = [
  { id: "label", name: "label", type: "string", value: (p) => p.name },
  { id: "kind", name: "kind", type: "string", value: (p) => p.kind.toUpperCase() },
  { id: "aliases", name: "aliases", type: "string", value: (p) => (p.aliases?.length ? p.aliases.join("; ") : null) },
  { id: "description", name: "description", type: "string", value: (p) => p.description },
  { id: "nodeDataset", name: "dataset", type: "string", value: (p) => p.dataset },
  { id: "record", name: "record", type: "string", value: () => "POLICY" },
  { id: "jurisdiction", name: "jurisdiction", type: "string", value: (p) => p.jurisdiction },
  { id: "announced", name: "announced", type: "string", value: (p) => p.announced },
  { id: "inForce", name: "inForce", type: "string", value: (p) => p.inForce },
  { id: "ended", name: "ended", type: "string", value: (p) => p.ended },
  { id: "endKind", name: "endKind", type: "string", value: (p) => p.endKind?.toUpperCase() ?? null },
];

const PILLAR_NODE_KEYS: Key<PillarNode>[] = [
  { id: "label", name: "label", type: "string", value: (p) => p.name },
  { id: "record", name: "record", type: "string", value: () => "PILLAR" },
];

/**
 * The edge attributes: `label` is what Gephi draws on an edge (type, date, dollars); `sources` holds the URLs
 * of the sources, separated by single spaces (URLs hold none).
 */
function edgeKeys(sourceUrl: (id: string) => string | undefined): Key<Edge>[] {
  return [
    { id: "edgeLabel", name: "label", type: "string", value: edgeLabel },
    { id: "type", name: "type", type: "string", value: (r) => r.type },
    { id: "validFrom", name: "validFrom", type: "string", value: (r) => r.validFrom },
    { id: "validTo", name: "validTo", type: "string", value: (r) => r.validTo },
    { id: "amount", name: "amount", type: "double", value: (r) => r.amount },
    { id: "currency", name: "currency", type: "string", value: (r) => r.currency },
    { id: "amountUsd", name: "amountUsd", type: "double", value: (r) => r.amountUsd },
    { id: "amountKind", name: "amountKind", type: "string", value: (r) => r.amountKind?.toUpperCase() ?? null },
    { id: "fundingRound", name: "fundingRound", type: "string", value: (r) => r.fundingRoundId ?? null },
    { id: "round", name: "round", type: "string", value: (r) => r.round },
    { id: "instrument", name: "instrument", type: "string", value: (r) => r.instrument?.toUpperCase() ?? null },
    { id: "stake", name: "stake", type: "double", value: (r) => r.stake },
    { id: "role", name: "role", type: "string", value: (r) => r.role },
    { id: "position", name: "position", type: "string", value: (r) => r.position?.toUpperCase() ?? null },
    { id: "sharedPosition", name: "sharedPosition", type: "string", value: (r) => r.sharedPosition ?? null },
    { id: "confidence", name: "confidence", type: "string", value: (r) => r.confidence.toUpperCase() },
    {
      id: "sources",
      name: "sources",
      type: "string",
      value: (r) =>
        r.citations
          .map((c) => sourceUrl(c.source))
          .filter((u) => u !== undefined)
          .join(" ") || null,
    },
    { id: "edgeDataset", name: "dataset", type: "string", value: (r) => r.dataset },
  ];
}

/** The links of instruments, with the keys they share with relations, plus what a TARGETS link does (effect). */
function policyLinkKeys(sourceUrl: (id: string) => string | undefined): Key<PolicyLink>[] {
  return [
    {
      id: "edgeLabel",
      name: "label",
      type: "string",
      value: (l) => [l.type, l.effect?.toUpperCase() ?? null, l.validFrom].filter((x) => x !== null).join(" "),
    },
    { id: "type", name: "type", type: "string", value: (l) => l.type },
    { id: "effect", name: "effect", type: "string", value: (l) => l.effect?.toUpperCase() ?? null },
    { id: "validFrom", name: "validFrom", type: "string", value: (l) => l.validFrom },
    { id: "validTo", name: "validTo", type: "string", value: (l) => l.validTo },
    { id: "role", name: "role", type: "string", value: (l) => l.role },
    { id: "reason", name: "reason", type: "string", value: (l) => l.reason },
    { id: "confidence", name: "confidence", type: "string", value: (l) => l.confidence?.toUpperCase() ?? null },
    {
      id: "sources",
      name: "sources",
      type: "string",
      value: (l) =>
        l.citations
          .map((c) => sourceUrl(c.source))
          .filter((u) => u !== undefined)
          .join(" ") || null,
    },
  ];
}

/** Each key id once, in first-seen order: node or edge lists that share a key declare it once. */
function distinctKeys(lists: Key<never>[][]): Key<never>[] {
  const seen = new Map<string, Key<never>>();
  for (const key of lists.flat()) if (!seen.has(key.id)) seen.set(key.id, key);
  return [...seen.values()];
}

/**
 * The graph as GraphML (http://graphml.graphdrawing.org), directed, for Gephi, Cytoscape desktop, yEd,
 * networkx.read_graphml and igraph. Every attribute is declared with its attr.type; an unknown value is left
 * out rather than written empty, so numbers stay numbers.
 */
export function toGraphml(graph: GraphData, selection: GraphSelection, exportedAt: Date): string {
  const urls = new Map(graph.sources.map((s: SourceRow) => [s.id, s.url]));
  const edgeKeyList = edgeKeys((id) => urls.get(id));
  const linkKeyList = policyLinkKeys((id) => urls.get(id));
  const nodeKeys = distinctKeys([NODE_KEYS, POLICY_NODE_KEYS, PILLAR_NODE_KEYS] as Key<never>[][]);
  const edgeKeysDeclared = distinctKeys([edgeKeyList, linkKeyList] as Key<never>[][]);
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<!-- ${comment(`ai-policy-graph export (${GRAPH_JSON_FORMAT} as GraphML), ${exportedAt.toISOString()}; asOf=${selection.asOf ?? "any"} kind=${selection.kinds?.map((k) => k.toUpperCase()).join(",") ?? "all"} type=${selection.types?.join(",") ?? "all"} dataset=${selection.dataset ?? "all"}`)} -->`,
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...nodeKeys.map((k) => `  <key id="${k.id}" for="node" attr.name="${k.name}" attr.type="${k.type}"/>`),
    ...edgeKeysDeclared.map((k) => `  <key id="${k.id}" for="edge" attr.name="${k.name}" attr.type="${k.type}"/>`),
    '  <graph id="ai-policy-graph" edgedefault="directed">',
  ];
  for (const node of graph.nodes) lines.push(`    <node id="${escapeXml(node.id)}">${data(NODE_KEYS, node)}</node>`);
  for (const node of graph.policies) lines.push(`    <node id="${escapeXml(node.id)}">${data(POLICY_NODE_KEYS, node)}</node>`);
  for (const node of graph.pillars) lines.push(`    <node id="${escapeXml(node.id)}">${data(PILLAR_NODE_KEYS, node)}</node>`);
  for (const edge of graph.edges) {
    lines.push(
      `    <edge id="${escapeXml(edge.id)}" source="${escapeXml(edge.fromId)}" target="${escapeXml(edge.toId)}">${data(edgeKeyList, edge)}</edge>`,
    );
  }
  for (const link of graph.policyLinks) {
    lines.push(
      `    <edge id="${escapeXml(link.id)}" source="${escapeXml(link.fromId)}" target="${escapeXml(link.toId)}">${data(linkKeyList, link)}</edge>`,
    );
  }
  lines.push("  </graph>", "</graphml>");
  return lines.join("\n") + "\n";
}

function data<T>(keys: Key<T>[], item: T): string {
  return keys
    .map((k) => [k, k.value(item)] as const)
    .filter(([, value]) => value !== null && value !== "")
    .map(([k, value]) => `<data key="${k.id}">${escapeXml(String(value))}</data>`)
    .join("");
}

/** "FUNDS 2023-01-23 $10bn": what a drawing shows on an edge. */
function edgeLabel(r: Edge): string {
  return [r.type, r.validFrom, r.amountUsd === null ? null : dollars(r.amountUsd)].filter((part) => part !== null).join(" ");
}

function dollars(amount: number): string {
  const units: [number, string][] = [
    [1e9, "bn"],
    [1e6, "m"],
    [1e3, "k"],
  ];
  for (const [size, unit] of units) if (amount >= size) return `$${Number((amount / size).toFixed(2))}${unit}`;
  return `$${amount}`;
}

/** The characters XML 1.0 cannot hold: C0 controls but tab and line ends, U+FFFE, U+FFFF and lone surrogates. */
const NOT_XML =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: these characters are what the expression is for.
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text and attribute values: the five XML escapes, and characters XML 1.0 cannot hold removed. */
function escapeXml(text: string): string {
  return text
    .replace(NOT_XML, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

/** A comment may not hold "--". */
function comment(text: string): string {
  return escapeXml(text).replace(/--/g, "- -");
}
