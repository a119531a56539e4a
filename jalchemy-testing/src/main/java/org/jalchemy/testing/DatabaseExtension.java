package org.jalchemy.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.stream.Stream;
import org.jalchemy.engine.Engine;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.Extension;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestTemplateInvocationContext;
import org.junit.jupiter.api.extension.TestTemplateInvocationContextProvider;
import org.opentest4j.TestAbortedException;

/**
 * Expands a {@link DatabaseTest} into one invocation per backend, each with a fresh database and an
 * engine disposed afterwards. Unreachable servers fail the run under {@code CI=true} and are skipped,
 * loudly, otherwise.
 */
public final class DatabaseExtension implements TestTemplateInvocationContextProvider {
    private static final boolean CI = "true".equalsIgnoreCase(System.getenv("CI"));
    private static final Set<String> SKIPPED = new ConcurrentSkipListSet<>();
    private static final Path TMP = createTmp();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            if (!SKIPPED.isEmpty()) {
                System.err.println("\n*** jalchemy: SKIPPED the " + SKIPPED + " suites: server unreachable."
                        + " Start it (see README) or run with CI=true to make this a failure. ***\n");
            }
            deleteTree(TMP);
        }));
    }

    private static Path createTmp() {
        try {
            return Files.createTempDirectory("jalchemy-test");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // temp files: the OS cleans up what we could not
        }
    }

    @Override
    public boolean supportsTestTemplate(ExtensionContext context) {
        return context.getRequiredTestMethod().isAnnotationPresent(DatabaseTest.class);
    }

    @Override
    public Stream<TestTemplateInvocationContext> provideTestTemplateInvocationContexts(ExtensionContext context) {
        List<String> only = Arrays.asList(context.getRequiredTestMethod().getAnnotation(DatabaseTest.class).only());
        return Arrays.stream(TestTarget.all())
                .filter(t -> only.isEmpty() || only.contains(t.name()))
                .map(Invocation::new);
    }

    private static final class Invocation implements TestTemplateInvocationContext {
        private final TestTarget target;

        Invocation(TestTarget target) {
            this.target = target;
        }

        @Override
        public String getDisplayName(int invocationIndex) {
            return "[" + target.name() + "]";
        }

        @Override
        public List<Extension> getAdditionalExtensions() {
            return List.of(new PerInvocation(target));
        }
    }

    private static final class PerInvocation implements BeforeEachCallback, AfterEachCallback, ParameterResolver {
        private final TestTarget target;
        private TestDatabase database;

        PerInvocation(TestTarget target) {
            this.target = target;
        }

        @Override
        public void beforeEach(ExtensionContext context) throws Exception {
            if (!target.isReachable()) {
                String why = target.name() + " unreachable at " + target.adminUrl() + ": " + target.unreachableReason();
                if (CI) {
                    throw new IllegalStateException("CI=true requires " + why);
                }
                if (SKIPPED.add(target.name())) {
                    System.err.println("*** jalchemy: SKIPPING " + target.name() + " tests: " + why + " ***");
                }
                throw new TestAbortedException("skipped: " + why);
            }
            database = new TestDatabase(target, target.freshDatabase(TMP));
        }

        @Override
        public void afterEach(ExtensionContext context) {
            if (database != null) {
                database.close();
                database = null;
            }
        }

        @Override
        public boolean supportsParameter(ParameterContext p, ExtensionContext e) {
            Class<?> type = p.getParameter().getType();
            return type == Engine.class || type == TestDatabase.class;
        }

        @Override
        public Object resolveParameter(ParameterContext p, ExtensionContext e) {
            return p.getParameter().getType() == Engine.class ? database.engine() : database;
        }
    }
}
