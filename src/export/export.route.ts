import type { IncomingMessage, ServerResponse } from "node:http";
import { AppError, BadUserInputError, DatabaseUnavailableError, NotFoundError } from "../errors/app-errors";
import { ErrorCode } from "../errors/error-code";
import { translateNeo4jError } from "../errors/translate-neo4j-error";
import { canonicalIds } from "../actor/require-actor";
import { Loaders } from "../graphql/loaders";
import { sendJson } from "../http/http-server";
import type { RouteHandler } from "../http/static-files";
import type { Executor } from "../neo4j/executor";
import type { Services } from "../services";
import { seedTables } from "../seed/seed-tables";
import { FUNDING_PARAMS, GRAPH_PARAMS, parseFundingQuery, parseGraphSelection, type GraphSelection } from "./export.params";
import { ftmLines } from "../ftm/ftm-export";
import { fundingsCsv } from "./fundings-csv";
import { GraphExportService } from "./graph-export.service";
import { GRAPH_JSON_FORMAT, graphJsonSchema, toGraphJson } from "./graph-json";
import { toGraphml } from "./graphml";
import { tar } from "./tar";

export const EXPORT_PREFIX = "/export";

/** The seed files, in seeding order. */
const SEED_FILES = seedTables.map((t) => t.file);

/** What GET /export lists: every export, its parameters and what it is for. */
const INDEX = [
  {
    path: "/export/graph.json",
    parameters: GRAPH_PARAMS,
    description: `Nodes, edges and sources as JSON, format ${GRAPH_JSON_FORMAT} (schema at /export/graph.schema.json).`,
  },
  {
    path: "/export/graph.graphml",
    parameters: GRAPH_PARAMS,
    description: "The same graph as GraphML, for Gephi, Cytoscape desktop, yEd, networkx and igraph.",
  },
  {
    path: "/export/seeds.tar",
    parameters: GRAPH_PARAMS,
    description: "The seed CSV files in one tar archive, which `npm run seed -- --dir` loads back to the same graph.",
  },
  { path: "/export/seeds/<file>.csv", parameters: GRAPH_PARAMS, description: "One seed CSV file; /export/seeds lists them." },
  {
    path: "/export/fundings.csv",
    parameters: FUNDING_PARAMS,
    description: "Every funding the `fundings` query would list for the same filter, as CSV, one row per funding.",
  },
  { path: "/export/graph.schema.json", parameters: [], description: `The JSON Schema of ${GRAPH_JSON_FORMAT}: every field documented.` },
  {
    path: "/export/ftm.json",
    parameters: GRAPH_PARAMS,
    description:
      "FollowTheMoney entities, one JSON entity a line, for Aleph and the followthemoney tools: actors, relations, funding rounds and their sources; `npm run import:ftm` reads it back.",
  },
];

/**
 * The /export route: the graph and the fundings as files (see docs/EXPORTS.md). Each GET reads Neo4j through
 * the same services as GraphQL and answers the whole file; a bad parameter is a 400 with a GraphQL-style error
 * body `{errors: [{message, extensions: {code: "BAD_USER_INPUT", field}}]}` naming the parameter, an unknown
 * funder or recipient a 404 (NOT_FOUND), Neo4j down a 503 (DATABASE_UNAVAILABLE).
 */
export function exportRoute(executor: Executor, services: Services): { prefix: string; handle: RouteHandler } {
  const graphs = new GraphExportService(executor);
  const handle: RouteHandler = async (request, response, url) => {
    if (request.method !== "GET" && request.method !== "HEAD") {
      response.setHeader("allow", "GET, HEAD");
      return sendJson(response, 405, {
        errors: [{ message: `Exports answer GET only, not ${request.method}.`, extensions: { code: ErrorCode.BAD_USER_INPUT } }],
      });
    }
    try {
      await serve(graphs, services, request, response, url);
    } catch (error) {
      const translated = translateNeo4jError(error);
      if (translated instanceof BadUserInputError) return sendError(response, 400, translated);
      if (translated instanceof NotFoundError) return sendError(response, 404, translated);
      if (translated instanceof DatabaseUnavailableError) return sendError(response, 503, translated);
      throw translated;
    }
  };
  return { prefix: EXPORT_PREFIX, handle };
}

