import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import type { IncomingMessage, ServerResponse } from "node:http";
import { extname, join, normalize, sep } from "node:path";
import { projectRoot } from "../project-root";

/** Where `npm run build` puts the bundled browser pages (see web/build.mjs). */
export const webBuildDir = join(projectRoot, "dist", "web");

const CONTENT_TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".ttf": "font/ttf",
  ".woff": "font/woff",
  ".woff2": "font/woff2",
  ".graphql": "text/plain; charset=utf-8",
};

/**
 * Serves one built page's files: `relativePath` "" or "/" is its index.html. Paths that climb out of the page's
 * folder, unknown file types and missing files are 404. Returns false when nothing was served.
 */
export async function serveStaticFile(response: ServerResponse, page: string, relativePath: string): Promise<boolean> {
  const root = join(webBuildDir, page);
  const wanted = relativePath === "" || relativePath === "/" ? "index.html" : relativePath.replace(/^\/+/, "");
  const file = normalize(join(root, wanted));
  const type = CONTENT_TYPES[extname(file)];
  if (!file.startsWith(root + sep) || !type) return false;
  const info = await stat(file).catch(() => null);
  if (!info?.isFile()) return false;
  response.writeHead(200, {
    "content-type": type,
    "content-length": info.size,
    // Bundles are rebuilt in place by `npm run build`; revalidate rather than cache stale code.
    "cache-control": "no-cache",
    "x-content-type-options": "nosniff",
  });
  await new Promise<void>((resolve, reject) => createReadStream(file).on("error", reject).on("end", resolve).pipe(response));
  return true;
}

/** A route outside /graphql: answers a request under its prefix. */
export type RouteHandler = (request: IncomingMessage, response: ServerResponse, url: URL) => Promise<void>;
