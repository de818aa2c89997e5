/** Every problem found in the seed folders, each as `file:line: column: message`. Nothing was written. */
export class SeedValidationError extends Error {
  override name = "SeedValidationError";
  constructor(readonly problems: readonly string[]) {
    super(`The seed data has ${problems.length} problem(s); nothing was written:\n${problems.join("\n")}`);
  }
}

/** The kinds of record a seed holds, in the order they are written (what others point at comes first). */
export const recordKinds = ["source", "actor", "round", "relation", "plan", "pillar", "statement", "event", "policy", "citation"] as const;
export type RecordKind = (typeof recordKinds)[number];

/** How reports name many records of a kind: "relations", "policies". */
export function pluralOf(kind: RecordKind): string {
  return kind === "policy" ? "policies" : `${kind}s`;
}

/** One record as it is written: its key, what it links to, its properties, and a digest of all of them. */
export interface SeedRecord {
  id: string;
  digest: string;
  props: Record<string, unknown>;
  [link: string]: unknown;
}

/** A relation record also carries its type, which picks the query it is written with. */
export interface RelationRecord extends SeedRecord {
  type: string;
  from: string;
  to: string;
}

/** What a fact id names: a record, or a link of a policy instrument (links are written with their instrument). */
export type FactKind = RecordKind | "policyLink";

/** One link of a policy instrument as it is written: its type from the model's fixed list, its ends and properties. */
export interface PolicyLinkRecord {
  id: string;
  type: string;
  from: string;
  to: string;
  props: Record<string, unknown>;
}

/** A policy instrument carries its links (those it issues from, points to or is issued by): they are written with it. */
export interface PolicyRecord extends SeedRecord {
  links: PolicyLinkRecord[];
}

export type SeedPlan = {
  [K in RecordKind]: K extends "relation" ? RelationRecord[] : K extends "policy" ? PolicyRecord[] : SeedRecord[];
};
