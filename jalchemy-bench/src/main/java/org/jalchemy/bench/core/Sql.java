package org.jalchemy.bench.core;

/** The SQL strings shared by the systems that take SQL text (raw JDBC, jalchemy text()). */
public final class Sql {
    public static final String INSERT = "INSERT INTO customer (name, description) VALUES (?, ?)";
    public static final String INSERT_WITH_ID = "INSERT INTO customer (id, name, description) VALUES (?, ?, ?)";
    public static final String SELECT_ALL = "SELECT id, name, description FROM customer";
    public static final String SELECT_BY_ID = "SELECT id, name, description FROM customer WHERE id = ?";
    public static final String UPDATE_DESCRIPTION = "UPDATE customer SET description = ? WHERE id = ?";
    /** Rows per executeBatch call: the same as Hibernate's hibernate.jdbc.batch_size here. */
    public static final int BATCH = 1000;
    /** Rows per multi-row INSERT ... RETURNING statement, as SQLAlchemy's insertmanyvalues pages. */
    public static final int RETURNING_PAGE = 1000;

    private Sql() {
    }

    /** {@code INSERT INTO customer (name, description) VALUES (?, ?), ... RETURNING id} for {@code rows} rows. */
    public static String multiRowInsertReturning(int rows) {
        StringBuilder sql = new StringBuilder("INSERT INTO customer (name, description) VALUES ");
        for (int i = 0; i < rows; i++) {
            sql.append(i == 0 ? "(?, ?)" : ", (?, ?)");
        }
        return sql.append(" RETURNING id").toString();
    }
}
