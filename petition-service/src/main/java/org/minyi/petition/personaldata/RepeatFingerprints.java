package org.minyi.petition.personaldata;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Repeat detection (docs/domain.md §5): a new petition's petitioners are compared with those of earlier petitions
 * by keyed hash ({@link Fingerprints}), never by value. A match with a petition received within the
 * window before it (or on the same day) is kept as a suggested original. Writes join the caller's
 * transaction; an erased person's fingerprints and the suggestions made through them go with their key.
 */
@Component
public class RepeatFingerprints {

    /** Who a petitioner is, as far as matching needs. */
    public record Person(UUID personId, String name, String idNumber, String phone) {

        @Override
        public String toString() {
            return "Person[" + personId + "]";
        }
    }

    private final JdbcClient jdbc;
    private final Fingerprints fingerprints;

    public RepeatFingerprints(JdbcClient jdbc, Fingerprints fingerprints) {
        this.jdbc = jdbc;
        this.fingerprints = fingerprints;
    }

    /** Records the persons' fingerprints and the earlier petitions (within {@code windowDays}) they match. */
    public void record(UUID petitionId, LocalDate receivedOn, int windowDays, List<Person> persons) {
        for (Person person : persons) {
            hash(person, Fingerprints.Kind.ID_NUMBER).ifPresent(h -> match(petitionId, person, receivedOn, windowDays,
                    Fingerprints.Kind.ID_NUMBER, h));
            hash(person, Fingerprints.Kind.PHONE_AND_NAME).ifPresent(h -> match(petitionId, person, receivedOn,
                    windowDays, Fingerprints.Kind.PHONE_AND_NAME, h));
        }
    }

    /** The earlier petitions suggested as this one's original, earliest received first. */
    public List<UUID> candidates(UUID petitionId) {
        return jdbc.sql("""
                        SELECT c.earlier_petition_id FROM petition_repeat_candidate c
                        JOIN petitioner_fingerprint f ON f.petition_id = c.earlier_petition_id
                        WHERE c.petition_id = ?
                        GROUP BY c.earlier_petition_id ORDER BY min(f.received_on), c.earlier_petition_id""")
                .param(petitionId).query(UUID.class).list();
    }

    /** An erased person is matched no more, and leaves no suggestion behind. */
    public void forget(Collection<UUID> personIds) {
        if (personIds.isEmpty()) {
            return;
        }
        List<UUID> ids = List.copyOf(personIds);
        jdbc.sql("DELETE FROM petitioner_fingerprint WHERE person_id IN (:ids)").param("ids", ids).update();
        jdbc.sql("DELETE FROM petition_repeat_candidate WHERE person_id IN (:ids) OR earlier_person_id IN (:ids)")
                .param("ids", ids).update();
    }

    private Optional<String> hash(Person person, Fingerprints.Kind kind) {
        return kind == Fingerprints.Kind.ID_NUMBER ? fingerprints.ofIdNumber(person.idNumber())
                : fingerprints.ofPhoneAndName(person.phone(), person.name());
    }

    private void match(UUID petitionId, Person person, LocalDate receivedOn, int windowDays, Fingerprints.Kind kind,
                       String hash) {
        jdbc.sql("""
                        INSERT INTO petition_repeat_candidate (petition_id, person_id, earlier_petition_id, earlier_person_id)
                        SELECT ?, ?, f.petition_id, f.person_id FROM petitioner_fingerprint f
                        WHERE f.kind = ? AND f.hash = ? AND f.petition_id <> ? AND f.received_on BETWEEN ? AND ?
                        ON CONFLICT DO NOTHING""")
                .params(petitionId, person.personId(), kind.name(), hash, petitionId, receivedOn.minusDays(windowDays),
                        receivedOn)
                .update();
        jdbc.sql("""
                        INSERT INTO petitioner_fingerprint (person_id, petition_id, received_on, kind, hash)
                        VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")
                .params(person.personId(), petitionId, receivedOn, kind.name(), hash)
                .update();
    }
}
