package org.jalchemy.orm.state;

import net.bytebuddy.asm.Advice;

/**
 * Inlined at the start of a mapped attribute's getter.
 * <pre>{@code
 * Advice.withCustomMapping().bind(AttributeName.class, "name").to(ReadAdvice.class);
 * }</pre>
 */
public final class ReadAdvice {
    private ReadAdvice() {
    }

    @Advice.OnMethodEnter
    static void enter(@Advice.This Object self, @AttributeName String attribute) {
        AttributeHooks.beforeRead(self, attribute);
    }
}
