package org.jalchemy.orm.mapping;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import org.jalchemy.orm.state.Instrumenter;

/**
 * Finds the getters and setters of mapped attributes by JavaBean and record-style names ({@code getName},
 * {@code isActive}, {@code name()}, {@code setName}), in the class and its superclasses.
 * <pre>{@code
 * List<Instrumenter.Accessor> found = AccessorFinder.find(User.class, List.of("id", "name"));
 * Instrumenter.instrument(found);
 * }</pre>
 */
final class AccessorFinder {
    private AccessorFinder() {
    }

    static List<Instrumenter.Accessor> find(Class<?> cls, List<String> attributes) {
        List<Instrumenter.Accessor> out = new ArrayList<>();
        for (String attr : attributes) {
            String cap = Character.toUpperCase(attr.charAt(0)) + attr.substring(1);
            for (Class<?> c = cls; c != null && c != Object.class; c = c.getSuperclass()) {
                for (Method m : c.getDeclaredMethods()) {
                    if (Modifier.isStatic(m.getModifiers()) || m.isSynthetic() || m.isBridge()
                            || Modifier.isAbstract(m.getModifiers())) {
                        continue;
                    }
                    String n = m.getName();
                    boolean getter = m.getParameterCount() == 0 && m.getReturnType() != void.class
                            && (n.equals("get" + cap) || n.equals("is" + cap) || n.equals(attr));
                    boolean setter = m.getParameterCount() == 1 && n.equals("set" + cap);
                    if (getter || setter) {
                        out.add(new Instrumenter.Accessor(m, attr, setter));
                    }
                }
            }
        }
        return out;
    }
}
