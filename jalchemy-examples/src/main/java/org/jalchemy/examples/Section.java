package org.jalchemy.examples;

/**
 * One section of the seed cheatsheet, runnable: it prints what the seed's section prints.
 *
 * <p>Sections run in the seed's order on one database, so a later section may rely on tables an earlier
 * one made, as the seed's sections share {@code db.sqlite}.
 * <pre>{@code
 * Section s = new SetADatabaseUrl();
 * s.run(context); // prints to context.out()
 * }</pre>
 */
public interface Section {
    /** The seed's section title, printed as the section's header. */
    String title();

    /** Runs the section, printing to {@code context.out()}. */
    void run(TourContext context) throws Exception;
}
