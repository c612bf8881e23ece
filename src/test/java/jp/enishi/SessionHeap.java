package jp.enishi;

import java.lang.management.ManagementFactory;
import java.net.CookieManager;
import java.net.http.HttpClient;
import java.util.function.Consumer;

/** The benchmarks' measure of memory per session: what N new visitors, each with its own cookie, keep on the heap. */
public final class SessionHeap {

    private SessionHeap() {
    }

    /**
     * Bytes kept per visitor: each opens a page once ({@code visit}) with its own cookies; measured after full GC.
     * Each visitor's client is closed after its visit — its session stays on the server until it times out, as a
     * browser's does when the tab is left open — so the figure is the server's, not the benchmark's own clients'
     * (an open {@code HttpClient} keeps a selector thread and buffers).
     */
    public static double perSession(int visitors, Consumer<HttpClient> visit) throws InterruptedException {
        long before = usedAfterGc();
        for (int i = 0; i < visitors; i++) {
            try (HttpClient visitor = HttpClient.newBuilder().cookieHandler(new CookieManager()).build()) {
                visit.accept(visitor);
            }
        }
        return (usedAfterGc() - before) / (double) visitors;
    }

    public static long usedAfterGc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(200);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
