package org.jalchemy.schema;

import java.util.List;
import java.util.Map;
import org.jalchemy.exc.ArgumentError;

/**
 * Templates that name constraints and indexes left unnamed, per kind: {@code pk}, {@code uq}, {@code ck},
 * {@code fk}, {@code ix}. Tokens: {@code %(table_name)s}, {@code %(column_0_name)s},
 * {@code %(column_0_label)s} ({@code table_column}), {@code %(referred_table_name)s},
 * {@code %(referred_column_0_name)s}.
 *
 * <p>Mirrors SQLAlchemy's {@code MetaData(naming_convention=...)}. Immutable.
 * <pre>{@code
 * MetaData md = new MetaData(null, new NamingConvention(Map.of("uq", "uq_%(table_name)s_%(column_0_name)s")));
 * // UNIQUE (email) is rendered CONSTRAINT uq_user_email UNIQUE (email)
 * }</pre>
 *
 * @param templates the template per kind
 */
public record NamingConvention(Map<String, String> templates) {
    private static final List<String> KINDS = List.of("pk", "uq", "ck", "fk", "ix");

    public NamingConvention {
        for (String kind : templates.keySet()) {
            if (!KINDS.contains(kind)) {
                throw new ArgumentError("Unknown naming convention kind '" + kind + "'; use one of " + KINDS);
            }
        }
        templates = Map.copyOf(templates);
    }

    /** The name for an unnamed {@code constraint} of {@code table}, or {@code null} when no template applies. */
    String nameFor(Table table, Constraint constraint) {
        String kind = constraint instanceof PrimaryKeyConstraint ? "pk" : constraint instanceof UniqueConstraint ? "uq"
                : constraint instanceof CheckConstraint ? "ck" : "fk";
        String referred = constraint instanceof ForeignKeyConstraint fk ? fk.targetTable() : "";
        String referredColumn = constraint instanceof ForeignKeyConstraint fk ? fk.targetColumnNames().get(0) : "";
        return apply(kind, table, constraint.columnNames(), referred, referredColumn);
    }

    /** The name for an index over {@code columns} of {@code table}, or {@code null}. */
    String indexName(Table table, List<String> columns) {
        return apply("ix", table, columns, "", "");
    }

    private String apply(String kind, Table table, List<String> columns, String referred, String referredColumn) {
        String template = templates.get(kind);
        if (template == null || (columns.isEmpty() && template.contains("%(column_0"))) {
            return null;
        }
        String first = columns.isEmpty() ? "" : table.c(columns.get(0)).name();
        return template.replace("%(table_name)s", table.name())
                .replace("%(column_0_name)s", first)
                .replace("%(column_0_label)s", table.name() + "_" + first)
                .replace("%(referred_table_name)s", referred)
                .replace("%(referred_column_0_name)s", referredColumn);
    }
}
