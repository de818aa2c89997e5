// How relations read on the drawing: "FUNDS $10B 2023-01-23", "BOARD_MEMBER_OF chair 2023-11-21–",
// "OWNS 49% 2024". Pure functions, so what an edge says is decided in one place.
import type { PolicyEffectName, RelationData } from "./api";

const SUFFIXES: [number, string][] = [
  [1e12, "T"],
  [1e9, "B"],
  [1e6, "M"],
  [1e3, "K"],
];

/** 10000000000 → "10B", 1250000000 → "1.25B", 500 → "500". */
export function compactNumber(value: number): string {
  for (const [size, suffix] of SUFFIXES) {
    if (Math.abs(value) >= size) return `${trimmed(value / size)}${suffix}`;
  }
  return trimmed(value);
}

function trimmed(value: number): string {
  return value.toFixed(2).replace(/\.?0+$/, "");
}

/** The money of a relation: dollars when a source gives a dollar figure, else the original currency. */
export function moneyText(relation: Pick<RelationData, "amount" | "currency" | "amountUsd">): string | null {
  if (relation.amountUsd !== null) return `$${compactNumber(relation.amountUsd)}`;
  if (relation.amount !== null) return `${relation.currency ?? ""} ${compactNumber(relation.amount)}`.trim();
  return null;
}

/** "2015-12–2023-11-17", "2024-03-08", "–2023-11-17", or null when undated. */
export function periodText(relation: Pick<RelationData, "validFrom" | "validTo">): string | null {
  const { validFrom, validTo } = relation;
  if (validFrom && validTo) return validFrom === validTo ? validFrom : `${validFrom}–${validTo}`;
  if (validFrom) return validFrom;
  if (validTo) return `–${validTo}`;
  return null;
}

/** Roles can be sentences ("chips (18,000 GB300…)"); the label keeps their start, the details panel all. */
const ROLE_CHARS = 24;

export function edgeLabel(relation: RelationData): string {
  const stake = relation.stake !== null ? `${trimmed(relation.stake * 100)}%` : null;
  const role = relation.role && relation.role.length > ROLE_CHARS ? `${relation.role.slice(0, ROLE_CHARS - 1)}…` : relation.role;
  return [relation.type, role, moneyText(relation), stake, periodText(relation)].filter((part) => part).join(" ");
}

/** What an instrument does to a target, as its edge says it: REQUIRES_LICENCE → "requires licence". */
export function effectText(effect: PolicyEffectName): string {
  return effect.toLowerCase().replace(/_/g, " ");
}

/** An enum name as words: EXPORT_RULE → "Export rule". */
export function enumText(value: string): string {
  const words = value.toLowerCase().replace(/_/g, " ");
  return words.charAt(0).toUpperCase() + words.slice(1);
}
