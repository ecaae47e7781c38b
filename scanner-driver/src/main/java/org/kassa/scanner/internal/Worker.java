package org.kassa.scanner.internal;

import java.time.Duration;

/**
 * The one background thread of a source: started once, stopped by interrupting it and waiting briefly.
 * The loop asks {@link #running()} and ends when it turns false.
 */
public final class Worker {

    private final String name;
    private final Runnable loop;
    private volatile Thread thread;

    public Worker(String name, Runnable loop) {
        this.name = name;
        this.loop = loop;
    }

    /** Starts the thread unless it runs already; returns whether it was started now. */
    public synchronized boolean start() {
        if (thread != null) {
            return false;
        }
        Thread t = new Thread(loop, name);
        t.setDaemon(true);
        thread = t;
        t.start();
        return true;
    }

    /** True from {@link #start()} to {@link #stop()}. */
    public boolean started() {
        return thread != null;
    }

    /** Interrupts the thread and waits up to 2 s for it to end. */
    public void stop() {
        Thread t;
        synchronized (this) {
            t = thread;
            thread = null;
        }
        if (t != null) {
            t.interrupt();
            try {
                t.join(2000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** True on the worker thread while it has not been stopped. */
    public boolean running() {
        return thread == Thread.currentThread() && !Thread.currentThread().isInterrupted();
    }

    /** Sleeps, ending early (with the interrupt flag kept) when stopped. */
    public static void pause(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
