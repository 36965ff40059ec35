package org.minyi.platform.web;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.minyi.platform.county.CountyReference;
import org.minyi.platform.security.Actor;
import org.minyi.platform.security.Caller;
import org.minyi.platform.security.OnBehalfOfPolicy;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;

import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * The one way a state-changing request on an existing item becomes a command, in every service. In order:
 * the item by its path id or 404; the caller's access predicate or 403; {@code If-Match} against the item's
 * version or 412; the actor and whom it acts for (400/403 on a bad {@code onBehalfOf}); the command, sent
 * and waited for (its refusals map to problem details in {@link ProblemDetailsAdvice}); the item read again;
 * its new version as {@code ETag} and the body as the caller may see it.
 * <p>
 * An endpoint is its signature and one line: {@code return steps.run(id, ifMatch, auth, r.onBehalfOf(),
 * Policy::mayX, (item, caller, actor) -> new DoX(...));}
 *
 * @param <V> the item as the service's own view holds it
 * @param <R> the item as an answer presents it
 */
public final class CommandSteps<V, R> {

    /** Whether the caller may take this step on this item. */
    @FunctionalInterface
    public interface Access<V> {
        boolean allows(Caller caller, V item);
    }

    /** Builds the step's command once the item, the caller and whom it acts for are known. */
    @FunctionalInterface
    public interface Command<V> {
        Object build(V item, Caller caller, Actor actor);
    }

    private final CommandGateway commands;
    private final CountyReference county;
    private final Function<UUID, Optional<V>> find;
    private final ToLongFunction<V> version;
    private final BiFunction<V, Caller, R> present;
    private final String noun;
    private final ApiProblem.Message forbidden;

    /**
     * @param noun      the item in both languages, for the 404 ("信访件 petition")
     * @param forbidden what a caller the access predicate refuses is told
     */
    public CommandSteps(CommandGateway commands, CountyReference county, Function<UUID, Optional<V>> find,
                        ToLongFunction<V> version, BiFunction<V, Caller, R> present,
                        String noun, ApiProblem.Message forbidden) {
        this.commands = commands;
        this.county = county;
        this.find = find;
        this.version = version;
        this.present = present;
        this.noun = noun;
        this.forbidden = forbidden;
    }

    public ResponseEntity<R> run(UUID id, String ifMatch, Authentication authentication, String onBehalfOf,
                                 Access<V> access, Command<V> command) {
        Caller caller = Caller.from(authentication);
        V item = find(id);
        if (!access.allows(caller, item)) {
            throw ApiProblem.forbidden(forbidden.zh(), forbidden.en());
        }
        Versions.requireMatch(ifMatch, version.applyAsLong(item));
        Actor actor = OnBehalfOfPolicy.resolve(caller, onBehalfOf, county);
        commands.sendAndWait(command.build(item, caller, actor));
        V after = find(id);
        return ResponseEntity.ok().eTag(Versions.etag(version.applyAsLong(after))).body(present.apply(after, caller));
    }

    /** The item, or 404 naming it. */
    public V find(UUID id) {
        return find.apply(id).orElseThrow(() -> ApiProblem.notFound(noun, id.toString()));
    }
}
