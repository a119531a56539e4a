package org.jalchemy.orm.enhance;

import java.lang.reflect.Modifier;
import net.bytebuddy.build.Plugin;
import net.bytebuddy.description.modifier.FieldPersistence;
import net.bytebuddy.description.modifier.Visibility;
import net.bytebuddy.description.type.TypeDefinition;
import net.bytebuddy.description.type.TypeDescription;
import net.bytebuddy.dynamic.ClassFileLocator;
import net.bytebuddy.dynamic.DynamicType;
import net.bytebuddy.implementation.FieldAccessor;
import org.jalchemy.orm.mapping.Entity;
import org.jalchemy.orm.state.EnhancedEntity;

/**
 * Optional build-time enhancement: gives each {@link Entity @Entity} class a field for its ORM state and
 * implements {@link EnhancedEntity}, so sessions find an object's state without the weak identity map that
 * unenhanced classes use. Run by Byte Buddy's Maven plugin, which discovers it from jalchemy-orm's
 * {@code META-INF/net.bytebuddy/build.plugins}; behaviour is the same with or without it, only faster.
 * <pre>{@code
 * <plugin><groupId>net.bytebuddy</groupId><artifactId>byte-buddy-maven-plugin</artifactId>
 *   <executions><execution><goals><goal>transform</goal></goals></execution></executions></plugin>
 * }</pre>
 */
public final class EntityEnhancer implements Plugin {
    /** The added field; the {@code $} keeps it out of the way of any name a user would choose. */
    public static final String FIELD = "$jalchemy$state";

    private final String packagePrefix;

    /** Enhances every {@code @Entity} class (the constructor Byte Buddy's discovery uses). */
    public EntityEnhancer() {
        this("");
    }

    /**
     * Enhances only the {@code @Entity} classes whose name starts with {@code packagePrefix} (given as a
     * {@code <transformation>} argument in the plugin block).
     */
    public EntityEnhancer(String packagePrefix) {
        this.packagePrefix = packagePrefix == null ? "" : packagePrefix;
    }

    @Override
    public boolean matches(TypeDescription type) {
        if (!type.getName().startsWith(packagePrefix) || type.isInterface() || type.isAnnotation() || type.isRecord() || !type.getDeclaredAnnotations()
                .isAnnotationPresent(Entity.class)) {
            return false;
        }
        // only the topmost entity of a hierarchy gets the field: a subclass entity inherits it
        for (TypeDefinition sup = type.getSuperClass(); sup != null; sup = sup.getSuperClass()) {
            TypeDescription erased = sup.asErasure();
            if (erased.represents(Object.class)) {
                break;
            }
            if (erased.getDeclaredAnnotations().isAnnotationPresent(Entity.class)
                    || erased.isAssignableTo(EnhancedEntity.class)) {
                return false;
            }
        }
        return !type.isAssignableTo(EnhancedEntity.class);
    }

    @Override
    public DynamicType.Builder<?> apply(DynamicType.Builder<?> builder, TypeDescription type,
            ClassFileLocator locator) {
        // transient: Java serialization of an entity must not carry session state with it
        // Object: an InstanceState, or the SharedLoadState of the query that loaded the object
        return builder.defineField(FIELD, Object.class, Visibility.PRIVATE, FieldPersistence.TRANSIENT)
                .implement(EnhancedEntity.class)
                .intercept(FieldAccessor.ofField(FIELD));
    }

    @Override
    public void close() {
    }

    /** Whether {@code cls} was enhanced at build time (for diagnostics and tests). */
    public static boolean isEnhanced(Class<?> cls) {
        return EnhancedEntity.class.isAssignableFrom(cls) && !Modifier.isInterface(cls.getModifiers());
    }
}
