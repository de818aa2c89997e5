import { ArgsType, Field, ID, InputType } from "type-graphql";
import { ArrayMaxSize, IsOptional, Length, Matches, ValidateNested } from "class-validator";
import { RelationType } from "../relation/relation-type";
import { PageArgs } from "../graphql/pagination";
import { DateScalar } from "../graphql/scalars";
import { PolicyEffect, PolicyKind } from "../model/model-enums";

/** Which instruments `policies` keeps; every condition given must hold. */
@InputType({ description: "Which policy instruments to keep; every condition given must hold." })
export class PolicyFilter {
  @Field(() => ID, { nullable: true, description: 'Keep instruments this actor issued, e.g. "bis". An unknown id is NOT_FOUND.' })
  @IsOptional()
  issuer?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'Keep instruments that target this actor, state or product, e.g. "united-arab-emirates". An unknown id is NOT_FOUND.',
  })
  @IsOptional()
  target?: string | null;

  @Field(() => [PolicyKind], { nullable: true, description: "Keep instruments of these kinds." })
  @IsOptional()
  @ArrayMaxSize(20)
  kind?: string[] | null;

  @Field(() => ID, {
    nullable: true,
    description: 'Keep instruments that implement or work against this pillar, e.g. "pillar-commercial-diplomacy".',
  })
  @IsOptional()
  pillar?: string | null;

  @Field(() => DateScalar, {
    nullable: true,
    description: "Keep instruments in force on this day: from their in-force date (else their announcement) until they ended.",
  })
  @IsOptional()
  inForceOn?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Find instruments by name, official title or alias in any language ("règle de diffusion", "EO 14110"), best match first.',
  })
  @IsOptional()
  @Length(1, 200, { message: "text must be 1 to 200 characters long" })
  @Matches(/[\p{L}\p{N}]/u, { message: "text must contain a letter or a digit" })
  text?: string | null;
}

@ArgsType()
export class PoliciesArgs extends PageArgs {
  @Field(() => PolicyFilter, { nullable: true, description: "Which instruments to list. Omitted: all of them, newest first." })
  @IsOptional()
  @ValidateNested()
  filter?: PolicyFilter | null;
}

/** What `Actor.policies` and `Policy.targets` take: the effects to keep and a day. */
@ArgsType()
export class PolicyTargetArgs {
  @Field(() => [PolicyEffect], { nullable: true, description: "Keep only these effects. Omitted: every effect." })
  @IsOptional()
  @ArrayMaxSize(10)
  effect?: string[] | null;

  @Field(() => DateScalar, {
    nullable: true,
    description: "Keep only what applied on this day (the link's own dates, else the instrument's). Omitted: whenever it applied.",
  })
  @IsOptional()
  asOf?: string | null;
}

/** What `PolicyTarget.relationsWhileTargeted` takes: which relations of the target to keep. */
@ArgsType()
export class WhileTargetedArgs {
  @Field(() => [RelationType], { nullable: true, description: "Keep only these types of relation. Omitted: every type." })
  @IsOptional()
  @ArrayMaxSize(20)
  type?: string[] | null;

  @Field(() => [String], {
    nullable: true,
    description: 'Keep only relations whose other end is of these countries: ISO 3166-1 alpha-2 codes, e.g. ["US"].',
  })
  @IsOptional()
  @ArrayMaxSize(250)
  @Matches(/^[A-Z]{2}$/, { each: true, message: 'country must hold ISO 3166-1 alpha-2 codes in capitals, such as "US"' })
  country?: string[] | null;
}
