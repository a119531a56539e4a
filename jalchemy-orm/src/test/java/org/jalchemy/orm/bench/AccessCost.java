package org.jalchemy.orm.bench;

import java.util.List;
import org.jalchemy.orm.mapping.FieldAccessor;
import org.jalchemy.orm.mapping.Mapper;
import org.jalchemy.orm.state.InstanceState;
import org.jalchemy.orm.state.StateRegistry;
import org.jalchemy.schema.Column;
import org.jalchemy.schema.MetaData;
import org.jalchemy.schema.Table;
import org.jalchemy.types.SqlTypes;

/**
 * A JMH-free timing of instrumented attribute reads and writes against the same class uninstrumented.
 * Run: {@code mvn -q -o test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=...AccessCost}
 * or from the IDE. Figures go to docs/design/orm-instrumentation.md.
 * <pre>{@code
 * AccessCost.main(new String[0]);
 * }</pre>
 */
public final class AccessCost {
    public static final class Plain {
        private Integer id;
        private String name;

        public Integer getId() {
            return id;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }
    }

    public static final class Mapped {
        private Integer id;
        private String name;

        public Integer getId() {
            return id;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }
    }

    private static final int N = 1024;
    private static final int ROUNDS = 20_000;

    public static void main(String[] args) throws Exception {
        long t0 = System.nanoTime();
        Table table = new Table("mapped", new MetaData(), Column.of("id", SqlTypes.INTEGER).primaryKey(),
                Column.of("name", SqlTypes.STRING));
        Mapper<Mapped> mapper = Mapper.create(Mapped.class, table, List.of(
                new Mapper.Binding("id", table.c("id"), FieldAccessor.of(Mapped.class.getDeclaredField("id")), false),
                new Mapper.Binding("name", table.c("name"), FieldAccessor.of(Mapped.class.getDeclaredField("name")), false)),
                true);
        System.out.printf("agent attach + instrumenting one class: %.0f ms%n", (System.nanoTime() - t0) / 1e6);

        Plain[] plain = new Plain[N];
        Mapped[] bare = new Mapped[N];
        Mapped[] tracked = new Mapped[N];
        for (int i = 0; i < N; i++) {
            plain[i] = new Plain();
            plain[i].name = "n" + i;
            bare[i] = new Mapped();
            bare[i].name = "n" + i;
            tracked[i] = new Mapped();
            tracked[i].name = "n" + i;
            InstanceState s = new InstanceState(mapper);
            s.persistent((long) i, new Object[] {i, "n" + i});
            StateRegistry.register(tracked[i], s);
        }
        for (int pass = 0; pass < 3; pass++) {
            System.out.printf("pass %d%n", pass);
            System.out.printf("  read  plain            %6.2f ns%n", readPlain(plain));
            System.out.printf("  read  instrumented, no state        %6.2f ns%n", readMapped(bare));
            System.out.printf("  read  instrumented, persistent      %6.2f ns%n", readMapped(tracked));
            System.out.printf("  write plain            %6.2f ns%n", writePlain(plain));
            System.out.printf("  write instrumented, no state        %6.2f ns%n", writeMapped(bare));
            System.out.printf("  write instrumented, persistent      %6.2f ns%n", writeMapped(tracked));
        }
    }

    static long sink;

    static double readPlain(Plain[] objs) {
        long t = System.nanoTime();
        long s = 0;
        for (int r = 0; r < ROUNDS; r++) {
            for (Plain o : objs) {
                s += o.getName().length();
            }
        }
        sink += s;
        return (System.nanoTime() - t) / (double) ROUNDS / objs.length;
    }

    static double readMapped(Mapped[] objs) {
        long t = System.nanoTime();
        long s = 0;
        for (int r = 0; r < ROUNDS; r++) {
            for (Mapped o : objs) {
                s += o.getName().length();
            }
        }
        sink += s;
        return (System.nanoTime() - t) / (double) ROUNDS / objs.length;
    }

    static double writePlain(Plain[] objs) {
        long t = System.nanoTime();
        for (int r = 0; r < ROUNDS; r++) {
            String v = r % 2 == 0 ? "a" : "b";
            for (Plain o : objs) {
                o.setName(v);
            }
        }
        return (System.nanoTime() - t) / (double) ROUNDS / objs.length;
    }

    static double writeMapped(Mapped[] objs) {
        long t = System.nanoTime();
        for (int r = 0; r < ROUNDS; r++) {
            String v = r % 2 == 0 ? "a" : "b";
            for (Mapped o : objs) {
                o.setName(v);
            }
        }
        return (System.nanoTime() - t) / (double) ROUNDS / objs.length;
    }
}
