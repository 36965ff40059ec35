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
    public static final String DEPUTY_GROUP_FORMED = "org.minyi.deputy.DeputyGroupFormed.v1";
    public static final String GROUP_MEMBER_ADDED = "org.minyi.deputy.GroupMemberAdded.v1";
    public static final String GROUP_MEMBER_REMOVED = "org.minyi.deputy.GroupMemberRemoved.v1";
    public static final String GROUP_ROLE_ASSIGNED = "org.minyi.deputy.GroupRoleAssigned.v1";
    public static final String VENUE_ATTACHED = "org.minyi.deputy.VenueAttached.v1";
    public static final String VENUE_DETACHED = "org.minyi.deputy.VenueDetached.v1";
    public static final String DUTY_ACTIVITY_LOGGED = "org.minyi.deputy.DutyActivityLogged.v1";
    public static final String DUTY_ACTIVITY_WITHDRAWN = "org.minyi.deputy.DutyActivityWithdrawn.v1";
    public static final String POINTS_ADJUSTED = "org.minyi.deputy.PointsAdjusted.v1";

    /** Every type of this contract version; the AsyncAPI document lists exactly these. */
    public static final List<String> ALL = List.of(PETITION_RECEIVED, DEPUTY_REGISTERED, MANDATE_ADDED, MANDATE_ENDED,
            DEPUTY_GROUP_FORMED, GROUP_MEMBER_ADDED, GROUP_MEMBER_REMOVED, GROUP_ROLE_ASSIGNED, VENUE_ATTACHED,
            VENUE_DETACHED, DUTY_ACTIVITY_LOGGED, DUTY_ACTIVITY_WITHDRAWN, POINTS_ADJUSTED);

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
