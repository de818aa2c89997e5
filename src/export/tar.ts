import { pack } from "tar-stream";

/** One file of an archive: its path inside it ("seeds/actors.csv") and its content. */
export interface TarEntry {
  path: string;
  content: string | Buffer;
}

/**
 * A POSIX ustar archive of regular files, which `tar -x` and every archive tool read, written with tar-stream.
 * Every file gets the same modification time, so one export gives one archive.
 */
export async function tar(entries: readonly TarEntry[], modified: Date): Promise<Buffer> {
  const archive = pack();
  const chunks: Buffer[] = [];
  const done = (async () => {
    for await (const chunk of archive) chunks.push(Buffer.from(chunk as Uint8Array));
  })();
  for (const entry of entries) {
    const content = typeof entry.content === "string" ? Buffer.from(entry.content, "utf8") : entry.content;
    archive.entry({ name: entry.path, size: content.length, mtime: modified, mode: 0o644, type: "file" }, content);
  }
  archive.finalize();
  await done;
  return Buffer.concat(chunks);
}
