package org.jalchemy.dialect.mysql;

/**
 * MariaDB (10.5 and later): the MySQL dialect plus {@code INSERT ... RETURNING}.
 * <pre>{@code
 * Engine engine = Jalchemy.createEngine("mariadb://root@127.0.0.1:3306/test");
 * engine.dialect().supportsInsertReturning(); // true
 * }</pre>
 */
public class MariaDbDialect extends MySqlDialect {
    public MariaDbDialect() {
        super(new Capabilities(true, false, true, true, false, false, 65535));
    }
    @Override
    public String name() {
        return "mariadb";
    }

}
