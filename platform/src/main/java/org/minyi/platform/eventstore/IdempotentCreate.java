package org.minyi.platform.eventstore;

import org.minyi.platform.web.ApiProblem;
import org.springframework.http.HttpStatus;

import org.axonframework.modelling.command.AggregateStreamCreationException;

import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * A create that a client may send again with the same id (API.md): if the item exists, nothing is
 * sent and the existing item is returned; a concurrent duplicate that loses the race in the event
 * store counts as existing too.
 */
public final class IdempotentCreate {

    private IdempotentCreate() {
    }

    /** The item as the service's view holds it, and whether this call created it. */
    public record Result<V>(V item, boolean created) {
    }

    /**
     * @param find   reads the item from the service's view (updated in the command's transaction)
     * @param create sends the create command and waits for it
     */
    private static ApiProblem idTaken(UUID id) {
        return new ApiProblem(HttpStatus.CONFLICT, "id-taken", new ApiProblem.Message("编号已被占用", "Id taken"),
                new ApiProblem.Message("编号 " + id + " 已被另一条记录使用，请换一个编号。",
                        "The id " + id + " belongs to another item; use another id."));
    }

    public static <V> Result<V> run(UUID id, Function<UUID, Optional<V>> find, Runnable create) {
        Optional<V> existing = find.apply(id);
        if (existing.isPresent()) {
            return new Result<>(existing.get(), false);
        }
        try {
            create.run();
        } catch (AggregateStreamCreationException raced) {
            // The id's stream exists: the same create won a race, or the id is another kind of item's.
            return new Result<>(find.apply(id).orElseThrow(() -> idTaken(id)), false);
        }
        return new Result<>(find.apply(id).orElseThrow(), true);
    }
}
