package org.jalchemy.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Runs the whole suite once on SQLite at a tiny size (10 to 500 rows per workload, the cold run only) to prove the
 * harness, every system's tasks and every check still work together. Takes a few seconds; the real runs are
 * manual (see README.md).
 */
class BenchMainSmokeTest {
    @Test
    void tinySqliteRunPassesEveryCheckAndWritesTheReport(@TempDir Path out) throws Exception {
        BenchMain.quietLibraries();
        int exit = new CommandLine(new BenchMain())
                .execute("--db", "sqlite", "--scale", "0.001", "--runs", "0", "--out", out.toString());

        String report = Files.readString(out.resolve("sqlite.md"));
        assertThat(report).doesNotContain("FAILED");
        assertThat(exit).isZero();
        assertThat(report).contains("| bulk_inserts | Core insert executemany (100) | ")
                .contains("| large_resultsets | ORM full objects, as a list (500) | ")
                .contains("Hibernate StatelessSession").contains("jOOQ")
                .contains("## Spread of the timed runs: first and third quartile")
                .contains("## Ratio to raw JDBC round by round");
    }
}
