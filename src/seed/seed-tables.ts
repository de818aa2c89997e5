import { ActorInput, AliasInput } from "../actor/actor.input";
import type { TableSpec } from "./seed-table";

/** The seed files and how each maps onto the API's input classes. */
export const actorTable: TableSpec<ActorInput> = {
  file: "actors.csv",
  rowClass: ActorInput,
  columns: ["id", "kind", "name", "country", "description"],
  required: ["id", "kind", "name"],
  key: (row) => row.id,
};

export const aliasTable: TableSpec<AliasInput> = {
  file: "aliases.csv",
  rowClass: AliasInput,
  columns: ["actor", "lang", "alias"],
  required: ["actor", "lang", "alias"],
  key: (row) => `${row.actor}\u0000${row.lang}\u0000${row.alias}`,
};
