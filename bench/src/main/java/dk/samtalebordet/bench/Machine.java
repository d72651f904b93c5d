package dk.samtalebordet.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** The machine and the commit a run measured. */
final class Machine {

    private Machine() {
    }

    /** Cores, memory and CPU model, e.g. "2 cores, 23.5 GiB, Intel(R) Xeon(R) ...". */
    static String describe() {
        String model = lines("/proc/cpuinfo").stream().filter(l -> l.startsWith("model name"))
                .map(l -> l.substring(l.indexOf(':') + 1).strip()).findFirst().orElse("unknown CPU");
        double memory = lines("/proc/meminfo").stream().filter(l -> l.startsWith("MemTotal:"))
                .mapToLong(l -> Long.parseLong(l.replaceAll("\\D", ""))).findFirst().orElse(0) / 1024.0 / 1024.0;
        return String.format(Locale.ROOT, "%d cores, %.1f GiB, %s, %s %s", Runtime.getRuntime().availableProcessors(),
                memory, model, System.getProperty("os.name"), System.getProperty("os.version"));
    }

    /**
     * CPU seconds the whole machine has spent busy since boot, all cores together (from /proc/stat: user, nice,
     * system, irq, softirq and steal time), so that a phase's busy cores are the difference over the wall time.
     */
    static double busyCpuSeconds() {
        String[] fields = lines("/proc/stat").stream().filter(l -> l.startsWith("cpu ")).findFirst()
                .orElseThrow(() -> new IllegalStateException("No cpu line in /proc/stat")).strip().split("\\s+");
        long busy = 0;
        for (int i : new int[] {1, 2, 3, 6, 7, 8}) {
            busy += Long.parseLong(fields[i]);
        }
        return busy / (double) ServerProcess.CLOCK_TICKS_PER_SECOND;
    }

    /** The short commit id, marked when the working tree had changes. */
    static String commit() {
        String id = git("rev-parse", "--short", "HEAD");
        String changes = git("status", "--porcelain", "--untracked-files=no");
        return id.isEmpty() ? "unknown" : id + (changes.isEmpty() ? "" : " with uncommitted changes");
    }

    private static String git(String... args) {
        try {
            Process git = new ProcessBuilder(java.util.stream.Stream.concat(java.util.stream.Stream.of("git"),
                    java.util.Arrays.stream(args)).toList()).redirectErrorStream(true).start();
            String out = new String(git.getInputStream().readAllBytes()).strip();
            return git.waitFor() == 0 ? out : "";
        } catch (IOException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }

    private static List<String> lines(String file) {
        try {
            return Files.readAllLines(Path.of(file));
        } catch (IOException e) {
            return List.of();
        }
    }
}
