package org.minyi.contract;

import java.net.URI;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The event types of the public contract. A type name is {@code org.minyi.<context>.<Name>.v<N>};
 * its JSON Schema lives at {@code org/minyi/contract/schemas/<context>/<Name>.v<N>.schema.json}.
 * A breaking change to a payload is a new version (a new type name), never an edit.
 */
public final class EventTypes {

    public static final String PETITION_RECEIVED = "org.minyi.petition.PetitionReceived.v1";
    public static final String DEPUTY_REGISTERED = "org.minyi.deputy.DeputyRegistered.v1";
    public static final String MANDATE_ADDED = "org.minyi.deputy.MandateAdded.v1";
    public static final String MANDATE_ENDED = "org.minyi.deputy.MandateEnded.v1";

    /** Every type of this contract version; the AsyncAPI document lists exactly these. */
    public static final List<String> ALL = List.of(PETITION_RECEIVED, DEPUTY_REGISTERED, MANDATE_ADDED, MANDATE_ENDED);

    private static final Pattern TYPE = Pattern.compile("org\\.minyi\\.([a-z]+)\\.([A-Za-z]+)\\.(v[0-9]+)");
    private static final String SCHEMA_BASE = "https://minyi.org/contract/schemas/";

    private EventTypes() {
    }

    /** Classpath resource of the type's JSON Schema. */
    public static String schemaResource(String type) {
        Matcher m = matcher(type);
        return "org/minyi/contract/schemas/" + m.group(1) + "/" + m.group(2) + "." + m.group(3) + ".schema.json";
    }

    /** The {@code $id} of the type's JSON Schema, sent as the CloudEvents {@code dataschema}. */
    public static URI schemaUri(String type) {
        Matcher m = matcher(type);
        return URI.create(SCHEMA_BASE + m.group(1) + "/" + m.group(2) + "." + m.group(3) + ".schema.json");
    }

    public static boolean isWellFormed(String type) {
        return type != null && TYPE.matcher(type).matches();
    }

    private static Matcher matcher(String type) {
        Matcher m = TYPE.matcher(type == null ? "" : type);
        if (!m.matches()) {
            throw new IllegalArgumentException("Not a Minyi event type: " + type);
        }
        return m;
    }
}
