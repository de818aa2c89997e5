import { model } from "./model";

/**
 * schema/MODEL.md, written from schema/model.json so the documentation of the model never drifts from the
 * model the seeder and the API use. `npm run schema:emit` writes it; a test checks it.
 */
export function renderModelDoc(): string {
  const out: string[] = [
    "# The data model",
    "",
    "Generated from `schema/model.json` by `npm run schema:emit`; do not edit. The seeder, the GraphQL enums and",
    "this page all read that one file.",
    "",
    "## Actor kinds",
    "",
    "| kind | label | meaning | example |",
    "|---|---|---|---|",
    ...Object.entries(model.actorKinds).map(([kind, e]) => `| \`${kind}\` | ${e.label} | ${e.description} | \`${e.example}\` |`),
    "",
    "## Relation types",
    "",
    "Every relation runs from an actor to an actor and carries `id`, `confidence`, at least one source with its quote, and",
    "`valid_from` / `valid_to` where it spans time. The CSV columns of `seeds/relations.csv` are listed under each type.",
    "",
  ];
  for (const [type, e] of Object.entries(model.relationTypes)) {
    out.push(
      `### ${type}`,
      "",
      `${e.description}`,
      "",
      `- reads: *from* ${e.label} *to*; backwards: *to* ${e.reverseLabel} *from*`,
      `- from: ${e.source.map((k) => `\`${k}\``).join(", ")}`,
      `- to: ${e.target.map((k) => `\`${k}\``).join(", ")}`,
      `- required: ${Object.entries(e.properties.required)
        .map(([p, t]) => `\`${p}\` (${t})`)
        .join(", ")}`,
      `- optional: ${Object.entries(e.properties.optional)
        .map(([p, t]) => `\`${p}\` (${t})`)
        .join(", ")}`,
      `- example: \`${e.example}\``,
      "",
    );
  }
  out.push(
    "## Policy instruments and their links",
    "",
    "A policy instrument is a record (`seeds/policies.csv`, see Records below). Its links (`seeds/policy_links.csv`) join it",
    "to the actors that issued it, the actors, states and products it targets, the instruments it changes, and the pillars of",
    "the plan. Each link has an id, and a source with its quote (a pillar link may give a stated reason instead).",
    "",
    "| type | reads | from | to | meaning |",
    "|---|---|---|---|---|",
    ...Object.entries(model.policyLinkTypes).map(
      ([type, e]) => `| \`${type}\` | ${e.label} / ${e.reverseLabel} | ${e.from} | ${e.to} | ${e.description} |`,
    ),
    "",
  );
  out.push("## Closed vocabularies", "");
  for (const [name, values] of Object.entries(model.vocabularies)) {
    out.push(`### ${name}`, "", ...Object.entries(values).map(([value, meaning]) => `- \`${value}\`: ${meaning}`), "");
  }
  out.push("## Regime index", "", `${model.regimeIndex.name}: ${model.regimeIndex.description}`, "", "## Records", "");
  for (const [label, e] of Object.entries(model.recordKinds)) {
    out.push(
      `### ${label}`,
      "",
      e.description,
      "",
      `- required: ${Object.entries(e.properties.required)
        .map(([p, t]) => `\`${p}\` (${t})`)
        .join(", ")}`,
      ...(e.properties.optional
        ? [
            `- optional: ${Object.entries(e.properties.optional)
              .map(([p, t]) => `\`${p}\` (${t})`)
              .join(", ")}`,
          ]
        : []),
      `- example: \`${e.example}\``,
      "",
    );
  }
  out.push(
    "## Names several actors share",
    "",
    "Two actors may not share a name or alias once legal forms and spellings are folded (a data test checks it), except these:",
    "",
    ...model.sharedNames.map((s) => `- \`${s.key}\`: ${s.actors.map((a) => `\`${a}\``).join(", ")}. ${s.reason}`),
    "",
  );
  return `${out.join("\n").trimEnd()}\n`;
}
