package org.jalchemy.orm.state;

import static net.bytebuddy.matcher.ElementMatchers.named;
import static net.bytebuddy.matcher.ElementMatchers.takesArguments;

import java.lang.instrument.ClassDefinition;
import java.lang.instrument.Instrumentation;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.bytebuddy.ByteBuddy;
import net.bytebuddy.agent.ByteBuddyAgent;
import net.bytebuddy.asm.Advice;
import net.bytebuddy.dynamic.ClassFileLocator;
import net.bytebuddy.dynamic.DynamicType;
import org.jalchemy.orm.exc.UnmappedClassError;

/**
 * Inlines {@link ReadAdvice} and {@link WriteAdvice} into the accessors of mapped attributes, at mapping time,
 * through an agent that jalchemy attaches to its own JVM (no {@code -javaagent} flag). Only method bodies
 * change, which the JVM allows for classes already loaded; see docs/design/orm-instrumentation.md.
 * <pre>{@code
 * Instrumenter.instrument(List.of(new Instrumenter.Accessor(getName, "name", false)));
 * Instrumenter.isInstrumented(getName); // true
 * }</pre>
 */
public final class Instrumenter {
    /** One accessor to advise: a getter ({@code write} false) or a setter of {@code attribute}. */
    public record Accessor(Method method, String attribute, boolean write, boolean relationship) {
        public Accessor(Method method, String attribute, boolean write) {
            this(method, attribute, write, false);
        }
    }

    private static Instrumentation instrumentation;
    // every advice ever inlined per class: a redefinition starts from the original class file, so it must
    // carry the advice of earlier mappings too
    private static final Map<Class<?>, Map<String, Accessor>> ADVISED = new HashMap<>();

    private Instrumenter() {
    }

    /** Advises every accessor not advised yet; throws {@link UnmappedClassError} saying why when it cannot. */
    public static synchronized void instrument(List<Accessor> accessors) {
        Map<Class<?>, Map<String, Accessor>> byClass = new LinkedHashMap<>();
        for (Accessor a : accessors) {
            Class<?> owner = a.method().getDeclaringClass();
            Map<String, Accessor> done = ADVISED.getOrDefault(owner, Map.of());
            String key = signature(a.method());
            if (!done.containsKey(key)) {
                byClass.computeIfAbsent(owner, c -> new LinkedHashMap<>(done)).put(key, a);
            }
        }
        for (Map.Entry<Class<?>, Map<String, Accessor>> e : byClass.entrySet()) {
            redefine(e.getKey(), e.getValue());
            ADVISED.put(e.getKey(), e.getValue());
        }
    }

    /** Whether {@code accessor} already carries jalchemy's advice. */
    public static synchronized boolean isInstrumented(Method accessor) {
        return ADVISED.getOrDefault(accessor.getDeclaringClass(), Map.of()).containsKey(signature(accessor));
    }

    private static String signature(Method m) {
        return m.getName() + "/" + m.getParameterCount();
    }

    private static void redefine(Class<?> cls, Map<String, Accessor> advised) {
        ClassLoader loader = cls.getClassLoader();
        if (loader == null || cls.getName().startsWith("java.")) {
            throw new UnmappedClassError("Class " + cls.getName() + " cannot be instrumented: it is a JDK class");
        }
        if (Modifier.isInterface(cls.getModifiers())) {
            return;
        }
        byte[] bytes;
        try {
            DynamicType.Builder<?> builder = new ByteBuddy().redefine(cls, ClassFileLocator.ForClassLoader.of(loader));
            for (Accessor a : advised.values()) {
                Advice advice = Advice.withCustomMapping().bind(AttributeName.class, a.attribute())
                        .to(a.relationship() ? (a.write() ? RelationshipWriteAdvice.class : RelationshipReadAdvice.class)
                                : a.write() ? WriteAdvice.class : ReadAdvice.class);
                builder = builder.visit(advice.on(named(a.method().getName())
                        .and(takesArguments(a.method().getParameterCount()))));
            }
            bytes = builder.make().getBytes();
        } catch (RuntimeException e) {
            throw new UnmappedClassError("Class " + cls.getName() + " cannot be instrumented: its class file is not"
                    + " readable from its class loader (" + e.getMessage() + "). Classes generated at run time"
                    + " cannot declare mapped accessors; declare them in a compiled superclass instead", e);
        }
        try {
            agent().redefineClasses(new ClassDefinition(cls, bytes));
        } catch (Exception | LinkageError e) {
            throw new UnmappedClassError("Class " + cls.getName() + " cannot be instrumented: " + e, e);
        }
    }

    private static Instrumentation agent() {
        if (instrumentation == null) {
            try {
                // attaches from a helper process when this JVM refuses self-attachment (the Java 9+ default)
                instrumentation = ByteBuddyAgent.install();
            } catch (IllegalStateException e) {
                throw new UnmappedClassError("jalchemy could not attach its instrumentation agent to this JVM: "
                        + e.getMessage() + ". Run on a JDK (the jdk.attach module is needed), or start the JVM"
                        + " with -javaagent:byte-buddy-agent.jar; on Java 21+ add -XX:+EnableDynamicAgentLoading"
                        + " to silence the dynamic-agent warning", e);
            }
        }
        return instrumentation;
    }
}
