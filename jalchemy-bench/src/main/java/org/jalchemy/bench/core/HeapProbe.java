package org.jalchemy.bench.core;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.lang.ref.Reference;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * Measures the peak live heap of one run: the largest heap in use right after any garbage collection during the
 * run, or after a forced collection at its end while the run's result is still referenced, minus the heap in use
 * before the run. Sampling "used" without a collection would mostly measure uncollected garbage and young
 * generation sizing, so only after-collection figures count.
 */
public final class HeapProbe implements AutoCloseable {
    private final Set<String> heapPools = new HashSet<>();
    private final NotificationListener listener = (notification, handback) -> onGc(notification.getUserData());
    private volatile boolean active;
    private volatile long peakAfterGc;
    private volatile long startUptime;
    private long baseline;

    public HeapProbe() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                heapPools.add(pool.getName());
            }
        }
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            ((NotificationEmitter) gc).addNotificationListener(listener, null, null);
        }
    }

    private void onGc(Object userData) {
        if (!active || !(userData instanceof CompositeData data)) {
            return;
        }
        GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from(data);
        // notifications arrive asynchronously: one from the previous run's final GC can land after start()
        if (info.getGcInfo().getStartTime() < startUptime) {
            return;
        }
        long used = 0;
        for (Map.Entry<String, MemoryUsage> pool : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
            if (heapPools.contains(pool.getKey())) {
                used += pool.getValue().getUsed();
            }
        }
        peakAfterGc = Math.max(peakAfterGc, used);
    }

    /** Collects garbage and records the baseline; call right before the timed run. */
    public void start() {
        System.gc();
        baseline = heapUsed();
        peakAfterGc = 0;
        startUptime = ManagementFactory.getRuntimeMXBean().getUptime();
        active = true;
    }

    /**
     * Ends the measurement, after the timed run, with the run's result still reachable.
     *
     * @return peak live heap growth in bytes
     */
    public long stop(Object keepAlive) {
        System.gc();
        long atEnd = heapUsed();
        Reference.reachabilityFence(keepAlive);
        active = false;
        return Math.max(0, Math.max(peakAfterGc, atEnd) - baseline);
    }

    private static long heapUsed() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    @Override
    public void close() throws Exception {
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            ((NotificationEmitter) gc).removeNotificationListener(listener);
        }
    }
}
