package org.minyi.petition.migration;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.minyi.petition.personaldata.Fingerprints;
import org.minyi.petition.personaldata.PersonalDataCipher;
import org.minyi.platform.county.CountyReference;
import org.minyi.platform.county.Deadlines;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Petitions taken in before petitioners were encrypted: their {@code PetitionReceived} events (payload
 * revision null) hold the petitioners in plain form and no deadlines. Once, in Flyway's transaction, each
 * such petitioner gets a person id and a key ({@code person_key}), the event's payload is rewritten with
 * the petitioners sealed and the receipt deadlines from the deployment file (revision 2, the shape the
 * code reads), the view row gets the same sealed petitioners, its next step and deadlines, and each
 * person's fingerprints are recorded for repeat detection.
 * <p>
 * Rewriting stored events is done here and nowhere else: it changes how the data is held, not what
 * happened (the stored event's id, sequence, time and every other field stay), and it is the only way the
 * plain copies leave the store, so that erasure works for these petitioners too. An upcaster would have
 * loaded them, but the plain copies would have stayed for ever. Their public events were published before
 * and never held personal data.
 */
@Component
public class V6__SealPlainPetitioners extends BaseJavaMigration {

    static final String PAYLOAD_TYPE = "org.minyi.petition.petition.PetitionReceived";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Deadlines.Petitions deadlines;
    private final Fingerprints fingerprints;

    public V6__SealPlainPetitioners(CountyReference county, Fingerprints fingerprints) {
        this.deadlines = county.deadlines().petitions();
        this.fingerprints = fingerprints;
    }

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        if (!eventStoreExists(connection)) {
            return; // A new database: the event store is created after this, empty.
        }
        List<Object[]> legacy = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT globalindex, aggregateidentifier, payload FROM domainevententry"
                        + " WHERE payloadtype = ? AND payloadrevision IS NULL ORDER BY globalindex")) {
            select.setString(1, PAYLOAD_TYPE);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    legacy.add(new Object[]{rs.getLong(1), UUID.fromString(rs.getString(2)), rs.getBytes(3)});
                }
            }
        }
        for (Object[] row : legacy) {
            seal(connection, (long) row[0], (UUID) row[1], (byte[]) row[2]);
        }
    }

    private void seal(Connection connection, long globalIndex, UUID petitionId, byte[] payload) throws Exception {
        ObjectNode event = (ObjectNode) JSON.readTree(payload);
        ArrayNode sealed = JSON.createArrayNode();
        for (JsonNode plain : event.path("petitioners")) {
            UUID personId = UUID.randomUUID();
            byte[] key = PersonalDataCipher.newKey();
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO person_key (person_id, petition_id, key) VALUES (?, ?, ?)")) {
                insert.setObject(1, personId);
                insert.setObject(2, petitionId);
                insert.setBytes(3, key);
                insert.executeUpdate();
            }
            ObjectNode fields = JSON.createObjectNode();
            for (String field : List.of("name", "idNumber", "phone", "address")) {
                if (plain.hasNonNull(field)) {
                    fields.put(field, plain.get(field).asString());
                } else {
                    fields.putNull(field);
                }
            }
            ObjectNode person = JSON.createObjectNode();
            person.put("personId", personId.toString());
            person.put("sealed", PersonalDataCipher.seal(personId, key, JSON.writeValueAsBytes(fields)));
            sealed.add(person);
        }
        JsonNode plainPetitioners = event.path("petitioners");
        LocalDate receivedOn = LocalDate.parse(event.path("receivedOn").asString());
        fingerprint(connection, petitionId, receivedOn, sealed, plainPetitioners);
        event.set("petitioners", sealed);
        LocalDate registration = receivedOn.plusDays(deadlines.registrationDays());
        LocalDate disposition = receivedOn.plusDays(deadlines.dispositionDays());
        event.put("registrationDeadline", registration.toString());
        event.put("dispositionDeadline", disposition.toString());

        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE domainevententry SET payload = ?, payloadrevision = '2' WHERE globalindex = ?")) {
            update.setBytes(1, JSON.writeValueAsBytes(event));
            update.setLong(2, globalIndex);
            update.executeUpdate();
        }
        try (PreparedStatement view = connection.prepareStatement("""
                UPDATE petition_view SET petitioners = ?::jsonb, next_step = 'REGISTER', registration_deadline = ?,
                    disposition_deadline = ?
                WHERE id = ?""")) {
            view.setString(1, new String(JSON.writeValueAsBytes(sealed), StandardCharsets.UTF_8));
            view.setObject(2, registration);
            view.setObject(3, disposition);
            view.setObject(4, petitionId);
            view.executeUpdate();
        }
    }

    /** So that new petitions by the same people find these as earlier ones (no suggestions among these). */
    private void fingerprint(Connection connection, UUID petitionId, LocalDate receivedOn, JsonNode sealed,
                             JsonNode plain) throws Exception {
        for (int i = 0; i < plain.size(); i++) {
            JsonNode p = plain.get(i);
            UUID personId = UUID.fromString(sealed.get(i).path("personId").asString());
            insertFingerprint(connection, personId, petitionId, receivedOn, Fingerprints.Kind.ID_NUMBER,
                    fingerprints.ofIdNumber(text(p, "idNumber")));
            insertFingerprint(connection, personId, petitionId, receivedOn, Fingerprints.Kind.PHONE_AND_NAME,
                    fingerprints.ofPhoneAndName(text(p, "phone"), text(p, "name")));
        }
    }

    private static void insertFingerprint(Connection connection, UUID personId, UUID petitionId, LocalDate receivedOn,
                                          Fingerprints.Kind kind, Optional<String> hash) throws Exception {
        if (hash.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO petitioner_fingerprint (person_id, petition_id, received_on, kind, hash) VALUES (?, ?, ?, ?, ?)")) {
            insert.setObject(1, personId);
            insert.setObject(2, petitionId);
            insert.setObject(3, receivedOn);
            insert.setString(4, kind.name());
            insert.setString(5, hash.get());
            insert.executeUpdate();
        }
    }

    private static String text(JsonNode node, String field) {
        return node.hasNonNull(field) ? node.get(field).asString() : null;
    }

    private static boolean eventStoreExists(Connection connection) throws Exception {
        try (PreparedStatement exists = connection.prepareStatement("SELECT to_regclass('domainevententry') IS NOT NULL");
             ResultSet rs = exists.executeQuery()) {
            return rs.next() && rs.getBoolean(1);
        }
    }
}
