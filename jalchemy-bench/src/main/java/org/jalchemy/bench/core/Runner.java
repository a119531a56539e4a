package org.jalchemy.bench.core;

import java.io.PrintStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs the variants: per variant, one cold run per system, then (on server databases) one untimed run with JDBC
 * calls counted, then {@code runs} timed rounds, and more (up to {@link #MAX_ROUNDS}) for the cells whose timed runs
 * add up to less than {@link #SHORT_CELL_NANOS 5 seconds}, so that a median of short runs rests on more than five. Rounds
 * interleave the systems, in an order shuffled each round (a fixed seed per variant), so that drift of a noisy machine
 * and whatever one run leaves behind spread over all columns instead of penalising whichever runs first, last or
 * right after a given system. Every run starts from a freshly prepared table and a collected
 * heap, and every run is checked; a failed check marks the cell and stops its runs.
 */
public final class Runner {
    /**
     * A cell whose timed runs add up to less than this gets more rounds, up to {@link #MAX_ROUNDS}. On this project's
     * 2-core machines a 20 ms lookup loop measured 5 times moved by 20% from one bench run to the next, and single
     * runs of PostgreSQL's 100,000-row executemany spread over 0.25-0.34 s (raw JDBC) and 0.26-0.45 s (jalchemy
     * Core) within one JVM. The median of 5 had put Core at 0.95x raw JDBC in one full run and 1.14x in the next;
     * 15 rounds of that cell (raw JDBC, Core and text() only in the JVM) gave 0.99x.
     */
    public static final long SHORT_CELL_NANOS = 5_000_000_000L;
    public static final int MAX_ROUNDS = 50;

    private final BenchEnvironment env;
    private final List<BenchSystem> systems;
    private final double scale;
    private final int runs;
    private final PrintStream log;
    private final TableFixture fixture;
    private boolean eachRun;

    public Runner(BenchEnvironment env, List<BenchSystem> systems, double scale, int runs, PrintStream log) {
        this.env = env;
        this.systems = systems;
        this.scale = scale;
        this.runs = runs;
        this.log = log;
        this.fixture = new TableFixture(env);
    }

    /** Also logs every timed run's time as it is taken, not only each cell's median at the end of its variant. */
    public Runner eachRun(boolean on) {
        this.eachRun = on;
        return this;
    }

    /** Runs every variant of {@code workloads} and returns the measurements. */
    public Results run(List<Workload> workloads) throws Exception {
        Results results = new Results(systems.stream().map(BenchSystem::name).toList());
        try (HeapProbe heap = new HeapProbe()) {
            for (Variant variant : Variant.values()) {
                if (workloads.contains(variant.workload())) {
                    runVariant(variant, results, heap);
                }
            }
        }
        return results;
    }

    private void runVariant(Variant variant, Results results, HeapProbe heap) {
        int n = variant.workload().size(scale);
        Map<BenchSystem, Task> tasks = new LinkedHashMap<>();
        for (BenchSystem system : systems) {
            Task task = system.task(variant);
            if (task != null) {
                tasks.put(system, task);
            }
        }
        log.printf("%s / %s (n=%d)%n", variant.workload().label(), variant.label(), n);
        for (Map.Entry<BenchSystem, Task> e : tasks.entrySet()) {
            Measurement m = results.cell(variant, n, e.getKey().name());
            Long nanos = runOnce(variant, n, e.getValue(), m, variant.measuresHeap() ? heap : null);
            if (nanos != null) {
                m.cold(nanos);
            }
        }
        if (env.database().isServer()) {
            for (Map.Entry<BenchSystem, Task> e : tasks.entrySet()) {
                BenchSystem system = e.getKey();
                Measurement m = results.cell(variant, n, system.name());
                system.startCounting(env.dataSource());
                Long nanos = runOnce(variant, n, e.getValue(), m, null);
                long calls = system.stopCounting(env.dataSource());
                if (nanos != null) {
                    m.calls(calls);
                }
            }
        }
        List<Map.Entry<BenchSystem, Task>> order = new ArrayList<>(tasks.entrySet());
        int maxRounds = runs == 0 ? 0 : Math.max(runs, MAX_ROUNDS);
        // a fixed seed per variant: two bench runs use the same orders
        java.util.Random shuffler = new java.util.Random(variant.ordinal() * 7919L + 17);
        for (int round = 0; round < maxRounds; round++) {
            // a new order every round: rotating one order kept each system right behind the same other system in
            // every round, so whatever one run leaves behind (a SQLite WAL to checkpoint, garbage, deoptimized
            // code) always fell on the same neighbour
            Collections.shuffle(order, shuffler);
            boolean ran = false;
            for (Map.Entry<BenchSystem, Task> e : order) {
                Measurement m = results.cell(variant, n, e.getKey().name());
                if (round >= runs && (m.failed() || m.warmTotalNanos() >= SHORT_CELL_NANOS)) {
                    continue;
                }
                ran = true;
                long[] gc = new long[2];
                Long nanos = runOnce(variant, n, e.getValue(), m, variant.measuresHeap() ? heap : null, gc);
                if (nanos != null) {
                    m.warm(nanos);
                    if (eachRun) {
                        log.printf("      round %d  %-26s %.4f s%n", round + 1, e.getKey().name(), nanos / 1e9);
                    }
                    m.warmGc(gc[0], gc[1]);
                }
            }
            if (!ran) {
                break;
            }
        }
        for (BenchSystem system : tasks.keySet()) {
            Measurement m = results.get(variant, system.name());
            String median = m.medianNanos() == null ? "no timed runs" : String.format("median %.3f s of %d",
                    m.medianNanos() / 1e9, m.warmRuns());
            log.printf("    %-26s %s%n", system.name(), m.failed() ? "FAILED " + m.failure()
                    : String.format("%s, cold %.3f s", median, m.coldNanos() / 1e9));
        }
    }

    private Long runOnce(Variant variant, int n, Task task, Measurement m, HeapProbe heap) {
        return runOnce(variant, n, task, m, heap, new long[2]);
    }

    /** Collections so far and their total time in milliseconds, over every collector. */
    private static void gcSoFar(long[] into) {
        long count = 0;
        long millis = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            count += Math.max(0, gc.getCollectionCount());
            millis += Math.max(0, gc.getCollectionTime());
        }
        into[0] = count;
        into[1] = millis;
    }

    /**
     * One checked run; answers its time, or {@code null} when the cell has failed. {@code gc} receives how many
     * collections ran during the timed part and their time in milliseconds (the forced ones around it excluded).
     */
    private Long runOnce(Variant variant, int n, Task task, Measurement m, HeapProbe heap, long[] gc) {
        if (m.failed()) {
            return null;
        }
        try {
            fixture.prepare(variant, n);
            if (heap != null) {
                heap.start();
            } else {
                System.gc();
            }
            long[] before = new long[2];
            gcSoFar(before);
            long start = System.nanoTime();
            Outcome outcome = task.run(n);
            long nanos = System.nanoTime() - start;
            gcSoFar(gc);
            gc[0] -= before[0];
            gc[1] -= before[1];
            if (heap != null) {
                m.heap(heap.stop(outcome.keepAlive()));
            }
            fixture.verify(variant, n, outcome);
            return nanos;
        } catch (Exception | AssertionError | StackOverflowError e) {
            m.fail(e.getClass().getSimpleName() + ": " + e.getMessage());
            e.printStackTrace(log);
            return null;
        }
    }
}
