// The audit trail's keys, and the ids of merged actors (which redirect to the actor that kept them).
CREATE CONSTRAINT change_id IF NOT EXISTS FOR (n:Change) REQUIRE n.id IS UNIQUE;
CREATE INDEX change_entity IF NOT EXISTS FOR (n:Change) ON (n.entityId);
CREATE INDEX merged_actor_id IF NOT EXISTS FOR (n:MergedActor) ON (n.id);
CREATE INDEX merged_actor_into IF NOT EXISTS FOR (n:MergedActor) ON (n.mergedInto);
