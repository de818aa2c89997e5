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
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".ttf": "font/ttf",
  ".woff": "font/woff",
  ".woff2": "font/woff2",
  ".graphql": "text/plain; charset=utf-8",
};

/** The compressed copies web/build.mjs writes beside each text file, best first, by their Content-Encoding. */
const ENCODINGS = [
  { name: "br", suffix: ".br" },
  { name: "gzip", suffix: ".gz" },
] as const;

/**
 * Serves one built page's files: `relativePath` "" or "/" is its index.html. Paths that climb out of the page's
 * folder, unknown file types and missing files are 404. Returns false when nothing was served.
 * A client that accepts brotli or gzip gets the copy the build compressed. Every answer carries an ETag of the
 * file's size and time, and `no-cache`, so a browser revalidates and gets 304 while the build is unchanged.
 */
export async function serveStaticFile(
  response: ServerResponse,
  page: string,
  relativePath: string,
  request: IncomingMessage,
): Promise<boolean> {
  const root = join(webBuildDir, page);
  const wanted = relativePath === "" || relativePath === "/" ? "index.html" : relativePath.replace(/^\/+/, "");
  const file = normalize(join(root, wanted));
  const type = CONTENT_TYPES[extname(file)];
  if (!file.startsWith(root + sep) || !type) return false;
  const info = await stat(file).catch(() => null);
  if (!info?.isFile()) return false;
  const accepted = String(request.headers["accept-encoding"] ?? "");
  let served = { path: file, size: info.size, encoding: null as string | null };
  for (const { name, suffix } of ENCODINGS) {
    if (!new RegExp(`\\b${name}\\b`).test(accepted)) continue;
    const compressed = await stat(file + suffix).catch(() => null);
    if (compressed?.isFile()) {
      served = { path: file + suffix, size: compressed.size, encoding: name };
      break;
    }
  }
  const etag = `"${info.size.toString(36)}-${Math.floor(info.mtimeMs).toString(36)}${served.encoding ? `-${served.encoding}` : ""}"`;
  const headers: Record<string, string | number> = {
    "content-type": type,
    // Bundles are rebuilt in place by `npm run build`; revalidate (ETag) rather than cache stale code.
    "cache-control": "no-cache",
    etag,
    vary: "accept-encoding",
    "x-content-type-options": "nosniff",
  };
  if (request.headers["if-none-match"] === etag) {
    response.writeHead(304, headers);
    response.end();
    return true;
  }
  response.writeHead(200, {
    ...headers,
    "content-length": served.size,
    ...(served.encoding ? { "content-encoding": served.encoding } : {}),
  });
  if (request.method === "HEAD") {
    response.end();
    return true;
  }
  await new Promise<void>((resolve, reject) => createReadStream(served.path).on("error", reject).on("end", resolve).pipe(response));
  return true;
}

/** A route outside /graphql: answers a request under its prefix. */
export type RouteHandler = (request: IncomingMessage, response: ServerResponse, url: URL) => Promise<void>;
