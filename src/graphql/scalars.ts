import { GraphQLScalarType, Kind } from "graphql";
import { InvalidScalarValueError } from "../errors/app-errors";
import { isPartialDate } from "../validation/validators";

const DAY_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

function parseDay(value: unknown): string {
  if (typeof value === "string" && DAY_PATTERN.test(value) && isPartialDate(value)) return value;
  throw new InvalidScalarValueError(
    `A Date must be a calendar day written YYYY-MM-DD, such as "2023-11-20"; got ${JSON.stringify(value)}.`,
  );
}

/**
 * A calendar day, "2023-11-20": what `asOf`, `from` and `to` take. Parsed strictly (no time, no zone), so
 * "2023-02-30" is refused rather than rolled over into March.
 */
export const DateScalar = new GraphQLScalarType<string, string>({
  name: "Date",
  description: 'A calendar day in ISO 8601, YYYY-MM-DD, such as "2023-11-20".',
  serialize: (value) => parseDay(value),
  parseValue: (value) => parseDay(value),
  parseLiteral: (ast) => parseDay(ast.kind === Kind.STRING ? ast.value : undefined),
});

/**
 * A date as precise as its source: "2023", "2023-11" or "2023-11-20". Only ever returned, never taken: the
 * graph keeps the precision the source gave rather than inventing a day.
 */
export const PartialDateScalar = new GraphQLScalarType<string, string>({
  name: "PartialDate",
  description:
    'A date as precise as its source: a year ("2023"), a month ("2023-11") or a day ("2023-11-20"). ' +
    'On "as of" days a start counts from its earliest day and an end until its latest: a relation that ' +
    'ends in "2023-11" still holds on 2023-11-30.',
  serialize: (value) => {
    if (typeof value === "string" && isPartialDate(value)) return value;
    throw new TypeError(`${JSON.stringify(value)} is not a partial date.`);
  },
  parseValue: () => {
    throw new InvalidScalarValueError("PartialDate is an output type; pass a Date (YYYY-MM-DD) instead.");
  },
});
