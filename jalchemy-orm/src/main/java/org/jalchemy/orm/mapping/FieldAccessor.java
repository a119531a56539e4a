package org.jalchemy.orm.mapping;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Field;
import org.jalchemy.orm.exc.UnmappedClassError;

/**
 * An {@link AttributeAccessor} over a field, through getter and setter method handles erased to
 * {@code (Object)Object} and {@code (Object,Object)void}, so calls are exact invocations with no per-call
 * type adaptation (a generic {@code VarHandle} call adapts its types every time).
 * <pre>{@code
 * AttributeAccessor a = FieldAccessor.of(User.class.getDeclaredField("name"));
 * a.set(user, "ed");
 * }</pre>
 */
public final class FieldAccessor implements AttributeAccessor {
    private static final MethodType GETTER = MethodType.methodType(Object.class, Object.class);
    private static final MethodType SETTER = MethodType.methodType(void.class, Object.class, Object.class);

    private final MethodHandle getter;
    private final MethodHandle setter;
    private final boolean primitive;
    private final Class<?> boxed;
    private final String name;
    private final boolean privateField;

    private FieldAccessor(MethodHandle getter, MethodHandle setter, Class<?> type, String name, boolean privateField) {
        this.getter = getter;
        this.setter = setter;
        this.privateField = privateField;
        this.primitive = type.isPrimitive();
        this.boxed = JavaTypes.box(type);
        this.name = name;
    }

    public static FieldAccessor of(Field field) {
        try {
            MethodHandles.Lookup lookup = MethodHandles.privateLookupIn(field.getDeclaringClass(), MethodHandles.lookup());
            MethodHandle g = lookup.unreflectGetter(field).asType(GETTER);
            MethodHandle s = lookup.unreflectSetter(field).asType(SETTER);
            return new FieldAccessor(g, s, field.getType(), field.toString(),
                    java.lang.reflect.Modifier.isPrivate(field.getModifiers()));
        } catch (IllegalAccessException | RuntimeException e) {
            throw new UnmappedClassError("Field " + field + " is not accessible to jalchemy: " + e.getMessage()
                    + "; open its package to org.jalchemy.orm when using modules, and do not make it final", e);
        }
    }

    /** Whether the field is private: only its own class's code can write it without going through a setter. */
    public boolean isPrivateField() {
        return privateField;
    }

    @Override
    public Object get(Object obj) {
        try {
            return (Object) getter.invokeExact(obj);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException("Cannot read " + name, e);
        }
    }

    @Override
    public void set(Object obj, Object value) {
        if (value == null && primitive) {
            // a NULL column cannot be stored in a primitive field; leave the field's default
            return;
        }
        if (value != null && !boxed.isInstance(value)) {
            value = JavaTypes.convert(value, boxed);
        }
        try {
            setter.invokeExact(obj, value);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException("Cannot write " + name, e);
        }
    }
}
