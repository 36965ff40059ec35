package org.minyi.simulator;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * Command line of {@link Simulator}: {@code --gateway URL} (http://localhost:8080), {@code --seed N} (1),
 * {@code --years N} (2), {@code --scale X} (1.0), {@code --townships N} (all), {@code --threads N} (4),
 * {@code --client ID --secret S} (demo-admin). {@code --load} switches to {@link LoadMode}: {@code --rate N}
 * commands/s, {@code --duration S} seconds, {@code --suite-pid P} (the launcher, for resident memory).
 */
final class Cli {

    private Cli() {
    }

    static Map<String, String> parse(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (!a.startsWith("--")) {
                throw new IllegalArgumentException("unexpected argument " + a);
            }
            String key = a.substring(2);
            if (key.equals("load") || key.equals("help")) {
                options.put(key, "true");
            } else if (i + 1 < args.length) {
                options.put(key, args[++i]);
            } else {
                throw new IllegalArgumentException(a + " needs a value");
            }
        }
        return options;
    }

    static void main(String[] args) {
        Map<String, String> o = parse(args);
        if (o.containsKey("help")) {
            System.out.println("org.minyi.simulator.Simulator [--gateway URL] [--seed N] [--years N] [--scale X] [--townships N]"
                    + " [--threads N] [--client ID --secret S] | --load [--rate N] [--duration S] [--suite-pid P]");
            return;
        }
        String gateway = o.getOrDefault("gateway", "http://localhost:8080");
        String client = o.getOrDefault("client", "demo-admin");
        Api api = new Api(gateway, client, o.getOrDefault("secret", client + "-secret"));
        if (o.containsKey("load")) {
            LoadMode.Result result = new LoadMode(api, Integer.parseInt(o.getOrDefault("rate", "20")),
                    Duration.ofSeconds(Long.parseLong(o.getOrDefault("duration", "60"))),
                    o.containsKey("suite-pid") ? Long.parseLong(o.get("suite-pid")) : -1,
                    System.out::println).run();
            result.lines().forEach(System.out::println);
            return;
        }
        SimulationConfig config = SimulationConfig.defaults(Long.parseLong(o.getOrDefault("seed", "1")))
                .withYears(Integer.parseInt(o.getOrDefault("years", "2")))
                .withScale(Double.parseDouble(o.getOrDefault("scale", "1.0")))
                .withTownships(Integer.parseInt(o.getOrDefault("townships", "0")))
                .withThreads(Integer.parseInt(o.getOrDefault("threads", "4")));
        if (o.containsKey("today")) {
            LocalDate today = LocalDate.parse(o.get("today"));
            if (today.isAfter(LocalDate.now(SimulationConfig.CHINA))) {
                throw new IllegalArgumentException("--today cannot be in the future");
            }
            config = config.withToday(today);
        }
        Tally tally = new Simulator(api, config, new Tally(), m -> System.out.println("[simulator] " + m)).run();
        System.exit(tally.errors().isEmpty() ? 0 : 1);
    }
}
