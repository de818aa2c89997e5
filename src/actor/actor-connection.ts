import { ObjectType } from "type-graphql";
import { Connection } from "../graphql/pagination";
import { Actor } from "./actor.type";

@ObjectType({ description: "A page of actors, ordered by name." })
export class ActorConnection extends Connection(Actor, "actors") {}
