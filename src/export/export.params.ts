import { validate } from "class-validator";
import { BadUserInputError } from "../errors/app-errors";
import { flattenValidationErrors } from "../errors/format-error";
import { FundingFilter, fundingQueryOf } from "../funding/funding.args";
import type { FundingQuery } from "../funding/funding.service";
import { DateScalar } from "../graphql/scalars";
import { actorKinds, relationTypes, vocabulary } from "../model/model";
import type { SeedSelection } from "../seed/exporter";

/** What part of the graph an export holds; each null keeps all. The same selection serves every graph export. */
export interface GraphSelection extends SeedSelection {
  dataset: string | null;
  /** Actor kinds, stored values ("company"). */
  kinds: string[] | null;
  /** Relation types ("FUNDS"). */
  types: string[] | null;
  /** YYYY-MM-DD. */
  asOf: string | null;
}

/** The query parameters of the graph exports (graph.json, graph.graphml, seeds). `relationTypes` is another name for `type`. */
export const GRAPH_PARAMS = ["asOf", "kind", "type", "relationTypes", "dataset"] as const;

/** The query parameters of /export/fundings.csv: the `fundings` filter's fields, and asOf. */
export const FUNDING_PARAMS = [
  "funder",
  "recipient",
  "fundingRound",
  "minAmountUsd",
  "from",
  "to",
  "instrument",
  "amountKind",
  "confidence",
  "asOf",
] as const;

/**
 * Reads an export's query string. A bad value is BAD_USER_INPUT naming the parameter; so is a parameter the
 * export does not know, since a misspelt filter would otherwise export everything without a word.
 * A list parameter is repeated (`kind=state&kind=company`) or comma-separated (`kind=state,company`); enum values
 * are taken in the API's spelling (`GOVERNMENT_BODY`) or the stored one (`government_body`).
 */
class QueryParams {
  constructor(
    private readonly search: URLSearchParams,
    allowed: readonly string[],
  ) {
    for (const name of new Set(search.keys())) {
      if (!allowed.includes(name))
        throw new BadUserInputError(`Unknown parameter "${name}". This export takes ${allowed.join(", ")}.`, name);
    }
  }

  /** The one value of a parameter; null when absent or empty. */
  text(name: string): string | null {
    const values = this.search.getAll(name);
    if (values.length > 1) throw new BadUserInputError(`${name} is given ${values.length} times; give it once.`, name);
    const value = values[0]?.trim();
    return value ? value : null;
  }

  /** A calendar day, checked by the API's Date scalar. */
  day(name: string): string | null {
    const value = this.text(name);
    if (value === null) return null;
    try {
      return DateScalar.parseValue(value);
    } catch {
      throw new BadUserInputError(`${name} must be a calendar day written YYYY-MM-DD, such as "2023-11-20"; got "${value}".`, name);
    }
  }

  number(name: string): number | null {
    const value = this.text(name);
    if (value === null) return null;
    const number = Number(value);
    if (!Number.isFinite(number))
      throw new BadUserInputError(`${name} must be a number written with digits, such as 1000000000; got "${value}".`, name);
    return number;
  }

  /** Values of a closed list, returned in their stored spelling; null when the parameter is absent. */
  oneOf(names: readonly string[], allowed: readonly string[], stored: (value: string) => string): string[] | null {
    const given = names.filter((name) => this.search.has(name));
    if (given.length === 0) return null;
    if (given.length > 1) throw new BadUserInputError(`${given.join(" and ")} are the same parameter; give one of them.`, given[0]!);
    const name = given[0]!;
    const values = this.search
      .getAll(name)
      .flatMap((v) => v.split(","))
      .map((v) => v.trim())
      .filter((v) => v !== "");
    const result: string[] = [];
    for (const value of values) {
      const match = allowed.find((a) => a.toLowerCase() === value.toLowerCase());
      if (match === undefined)
        throw new BadUserInputError(`${name}: "${value}" is not one of ${allowed.map((a) => a.toUpperCase()).join(", ")}.`, name);
      if (!result.includes(stored(match))) result.push(stored(match));
    }
    return result.length > 0 ? result : null;
  }
}

/** The selection of a graph export: asOf, kind, type (or relationTypes) and dataset. */
export function parseGraphSelection(search: URLSearchParams): GraphSelection {
  const params = new QueryParams(search, GRAPH_PARAMS);
  const dataset = params.text("dataset");
  if (dataset !== null && dataset.length > 100) throw new BadUserInputError("dataset must be at most 100 characters long.", "dataset");
  return {
    asOf: params.day("asOf"),
    kinds: params.oneOf(["kind"], actorKinds, (v) => v),
    types: params.oneOf(["type", "relationTypes"], relationTypes, (v) => v),
    dataset,
  };
}

/**
 * The filter of /export/fundings.csv, checked by the class that checks the `fundings` query's filter (the same
 * rules and messages: minAmountUsd not negative, to not before from), so the CSV and the query keep one
 * definition of a valid filter.
 */
export async function parseFundingQuery(search: URLSearchParams): Promise<FundingQuery> {
  const params = new QueryParams(search, FUNDING_PARAMS);
  const filter = Object.assign(new FundingFilter(), {
    funder: params.text("funder"),
    recipient: params.text("recipient"),
    fundingRound: params.text("fundingRound"),
    minAmountUsd: params.number("minAmountUsd"),
    from: params.day("from"),
    to: params.day("to"),
    instrument: params.oneOf(["instrument"], vocabulary("instrument"), (v) => v),
    amountKind: params.oneOf(["amountKind"], vocabulary("amountKind"), (v) => v),
    confidence: params.oneOf(["confidence"], vocabulary("confidence"), (v) => v),
  });
  const problems = flattenValidationErrors(await validate(filter, { forbidUnknownValues: false }));
  if (problems.length > 0) throw new BadUserInputError(problems.map((p) => p.message).join("; "), problems[0]!.field);
  return fundingQueryOf(filter, { asOf: params.day("asOf") });
}
