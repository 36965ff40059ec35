package org.minyi.platform.web;

import org.minyi.platform.model.RuleViolation;

import java.util.Arrays;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The {@code sort} parameter of a list, shared by every service: absent is the list's default order; a value
 * that names none of the list's orders is a 400 naming {@code sort} and the allowed values.
 */
public final class ListSorts {

    private ListSorts() {
    }

    public static <E extends Enum<E>> E parse(String value, E[] orders, Function<E, String> parameter, E defaultOrder) {
        if (value == null || value.isBlank()) {
            return defaultOrder;
        }
        return Arrays.stream(orders).filter(o -> parameter.apply(o).equals(value.strip())).findFirst().orElseThrow(() -> {
            String allowed = Arrays.stream(orders).map(parameter).collect(Collectors.joining(", "));
            return new RuleViolation("sort", "排序方式只能是 " + allowed.replace(", ", "、"), "sort is one of " + allowed);
        });
    }
}
