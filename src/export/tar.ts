/** One file of an archive: its path inside it ("seeds/actors.csv") and its content. */
export interface TarEntry {
  path: string;
  content: string | Buffer;
}

const BLOCK = 512;

/**
 * A POSIX ustar archive of regular files, which `tar -x` and every archive tool read. Written here rather than
 * with a dependency: a seed export needs only files under 8 GiB with paths under 100 bytes, which is all this
 * writes (longer paths are refused).
 */
export function tar(entries: readonly TarEntry[], modified: Date): Buffer {
  const mtime = Math.floor(modified.getTime() / 1000);
  const blocks: Buffer[] = [];
  for (const entry of entries) {
    const content = typeof entry.content === "string" ? Buffer.from(entry.content, "utf8") : entry.content;
    blocks.push(header(entry.path, content.length, mtime), content, Buffer.alloc((BLOCK - (content.length % BLOCK)) % BLOCK));
  }
  // The end of an archive is two empty blocks.
  blocks.push(Buffer.alloc(2 * BLOCK));
  return Buffer.concat(blocks);
}

function header(path: string, size: number, mtime: number): Buffer {
  const name = Buffer.from(path, "utf8");
  if (name.length > 100) throw new Error(`tar: the path "${path}" is longer than 100 bytes.`);
  const block = Buffer.alloc(BLOCK);
  name.copy(block, 0);
  block.write(octal(0o644, 8), 100, "ascii"); // mode
  block.write(octal(0, 8), 108, "ascii"); // uid
  block.write(octal(0, 8), 116, "ascii"); // gid
  block.write(octal(size, 12), 124, "ascii");
  block.write(octal(mtime, 12), 136, "ascii");
  block.write("        ", 148, "ascii"); // the checksum counts its own field as spaces
  block.write("0", 156, "ascii"); // a regular file
  block.write("ustar\u000000", 257, "ascii"); // magic "ustar\0", version "00"
  let sum = 0;
  for (const byte of block) sum += byte;
  block.write(`${sum.toString(8).padStart(6, "0")}\u0000 `, 148, "ascii");
  return block;
}

/** A number as zero-padded octal digits ending in NUL, filling `width` bytes. */
function octal(value: number, width: number): string {
  return `${value.toString(8).padStart(width - 1, "0")}\u0000`;
}
