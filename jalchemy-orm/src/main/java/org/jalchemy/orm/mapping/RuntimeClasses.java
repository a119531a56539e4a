package org.jalchemy.orm.mapping;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import net.bytebuddy.ByteBuddy;
import net.bytebuddy.description.modifier.Visibility;
import net.bytebuddy.dynamic.DynamicType;
import net.bytebuddy.dynamic.loading.ClassLoadingStrategy;
import net.bytebuddy.dynamic.scaffold.subclass.ConstructorStrategy;

/**
 * Defines classes at run time, the Java counterpart of Python's {@code type(name, bases, attrs)}: a
 * subclass of a compiled base class, with a field for each named attribute the base does not have.
 * <pre>{@code
 * Class<? extends TableTemp> hello = RuntimeClasses.subclass(TableTemp.class, "Hello", List.of("id"), List.of(Integer.class));
 * hello.getConstructor(String.class).newInstance("foo");
 * }</pre>
 */
final class RuntimeClasses {
    private static final AtomicInteger COUNTER = new AtomicInteger();

    private RuntimeClasses() {
    }

    static <T> Class<? extends T> subclass(Class<T> base, String name, List<String> fields, List<Class<?>> types) {
        String pkg = base.getPackageName().isEmpty() ? "jalchemy.runtime" : base.getPackageName();
        DynamicType.Builder<T> b = new ByteBuddy()
                .subclass(base, ConstructorStrategy.Default.IMITATE_SUPER_CLASS_OPENING)
                .name(pkg + "." + name + "$Mapped" + COUNTER.incrementAndGet());
        for (int i = 0; i < fields.size(); i++) {
            b = b.defineField(fields.get(i), JavaTypes.box(types.get(i)), Visibility.PRIVATE);
        }
        // a child loader per class keeps classes of discarded mappings collectable
        return b.make().load(base.getClassLoader(), ClassLoadingStrategy.Default.WRAPPER).getLoaded();
    }
}
