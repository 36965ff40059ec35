package org.minyi.contract;

import java.util.List;

/** An event payload that does not satisfy its JSON Schema. Retrying will not fix it. */
public class InvalidEventException extends RuntimeException {

    private final List<String> problems;

    public InvalidEventException(String type, List<String> problems) {
        super("Event of type " + type + " breaks its contract: " + String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
