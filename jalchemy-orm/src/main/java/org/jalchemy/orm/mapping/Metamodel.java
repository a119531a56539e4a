package org.jalchemy.orm.mapping;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import org.jalchemy.schema.Column;

/**
 * Fills type-safe attribute references when a class is mapped, as JPA fills its static metamodel: a
 * static, non-final {@code Column} field named after an attribute in CONSTANT_CASE in the mapped class
 * ({@code User.NAME}), or named exactly like the attribute in a companion class {@code User_}
 * ({@code User_.name}), receives the mapped column, so {@code User.NAME.eq("ed")} type-checks.
 * <pre>{@code
 * public static Column<String> NAME;   // in User, set by registry.map(User.class)
 * session.query(User.class).filter(User.NAME.eq("ed"));
 * }</pre>
 */
final class Metamodel {
    private Metamodel() {
    }

    static void populate(Mapper<?> mapper) {
        Class<?> cls = mapper.mappedClass();
        fill(cls, mapper, true);
        try {
            Class<?> companion = Class.forName(cls.getName() + "_", true, cls.getClassLoader());
            fill(companion, mapper, false);
        } catch (ClassNotFoundException e) {
            // no companion metamodel class: nothing to fill
        }
    }

    private static void fill(Class<?> holder, Mapper<?> mapper, boolean constantCase) {
        for (ColumnProperty p : mapper.properties()) {
            String name = constantCase ? constantCase(p.name()) : p.name();
            try {
                Field f = holder.getDeclaredField(name);
                int mod = f.getModifiers();
                if (Modifier.isStatic(mod) && !Modifier.isFinal(mod) && Column.class.isAssignableFrom(f.getType())) {
                    f.setAccessible(true);
                    f.set(null, p.column());
                }
            } catch (NoSuchFieldException e) {
                // this attribute has no declared reference
            } catch (IllegalAccessException e) {
                throw new IllegalStateException("Cannot set metamodel field " + holder.getName() + "." + name, e);
            }
        }
    }

    /** Fills {@code public static RelationshipProperty ADDRESSES;} (or {@code User_.addresses}) for a relationship. */
    static void fillRelationship(RelationshipProperty p) {
        Class<?> cls = p.parent().mappedClass();
        set(cls, constantCase(p.name()), p);
        try {
            set(Class.forName(cls.getName() + "_", true, cls.getClassLoader()), p.name(), p);
        } catch (ClassNotFoundException e) {
            // no companion metamodel class
        }
    }

    private static void set(Class<?> holder, String name, RelationshipProperty p) {
        try {
            Field f = holder.getDeclaredField(name);
            int mod = f.getModifiers();
            if (Modifier.isStatic(mod) && !Modifier.isFinal(mod) && f.getType() == RelationshipProperty.class) {
                f.setAccessible(true);
                f.set(null, p);
            }
        } catch (NoSuchFieldException e) {
            // no declared reference
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("Cannot set metamodel field " + holder.getName() + "." + name, e);
        }
    }

    static String constantCase(String camel) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < camel.length(); i++) {
            char ch = camel.charAt(i);
            if (Character.isUpperCase(ch) && i > 0) {
                sb.append('_');
            }
            sb.append(Character.toUpperCase(ch));
        }
        return sb.toString();
    }
}
