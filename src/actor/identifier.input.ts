import { Field, ID, InputType } from "type-graphql";
import { IsIn, Length, Matches } from "class-validator";
import { vocabulary } from "../model/model";
import { CitedInput } from "../source/cited.input";
import { IsSlug } from "../validation/validators";

/** The form of each scheme's values; a value that does not fit is refused with the scheme's example. */
export const identifierFormats: Readonly<Record<string, { pattern: RegExp; example: string }>> = {
  wikidata: { pattern: /^Q[1-9]\d*$/, example: "Q21708200" },
  lei: { pattern: /^[0-9A-Z]{18}[0-9]{2}$/, example: "549300S4KLFTLO7GSQ80" },
  ticker: { pattern: /^[A-Z][A-Z0-9.]*:[A-Z0-9][A-Z0-9.-]*$/, example: "NASDAQ:NVDA" },
};

/** The fact id an identifier's citation names: "nvidia:ticker:NASDAQ:NVDA". */
export function identifierFact(identifier: { actor: string; scheme: string; value: string }): string {
  return `${identifier.actor}:${identifier.scheme}:${identifier.value}`;
}

/**
 * An actor's identifier in another register, as the seeder reads identifiers.csv: like every fact, it names the
 * page that shows it. Whether the value fits its scheme is the seed plan's check (it needs both columns).
 */
@InputType({ description: "An identifier of an actor in another register, with its source." })
export class IdentifierInput extends CitedInput {
  @Field(() => ID, { description: "The actor's id." })
  @IsSlug("an actor id")
  actor!: string;

  @Field({ description: `The register: ${vocabulary("identifierScheme").join(", ")}.` })
  @IsIn(vocabulary("identifierScheme"), { message: `scheme must be one of ${vocabulary("identifierScheme").join(", ")}` })
  scheme!: string;

  @Field({ description: 'The identifier, e.g. "Q21708200", "NASDAQ:NVDA".' })
  @Length(1, 40)
  @Matches(/^\S+$/, { message: "value must have no spaces" })
  value!: string;
}
