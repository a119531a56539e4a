package org.jalchemy.bench.core;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The measurements of one run of the suite, by variant (in run order) and system (in column order). */
public final class Results {
    private final List<String> systems;
    private final Map<Variant, Map<String, Measurement>> cells = new LinkedHashMap<>();
    private final Map<Variant, Integer> sizes = new LinkedHashMap<>();

    public Results(List<String> systems) {
        this.systems = List.copyOf(systems);
    }

    /** The cell for {@code variant} and {@code system}, created empty on first use. */
    public Measurement cell(Variant variant, int size, String system) {
        sizes.put(variant, size);
        return cells.computeIfAbsent(variant, v -> new LinkedHashMap<>())
                .computeIfAbsent(system, s -> new Measurement());
    }

    /** The cell, or {@code null} when the system had no task for the variant. */
    public Measurement get(Variant variant, String system) {
        Map<String, Measurement> row = cells.get(variant);
        return row == null ? null : row.get(system);
    }

    public List<String> systems() {
        return systems;
    }

    public List<Variant> variants() {
        return new ArrayList<>(cells.keySet());
    }

    public int size(Variant variant) {
        return sizes.get(variant);
    }

    /** True when any cell failed its check or threw. */
    public boolean anyFailed() {
        return cells.values().stream().flatMap(row -> row.values().stream()).anyMatch(Measurement::failed);
    }
}
