package org.minyi.local.fuzz;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The suite's service logs (the data directory's {@code logs/}), read for what a 5xx left behind: the lines of
 * its correlation id, or, for an answer without one, the errors written since the request was sent. The data
 * directory is deleted when the test run ends, so the lines are copied into the report.
 */
final class ServiceLogs {

    private static final int MAX_LINES = 30;

    private final Path dir;
    private final Map<Path, Long> marks = new HashMap<>();

    ServiceLogs(Path dir) {
        this.dir = dir;
    }

    /** Remembers where every log ends now. */
    void mark() {
        for (Path log : logs()) {
            try {
                marks.put(log, Files.size(log));
            } catch (IOException e) {
                marks.remove(log);
            }
        }
    }

    /** The lines naming the correlation id, each with the trace lines that follow it. */
    List<String> linesFor(String correlationId) {
        List<String> out = new ArrayList<>();
        for (Path log : logs()) {
            List<String> lines = read(log, 0);
            for (int i = 0; i < lines.size() && out.size() < MAX_LINES; i++) {
                if (lines.get(i).contains(correlationId)) {
                    out.add(log.getFileName() + ": " + lines.get(i));
                    for (int j = i + 1; j < lines.size() && out.size() < MAX_LINES && continuation(lines.get(j)); j++) {
                        out.add(log.getFileName() + ": " + lines.get(j));
                    }
                }
            }
        }
        return out;
    }

    /** The error and warning lines, with their traces, written since {@link #mark()}. */
    List<String> errorsSinceMark() {
        List<String> out = new ArrayList<>();
        for (Path log : logs()) {
            List<String> lines = read(log, marks.getOrDefault(log, 0L));
            for (int i = 0; i < lines.size() && out.size() < MAX_LINES; i++) {
                String line = lines.get(i);
                if (line.contains("ERROR") || line.contains("WARN") || line.contains("Exception")) {
                    out.add(log.getFileName() + ": " + line);
                    for (int j = i + 1; j < lines.size() && out.size() < MAX_LINES && continuation(lines.get(j)); j++) {
                        out.add(log.getFileName() + ": " + lines.get(j));
                        i = j;
                    }
                }
            }
        }
        return out;
    }

    private static boolean continuation(String line) {
        return line.startsWith("\t") || line.startsWith(" ") || line.startsWith("caused by") || line.startsWith("Caused by");
    }

    private List<Path> logs() {
        if (dir == null || !Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".log")).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    private static List<String> read(Path log, long from) {
        try (RandomAccessFile file = new RandomAccessFile(log.toFile(), "r")) {
            long length = file.length();
            long start = Math.min(from, length);
            byte[] bytes = new byte[(int) Math.min(Integer.MAX_VALUE - 8, length - start)];
            file.seek(start);
            file.readFully(bytes);
            return new String(bytes, StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            return List.of();
        }
    }
}
