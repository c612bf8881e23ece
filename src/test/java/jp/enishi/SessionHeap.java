package jp.enishi;

import java.lang.management.ManagementFactory;
import java.net.CookieManager;
import java.net.http.HttpClient;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** The benchmarks' measure of memory per session: what N new visitors, each with its own cookie, keep on the heap. */
public final class SessionHeap {

    private SessionHeap() {
    }

    /** Bytes kept per visitor: each opens a page once ({@code visit}) with its own cookies; measured after full GC. */
    public static double perSession(int visitors, Consumer<HttpClient> visit) throws InterruptedException {
        List<HttpClient> kept = new ArrayList<>();
        long before = usedAfterGc();
        for (int i = 0; i < visitors; i++) {
            HttpClient visitor = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
            visit.accept(visitor);
            kept.add(visitor);
        }
        long after = usedAfterGc();
        kept.clear();
        return (after - before) / (double) visitors;
    }

    public static long usedAfterGc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(200);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
