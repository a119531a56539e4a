package org.jalchemy.inspection;

/**
 * A check constraint: its name (null where the database has none) and its SQL condition as the database
 * reports it.
 * <pre>{@code
 * inspector.getCheckConstraints("t").get(0).sqltext(); // x > 0
 * }</pre>
 */
public record ReflectedCheckConstraint(String name, String sqltext) {
}
