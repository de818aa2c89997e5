import { actorKinds, policyLinkTypes, relationTypes, vocabulary } from "../model/model";
import type { GraphSelection } from "./export.params";
import type { CitationRef, GraphData } from "./graph-export.service";

/**
 * The version of the graph.json format. A change that could break a reader (a field removed, renamed or
 * retyped) bumps the number after the "@"; new optional fields do not.
 */
export const GRAPH_JSON_FORMAT = "ai-policy-graph/graph@1";

/** Enum values in the API's spelling, the one researchers see in GraphQL answers: "government_body" -> "GOVERNMENT_BODY". */
const api = (value: string | null): string | null => (value === null ? null : value.toUpperCase());

/** The selection echoed in the document, in the API's spelling, so a file says what it holds. */
export function selectionOf(selection: GraphSelection): Record<string, unknown> {
  return {
    asOf: selection.asOf,
    kind: selection.kinds?.map((k) => k.toUpperCase()) ?? null,
    type: selection.types ?? null,
    dataset: selection.dataset,
  };
}

/** The graph as a graph.json document (see graphJsonSchema for every field). */
export function toGraphJson(graph: GraphData, selection: GraphSelection, exportedAt: Date): Record<string, unknown> {
  const citations = (list: CitationRef[]) => list.map((c) => ({ source: c.source, quote: c.quote }));
  return {
    format: GRAPH_JSON_FORMAT,
    exportedAt: exportedAt.toISOString(),
    selection: selectionOf(selection),
    counts: {
      nodes: graph.nodes.length,
      edges: graph.edges.length,
      policies: graph.policies.length,
      policyLinks: graph.policyLinks.length,
      pillars: graph.pillars.length,
      sources: graph.sources.length,
    },
    nodes: graph.nodes.map((a) => ({
      id: a.id,
      kind: api(a.kind),
      name: a.name,
      country: a.country,
      description: a.description,
      aliases: (a.aliases ?? []).map((alias, i) => ({ alias, lang: a.aliasLanguages?.[i] ?? null })),
      identifiers: (a.identifierSchemes ?? []).map((scheme, i) => ({ scheme: api(scheme), value: a.identifierValues?.[i] ?? null })),
      regime:
        a.regime === null
          ? null
          : {
              class: api(a.regime),
              index: a.regimeIndex,
              year: a.regimeYear,
              score: a.regimeScore,
              citations: citations(a.regimeCitations),
            },
      dataset: a.dataset,
    })),
    edges: graph.edges.map((r) => ({
      id: r.id,
      type: r.type,
      from: r.fromId,
      to: r.toId,
      validFrom: r.validFrom,
      validFromKind: api(r.validFromKind ?? null),
      validTo: r.validTo,
      amount: r.amount,
      currency: r.currency,
      amountUsd: r.amountUsd,
      amountKind: api(r.amountKind ?? null),
      fundingRound: r.fundingRoundId ?? null,
      round: r.round,
      instrument: api(r.instrument),
      stake: r.stake,
      role: r.role,
      position: api(r.position ?? null),
      sharedPosition: r.sharedPosition ?? null,
      note: r.note ?? null,
      confidence: api(r.confidence),
      recordedAt: r.recordedAt,
      dataset: r.dataset,
      citations: citations(r.citations),
    })),
    policies: graph.policies.map((p) => ({
      id: p.id,
      kind: api(p.kind),
      name: p.name,
      officialTitle: p.officialTitle,
      description: p.description,
      aliases: (p.aliases ?? []).map((alias, i) => ({ alias, lang: p.aliasLanguages?.[i] ?? null })),
      jurisdiction: p.jurisdiction,
      announced: p.announced,
      inForce: p.inForce,
      amended: p.amended,
      ended: p.ended,
      endKind: api(p.endKind),
      confidence: api(p.confidence),
      dataset: p.dataset,
      citations: citations(p.citations),
    })),
    policyLinks: graph.policyLinks.map((l) => ({
      id: l.id,
      type: l.type,
      from: l.fromId,
      to: l.toId,
      effect: api(l.effect),
      validFrom: l.validFrom,
      validFromKind: api(l.validFromKind),
      validTo: l.validTo,
      role: l.role,
      reason: l.reason,
      confidence: api(l.confidence),
      citations: citations(l.citations),
    })),
    pillars: graph.pillars.map((p) => ({ id: p.id, plan: p.plan, position: p.position, name: p.name })),
    sources: graph.sources.map((s) => ({
      id: s.id,
      url: s.url,
      via: s.via ?? null,
      title: s.title,
      publisher: s.publisher,
      published: s.published,
      language: s.language,
    })),
  };
}

const text = (description: string) => ({ type: "string", description });
const maybe = (type: string, description: string, extra: Record<string, unknown> = {}) => ({ type: [type, "null"], description, ...extra });
const partialDate = (description: string) =>
  maybe("string", `${description} As precise as the source: "2023", "2023-11" or "2023-11-20".`, {
    pattern: "^\\d{4}(-\\d{2}(-\\d{2})?)?$",
  });
