import { sendJson } from "../http/http-server";
import { serveStaticFile, type RouteHandler } from "../http/static-files";

/** The page's folder: web/playground/ is built into dist/web/playground/ by `npm run build`. */
const PAGE = "playground";

/** Where the playground lives; its index.html loads its files by absolute paths under this prefix. */
export const PLAYGROUND_PATH = "/playground";

/**
 * Serves the playground: /playground (and /playground/) is the page, /playground/<file> its bundle and styles.
 * Anything else under the prefix is 404.
 */
export const servePlayground: RouteHandler = async (request, response, url) => {
  if (request.method !== "GET" && request.method !== "HEAD") {
    response.setHeader("allow", "GET, HEAD");
    return sendJson(response, 405, { error: `${request.method} is not allowed on ${url.pathname}: the playground is read with GET.` });
  }
  const served = await serveStaticFile(response, PAGE, url.pathname.slice(PLAYGROUND_PATH.length), request);
  if (!served) notFound(response, url);
};

/** The playground's page alone, for a browser that opens /graphql itself (see createRequestListener). */
export const servePlaygroundPage: RouteHandler = async (request, response, url) => {
  if (!(await serveStaticFile(response, PAGE, "", request))) notFound(response, url);
};

/** The playground's entry in the server's route table (src/app.ts). */
export function playgroundRoute(): { prefix: string; handle: RouteHandler } {
  return { prefix: PLAYGROUND_PATH, handle: servePlayground };
}

function notFound(response: Parameters<RouteHandler>[1], url: URL): void {
  sendJson(response, 404, {
    error: `No playground file at ${url.pathname}. If /playground itself is missing, build the page with \`npm run build\`.`,
  });
}
