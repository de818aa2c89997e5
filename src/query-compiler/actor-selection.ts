import type Cypher from "@neo4j/cypher-builder";
import type { FieldNode } from "graphql";
import { actorFromProperties, PROPERTIES_OF_ACTOR_FIELD } from "../actor/actor-properties";
import type { Actor } from "../actor/actor.type";
import { ACTOR_PROPERTIES, actorProjection, type ActorProperty } from "../neo4j/fragments";
import { decodeFields, type Compiled, type CompiledField } from "./compiled";
import { withPrecomputed } from "./precomputed";
import { compileRelationField, isRelationField } from "./relation-selection";
import { objectType, subfields, type SelectionContext } from "./selection";

/**
 * The selection `nodes` of an Actor bound to `actor`: its properties that the selection reads, and each relation
 * field (funders, investees, board, members, relations) as a subquery. A field the compiler does not know (a
 * domain field such as `policies`) is left to its resolver, and the actor then carries all its properties, since
 * that resolver may read any of them; a relation field whose arguments would not pass is left to its resolver too,
 * which reports them as it always has.
 */
export function compileActor(context: SelectionContext, actor: Cypher.Node, nodes: readonly FieldNode[]): Compiled<Actor> {
  const actorType = objectType(context, "Actor");
  const properties = new Set<ActorProperty>(["id"]);
  let everyProperty = false;
  const before: Cypher.Clause[] = [];
  const extra: Record<string, Cypher.Expr> = {};
  const fields: CompiledField[] = [];
  for (const [responseKey, fieldNodes] of subfields(context, actorType, nodes)) {
    const name = fieldNodes[0]!.name.value;
    if (name === "__typename") continue;
    const read = PROPERTIES_OF_ACTOR_FIELD[name];
    if (read) {
      for (const property of read) properties.add(property);
      continue;
    }
    const compiled = isRelationField(name) ? compileRelationField(context, actor, actorType, name, fieldNodes) : null;
    if (!compiled) {
      if (!isRelationField(name)) everyProperty = true;
      continue;
    }
    const slot = `f${fields.length}`;
    before.push(...compiled.before);
    extra[slot] = compiled.value;
    fields.push({ responseKey, slot, decode: compiled.decode });
  }
  const value = actorProjection(actor, everyProperty ? ACTOR_PROPERTIES : [...properties]);
  value.set(extra);
  return {
    before,
    value,
    decode: (raw: Record<string, unknown>) => withPrecomputed(actorFromProperties(raw), decodeFields(fields, raw)),
  };
}
