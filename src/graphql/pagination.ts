import { ArgsType, Field, Int, ObjectType, type ClassType } from "type-graphql";
import { Max, Min, registerDecorator } from "class-validator";
import { BadUserInputError } from "../errors/app-errors";
import { LIMITS } from "./limits";

/**
 * Cursors are opaque to clients. Inside, a cursor is the offset of the item in the list's fixed order: lists
 * always sort on a unique key, so an offset names the same place on the next call while the data is unchanged.
 */
const CURSOR_PREFIX = "offset:";

export function encodeCursor(offset: number): string {
  return Buffer.from(`${CURSOR_PREFIX}${offset}`, "utf8").toString("base64url");
}

/** The offset after the item `after` names; 0 when there is no cursor. */
export function offsetAfter(after: string | null | undefined, field = "after"): number {
  if (after === null || after === undefined) return 0;
  const decoded = Buffer.from(after, "base64url").toString("utf8");
  // Exactly what encodeCursor writes: Number() alone would also take "", " 5", "0x10" and "1e2".
  const digits = decoded.startsWith(CURSOR_PREFIX) ? decoded.slice(CURSOR_PREFIX.length) : "";
  const offset = /^(0|[1-9][0-9]*)$/.test(digits) ? Number(digits) : Number.NaN;
  if (!Number.isSafeInteger(offset)) throw new BadUserInputError(`${field} is not a cursor this API returned.`, field);
  return offset + 1;
}

function IsCursor(): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: "isCursor",
      target: target.constructor,
      propertyName: propertyName as string,
      options: { message: `${String(propertyName)} must be a cursor this API returned (an endCursor or an edge's cursor)` },
      validator: {
        validate: (value: unknown) => {
          if (value === null || value === undefined) return true;
          if (typeof value !== "string" || value.length > 100) return false;
          try {
            offsetAfter(value);
            return true;
          } catch {
            return false;
          }
        },
      },
    });
}

/** How many items, without a cursor: for lists that are not connections. */
@ArgsType()
export class FirstArgs {
  @Field(() => Int, {
    defaultValue: LIMITS.defaultPage,
    description: `How many items to return: 1 to ${LIMITS.maxPage}, ${LIMITS.defaultPage} when omitted.`,
  })
  @Min(1, { message: "first must be at least 1" })
  @Max(LIMITS.maxPage, { message: `first must be at most ${LIMITS.maxPage}` })
  first: number = LIMITS.defaultPage;
}

/** Relay-style forward paging: `first` items after the cursor `after`. */
@ArgsType()
export class PageArgs extends FirstArgs {
  @Field(() => String, {
    nullable: true,
    description: "Return the items after this cursor (an `endCursor` or an edge's `cursor` from a previous page).",
  })
  @IsCursor()
  after?: string | null;
}

/** The window a query reads: SKIP `offset` LIMIT `limit` (one more than asked, to learn whether a next page exists). */
export interface PageWindow {
  offset: number;
  limit: number;
}

export function pageWindow(args: { first: number; after?: string | null }): PageWindow {
  return { offset: offsetAfter(args.after), limit: args.first + 1 };
}

@ObjectType({ description: "Where a page sits in its list (Relay cursor connections)." })
export class PageInfo {
  @Field({ description: "Whether more items follow this page." })
  hasNextPage!: boolean;

  @Field({ description: "Whether items come before this page." })
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true, description: "The cursor of the first item of the page; null when the page is empty." })
  startCursor!: string | null;

  @Field(() => String, { nullable: true, description: "The cursor of the last item of the page: pass it as `after` to get the next page." })
  endCursor!: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface Page<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
  totalCount: number;
}

/**
 * A page from the rows a query read with `pageWindow` (up to `first + 1` of them), the page's args and the
 * list's total size.
 */
export function toPage<T>(rows: readonly T[], args: { first: number; after?: string | null }, totalCount: number): Page<T> {
  const offset = offsetAfter(args.after);
  const items = rows.slice(0, args.first);
  const edges = items.map((node, i) => ({ cursor: encodeCursor(offset + i), node }));
  return {
    edges,
    totalCount,
    pageInfo: {
      hasNextPage: rows.length > args.first,
      hasPreviousPage: offset > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}

/**
 * The base of a Relay connection of `node` items: `class ActorConnection extends Connection(Actor, "actors") {}`.
 * The subclass gives the GraphQL type its name and may add fields (a funding connection adds its total).
 */
export function Connection<T extends object>(node: ClassType<T>, itemsDescription: string) {
  @ObjectType(`${node.name}Edge`, { description: `One of the ${itemsDescription} in a connection, with its cursor.` })
  class EdgeType {
    @Field({ description: "Pass it as `after` to continue after this item." })
    cursor!: string;

    @Field(() => node, { description: "The item." })
    node!: T;
  }

  // Not emitted: type-graphql emits only types the schema reaches, and only the named subclasses are reached.
  @ObjectType()
  abstract class ConnectionType implements Page<T> {
    @Field(() => [EdgeType], { description: `This page of ${itemsDescription}.` })
    edges!: Edge<T>[];

    @Field(() => PageInfo, { description: "Cursors and whether more pages exist." })
    pageInfo!: PageInfo;

    @Field(() => Int, { description: `How many ${itemsDescription} match, over all pages.` })
    totalCount!: number;
  }
  return ConnectionType;
}
