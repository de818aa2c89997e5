import { actorKinds, relationTypes } from "../model/model";

/** A relation type the funding questions rely on; fails at start if schema/model.json no longer has it. */
function known<T extends string>(type: T): T {
  if (!relationTypes.includes(type)) throw new Error(`schema/model.json has no relation type ${type}, which src/funding relies on.`);
  return type;
}

/** Money given: a funding. */
export const FUNDING_TYPES = [known("FUNDS")] as const;

/** The relations that carry money from one actor to another: given (FUNDS), or put in by an owner (OWNS). */
export const MONEY_TYPES = [known("FUNDS"), known("OWNS")] as const;

/** Control that always counts. */
export const CONTROL_TYPES = [known("CONTROLS")] as const;

/** Ownership, which counts as control under the stake rule (see ControlArgs.everyOwner). */
export const OWNERSHIP_TYPES = [known("OWNS")] as const;

/** A government body's membership of a state: the body answers to the state. */
export const MEMBERSHIP_TYPES = [known("MEMBER_OF")] as const;

/** The stake from which an owner controls: a majority. */
export const CONTROLLING_STAKE = 0.5;

/** An actor kind the control questions rely on; fails at start if schema/model.json no longer has it. */
function knownKind<T extends string>(kind: T): T {
  if (!actorKinds.includes(kind)) throw new Error(`schema/model.json has no actor kind ${kind}, which src/funding relies on.`);
  return kind;
}

/** The kind of a state; the kind whose MEMBER_OF a state is a control hop; the kinds whose ownership counts as control without a recorded stake. */
export const STATE_KIND = knownKind("state");
export const GOVERNMENT_BODY_KINDS = [knownKind("government_body")] as const;
export const GOVERNMENT_KINDS = [STATE_KIND, ...GOVERNMENT_BODY_KINDS] as const;
