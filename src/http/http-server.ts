import type { IncomingMessage, RequestListener, ServerResponse } from "node:http";
import { HeaderMap, type ApolloServer, type BaseContext } from "@apollo/server";
import { ErrorCode } from "../errors/error-code";
import type { Logger } from "../logger";
import type { CorsPolicy } from "../safety/cors";
import { clientIdOf, type RateLimiter } from "../safety/rate-limit";
import type { RouteHandler } from "./static-files";

/** What /readyz reports. Ready means Neo4j answers and every schema migration is applied. */
export interface Readiness {
  ready: boolean;
  neo4j: "reachable" | "unreachable";
  schema: "current" | "pending";
}

export interface HttpServerDeps<Context extends BaseContext> {
  apollo: ApolloServer<Context>;
  context: (request: IncomingMessage) => Promise<Context>;
  readiness: () => Promise<Readiness>;
  logger: Logger;
  /** Largest request body accepted, in bytes. */
  maxBodyBytes: number;
  /**
   * The other routes, each answering the paths under its prefix ("/playground" answers /playground and
   * /playground/main.js). The first prefix that matches wins. Default: none.
   */
  routes?: readonly { prefix: string; handle: RouteHandler }[];
  /**
   * What a browser gets when it opens /graphql itself (a GET that accepts text/html and has no `query`
   * parameter): the playground. A GET with `query=` stays a GraphQL request, as the GraphQL-over-HTTP spec
   * says, and API clients, which do not ask for HTML, are answered by Apollo as before. Default: none.
   */
  graphqlBrowserPage?: RouteHandler;
  /** Which browser origins may call the API; default: none (no CORS headers, same origin only). */
  cors?: CorsPolicy;
  /** Requests per client over time, for every path but /healthz and /readyz; default: no limit. */
  rateLimiter?: RateLimiter;
  /** Take the client's address from X-Forwarded-For for rate limiting. Default false. */
  trustProxy?: boolean;
}

/**
 * The HTTP surface: GraphQL at /graphql (GET and POST, per the GraphQL-over-HTTP spec, handled by Apollo),
 * /healthz (the process is up) and /readyz (Neo4j reachable and migrated; 503 otherwise), plus `routes`.
 */
export function createRequestListener<Context extends BaseContext>(deps: HttpServerDeps<Context>): RequestListener {
  return (request, response) => {
    route(deps, request, response).catch((error: unknown) => {
      deps.logger.error({ err: error, url: request.url }, "request failed");
      if (!response.headersSent)
        sendJson(response, 500, { errors: [{ message: "Internal server error", extensions: { code: "INTERNAL_SERVER_ERROR" } }] });
      else response.end();
    });
  };
}

async function route<Context extends BaseContext>(
  deps: HttpServerDeps<Context>,
  request: IncomingMessage,
  response: ServerResponse,
): Promise<void> {
  const url = new URL(request.url ?? "/", "http://localhost");
  if (url.pathname !== "/healthz" && url.pathname !== "/readyz") {
    if (request.method === "OPTIONS" && deps.cors) return deps.cors.answerPreflight(request, response);
    deps.cors?.decorate(request, response);
    const decision = deps.rateLimiter?.take(clientIdOf(request, deps.trustProxy ?? false));
    if (decision && !decision.allowed) {
      response.setHeader("retry-after", String(decision.retryAfterSeconds));
      return sendJson(response, 429, {
        errors: [
          {
            message: `Too many requests: the limit is ${deps.rateLimiter!.perMinute} a minute per client. Retry after ${decision.retryAfterSeconds} s.`,
            extensions: { code: ErrorCode.RATE_LIMITED, limit: deps.rateLimiter!.perMinute, retryAfterSeconds: decision.retryAfterSeconds },
          },
        ],
      });
    }
  }
  switch (url.pathname) {
    case "/healthz":
      return sendJson(response, 200, { status: "ok" });
    case "/readyz": {
      const readiness = await deps.readiness();
      return sendJson(response, readiness.ready ? 200 : 503, readiness);
    }
    case "/graphql":
      if (deps.graphqlBrowserPage && isBrowserVisit(request, url)) return deps.graphqlBrowserPage(request, response, url);
      return serveGraphql(deps, request, response, url);
    default: {
      const route = deps.routes?.find(({ prefix }) => url.pathname === prefix || url.pathname.startsWith(`${prefix}/`));
      if (route) return route.handle(request, response, url);
      return sendJson(response, 404, { error: `No route ${url.pathname}. GraphQL is at /graphql.` });
    }
  }
}

async function serveGraphql<Context extends BaseContext>(
  deps: HttpServerDeps<Context>,
  request: IncomingMessage,
  response: ServerResponse,
  url: URL,
): Promise<void> {
  const body = await readBody(request, deps.maxBodyBytes);
  if (body === null) {
    return sendJson(response, 413, {
      errors: [{ message: `The request body is larger than ${deps.maxBodyBytes} bytes.`, extensions: { code: "BAD_USER_INPUT" } }],
    });
  }
  const headers = new HeaderMap();
  for (const [name, value] of Object.entries(request.headers)) {
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(", ") : value);
  }
  let parsedBody: unknown = body;
  if (body !== "" && /^application\/(json|graphql-response\+json)/i.test(headers.get("content-type") ?? "")) {
    try {
      parsedBody = JSON.parse(body);
    } catch {
      return sendJson(response, 400, {
        errors: [{ message: "The request body is not valid JSON.", extensions: { code: "BAD_USER_INPUT" } }],
      });
    }
  }
  const result = await deps.apollo.executeHTTPGraphQLRequest({
    httpGraphQLRequest: { method: (request.method ?? "GET").toUpperCase(), headers, search: url.search, body: parsedBody },
    context: () => deps.context(request),
  });
  response.statusCode = result.status ?? 200;
  for (const [name, value] of result.headers) response.setHeader(name, value);
  if (result.body.kind === "complete") {
    response.end(result.body.string);
    return;
  }
  for await (const chunk of result.body.asyncIterator) response.write(chunk);
  response.end();
}

/** A person opening /graphql in a browser, rather than a GraphQL request. */
function isBrowserVisit(request: IncomingMessage, url: URL): boolean {
  return request.method === "GET" && !url.searchParams.has("query") && /\btext\/html\b/i.test(request.headers.accept ?? "");
}

/** The body as text, or null when it is over the limit (the rest is not read). */
function readBody(request: IncomingMessage, limit: number): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        resolve(null);
        request.pause();
        return;
      }
      chunks.push(chunk);
    });
    request.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    request.on("error", reject);
  });
}

export function sendJson(response: ServerResponse, status: number, payload: unknown): void {
  response.writeHead(status, { "content-type": "application/json; charset=utf-8" });
  response.end(JSON.stringify(payload));
}
