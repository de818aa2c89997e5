import { toCsv } from "../seed/csv-writer";
import type { FundingQuery, FundingService } from "../funding/funding.service";
import type { Loaders } from "../graphql/loaders";
import type { RelationRow } from "../relation/relation.type";
import { spreadsheetSafe } from "./spreadsheet-safe";

/** The columns of fundings.csv, one row per funding, in the order of the `fundings` query (newest first). */
export const FUNDING_COLUMNS = [
  "id",
  "funder_id",
  "funder",
  "recipient_id",
  "recipient",
  "amount",
  "currency",
  "amount_usd",
  "amount_kind",
  "date",
  "date_kind",
  "until",
  "funding_round",
  "round",
  "instrument",
  "stake",
  "confidence",
  "source_urls",
] as const;

/** Every funding a read may return at once; past it the CSV would need paging, which no researcher has asked for. */
const ALL = { offset: 0, limit: 1_000_000 };

/**
 * Every funding matching the query as CSV, through the FundingService that answers the `fundings` query (the
 * same filter, order and asOf rule) and the request's loaders for names and sources: three queries whatever the
 * number of rows. Enum values are in the API's spelling (EQUITY, CONFIRMED); `source_urls` joins the URLs of the
 * sources, newest first, with single spaces. Text cells are neutralised against formula injection.
 */
export async function fundingsCsv(funding: FundingService, loaders: Loaders, query: FundingQuery): Promise<string> {
  const { fundings } = await funding.fundings(query, ALL);
  // Loads asked in the same tick go out as one query per loader.
  const [actors, citations] = await Promise.all([
    Promise.all([...new Set(fundings.flatMap((f) => [f.fromId, f.toId]))].map((id) => loaders.actor.load(id))),
    Promise.all(fundings.map((f) => loaders.citations.load({ kind: "relation", fact: f.id }))),
  ]);
  const nameOf = new Map(actors.flatMap((a) => (a ? [[a.id, a.name] as const] : [])));
  const rows = fundings.map((f: RelationRow, i) => {
    const urls = (citations[i] ?? []).map((c) => c.source.url);
    return {
      id: f.id,
      funder_id: f.fromId,
      funder: nameOf.get(f.fromId),
      recipient_id: f.toId,
      recipient: nameOf.get(f.toId),
      amount: f.amount,
      currency: f.currency,
      amount_usd: f.amountUsd,
      amount_kind: f.amountKind?.toUpperCase(),
      date: f.validFrom,
      date_kind: f.validFromKind?.toUpperCase(),
      until: f.validTo,
      funding_round: f.fundingRoundId,
      round: f.round,
      instrument: f.instrument?.toUpperCase(),
      stake: f.stake,
      confidence: f.confidence.toUpperCase(),
      source_urls: urls.join(" "),
    };
  });
  return toCsv(
    FUNDING_COLUMNS,
    rows.map((row) => Object.fromEntries(Object.entries(row).map(([k, v]) => [k, spreadsheetSafe(v)]))),
  );
}
