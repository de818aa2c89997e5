import { GraphQLError, type GraphQLFormattedError } from "graphql";
import { Neo4jError } from "neo4j-driver";
import { validateSync, ValidationError } from "class-validator";
import { ArgumentValidationError } from "type-graphql";
import {
  BadUserInputError,
  DatabaseUnavailableError,
  ForbiddenError,
  InvalidScalarValueError,
  NotFoundError,
} from "../../src/errors/app-errors";
import { flattenValidationErrors, formatError } from "../../src/errors/format-error";
import { translateNeo4jError } from "../../src/errors/translate-neo4j-error";
import { PageArgs } from "../../src/graphql/pagination";

const neo4jError = (code: string) => new Neo4jError(`message of ${code}`, code, "50N42", "error: general processing exception");

/** An error as graphql-js hands it to Apollo after a resolver threw `original` at `actor.funders`. */
const fromResolver = (original: Error) => new GraphQLError(original.message, { path: ["actor", "funders"], originalError: original });

/** What Apollo passes to formatError as its first argument for `error`. */
const formattedOf = (
  error: GraphQLError,
  extensions: Record<string, unknown> = { code: "INTERNAL_SERVER_ERROR", stacktrace: ["Error: boom", "    at x"] },
): GraphQLFormattedError => ({
  message: error.message,
  locations: [{ line: 1, column: 3 }],
  path: ["actor", "funders"],
  extensions,
});

const format = (error: GraphQLError, development = false, extensions?: Record<string, unknown>) =>
  formatError(formattedOf(error, extensions), error, development);

