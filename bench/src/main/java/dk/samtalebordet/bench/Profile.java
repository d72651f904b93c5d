package dk.samtalebordet.bench;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordedThread;
import jdk.jfr.consumer.RecordingFile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a flight recording of the server says about where its CPU went: its execution samples counted by the
 * kind of thread that ran them (a thread's name without its number: Tomcat's request threads, the live
 * delivery threads that build and push the pages' changes, the load's own threads), by the method on top of the
 * stack, and by the first of the application's own methods on the stack (what it called that cost the time).
 */
final class Profile {

    private static final int TOP = 8;
    private static final String APPLICATION = "dk.samtalebordet.";

    private Profile() {
    }

    /** Counts of samples, each map ordered from the most to the fewest. */
    record Summary(long samples, Map<String, Long> byThread, Map<String, Long> topMethods,
                   Map<String, Long> applicationMethods) {
        static final Summary NONE = new Summary(0, Map.of(), Map.of(), Map.of());

        double share(long count) {
            return samples == 0 ? 0 : 100.0 * count / samples;
        }
    }

    static Summary summarise(Path recording) throws IOException {
        if (!Files.exists(recording)) {
            return Summary.NONE;
        }
        Map<String, Long> threads = new HashMap<>();
        Map<String, Long> top = new HashMap<>();
        Map<String, Long> application = new HashMap<>();
        long samples = 0;
        try (RecordingFile file = new RecordingFile(recording)) {
            while (file.hasMoreEvents()) {
                RecordedEvent event = file.readEvent();
                if (!event.getEventType().getName().equals("jdk.ExecutionSample")) {
                    continue;
                }
                RecordedStackTrace stack = event.getStackTrace();
                RecordedThread thread = event.getThread("sampledThread");
                if (stack == null || stack.getFrames().isEmpty()) {
                    continue;
                }
                samples++;
                threads.merge(kind(thread == null ? "?" : thread.getJavaName()), 1L, Long::sum);
                List<RecordedFrame> frames = stack.getFrames();
                top.merge(name(frames.get(0)), 1L, Long::sum);
                frames.stream().filter(f -> f.isJavaFrame() && f.getMethod().getType().getName().startsWith(APPLICATION))
                        .findFirst().ifPresent(f -> application.merge(name(f), 1L, Long::sum));
            }
        }
        return new Summary(samples, ordered(threads), ordered(top), ordered(application));
    }

    /** A thread's name without its numbers: "http-nio-18080-exec-7" is "http-nio-exec". */
    static String kind(String thread) {
        if (thread == null) {
            return "?";
        }
        String kind = thread.replaceAll("-?\\d+", "").replaceAll("--+", "-");
        return kind.isBlank() ? thread : kind;
    }

    private static String name(RecordedFrame frame) {
        String type = frame.getMethod().getType().getName();
        return type.substring(type.lastIndexOf('.') + 1) + "." + frame.getMethod().getName();
    }

    private static Map<String, Long> ordered(Map<String, Long> counts) {
        Map<String, Long> ordered = new LinkedHashMap<>();
        counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(TOP)
                .forEach(e -> ordered.put(e.getKey(), e.getValue()));
        return ordered;
    }
}
