package org.jalchemy.orm.state;

import net.bytebuddy.asm.Advice;

/**
 * Inlined at the start of a relationship attribute's getter: swaps in an instrumented collection, or loads
 * the attribute lazily.
 * <pre>{@code
 * Advice.withCustomMapping().bind(AttributeName.class, "addresses").to(RelationshipReadAdvice.class);
 * }</pre>
 */
public final class RelationshipReadAdvice {
    private RelationshipReadAdvice() {
    }

    @Advice.OnMethodEnter
    static void enter(@Advice.This Object self, @AttributeName String attribute) {
        AttributeHooks.beforeRelationshipRead(self, attribute);
    }
}
