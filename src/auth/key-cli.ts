import { randomBytes } from "node:crypto";
import { hashKey } from "./api-keys";
import { isRole, roles } from "./identity";

/**
 * `npm run key -- --name alice --role editor`: makes a new random key. Prints the key (give it to its holder;
 * it is shown once and stored nowhere) and the line to add to API_KEYS (or the entry for API_KEYS_FILE).
 * `npm run key -- --hash <key>` prints the hash of an existing key.
 */
function main(argv: string[]): number {
  const arg = (flag: string) => {
    const i = argv.indexOf(flag);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const existing = arg("--hash");
  if (existing !== undefined) {
    console.log(hashKey(existing));
    return 0;
  }
  const name = arg("--name");
  const role = arg("--role") ?? "reader";
  if (!name || !/^[A-Za-z0-9_.@-]{1,100}$/.test(name) || !isRole(role)) {
    console.error(`Usage: npm run key -- --name <letters, digits, _.@-> --role <${roles.join("|")}>`);
    return 2;
  }
  const key = `apg_${randomBytes(24).toString("base64url")}`;
  const hash = hashKey(key);
  console.log(`key (give it to ${name}; it is not stored anywhere): ${key}`);
  console.log(`API_KEYS entry: ${name}:${role}:${hash}`);
  console.log(`API_KEYS_FILE entry: ${JSON.stringify({ name, role, hash })}`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