describe("errors", () => {
  describe("translateNeo4jError", () => {
    it.each([
      "ServiceUnavailable",
      "SessionExpired",
      "Neo.TransientError.Transaction.DeadlockDetected",
      "Neo.TransientError.General.DatabaseUnavailable",
    ])("returns DATABASE_UNAVAILABLE for %s, keeping Neo4j's error as the cause", (code) => {
      const cause = neo4jError(code);
      const translated = translateNeo4jError(cause);
      expect(translated).toBeInstanceOf(DatabaseUnavailableError);
      expect((translated as DatabaseUnavailableError).extensions.code).toBe("DATABASE_UNAVAILABLE");
      expect((translated as DatabaseUnavailableError).originalError).toBe(cause);
    });

    it.each(["Neo.ClientError.Transaction.TransactionTimedOut", "Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration"])(
      "returns DATABASE_UNAVAILABLE for a timeout, %s",
      (code) => {
        expect(translateNeo4jError(neo4jError(code))).toEqual(expect.objectContaining({ extensions: { code: "DATABASE_UNAVAILABLE" } }));
      },
    );

    it("returns DATABASE_UNAVAILABLE naming the heap setting when a transaction runs out of memory", () => {
      const translated = translateNeo4jError(
        neo4jError("Neo.TransientError.General.MemoryPoolOutOfMemoryError"),
      ) as DatabaseUnavailableError;
      expect(translated.extensions.code).toBe("DATABASE_UNAVAILABLE");
      expect(translated.message).toContain("NEO4J_LOCAL_HEAP");
    });

    it("returns BAD_USER_INPUT on `id` when a unique constraint refuses a write", () => {
      expect(translateNeo4jError(neo4jError("Neo.ClientError.Schema.ConstraintValidationFailed"))).toEqual(
        expect.objectContaining({ extensions: { code: "BAD_USER_INPUT", field: "id" } }),
      );
    });

    it("returns any other error unchanged, for formatError to mask", () => {
      const syntax = neo4jError("Neo.ClientError.Statement.SyntaxError");
      const plain = new Error("boom");
      const ours = new NotFoundError("No actor has id x.", "of", "x");
      expect(translateNeo4jError(syntax)).toBe(syntax);
      expect(translateNeo4jError(plain)).toBe(plain);
      expect(translateNeo4jError(ours)).toBe(ours);
      expect(translateNeo4jError("a string")).toBe("a string");
    });
  });

  describe("formatError", () => {
    it("returns our own errors with their message and code, without the HTTP status meant for Apollo", () => {
      expect(format(fromResolver(new NotFoundError("No actor has id nobody.", "of", "nobody")))).toEqual({
        message: "No actor has id nobody.",
        locations: [{ line: 1, column: 3 }],
        path: ["actor", "funders"],
        extensions: { code: "NOT_FOUND", field: "of", id: "nobody" },
      });
      expect(format(fromResolver(new ForbiddenError("Editors only.", "editor"))).extensions).toEqual({
        code: "FORBIDDEN",
        required: "editor",
      });
    });

    it("returns DATABASE_UNAVAILABLE when a resolver met Neo4j down", () => {
      expect(format(fromResolver(neo4jError("ServiceUnavailable"))).extensions).toEqual({ code: "DATABASE_UNAVAILABLE" });
    });

    it("masks an unknown error as INTERNAL_SERVER_ERROR, with the stack trace only in development", () => {
      const error = fromResolver(new TypeError("cannot read properties of undefined (reading 'id') in /srv/app/secret.js"));
      const masked = format(error);
      expect(masked.extensions).toEqual({ code: "INTERNAL_SERVER_ERROR" });
      expect(masked.message).not.toContain("secret");
      expect(masked.path).toEqual(["actor", "funders"]);
      expect(format(error, true).extensions).toEqual({ code: "INTERNAL_SERVER_ERROR", stacktrace: ["Error: boom", "    at x"] });
    });

    it("masks a Neo4j error it does not translate", () => {
      expect(format(fromResolver(neo4jError("Neo.ClientError.Statement.SyntaxError"))).extensions).toEqual({
        code: "INTERNAL_SERVER_ERROR",
      });
    });

    it("returns GraphQL's request errors (parse, validation) as they are", () => {
      const error = new GraphQLError('Cannot query field "nme" on type "Actor".');
      const formatted = formattedOf(error, { code: "GRAPHQL_VALIDATION_FAILED" });
      expect(formatError(formatted, error, false)).toBe(formatted);
    });

    it("returns BAD_USER_INPUT with every broken argument when argument validation fails", () => {
      const validationErrors = validateSync(Object.assign(new PageArgs(), { first: 0, after: "forged" }));
      const formatted = format(fromResolver(new ArgumentValidationError(validationErrors)));
      const fields = formatted.extensions?.fields as string[];
      expect([...fields].sort()).toEqual(["after", "first"]);
      expect(formatted.extensions).toEqual({ code: "BAD_USER_INPUT", field: fields[0], fields });
      expect(formatted.message.split("; ")).toHaveLength(2);
    });

    it("returns BAD_USER_INPUT naming the argument when a scalar refused a literal", () => {
      const error = new GraphQLError('Expected value of type "Date", found "2023-13-01"', {
        originalError: new InvalidScalarValueError("not a date"),
        extensions: { field: "asOf" },
      });
      expect(format(error, false, { code: "GRAPHQL_VALIDATION_FAILED" }).extensions).toEqual({ code: "BAD_USER_INPUT", field: "asOf" });
    });

    it("returns a BadUserInputError's field", () => {
      expect(format(fromResolver(new BadUserInputError("depth must be at most 3", "depth"))).extensions).toEqual({
        code: "BAD_USER_INPUT",
        field: "depth",
      });
    });
  });

  describe("flattenValidationErrors", () => {
    it("returns one problem per broken rule, nested inputs named by dotted path", () => {
      const child = Object.assign(new ValidationError(), {
        property: "minAmountUsd",
        constraints: { min: "minAmountUsd must not be less than 0" },
        children: [],
      });
      const parent = Object.assign(new ValidationError(), { property: "filter", constraints: {}, children: [child] });
      const top = Object.assign(new ValidationError(), {
        property: "first",
        constraints: { min: "first must be at least 1", isInt: "first must be an integer" },
      });
      expect(flattenValidationErrors([top, parent])).toEqual([
        { field: "first", message: "first must be at least 1" },
        { field: "first", message: "first must be an integer" },
        { field: "filter.minAmountUsd", message: "filter.minAmountUsd must not be less than 0" },
      ]);
    });
  });
});
