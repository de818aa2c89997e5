import { Readable } from "node:stream";
import { extract } from "tar-stream";
import { tar } from "../../src/export/tar";

/** The files of an archive, read back with tar-stream's own reader: path, content and modification time. */
async function filesOf(
  archive: Buffer,
): Promise<{ path: string; content: string; mtime: number | undefined; type: string | null | undefined }[]> {
  const reader = extract();
  const files: { path: string; content: string; mtime: number | undefined; type: string | null | undefined }[] = [];
  const read = (async () => {
    for await (const entry of reader) {
      const chunks: Buffer[] = [];
      for await (const chunk of entry) chunks.push(Buffer.from(chunk as Uint8Array));
      files.push({
        path: entry.header.name,
        content: Buffer.concat(chunks).toString("utf8"),
        mtime: entry.header.mtime?.getTime(),
        type: entry.header.type,
      });
    }
  })();
  Readable.from([archive]).pipe(reader as unknown as NodeJS.WritableStream);
  await read;
  return files;
}

describe("tar", () => {
  it("writes each file with its path, its bytes and the export's time, in order", async () => {
    const at = new Date("2026-12-04T10:00:00Z");
    const archive = await tar(
      [
        { path: "seeds/actors.csv", content: "id,kind,name\nopenai,company,OpenAI\n" },
        { path: "seeds/é.csv", content: Buffer.from("x") },
      ],
      at,
    );
    expect(archive.length % 512).toBe(0);
    expect(await filesOf(archive)).toEqual([
      { path: "seeds/actors.csv", content: "id,kind,name\nopenai,company,OpenAI\n", mtime: at.getTime(), type: "file" },
      { path: "seeds/é.csv", content: "x", mtime: at.getTime(), type: "file" },
    ]);
  });
});
