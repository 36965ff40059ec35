package org.minyi.local.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Loopback port helpers shared by the local servers. */
final class LocalPorts {

    /** The servers listen on IPv4 loopback only, so ports are probed there too. */
    static final String HOST = "127.0.0.1";

    private static final InetAddress LOOPBACK = loopback();

    private LocalPorts() {
    }

    /**
     * Returns {@code count} distinct free loopback ports, none of them in {@code excluded}.
     * All sockets are held open together so the ports cannot collide with each other.
     */
    static int[] pickFree(int count, Set<Integer> excluded) {
        List<ServerSocket> held = new ArrayList<>();
        try {
            int[] ports = new int[count];
            int found = 0;
            // A few extra tries in case the OS hands out an excluded port.
            for (int attempt = 0; found < count && attempt < count + 20; attempt++) {
                ServerSocket socket = new ServerSocket(0, 1, LOOPBACK);
                held.add(socket);
                if (!excluded.contains(socket.getLocalPort())) {
                    ports[found++] = socket.getLocalPort();
                }
            }
            if (found < count) {
                throw new IllegalStateException("Could not find " + count + " free loopback ports");
            }
            return ports;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not pick a free loopback port", e);
        } finally {
            held.forEach(LocalPorts::closeQuietly);
        }
    }

    /** True if a server could bind the port on 127.0.0.1 right now. */
    static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            // Same option the servers use, so a TIME_WAIT leftover does not count as busy.
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(LOOPBACK, port), 1);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static InetAddress loopback() {
        try {
            return InetAddress.getByAddress(HOST, new byte[] {127, 0, 0, 1});
        } catch (IOException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private static void closeQuietly(ServerSocket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // Nothing useful to do; the port is released when the socket is collected.
        }
    }
}
