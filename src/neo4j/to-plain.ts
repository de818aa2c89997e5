import {
  isDate,
  isDateTime,
  isDuration,
  isLocalDateTime,
  isLocalTime,
  isNode,
  isPath,
  isRelationship,
  isTime,
  isInt,
  isPoint,
} from "neo4j-driver";

/** A plain JS value: what rows hold once they leave the executor. */
export type Plain = null | boolean | number | string | Plain[] | { [key: string]: Plain };

/**
 * Converts a value read from Neo4j into plain JS, at the executor boundary and nowhere else:
 * - Integers become numbers, or decimal strings beyond Number.MAX_SAFE_INTEGER, so no precision is lost;
 * - dates become "YYYY-MM-DD", other temporals their ISO strings;
 * - nodes and relationships become their properties (plus `labels`/`type` under underscored keys);
 * - paths become their list of segments.
 */
export function toPlain(value: unknown): Plain {
  if (value === null || value === undefined) return null;
  if (typeof value === "boolean" || typeof value === "string") return value;
  if (typeof value === "number") return value;
  if (typeof value === "bigint") return Number.isSafeInteger(Number(value)) ? Number(value) : value.toString();
  if (isInt(value)) return value.inSafeRange() ? value.toNumber() : value.toString();
  if (isDate(value) || isDateTime(value) || isLocalDateTime(value) || isTime(value) || isLocalTime(value) || isDuration(value)) {
    return value.toString();
  }
  if (isPoint(value)) return { srid: toPlain(value.srid), x: value.x, y: value.y, ...(value.z === undefined ? {} : { z: value.z }) };
  if (isNode(value)) return { ...plainObject(value.properties), _labels: value.labels };
  if (isRelationship(value)) return { ...plainObject(value.properties), _type: value.type };
  if (isPath(value)) {
    return value.segments.map((s) => ({ start: toPlain(s.start), relationship: toPlain(s.relationship), end: toPlain(s.end) }));
  }
  if (Array.isArray(value)) return value.map(toPlain);
  if (typeof value === "object") return plainObject(value as Record<string, unknown>);
  throw new TypeError(`Cannot convert a ${typeof value} read from Neo4j to a plain value.`);
}

function plainObject(object: Record<string, unknown>): { [key: string]: Plain } {
  const out: { [key: string]: Plain } = {};
  for (const [key, v] of Object.entries(object)) out[key] = toPlain(v);
  return out;
}
