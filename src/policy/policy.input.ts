import { IsIn, IsOptional, Length, ValidateIf } from "class-validator";
import { policyLinkTypes, vocabulary } from "../model/model";
import { IsPartialDate, IsSlug } from "../validation/validators";

const oneOf = (name: Parameters<typeof vocabulary>[0], column: string) => ({
  message: `${column} must be one of ${vocabulary(name).join(", ")}`,
});

/**
 * A policy instrument as policies.csv holds it: the seeder reads the file with this class. Checks across rows
 * (the jurisdiction exists, dates are in order) are the seed plan's. Instruments are curated through the seed
 * files only, so this class is not a GraphQL input.
 */
export class PolicyInput {
  @IsSlug("a slug")
  id!: string;

  @IsIn(vocabulary("policyKind"), oneOf("policyKind", "kind"))
  kind!: string;

  @Length(1, 300)
  name!: string;

  @IsOptional()
  @Length(1, 1000)
  officialTitle?: string;

  @IsOptional()
  @Length(1, 2000)
  description?: string;

  @IsOptional()
  @IsSlug("an actor id")
  jurisdiction?: string;

  @IsOptional()
  @IsPartialDate()
  announced?: string;

  @IsOptional()
  @IsPartialDate()
  inForce?: string;

  @IsOptional()
  @IsPartialDate()
  amended?: string;

  @IsOptional()
  @IsPartialDate()
  ended?: string;

  @IsOptional()
  @IsIn(vocabulary("policyEndKind"), oneOf("policyEndKind", "end_kind"))
  endKind?: string;

  @IsIn(vocabulary("confidence"), oneOf("confidence", "confidence"))
  confidence!: string;

  @IsSlug("a source id")
  source!: string;

  @Length(1, 2000, { message: "quote must be 1 to 2000 characters" })
  quote!: string;
}

/** Another name of an instrument (policy_aliases.csv). */
export class PolicyAliasInput {
  @IsSlug("a policy id")
  policy!: string;

  @Length(2, 3, { message: "lang must be an ISO 639-1 code such as en or fr" })
  lang!: string;

  @Length(1, 300)
  alias!: string;
}

/**
 * One link of an instrument (policy_links.csv), of a type of schema/model.json's policyLinkTypes. A pillar link
 * needs a source and quote or a reason; every other link a source, a quote and a confidence (the seed plan checks
 * what depends on the type).
 */
export class PolicyLinkInput {
  @IsSlug("a slug")
  id!: string;

  @IsIn(policyLinkTypes, { message: `type must be one of ${policyLinkTypes.join(", ")}` })
  type!: string;

  @IsSlug("an actor or policy id")
  from!: string;

  @IsSlug("a policy, actor or pillar id")
  to!: string;

  @IsOptional()
  @IsIn(vocabulary("policyEffect"), oneOf("policyEffect", "effect"))
  effect?: string;

  @IsOptional()
  @IsPartialDate()
  validFrom?: string;

  @IsOptional()
  @IsIn(vocabulary("dateKind"), oneOf("dateKind", "valid_from_kind"))
  validFromKind?: string;

  @IsOptional()
  @IsPartialDate()
  validTo?: string;

  @IsOptional()
  @Length(1, 500)
  role?: string;

  @IsOptional()
  @Length(1, 1000)
  reason?: string;

  @IsOptional()
  @IsIn(vocabulary("confidence"), oneOf("confidence", "confidence"))
  confidence?: string;

  @ValidateIf((link: PolicyLinkInput) => link.source !== undefined || link.quote !== undefined)
  @IsSlug("a source id")
  source?: string;

  @ValidateIf((link: PolicyLinkInput) => link.source !== undefined || link.quote !== undefined)
  @Length(1, 2000, { message: "quote must be 1 to 2000 characters" })
  quote?: string;
}
