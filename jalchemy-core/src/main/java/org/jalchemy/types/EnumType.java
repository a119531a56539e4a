package org.jalchemy.types;

import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import org.jalchemy.dialect.Dialect;
import org.jalchemy.exc.ArgumentError;

/**
 * A column restricted to a set of names, stored as {@code VARCHAR(longest name)} with a
 * {@code CHECK (col IN (...))} constraint on every database (no native enum type: SQLAlchemy's
 * {@code native_enum=False, create_constraint=True}), so other names are refused by the database as well.
 *
 * <p>Mirrors {@code sqlalchemy.types.Enum}. Built from a Java enum (values are constants of it) or from
 * strings (values are {@code String}); a value outside the set is an {@code ArgumentError} on bind.
 * <pre>{@code
 * EnumType<Color> color = EnumType.of(Color.class);
 * EnumType<String> mood = EnumType.ofNames("sad", "ok", "happy");
 * }</pre>
 *
 * @param <E> the Java type of values
 */
public final class EnumType<E> implements TypeEngine<E> {
    private final Class<E> javaType;
    private final List<String> names;

    private EnumType(Class<E> javaType, List<String> names) {
        if (names.isEmpty()) {
            throw new ArgumentError("Enum type needs at least one name");
        }
        this.javaType = javaType;
        this.names = List.copyOf(names);
    }

    /** An enum type whose values are the constants of {@code enumClass}, stored by {@code name()}. */
    public static <E extends Enum<E>> EnumType<E> of(Class<E> enumClass) {
        List<String> names = new ArrayList<>();
        for (E constant : enumClass.getEnumConstants()) {
            names.add(constant.name());
        }
        return new EnumType<>(enumClass, names);
    }

    /** An enum type over plain strings. */
    public static EnumType<String> ofNames(String... names) {
        return new EnumType<>(String.class, List.of(names));
    }

    /** The allowed names, in declaration order. */
    public List<String> names() {
        return names;
    }

    /** The length of the longest name: the VARCHAR length used to store it. */
    public int length() {
        return names.stream().mapToInt(String::length).max().orElse(1);
    }

    @Override
    public Class<E> javaType() {
        return javaType;
    }

    @Override
    public boolean isString() {
        return false;
    }

    @Override
    public Binder binder(Dialect dialect) {
        return Processors.nullSafe(Types.VARCHAR, (ps, i, v) -> {
            String name = v instanceof Enum<?> e ? e.name() : String.valueOf(v);
            if (!names.contains(name)) {
                throw new ArgumentError("'" + name + "' is not among the defined enum values " + names);
            }
            ps.setString(i, name);
        });
    }

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public Reader<E> reader(Dialect dialect) {
        if (javaType == String.class) {
            return (rs, i) -> (E) rs.getString(i);
        }
        Class<? extends Enum> enumClass = (Class<? extends Enum>) javaType;
        return (rs, i) -> {
            String s = rs.getString(i);
            return s == null ? null : (E) Enum.valueOf(enumClass, s);
        };
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EnumType<?> other && other.javaType == javaType && other.names.equals(names);
    }

    @Override
    public int hashCode() {
        return javaType.hashCode() * 31 + names.hashCode();
    }

    @Override
    public String toString() {
        return "Enum" + names;
    }
}
