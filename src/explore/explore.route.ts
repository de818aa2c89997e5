import { sendJson } from "../http/http-server";
import { serveStaticFile, type RouteHandler } from "../http/static-files";

/** Where the explorer lives; its page's files are under it (/explore/main.js, /explore/main.css). */
export const EXPLORE_PREFIX = "/explore";

/**
 * The graph explorer: serves the page bundled from web/explore/ by `npm run build` (dist/web/explore/).
 * /explore and /explore/ answer its index.html, which names its files by absolute path, so both work.
 * The page talks only to this server's /graphql. GET and HEAD only; anything else is 405.
 */
export function exploreRoute(): { prefix: string; handle: RouteHandler } {
  return {
    prefix: EXPLORE_PREFIX,
    async handle(request, response, url) {
      if (request.method !== "GET" && request.method !== "HEAD") {
        response.setHeader("allow", "GET, HEAD");
        return sendJson(response, 405, { error: `${EXPLORE_PREFIX} answers GET only.` });
      }
      const served = await serveStaticFile(response, "explore", url.pathname.slice(EXPLORE_PREFIX.length), request);
      if (!served) sendJson(response, 404, { error: `No file ${url.pathname}. Is the page built (npm run build)?` });
    },
  };
}
