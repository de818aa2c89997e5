import { ObjectType } from "type-graphql";
import { Connection } from "../graphql/pagination";
import { Relation } from "./relation.type";

@ObjectType({ description: "A page of relations, newest first within each type." })
export class RelationConnection extends Connection(Relation, "relations") {}
