package org.minyi.contract;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ContractSchemasTest {

    private static final String VALID = """
            {"petitionId":"6f1c1c1e-8d0a-4a53-9a57-4a3d2f0f8a11","townshipCode":"330381101",
             "villageCode":"330381101201","channel":"VISIT","receivedOn":"2026-03-02",
             "visitors":6,"petitionerCount":2,"collective":true,"recordedBy":"demo-clerk"}""";

    @Test
    void aValidPayloadHasNoProblems() {
        assertThat(ContractSchemas.problems(EventTypes.PETITION_RECEIVED, bytes(VALID))).isEmpty();
    }

    @Test
    void personalDataCannotSlipIntoAPayload() {
        String withName = VALID.replace("\"recordedBy\"", "\"petitionerName\":\"张三\",\"recordedBy\"");
        assertThat(ContractSchemas.problems(EventTypes.PETITION_RECEIVED, bytes(withName)))
                .anySatisfy(p -> assertThat(p).contains("petitionerName"));
    }

    @Test
    void wrongShapesAreNamed() {
        String bad = VALID.replace("\"330381101\"", "\"33038\"").replace("\"VISIT\"", "\"FAX\"");
        List<String> problems = ContractSchemas.problems(EventTypes.PETITION_RECEIVED, bytes(bad));
        assertThat(problems).anySatisfy(p -> assertThat(p).contains("townshipCode"))
                .anySatisfy(p -> assertThat(p).contains("channel"));
        assertThatThrownBy(() -> ContractSchemas.parseValid(EventTypes.PETITION_RECEIVED, bytes(bad)))
                .isInstanceOf(InvalidEventException.class);
        assertThat(ContractSchemas.problems(EventTypes.PETITION_RECEIVED, bytes("not json"))).isNotEmpty();
    }

    /**
     * The schemas' formats are asserted, not just noted: a date that is no calendar date or an id that is no
     * UUID is refused, on the publishing side ({@code problems}) and the consuming side ({@code parseValid})
     * alike, since both go through the same validator.
     */
    @Test
    void formatsAreChecked() {
        String badDate = VALID.replace("\"2026-03-02\"", "\"2026-02-30\"");
        assertThat(ContractSchemas.problems(EventTypes.PETITION_RECEIVED, bytes(badDate)))
                .anySatisfy(p -> assertThat(p).contains("receivedOn"));
        String notADate = VALID.replace("\"2026-03-02\"", "\"02/03/2026\"");
        assertThatThrownBy(() -> ContractSchemas.parseValid(EventTypes.PETITION_RECEIVED, bytes(notADate)))
                .isInstanceOf(InvalidEventException.class).hasMessageContaining("receivedOn");
        String badId = VALID.replace("6f1c1c1e-8d0a-4a53-9a57-4a3d2f0f8a11", "not-a-uuid");
        assertThat(ContractSchemas.problems(EventTypes.PETITION_RECEIVED, bytes(badId)))
                .anySatisfy(p -> assertThat(p).contains("petitionId"));
        assertThatThrownBy(() -> ContractSchemas.parseValid(EventTypes.PETITION_RECEIVED, bytes(badId)))
                .isInstanceOf(InvalidEventException.class);
    }

    @Test
    void everyTypeHasASchemaAndAnAsyncApiMessage() throws Exception {
        JsonNode asyncApi;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("org/minyi/contract/asyncapi.yaml")) {
            asyncApi = new YAMLMapper().readTree(in);
        }
        List<String> messageNames = new ArrayList<>();
        asyncApi.path("components").path("messages").forEach(m -> messageNames.add(m.path("name").asString()));
        assertThat(messageNames).containsExactlyInAnyOrderElementsOf(EventTypes.ALL);
        for (String type : EventTypes.ALL) {
            assertThat(ContractSchemas.schema(type)).isNotNull();
            assertThat(getClass().getClassLoader().getResource(EventTypes.schemaResource(type))).isNotNull();
        }
        List<String> addresses = new ArrayList<>();
        asyncApi.path("channels").forEach(c -> addresses.add(c.path("address").asString()));
        assertThat(addresses).containsExactlyInAnyOrder(Topics.DEPUTY_EVENTS, Topics.PROPOSAL_EVENTS, Topics.PETITION_EVENTS,
                Topics.AUDIT_RECORDS);
    }

    @Test
    void typeNamesMapToSchemaLocations() {
        assertThat(EventTypes.schemaResource(EventTypes.PETITION_RECEIVED))
                .isEqualTo("org/minyi/contract/schemas/petition/PetitionReceived.v1.schema.json");
        assertThat(EventTypes.isWellFormed("org.minyi.petition.PetitionReceived.v1")).isTrue();
        assertThat(EventTypes.isWellFormed("PetitionReceived")).isFalse();
    }

    /** One valid payload of each petition lifecycle type, as petition-service publishes them. */
    private static final java.util.Map<String, String> PETITION_STEPS = new java.util.LinkedHashMap<>();

    static {
        String facts = """
                "petitionId":"6f1c1c1e-8d0a-4a53-9a57-4a3d2f0f8a11","townshipCode":"330381101","villageCode":null,
                "receivedOn":"2026-03-02","category":"LAND","flags":["IMPORTANT"],"unitCode":"330381101-ZF","round":1,
                "recordedBy":"demo-clerk","onBehalfOf":null,""";
        String before = facts.replace("\"category\":\"LAND\"", "\"category\":null").replace("\"330381101-ZF\"", "null");
        PETITION_STEPS.put(EventTypes.PETITION_DEADLINES_SET, """
                {"petitionId":"6f1c1c1e-8d0a-4a53-9a57-4a3d2f0f8a11","townshipCode":"330381101","receivedOn":"2026-03-02",
                 "registrationDeadline":"2026-03-05","dispositionDeadline":"2026-03-17","recordedBy":"demo-clerk"}""");
        PETITION_STEPS.put(EventTypes.PETITION_REGISTERED, "{" + facts.replace("\"330381101-ZF\"", "null")
                + "\"registeredOn\":\"2026-03-03\",\"repeatOf\":null,\"registrationDeadline\":\"2026-03-05\",\"dispositionDeadline\":\"2026-03-17\"}");
        PETITION_STEPS.put(EventTypes.PETITION_INSTRUCTED, "{" + before + "\"instructedOn\":\"2026-03-03\"}");
        PETITION_STEPS.put(EventTypes.PETITION_CASE_OWNERSHIP_TAKEN, "{" + facts + "\"takenOn\":\"2026-03-03\"}");
        PETITION_STEPS.put(EventTypes.PETITION_APPOINTMENT_HELD, "{" + facts + "\"heldOn\":\"2026-03-03\"}");
        PETITION_STEPS.put(EventTypes.PETITION_ASSIGNED, "{" + facts
                + "\"assignedOn\":\"2026-03-04\",\"dispositionDeadline\":\"2026-03-17\",\"completionDeadline\":\"2026-05-03\"}");
        PETITION_STEPS.put(EventTypes.PETITION_TRANSFERRED, "{" + facts.replace("\"330381101-ZF\"", "null")
                + "\"transferredOn\":\"2026-03-04\",\"dispositionDeadline\":\"2026-03-17\",\"completionDeadline\":\"2026-05-03\"}");
        PETITION_STEPS.put(EventTypes.PETITION_NOT_ACCEPTED, "{" + facts.replace("\"330381101-ZF\"", "null")
                + "\"decidedOn\":\"2026-03-04\",\"dispositionDeadline\":\"2026-03-17\",\"answerDeadline\":\"2026-03-19\"}");
        PETITION_STEPS.put(EventTypes.PETITION_SUPERVISED, "{" + before
                + "\"supervisedOn\":\"2026-03-04\",\"supervisionType\":\"URGE\",\"step\":\"REGISTER\",\"stepDeadline\":\"2026-03-05\"}");
        PETITION_STEPS.put(EventTypes.PETITION_DEADLINE_EXTENDED, "{" + facts
                + "\"extendedOn\":\"2026-03-10\",\"days\":30,\"previousCompletionDeadline\":\"2026-05-03\",\"completionDeadline\":\"2026-06-02\"}");
        PETITION_STEPS.put(EventTypes.PETITION_COMPLETED, "{" + facts
                + "\"completedOn\":\"2026-04-01\",\"completionDeadline\":\"2026-06-02\",\"answerDeadline\":\"2026-04-16\"}");
        PETITION_STEPS.put(EventTypes.PETITION_ANSWERED, "{" + facts
                + "\"answeredOn\":\"2026-04-02\",\"answerChannel\":\"WRITTEN\",\"answerDeadline\":\"2026-04-16\","
                + "\"returnVisitDeadline\":\"2026-05-02\",\"reviewRequestDeadline\":\"2026-05-02\"}");
        PETITION_STEPS.put(EventTypes.PETITION_RETURN_VISITED, "{" + facts
                + "\"visitedOn\":\"2026-04-10\",\"satisfaction\":\"UNSATISFIED\",\"returnVisitDeadline\":\"2026-05-02\"}");
        PETITION_STEPS.put(EventTypes.PETITION_REVIEW_REQUESTED, "{" + facts.replace("\"round\":1", "\"round\":2")
                + "\"requestedOn\":\"2026-04-11\",\"reviewRequestDeadline\":\"2026-05-02\",\"completionDeadline\":\"2026-06-10\"}");
        PETITION_STEPS.put(EventTypes.PETITION_ARCHIVED, "{" + facts + "\"archivedOn\":\"2026-04-20\"}");
    }

    @Test
    void everyPetitionStepHasAValidPayloadThatCannotCarryPersonalDataOrText() {
        assertThat(PETITION_STEPS.keySet()).allSatisfy(type -> assertThat(EventTypes.ALL).contains(type));
        PETITION_STEPS.forEach((type, payload) -> {
            assertThat(ContractSchemas.problems(type, bytes(payload))).as(type).isEmpty();
            for (String field : List.of("petitionerName", "name", "idNumber", "phone", "address", "text", "reason",
                    "result", "note", "body", "leader", "subject", "content")) {
                String withField = payload.replaceFirst("\\{", "{\"" + field + "\":\"x\",");
                assertThat(ContractSchemas.problems(type, bytes(withField))).as(type + " with " + field)
                        .anySatisfy(p -> assertThat(p).contains(field));
            }
        });
        // A unit's step names its unit.
        String assigned = PETITION_STEPS.get(EventTypes.PETITION_ASSIGNED);
        assertThat(ContractSchemas.problems(EventTypes.PETITION_ASSIGNED, bytes(assigned.replace("\"330381101-ZF\"", "null"))))
                .anySatisfy(p -> assertThat(p).contains("unitCode"));
    }

    private static final String AUDIT = """
            {"recordId":"0d6f5a38-5f0e-4c1a-9a43-3c1e0b8e2a10","occurredAt":"2026-03-02T08:15:30.123Z",
             "source":"petition-service","action":"PERSONAL_DATA_READ","itemKind":"PETITION",
             "itemId":"6f1c1c1e-8d0a-4a53-9a57-4a3d2f0f8a11","townshipCode":"330381101","actor":"demo-admin",
             "onBehalfOf":null}""";

    @Test
    void anAuditRecordSaysWhoDidWhatToWhichItemAndNothingPersonal() {
        assertThat(ContractSchemas.problems(EventTypes.AUDIT_RECORDED, bytes(AUDIT))).isEmpty();
        String account = AUDIT.replace("\"PERSONAL_DATA_READ\"", "\"LOCKED_OUT\"").replace("\"PETITION\"", "\"ACCOUNT\"")
                .replace("\"6f1c1c1e-8d0a-4a53-9a57-4a3d2f0f8a11\"", "\"clerk-zhou\"").replace("\"330381101\"", "null")
                .replace("\"demo-admin\"", "\"sign-in\"").replace("\"petition-service\"", "\"gateway\"");
        assertThat(ContractSchemas.problems(EventTypes.AUDIT_RECORDED, bytes(account))).isEmpty();
        String onBehalf = AUDIT.replace("\"onBehalfOf\":null", "\"onBehalfOf\":\"unit:330381101-ZF\"");
        assertThat(ContractSchemas.problems(EventTypes.AUDIT_RECORDED, bytes(onBehalf))).isEmpty();
        for (String field : List.of("petitionerName", "name", "idNumber", "phone", "address", "note", "text", "detail")) {
            String withField = AUDIT.replaceFirst("\\{", "{\"" + field + "\":\"x\",");
            assertThat(ContractSchemas.problems(EventTypes.AUDIT_RECORDED, bytes(withField))).as(field)
                    .anySatisfy(p -> assertThat(p).contains(field));
        }
        for (String required : List.of("recordId", "occurredAt", "source", "action", "itemKind", "itemId", "actor")) {
            String without = AUDIT.replaceFirst("\"" + required + "\":(\"[^\"]*\"|null),?", "");
            assertThat(ContractSchemas.problems(EventTypes.AUDIT_RECORDED, bytes(without))).as("without " + required)
                    .anySatisfy(p -> assertThat(p).contains(required));
        }
    }

    @Test
    void anAuditRecordsFormatsAreChecked() {
        assertThat(ContractSchemas.problems(EventTypes.AUDIT_RECORDED,
                bytes(AUDIT.replace("0d6f5a38-5f0e-4c1a-9a43-3c1e0b8e2a10", "record-1"))))
                .anySatisfy(p -> assertThat(p).contains("recordId"));
        assertThat(ContractSchemas.problems(EventTypes.AUDIT_RECORDED,
                bytes(AUDIT.replace("2026-03-02T08:15:30.123Z", "2026-03-02 08:15"))))
                .anySatisfy(p -> assertThat(p).contains("occurredAt"));
        assertThat(ContractSchemas.problems(EventTypes.AUDIT_RECORDED,
                bytes(AUDIT.replace("2026-03-02T08:15:30.123Z", "2026-02-30T08:15:30Z"))))
                .anySatisfy(p -> assertThat(p).contains("occurredAt"));
        assertThat(ContractSchemas.problems(EventTypes.AUDIT_RECORDED, bytes(AUDIT.replace("\"330381101\"", "\"3303\""))))
                .anySatisfy(p -> assertThat(p).contains("townshipCode"));
        assertThat(ContractSchemas.problems(EventTypes.AUDIT_RECORDED, bytes(AUDIT.replace("\"demo-admin\"", "\"\""))))
                .anySatisfy(p -> assertThat(p).contains("actor"));
        assertThat(ContractSchemas.problems(EventTypes.AUDIT_RECORDED,
                bytes(AUDIT.replace("\"onBehalfOf\":null", "\"onBehalfOf\":\"张三\""))))
                .anySatisfy(p -> assertThat(p).contains("onBehalfOf"));
    }

    @Test
    void everySchemaIsClosed() throws Exception {
        for (String type : EventTypes.ALL) {
            try (InputStream in = getClass().getClassLoader().getResourceAsStream(EventTypes.schemaResource(type))) {
                JsonNode schema = tools.jackson.databind.json.JsonMapper.builder().build().readTree(in);
                assertThat(schema.path("additionalProperties").asBoolean(true)).as(type).isFalse();
                assertThat(schema.path("$id").asString()).isEqualTo(EventTypes.schemaUri(type).toString());
            }
        }
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
