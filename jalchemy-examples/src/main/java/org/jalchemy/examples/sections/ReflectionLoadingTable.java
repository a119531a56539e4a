package org.jalchemy.examples.sections;

import org.jalchemy.examples.Py;
import org.jalchemy.examples.Section;
import org.jalchemy.examples.TourContext;
import org.jalchemy.schema.MetaData;

/** Seed: "Reflection - Loading Table from Existing Database". An empty MetaData, then every table reflected into it. */
public final class ReflectionLoadingTable implements Section {
    @Override
    public String title() {
        return "Reflection - Loading Table from Existing Database";
    }

    @Override
    public void run(TourContext context) {
        // Create a MetaData instance
        MetaData metadata = new MetaData();
        context.out().println(Py.repr(metadata.tables()));
        // reflect db schema to MetaData
        metadata.reflect(context.engine());
        context.out().println(Py.repr(metadata.tables()));
    }
}
