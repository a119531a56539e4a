package org.jalchemy.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jalchemy.testing.DatabaseTest;
import org.jalchemy.testing.TestDatabase;

/**
 * Runs the whole tour on each database and compares every section's output with
 * {@code expected/<SectionClass>.txt}: the seed's printed output, or what shows the section's effect.
 */
class TourTest {

    @DatabaseTest
    void everySectionPrintsWhatTheSeedPrints(TestDatabase db) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Tour.run(db.url(), new PrintStream(bytes, true, StandardCharsets.UTF_8), null);
        String output = bytes.toString(StandardCharsets.UTF_8);
        List<String> failures = new ArrayList<>();
        for (Section section : Tour.sections()) {
            String expected = anyAddress(expected(section, db.backend()));
            String actual = anyAddress(sectionOutput(output, section.title()));
            if (!actual.equals(expected)) {
                failures.add("section \"" + section.title() + "\"\n--- expected\n" + expected + "--- actual\n" + actual);
            }
        }
        assertThat(failures).as("tour output on " + db.backend() + ":\n" + output).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void addressesAreComparedByWhichObjectTheyName() {
        assertThat(anyAddress("<A object at 0xaa> <B object at 0xbb> <A object at 0xaa>"))
                .isEqualTo("<A object at 0x#1> <B object at 0x#2> <A object at 0x#1>");
        assertThat(anyAddress("<A object at 0xaa> <B object at 0xaa>"))
                .isNotEqualTo(anyAddress("<A object at 0x01> <B object at 0x02>"));
    }

    /** {@code expected/<Section>.<backend>.txt} where a database prints differently, else {@code <Section>.txt}. */
    private static String expected(Section section, String backend) throws Exception {
        String base = "/expected/" + section.getClass().getSimpleName();
        String name = TourTest.class.getResource(base + "." + backend + ".txt") != null
                ? base + "." + backend + ".txt" : base + ".txt";
        try (InputStream in = TourTest.class.getResourceAsStream(name)) {
            assertThat(in).as("missing " + name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /**
     * Python object reprs carry memory addresses that differ per run: each distinct address becomes
     * {@code 0x#1}, {@code 0x#2}... in order of first appearance within the section, so the comparison still
     * tells whether two reprs name the same object or different ones.
     */
    static String anyAddress(String text) {
        java.util.Map<String, String> seen = new java.util.HashMap<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("object at (0x[0-9a-f]+)>").matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String label = seen.computeIfAbsent(m.group(1), a -> "0x#" + (seen.size() + 1));
            m.appendReplacement(out, "object at " + label + ">");
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String sectionOutput(String output, String title) {
        String header = Tour.header(title) + "\n";
        int start = output.indexOf(header);
        if (start < 0) {
            return "(section not printed)\n";
        }
        start += header.length();
        int end = output.indexOf("\n=== ", start);
        String body = end < 0 ? output.substring(start) : output.substring(start, end + 1);
        // each section is followed by one blank separator line
        return body.endsWith("\n\n") ? body.substring(0, body.length() - 1) : body;
    }
}