const upper = (values: readonly string[]) => values.map((v) => v.toUpperCase());

/**
 * An object schema that takes exactly these properties, every one of them present (null where unknown): the
 * export writes each field of each item, so the required list is the property list.
 */
function closedObject(properties: Record<string, unknown>): Record<string, unknown> {
  return { type: "object", additionalProperties: false, required: Object.keys(properties), properties };
}

const citationList = {
  type: "array",
  description: "The sources that support the fact, newest first, each with the quote that does so.",
  items: {
    ...closedObject({ source: text("The id of a source in `sources`."), quote: text("The passage of the source that supports the fact.") }),
  },
};

/**
 * The graph.json format as a JSON Schema (draft 2020-12): the documentation of every field, served at
 * /export/graph.schema.json. Its lists of kinds, types and vocabularies come from schema/model.json.
 */
export function graphJsonSchema(): Record<string, unknown> {
  return {
    $schema: "https://json-schema.org/draft/2020-12/schema",
    $id: GRAPH_JSON_FORMAT,
    title: "ai-policy-graph graph export",
    description:
      "The actors (nodes), the dated and sourced relations between them (edges), the policy instruments with their links and the " +
      "pillars those name, and the sources they cite, as of a day and narrowed by a selection. Edges and links name their ends and " +
      "their sources by id; every id names an item of the same document. Enum values are in the GraphQL API's spelling (COMPANY, " +
      "CONFIRMED). A null field is unknown or does not apply.",
    ...closedObject({
      format: { const: GRAPH_JSON_FORMAT, description: "This format and its version. A reader checks it before reading on." },
      exportedAt: { type: "string", format: "date-time", description: "When the export was made (UTC)." },
      selection: {
        description: "What the export holds, as asked: each null keeps all.",
        ...closedObject({
          asOf: maybe("string", "Only relations valid on this day (YYYY-MM-DD), by the API's asOf rule.", { format: "date" }),
          kind: maybe("array", "Only actors of these kinds, and the relations between them.", { items: { enum: upper(actorKinds) } }),
          type: maybe("array", "Only relations of these types.", { items: { enum: [...relationTypes] } }),
          dataset: maybe("string", 'Only records of this dataset ("seeds" is the curated one).'),
        }),
      },
      counts: {
        description: "How many items of each list follow.",
        ...closedObject({
          nodes: { type: "integer" },
          edges: { type: "integer" },
          policies: { type: "integer" },
          policyLinks: { type: "integer" },
          pillars: { type: "integer" },
          sources: { type: "integer" },
        }),
      },
      nodes: {
        type: "array",
        description: "The actors, by id.",
        items: {
          ...closedObject({
            id: text('Stable slug, e.g. "openai".'),
            kind: { enum: upper(actorKinds), description: "What kind of actor it is (schema/MODEL.md)." },
            name: text("Display name."),
            country: maybe("string", "ISO 3166-1 alpha-2 code of the country it belongs to."),
            description: maybe("string", "One sentence on who it is."),
            aliases: {
              type: "array",
              description: "Other names, in any language.",
              items: {
                ...closedObject({ alias: text("The other name."), lang: maybe("string", 'Its language, e.g. "fr".') }),
              },
            },
            identifiers: {
              type: "array",
              description: "Identifiers in other registers (the seed export's identifiers.csv has the source of each).",
              items: {
                ...closedObject({
                  scheme: { enum: upper(vocabulary("identifierScheme")), description: "The register." },
                  value: text('The identifier, e.g. "NASDAQ:NVDA".'),
                }),
              },
            },
            regime: {
              description: "A state's class in a democracy index; null for other actors and unclassed states.",
              oneOf: [
                { type: "null" },
                {
                  ...closedObject({
                    class: { enum: upper(vocabulary("regime")), description: "The regime class." },
                    index: text('The index, e.g. "EIU Democracy Index".'),
                    year: { type: "integer", description: "The edition of the index." },
                    score: maybe("number", "The score in that edition."),
                    citations: citationList,
                  }),
                },
              ],
            },
            dataset: maybe("string", "The dataset the actor was seeded from."),
          }),
        },
      },
      edges: {
        type: "array",
        description: "The relations, directed from `from` to `to`, by id. Both ends are in `nodes`.",
        items: {
          ...closedObject({
            id: text('Stable slug, e.g. "microsoft-funds-openai-2019".'),
            type: { enum: [...relationTypes], description: "What the relation is (schema/MODEL.md): `from` FUNDS `to`." },
            from: text("The id of the actor it starts from."),
            to: text("The id of the actor it points to."),
            validFrom: partialDate("When it began; for money, the date of the deal or its announcement."),
            validFromKind: maybe("string", "What `validFrom` is: when it began, was announced, or was reported.", {
              enum: [...upper(vocabulary("dateKind")), null],
            }),
            validTo: partialDate("When it ended; null while it holds."),
            amount: maybe("number", "Money, in `currency`."),
            currency: maybe("string", "ISO 4217 code of `amount`."),
            amountUsd: maybe("number", "`amount` in US dollars, as the source gave it or converted at the time."),
            amountKind: maybe(
              "string",
              "What `amount` is: paid, committed, an up-to ceiling, a credit line or a valuation. Only PAID is money that moved.",
              {
                enum: [...upper(vocabulary("amountKind")), null],
              },
            ),
            fundingRound: maybe("string", "For FUNDS, the id of the funding round this is the funder's part of."),
            round: maybe("string", 'The funding round in words, e.g. "2024-10 round".'),
            instrument: maybe("string", "How money was given.", { enum: [...upper(vocabulary("instrument")), null] }),
            stake: maybe("number", "For OWNS: the share owned, 0 to 1."),
            role: maybe("string", 'The position held, e.g. "chair" on a board.'),
            position: maybe("string", "For LEADS and BOARD_MEMBER_OF, a role one person holds at a time.", {
              enum: [...upper(vocabulary("position")), null],
            }),
            sharedPosition: maybe(
              "string",
              "Why this holder shares the position with another at the same time (interim, co-chief executives).",
            ),
            note: maybe("string", "Why a date is missing or approximate."),
            confidence: { enum: upper(vocabulary("confidence")), description: "How well the sources establish it." },
            recordedAt: maybe("string", "When the graph first recorded it (ISO 8601).", { format: "date-time" }),
            dataset: maybe("string", "The dataset it was seeded from."),
            citations: citationList,
          }),
        },
      },
      policies: {
        type: "array",
        description:
          "The policy instruments, by id: kept unless the selection names relation types; with asOf, those in force that day (from " +
          "inForce, else announced, until ended).",
        items: {
          ...closedObject({
            id: text('Stable slug, e.g. "us-ai-diffusion-rule-2025-01".'),
            kind: { enum: upper(vocabulary("policyKind")), description: "What kind of instrument it is (schema/MODEL.md)." },
            name: text("The short name researchers use."),
            officialTitle: maybe("string", "Its title as published."),
            description: maybe("string", "What it does, in one or two sentences."),
            aliases: {
              type: "array",
              description: "Other names: acronyms, official numbers, names in other languages.",
              items: {
                ...closedObject({ alias: text("The other name."), lang: maybe("string", 'Its language, e.g. "fr".') }),
              },
            },
            jurisdiction: maybe("string", "The id of the state or body whose instrument it is (it may be outside `nodes` when narrowed)."),
            announced: partialDate("When it was announced, published, signed or adopted."),
            inForce: partialDate("When it took effect."),
            amended: partialDate("When it was last amended, as recorded."),
            ended: partialDate("When it ended."),
            endKind: maybe("string", "How it ended.", { enum: [...upper(vocabulary("policyEndKind")), null] }),
            confidence: { enum: upper(vocabulary("confidence")), description: "How well the sources establish it." },
            dataset: maybe("string", "The dataset it was seeded from."),
            citations: citationList,
          }),
        },
      },
      policyLinks: {
        type: "array",
        description:
          "The links of the instruments (schema/MODEL.md): ISSUED from an actor, TARGETS to an actor, AMENDS, REPLACES and REVOKES to " +
          "an instrument, IMPLEMENTS and WORKS_AGAINST to a pillar. Both ends are in `nodes`, `policies` or `pillars`.",
        items: {
          ...closedObject({
            id: text("Stable slug, which citations name."),
            type: { enum: [...policyLinkTypes], description: "What the link is." },
            from: text("The id of the actor (ISSUED) or instrument it starts from."),
            to: text("The id of the instrument, actor or pillar it points to."),
            effect: maybe("string", "For TARGETS, what the instrument does to the target.", {
              enum: [...upper(vocabulary("policyEffect")), null],
            }),
            validFrom: partialDate("For TARGETS, when it began to apply to the target, where that differs from the instrument's dates."),
            validFromKind: maybe("string", "What `validFrom` is.", { enum: [...upper(vocabulary("dateKind")), null] }),
            validTo: partialDate("For TARGETS, when it stopped applying to the target, where that differs."),
            role: maybe("string", "What it does to the target, in words."),
            reason: maybe("string", "For a pillar link without a source, why it holds."),
            confidence: maybe("string", "How well the sources establish it; null for a reasoned pillar link.", {
              enum: [...upper(vocabulary("confidence")), null],
            }),
            citations: citationList,
          }),
        },
      },
      pillars: {
        type: "array",
        description: "The pillars of plans that the links name.",
        items: {
          ...closedObject({
            id: text('Stable slug, e.g. "pillar-security".'),
            plan: text("The id of its plan."),
            position: { type: "integer", description: "Its place in the plan, from 1." },
            name: text("Its name."),
          }),
        },
      },
      sources: {
        type: "array",
        description: "Every source a citation of this document names, by id.",
        items: {
          ...closedObject({
            id: text("Stable slug."),
            url: text("The original publisher's page."),
            via: maybe("string", "The copy that was read (a syndication, mirror or aggregator), when it was not the original."),
            title: text("Its title."),
            publisher: maybe("string", "Who published it."),
            published: partialDate("When it was published."),
            language: text('Its language, e.g. "en".'),
          }),
        },
      },
    }),
  };
}
