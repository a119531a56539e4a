package org.jalchemy.examples;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.jalchemy.Jalchemy;
import org.jalchemy.engine.Engine;
import org.jalchemy.engine.URL;
import org.jalchemy.examples.sections.CannotUseTheObjectAfterCloseTheSession;
import org.jalchemy.examples.sections.CheckTableExisting;
import org.jalchemy.examples.sections.CloseDatabaseConnection;
import org.jalchemy.examples.sections.CreateAllTablesStoreInMetaData;
import org.jalchemy.examples.sections.CreateMultipleTablesAtOnce;
import org.jalchemy.examples.sections.CreateSpecificTable;
import org.jalchemy.examples.sections.CreateTableWithSameColumns;
import org.jalchemy.examples.sections.CreateTablesWithDynamicColumnsOrm;
import org.jalchemy.examples.sections.CreateTablesWithDynamicColumnsTable;
import org.jalchemy.examples.sections.DeleteRowsFromTable;
import org.jalchemy.examples.sections.DropATable;
import org.jalchemy.examples.sections.GetTableDynamically;
import org.jalchemy.examples.sections.GetTableFromMetaData;
import org.jalchemy.examples.sections.InsertCreateAnInsertStatement;
import org.jalchemy.examples.sections.InspectGetDatabaseInformation;
import org.jalchemy.examples.sections.JoinJoinedTwoTablesViaJoinStatement;
import org.jalchemy.examples.sections.JoinOnRelationshipAndGroupByCount;
import org.jalchemy.examples.sections.MapperMapTableToClass;
import org.jalchemy.examples.sections.MetadataGeneratingDatabaseSchema;
import org.jalchemy.examples.sections.ObjectRelationalAddData;
import org.jalchemy.examples.sections.ObjectRelationalBasicQuery;
import org.jalchemy.examples.sections.ObjectRelationalDeleteRow;
import org.jalchemy.examples.sections.ObjectRelationalJoinTwoTables;
import org.jalchemy.examples.sections.ObjectRelationalRelationship;
import org.jalchemy.examples.sections.ObjectRelationalSelfAssociation;
import org.jalchemy.examples.sections.ObjectRelationalUpdateData;
import org.jalchemy.examples.sections.ReflectionLoadingTable;
import org.jalchemy.examples.sections.SelectCreateASelectStatement;
import org.jalchemy.examples.sections.SetADatabaseUrl;
import org.jalchemy.examples.sections.SomeTableObjectOperation;
import org.jalchemy.examples.sections.SqlExpressionLanguage;
import org.jalchemy.examples.sections.SupportDbapiPep249;
import org.jalchemy.examples.sections.TransactionAndConnectObject;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The tour: every section of the seed cheatsheet, run in the seed's order on one database, each printing
 * a header with the section's title and then what the section prints.
 *
 * <p>Without {@code --url} it runs on a SQLite file in a temporary folder, removed afterwards. With a server
 * URL it first drops the tables the tour makes, and drops them again at the end.
 * <pre>{@code
 * ./tour
 * ./tour --url postgresql://postgres@127.0.0.1:5432/test
 * }</pre>
 */
@Command(name = "tour", mixinStandardHelpOptions = true,
        description = "Runs every section of the SQLAlchemy cheatsheet with jalchemy.")
public final class Tour implements Callable<Integer> {

    /** The sections in the seed's order. */
    public static List<Section> sections() {
        return List.of(
                new SetADatabaseUrl(),
                new SupportDbapiPep249(),
                new TransactionAndConnectObject(),
                new MetadataGeneratingDatabaseSchema(),
                new InspectGetDatabaseInformation(),
                new ReflectionLoadingTable(),
                new GetTableFromMetaData(),
                new CreateAllTablesStoreInMetaData(),
                new CreateSpecificTable(),
                new CreateTableWithSameColumns(),
                new DropATable(),
                new SomeTableObjectOperation(),
                new SqlExpressionLanguage(),
                new InsertCreateAnInsertStatement(),
                new SelectCreateASelectStatement(),
                new JoinJoinedTwoTablesViaJoinStatement(),
                new DeleteRowsFromTable(),
                new CheckTableExisting(),
                new CreateMultipleTablesAtOnce(),
                new CreateTablesWithDynamicColumnsTable(),
                new ObjectRelationalAddData(),
                new ObjectRelationalUpdateData(),
                new ObjectRelationalDeleteRow(),
                new ObjectRelationalRelationship(),
                new ObjectRelationalSelfAssociation(),
                new ObjectRelationalBasicQuery(),
                new MapperMapTableToClass(),
                new GetTableDynamically(),
                new ObjectRelationalJoinTwoTables(),
                new JoinOnRelationshipAndGroupByCount(),
                new CreateTablesWithDynamicColumnsOrm(),
                new CloseDatabaseConnection(),
                new CannotUseTheObjectAfterCloseTheSession());
    }

    @Option(names = "--url", description = "Database URL (default: a SQLite file in a temporary folder)")
    private String url;

    @Option(names = "--section", description = "Run only sections whose title contains this text")
    private String only;

    public static void main(String[] args) {
        int code = new CommandLine(new Tour()).execute(args);
        if (code != 0) {
            System.exit(code);
        }
    }

    @Override
    public Integer call() throws Exception {
        if (url != null) {
            run(URL.parse(url), System.out, only);
            return 0;
        }
        Path dir = Files.createTempDirectory("jalchemy-tour");
        try {
            run(URL.create("sqlite", dir.resolve("db.sqlite").toString()), System.out, only);
        } finally {
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        return 0;
    }

    /** Runs the tour (or the sections whose title contains {@code only}) on {@code url}, printing to {@code out}. */
    public static void run(URL url, PrintStream out, String only) throws Exception {
        Engine engine = Jalchemy.createEngine(url);
        try {
            TourTables.dropAll(engine);
            TourContext context = new TourContext(url, engine, out);
            for (Section section : sections()) {
                if (only != null && !section.title().contains(only)) {
                    continue;
                }
                out.println(header(section.title()));
                section.run(context);
                out.println();
            }
        } finally {
            TourTables.dropAll(engine);
            engine.dispose();
        }
    }

    /** The header line printed before a section's output. */
    public static String header(String title) {
        return "=== " + title + " ===";
    }
}
