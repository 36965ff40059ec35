package org.minyi.platform.county;

import java.util.List;

/** The deployment file is unusable; the message names every bad entry so an operator can fix them at once. */
public class InvalidCountyReferenceException extends RuntimeException {

    private final List<String> problems;

    public InvalidCountyReferenceException(String source, List<String> problems) {
        super("Invalid county reference data in " + source + ":\n  - " + String.join("\n  - ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
