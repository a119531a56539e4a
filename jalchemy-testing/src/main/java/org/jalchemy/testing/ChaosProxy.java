package org.jalchemy.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A TCP relay inside the JVM, between an engine and a real database server on this machine, that can
 * break the connection the way networks and servers do: reset every socket, refuse new connects, accept them
 * slowly, or stop relaying while keeping sockets open (a half-open connection). Both ends must be loopback
 * addresses: it never sends traffic anywhere else.
 * <pre>{@code
 * try (ChaosProxy proxy = new ChaosProxy(5432)) { engineUrl = url.withPort(proxy.port()); proxy.resetAll(); }
 * }</pre>
 */
public final class ChaosProxy implements AutoCloseable {
    /** What the proxy does with traffic. */
    public enum Mode { PASS, REFUSE, BLACKHOLE }

    private final InetAddress loopback = InetAddress.getLoopbackAddress();
    private final int targetPort;
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();
    private volatile ServerSocket listener;
    private volatile Mode mode = Mode.PASS;
    private volatile int port;
    private volatile boolean closed;
    private volatile long connectLatencyMillis;

    public ChaosProxy(int targetPort) throws IOException {
        if (!loopback.isLoopbackAddress()) {
            throw new IllegalStateException("ChaosProxy only relays between loopback addresses");
        }
        this.targetPort = targetPort;
        listen(0);
    }

    private void listen(int onPort) throws IOException {
        ServerSocket server = new ServerSocket();
        server.setReuseAddress(true);
        server.bind(new InetSocketAddress(loopback, onPort));
        listener = server;
        port = server.getLocalPort();
        Thread accept = new Thread(() -> acceptLoop(server), "chaos-accept-" + port);
        accept.setDaemon(true);
        accept.start();
    }

    /** The port engines connect to. */
    public int port() {
        return port;
    }

    private void acceptLoop(ServerSocket server) {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                sockets.add(client);
                long delay = connectLatencyMillis;
                if (delay == 0) {
                    relay(client);
                } else {
                    // one slow connect must not hold up the next accept
                    Thread slow = new Thread(() -> {
                        try {
                            Thread.sleep(delay);
                            relay(client);
                        } catch (IOException | InterruptedException e) {
                            closeQuietly(client);
                        }
                    }, "chaos-slow-connect");
                    slow.setDaemon(true);
                    slow.start();
                }
            } catch (IOException e) {
                return;
            }
        }
    }

    private void relay(Socket client) throws IOException {
        Socket upstream = new Socket(loopback, targetPort);
        sockets.add(upstream);
        pump(client, upstream);
        pump(upstream, client);
    }

    private void pump(Socket from, Socket to) {
        Thread t = new Thread(() -> {
            byte[] buffer = new byte[16384];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                int n;
                while ((n = in.read(buffer)) >= 0) {
                    while (mode == Mode.BLACKHOLE && !closed) {
                        Thread.sleep(20);
                    }
                    out.write(buffer, 0, n);
                    out.flush();
                }
            } catch (IOException | InterruptedException e) {
                // the other side went away or was reset: the relay ends with it
            } finally {
                closeQuietly(from);
                closeQuietly(to);
            }
        }, "chaos-pump");
        t.setDaemon(true);
        t.start();
    }

    /** Relays normally; after {@link #refuse()}, listens again on the same port. */
    public synchronized void pass() throws IOException {
        if (listener.isClosed()) {
            listen(port);
        }
        mode = Mode.PASS;
    }

    /** Closes the listener: new connects fail at once; established connections carry on. */
    public synchronized void refuse() throws IOException {
        mode = Mode.REFUSE;
        listener.close();
    }

    /**
     * Holds each new connection for {@code latency} before relaying it (a server slow to accept); connections
     * already relayed are not slowed. {@link Duration#ZERO} turns it off.
     */
    public void connectLatency(Duration latency) {
        connectLatencyMillis = latency.toMillis();
    }

    /** Stops relaying in both directions but keeps every socket open, as a half-open network does. */
    public void blackhole() {
        mode = Mode.BLACKHOLE;
    }

    /** Resets every relayed connection (TCP RST through SO_LINGER 0); new connects still work. */
    public void resetAll() {
        for (Socket s : sockets) {
            try {
                s.setSoLinger(true, 0);
            } catch (SocketException ignored) {
                // already closed
            }
            closeQuietly(s);
        }
        sockets.clear();
    }

    private static void closeQuietly(Socket s) {
        try {
            s.close();
        } catch (IOException ignored) {
            // closing is all we wanted
        }
    }

    @Override
    public void close() throws IOException {
        closed = true;
        listener.close();
        resetAll();
    }
}
