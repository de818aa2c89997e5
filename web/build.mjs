// Bundles each browser page of the server: every folder web/<page>/ with a main.ts, main.tsx or main.js is
// built with esbuild into dist/web/<page>/ (main.js, main.css if the page imports CSS), and the folder's
// static files (index.html, images) are copied beside it. A page's prebuild.mjs, when it has one, runs first:
// its default export may write files the page imports (e.g. data taken from the README). Pages load nothing
// from outside the server: every library is bundled from node_modules, so they work offline.
import { build } from "esbuild";
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const webDir = dirname(fileURLToPath(import.meta.url));
const outRoot = join(webDir, "..", "dist", "web");
const ENTRY_NAMES = ["main.tsx", "main.ts", "main.js"];
// What a page serves besides its bundle. Not tsconfig.json, generated JSON (the bundle holds it) or source maps.
const STATIC = /\.(html|css|png|svg|ico|graphql)$/;
/** Text files that are also written compressed, so the server sends them in fewer bytes without compressing per request. */
const COMPRESSIBLE = /\.(html|js|css|svg|graphql)$/;

rmSync(outRoot, { recursive: true, force: true });
mkdirSync(outRoot, { recursive: true });
const pages = readdirSync(webDir).filter((name) => statSync(join(webDir, name)).isDirectory());
for (const page of pages) {
  const dir = join(webDir, page);
  const entry = ENTRY_NAMES.map((name) => join(dir, name)).find(existsSync);
  const outDir = join(outRoot, page);
  mkdirSync(outDir, { recursive: true });
  const prebuild = join(dir, "prebuild.mjs");
  if (existsSync(prebuild)) await (await import(pathToFileURL(prebuild).href)).default();
  if (entry) {
    await build({
      entryPoints: { main: entry },
      bundle: true,
      minify: true,
      sourcemap: false,
      format: "esm",
      target: "es2022",
      outdir: outDir,
      loader: { ".ttf": "file", ".woff": "file", ".woff2": "file", ".svg": "file" },
      define: { "process.env.NODE_ENV": '"production"' },
      logLevel: "warning",
    });
  }
  for (const file of readdirSync(dir).filter((f) => STATIC.test(f))) cpSync(join(dir, file), join(outDir, file));
  for (const file of readdirSync(outDir).filter((f) => COMPRESSIBLE.test(f))) {
    const content = readFileSync(join(outDir, file));
    writeFileSync(join(outDir, `${file}.br`), brotliCompressSync(content, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
    writeFileSync(join(outDir, `${file}.gz`), gzipSync(content, { level: 9 }));
  }
}