async function serve(
  graphs: GraphExportService,
  services: Services,
  _request: IncomingMessage,
  response: ServerResponse,
  url: URL,
): Promise<void> {
  const path = url.pathname.replace(/\/+$/, "");
  const now = new Date();
  switch (path) {
    case "/export":
      return sendJson(response, 200, { exports: INDEX });
    case "/export/graph.schema.json":
      return send(response, "application/schema+json; charset=utf-8", JSON.stringify(graphJsonSchema(), null, 2));
    case "/export/graph.json": {
      const selection = parseGraphSelection(url.searchParams);
      return send(response, "application/json; charset=utf-8", JSON.stringify(toGraphJson(await graphs.graph(selection), selection, now)));
    }
    case "/export/graph.graphml": {
      const selection = parseGraphSelection(url.searchParams);
      return send(
        response,
        "application/graphml+xml; charset=utf-8",
        toGraphml(await graphs.graph(selection), selection, now),
        fileName(selection, "graphml"),
      );
    }
    case "/export/ftm.json": {
      const selection = parseGraphSelection(url.searchParams);
      const lines = ftmLines(await graphs.seedFiles(selection));
      return stream(response, "application/x-ndjson; charset=utf-8", lines, fileName(selection, "ftm.json"));
    }
    case "/export/seeds":
      parseGraphSelection(url.searchParams);
      return sendJson(response, 200, {
        files: SEED_FILES.map((file) => `${EXPORT_PREFIX}/seeds/${file}`),
        archive: `${EXPORT_PREFIX}/seeds.tar`,
      });
    case "/export/seeds.tar": {
      const selection = parseGraphSelection(url.searchParams);
      const folder = `ai-policy-graph-seeds${selection.asOf ? `-${selection.asOf}` : ""}`;
      const files = await graphs.seedFiles(selection);
      return send(
        response,
        "application/x-tar",
        await tar(
          files.map((f) => ({ path: `${folder}/${f.file}`, content: f.csv })),
          now,
        ),
        `${folder}.tar`,
      );
    }
    case "/export/fundings.csv": {
      const query = await parseFundingQuery(url.searchParams);
      const loaders = new Loaders(services);
      const named = await canonicalIds(loaders, { funder: query.funder, recipient: query.recipient });
      return send(
        response,
        "text/csv; charset=utf-8; header=present",
        await fundingsCsv(services.funding, loaders, { ...query, ...named }),
        "fundings.csv",
      );
    }
    default: {
      const seedFile = SEED_FILES.find((file) => path === `${EXPORT_PREFIX}/seeds/${file}`);
      if (seedFile) {
        const selection = parseGraphSelection(url.searchParams);
        const file = (await graphs.seedFiles(selection)).find((f) => f.file === seedFile)!;
        return send(response, "text/csv; charset=utf-8; header=present", file.csv, seedFile);
      }
      const known = [...INDEX.map((e) => e.path), "/export/seeds"].join(", ");
      return sendError(
        response,
        404,
        new NotFoundError(`No export at ${url.pathname}. The exports are ${known}; GET /export lists them.`, "path", url.pathname),
      );
    }
  }
}

/** "ai-policy-graph-2024-12-31.graphml": the day in the name when the export is as of one. */
function fileName(selection: GraphSelection, extension: string): string {
  return `ai-policy-graph${selection.asOf ? `-${selection.asOf}` : ""}.${extension}`;
}

function send(response: ServerResponse, type: string, body: string | Buffer, attachment?: string): void {
  response.writeHead(200, {
    "content-type": type,
    "content-length": Buffer.byteLength(body),
    "cache-control": "no-store",
    "x-content-type-options": "nosniff",
    ...(attachment ? { "content-disposition": `attachment; filename="${attachment}"` } : {}),
  });
  response.end(body);
}

/**
 * Writes the lines as they are made, waiting whenever the client reads slower, so a large export is never one
 * string in memory. The data is read before the first line: a failing read is still answered as an error.
 */
async function stream(response: ServerResponse, type: string, lines: Iterable<string>, attachment: string): Promise<void> {
  response.writeHead(200, {
    "content-type": type,
    "cache-control": "no-store",
    "x-content-type-options": "nosniff",
    "content-disposition": `attachment; filename="${attachment}"`,
  });
  for (const line of lines) {
    if (response.destroyed) return;
    if (!response.write(line)) await drainedOrClosed(response);
  }
  response.end();
}

function drainedOrClosed(response: ServerResponse): Promise<void> {
  return new Promise((done) => {
    const settle = () => {
      response.off("drain", settle);
      response.off("close", settle);
      done();
    };
    response.on("drain", settle);
    response.on("close", settle);
  });
}

function sendError(response: ServerResponse, status: number, error: AppError): void {
  sendJson(response, status, { errors: [{ message: error.message, extensions: error.extensions }] });
}
