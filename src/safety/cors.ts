import type { IncomingMessage, ServerResponse } from "node:http";

/** Headers a browser may send cross-origin: JSON bodies, API keys, and Apollo's CSRF preflight headers. */
const ALLOWED_HEADERS = "content-type, accept, authorization, x-api-key, apollo-require-preflight, x-apollo-operation-name";

/**
 * CORS for a list of allowed origins (CORS_ORIGINS). With none, no CORS header is ever sent, so browsers keep
 * other sites' pages from reading answers (same origin only). "*" allows every origin. Credentials (cookies)
 * are never allowed: the API authenticates with keys in headers, which a foreign page cannot attach by itself.
 */
export class CorsPolicy {
  constructor(private readonly origins: readonly string[]) {}

  /** The origin to echo in Access-Control-Allow-Origin, or null when the request's origin is not allowed. */
  allowedOrigin(request: IncomingMessage): string | null {
    const origin = request.headers.origin;
    if (!origin) return null;
    if (this.origins.includes("*")) return "*";
    return this.origins.includes(origin) ? origin : null;
  }

  /** Adds the CORS headers of an ordinary (non-preflight) response. */
  decorate(request: IncomingMessage, response: ServerResponse): void {
    response.setHeader("vary", "Origin");
    const origin = this.allowedOrigin(request);
    if (origin) response.setHeader("access-control-allow-origin", origin);
  }

  /**
   * Answers a preflight (OPTIONS): 204 with the allowed methods and headers when the origin is allowed, and a
   * bare 204 otherwise, which the browser reads as "not allowed".
   */
  answerPreflight(request: IncomingMessage, response: ServerResponse): void {
    const origin = this.allowedOrigin(request);
    const headers: Record<string, string> = { vary: "Origin", "content-length": "0" };
    if (origin) {
      Object.assign(headers, {
        "access-control-allow-origin": origin,
        "access-control-allow-methods": "GET, POST, OPTIONS",
        "access-control-allow-headers": ALLOWED_HEADERS,
        "access-control-max-age": "600",
      });
    }
    response.writeHead(204, headers);
    response.end();
  }
}
