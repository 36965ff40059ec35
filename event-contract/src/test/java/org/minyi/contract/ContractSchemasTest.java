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
        assertThat(addresses).containsExactlyInAnyOrder(Topics.DEPUTY_EVENTS, Topics.PROPOSAL_EVENTS, Topics.PETITION_EVENTS);
    }

    @Test
    void typeNamesMapToSchemaLocations() {
        assertThat(EventTypes.schemaResource(EventTypes.PETITION_RECEIVED))
                .isEqualTo("org/minyi/contract/schemas/petition/PetitionReceived.v1.schema.json");
        assertThat(EventTypes.isWellFormed("org.minyi.petition.PetitionReceived.v1")).isTrue();
        assertThat(EventTypes.isWellFormed("PetitionReceived")).isFalse();
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
