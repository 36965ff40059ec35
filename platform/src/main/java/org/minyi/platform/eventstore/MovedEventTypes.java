package org.minyi.platform.eventstore;

import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads events stored under the class names they had before their classes moved to another package:
 * the event store keeps each payload's fully qualified class name, so a move without this would leave
 * every event written before it unreadable. The payload itself is unchanged; only its type name is
 * rewritten, old package prefix to new. A service declares its moves as a bean; Axon puts every
 * upcaster bean into the chain the event store reads through.
 */
public class MovedEventTypes extends SingleEventUpcaster {

    private final Map<String, String> packages;

    /** @param packages old package name → new package name, e.g. {@code org.minyi.petition.petition → org.minyi.petition.model} */
    public MovedEventTypes(Map<String, String> packages) {
        this.packages = new LinkedHashMap<>(packages);
    }

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return movedName(representation.getType().getName()) != null;
    }

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        String moved = movedName(representation.getType().getName());
        // The payload stays in the representation it was read in (bytes from the store): asking for another
        // one, such as Object, leaves the serializer unable to convert it back.
        Class contentType = representation.getData().getContentType();
        return representation.upcastPayload(new SimpleSerializedType(moved, representation.getType().getRevision()),
                contentType, data -> data);
    }

    /** The name under the new package, or null when the class was not in a moved package. */
    String movedName(String typeName) {
        int lastDot = typeName.lastIndexOf('.');
        if (lastDot < 0) {
            return null;
        }
        String newPackage = packages.get(typeName.substring(0, lastDot));
        return newPackage == null ? null : newPackage + typeName.substring(lastDot);
    }
}
