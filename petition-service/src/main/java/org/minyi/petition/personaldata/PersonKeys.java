package org.minyi.petition.personaldata;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The per-person keys, in their own table ({@code person_key}) of the service's database and nowhere
 * else: never in an event, never in the view. Destroying a person's key is what erasing them means; the
 * ciphertext left in the event store then opens for no one. Writes join the caller's transaction.
 */
@Component
public class PersonKeys {

    private final JdbcClient jdbc;

    public PersonKeys(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A new key for a person of the petition. */
    public byte[] create(UUID personId, UUID petitionId) {
        byte[] key = PersonalDataCipher.newKey();
        jdbc.sql("INSERT INTO person_key (person_id, petition_id, key) VALUES (?, ?, ?)")
                .params(personId, petitionId, key)
                .update();
        return key;
    }

    /** The keys that still exist among these persons'. */
    public Map<UUID, byte[]> find(Collection<UUID> personIds) {
        Map<UUID, byte[]> keys = new HashMap<>();
        if (personIds.isEmpty()) {
            return keys;
        }
        jdbc.sql("SELECT person_id, key FROM person_key WHERE person_id IN (:ids)")
                .param("ids", List.copyOf(personIds))
                .query((rs, i) -> keys.put(rs.getObject(1, UUID.class), rs.getBytes(2)))
                .list();
        return keys;
    }

    public void destroy(Collection<UUID> personIds) {
        if (!personIds.isEmpty()) {
            jdbc.sql("DELETE FROM person_key WHERE person_id IN (:ids)").param("ids", List.copyOf(personIds)).update();
        }
    }
}
