package org.jalchemy.orm.state;

import net.bytebuddy.asm.Advice;

/**
 * Inlined at the start and the end of a mapped attribute's setter.
 * <pre>{@code
 * Advice.withCustomMapping().bind(AttributeName.class, "name").to(WriteAdvice.class);
 * }</pre>
 */
public final class WriteAdvice {
    private WriteAdvice() {
    }

    @Advice.OnMethodEnter
    static void enter(@Advice.This Object self) {
        AttributeHooks.beforeWrite(self);
    }

    @Advice.OnMethodExit
    static void exit(@Advice.This Object self, @AttributeName String attribute) {
        AttributeHooks.afterWrite(self, attribute);
    }
}
