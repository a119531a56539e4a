package org.jalchemy.orm.state;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the advice parameter that receives the mapped attribute's name, bound as a constant per accessor
 * when the advice is inlined.
 * <pre>{@code
 * static void enter(@Advice.This Object self, @AttributeName String attribute) { }
 * }</pre>
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
public @interface AttributeName {
}
