package org.jalchemy.orm.state;

import net.bytebuddy.asm.Advice;

/**
 * Inlined around a relationship attribute's setter: remembers the old value on entry so the exit hook can
 * update the other side of a backref.
 * <pre>{@code
 * Advice.withCustomMapping().bind(AttributeName.class, "user").to(RelationshipWriteAdvice.class);
 * }</pre>
 */
public final class RelationshipWriteAdvice {
    private RelationshipWriteAdvice() {
    }

    @Advice.OnMethodEnter
    static Object enter(@Advice.This Object self, @AttributeName String attribute) {
        return AttributeHooks.beforeRelationshipWrite(self, attribute);
    }

    @Advice.OnMethodExit
    static void exit(@Advice.This Object self, @AttributeName String attribute, @Advice.Enter Object old) {
        AttributeHooks.afterRelationshipWrite(self, attribute, old);
    }
}
