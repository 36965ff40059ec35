package org.minyi.simulator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One command of an item's lifecycle, dated; {@code stateAfter} is the state the API should show after it. A step
 * may carry a mark for the tally's item record (done late, first evaluation) and extra counters to add when accepted.
 */
record Step(LocalDate on, String action, String path, Map<String, Object> body, String stateAfter, String mark,
            List<String> counters) {

    /** The step was done after its deadline. */
    static final String LATE = "late";
    /** The item's first evaluation (a proposal's evaluation, a petition's return visit), satisfied or basically. */
    static final String FIRST_EVALUATION = "firstEvaluation";
    /** The first evaluation, unsatisfied: the item is handled again. */
    static final String FIRST_EVALUATION_UNSATISFIED = "firstEvaluationUnsatisfied";

    Step(LocalDate on, String action, String path, Map<String, Object> body, String stateAfter) {
        this(on, action, path, body, stateAfter, null, List.of());
    }

    Step marked(String m) {
        return new Step(on, action, path, body, stateAfter, m, counters);
    }

    Step counting(String... names) {
        List<String> all = new ArrayList<>(counters);
        all.addAll(List.of(names));
        return new Step(on, action, path, body, stateAfter, mark, all);
    }
}
