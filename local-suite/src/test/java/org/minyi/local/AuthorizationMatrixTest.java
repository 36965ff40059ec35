package org.minyi.local;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.minyi.platform.testing.ApiClient;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every role × every endpoint group × own/other township, from one table, through the gateway with
 * real tokens from its token endpoint — and, for the groups a service owns, the same call made to the
 * service directly, which must give the same answer (bypassing the gateway gains nothing).
 */
@ExtendWith(RunningSuite.class)
class AuthorizationMatrixTest {

    private static final String OWN = "339901201";
    private static final String OTHER = "339901202";
    private static final String TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();

    /** What each endpoint group is, and whether a service answers it (then it is also called directly). */
    enum Group {
        PETITION_CREATE_OWN("petition-service"), PETITION_CREATE_OTHER("petition-service"),
        PETITION_READ_OWN("petition-service"), PETITION_READ_OTHER("petition-service"),
        REPORT_OWN("reporting-service"), REPORT_OTHER("reporting-service"), REPORT_COUNTY("reporting-service"),
        DEPUTY_REGISTER_OWN("deputy-service"), DEPUTY_REGISTER_OTHER("deputy-service"), DEPUTY_READ("deputy-service"),
        REFERENCE_DATA(null), ACCOUNTS(null),
        DEPUTY_GROUP_FORM_OWN("deputy-service"), DUTY_ACTIVITY_LOG_OWN("deputy-service"), POINTS_ADJUST_OWN("deputy-service"),
        AUDIT_TRAIL("reporting-service");

        final String service;

        Group(String service) {
            this.service = service;
        }
    }

    /**
     * The table. Columns follow {@link Group}'s order. Scope: the clerk, the township leader and the unit
     * belong to {@link #OWN}; the county leader has no township scope.
     */
    private static final Map<String, int[]> EXPECTED = new LinkedHashMap<>();

    static {
        //                               petition create  petition read  petition report    deputy register/read  ref  accounts  group activity points audit
        //                                   own  other  own  other  own  other county   own  other read                  (all in the own township)
        EXPECTED.put("county-admin",    new int[]{201, 201, 200, 200, 200, 200, 200, 201, 201, 200, 200, 200, 201, 201, 201, 200});
        EXPECTED.put("township-clerk",  new int[]{201, 403, 200, 403, 200, 403, 403, 201, 403, 200, 200, 403, 201, 201, 201, 403});
        EXPECTED.put("county-leader",   new int[]{403, 403, 200, 200, 200, 200, 200, 403, 403, 200, 200, 403, 403, 403, 403, 403});
        EXPECTED.put("township-leader", new int[]{403, 403, 200, 403, 200, 403, 403, 403, 403, 200, 200, 403, 403, 403, 403, 403});
        EXPECTED.put("handling-unit",   new int[]{403, 403, 403, 403, 403, 403, 403, 403, 403, 200, 200, 403, 403, 403, 403, 403});
        EXPECTED.put("deputy",          new int[]{403, 403, 403, 403, 403, 403, 403, 403, 403, 200, 200, 403, 403, 403, 403, 403});
        EXPECTED.put("viewer",          new int[]{403, 403, 403, 403, 200, 200, 200, 403, 403, 200, 200, 403, 403, 403, 403, 403});
        EXPECTED.put("anonymous",       new int[]{401, 401, 401, 401, 401, 401, 401, 401, 401, 401, 401, 401, 401, 401, 401, 401});
    }

    private static ApiClient gateway;
    private static final Map<String, String> TOKENS = new LinkedHashMap<>();
    private static final Map<String, String> PETITION_IN = new LinkedHashMap<>();
    private static String deputyInOwn;

    @BeforeAll
    static void accountsAndData() {
        LocalSuite suite = RunningSuite.suite();
        gateway = new ApiClient(suite.settings().gatewayUrl());
        String admin = token("demo-admin", "demo-admin-secret");
        TOKENS.put("county-admin", admin);
        TOKENS.put("township-clerk", account(admin, "TOWNSHIP_CLERK", "\"townships\":[\"" + OWN + "\"]"));
        TOKENS.put("county-leader", account(admin, "LEADER", "\"townships\":[]"));
        TOKENS.put("township-leader", account(admin, "LEADER", "\"townships\":[\"" + OWN + "\"]"));
        TOKENS.put("handling-unit", account(admin, "HANDLING_UNIT",
                "\"townships\":[\"" + OWN + "\"],\"unitCode\":\"" + OWN + "-ZF\""));
        TOKENS.put("deputy", account(admin, "DEPUTY", "\"deputyId\":\"" + UUID.randomUUID() + "\""));
        TOKENS.put("viewer", token("demo-viewer", "demo-viewer-secret"));
        TOKENS.put("anonymous", null);
        PETITION_IN.put(OWN, createPetition(admin, OWN));
        PETITION_IN.put(OTHER, createPetition(admin, OTHER));
        var deputy = gateway.post("/api/deputies", admin, deputy(OWN));
        assertThat(deputy.status()).as(deputy.body()).isEqualTo(201);
        deputyInOwn = deputy.json().path("id").asString();
    }

    @Test
    void everyCellOfTheTable() {
        List<String> mismatches = new ArrayList<>();
        int cells = 0;
        for (var row : EXPECTED.entrySet()) {
            String actor = row.getKey();
            for (Group group : Group.values()) {
                int expected = row.getValue()[group.ordinal()];
                int viaGateway = call(gateway, actor, group);
                cells++;
                if (viaGateway != expected) {
                    mismatches.add(actor + " × " + group + " via gateway: expected " + expected + ", got " + viaGateway);
                }
                if (group.service != null) {
                    ApiClient direct = new ApiClient(RunningSuite.suite().service(group.service).url());
                    int viaService = call(direct, actor, group);
                    cells++;
                    if (viaService != expected) {
                        mismatches.add(actor + " × " + group + " direct to " + group.service + ": expected " + expected
                                + ", got " + viaService);
                    }
                }
            }
        }
        System.out.println("authorization matrix: " + cells + " cells run (" + EXPECTED.size() + " actors × "
                + Group.values().length + " endpoint groups, service-owned groups also called directly)");
        assertThat(mismatches).isEmpty();
        long serviceOwned = java.util.Arrays.stream(Group.values()).filter(g -> g.service != null).count();
        assertThat(cells).isEqualTo(EXPECTED.size() * (Group.values().length + serviceOwned));
    }

    private static int call(ApiClient api, String actor, Group group) {
        String token = TOKENS.get(actor);
        return switch (group) {
            case PETITION_CREATE_OWN -> api.post("/api/petitions", token, petition(OWN)).status();
            case PETITION_CREATE_OTHER -> api.post("/api/petitions", token, petition(OTHER)).status();
            case PETITION_READ_OWN -> api.get("/api/petitions/" + PETITION_IN.get(OWN), token).status();
            case PETITION_READ_OTHER -> api.get("/api/petitions/" + PETITION_IN.get(OTHER), token).status();
            case REPORT_OWN -> api.get("/api/reports/petitions/rates?townshipCode=" + OWN, token).status();
            case REPORT_OTHER -> api.get("/api/reports/petitions/rates?townshipCode=" + OTHER, token).status();
            case REPORT_COUNTY -> api.get("/api/reports/petitions/rates", token).status();
            case DEPUTY_REGISTER_OWN -> api.post("/api/deputies", token, deputy(OWN)).status();
            case DEPUTY_REGISTER_OTHER -> api.post("/api/deputies", token, deputy(OTHER)).status();
            case DEPUTY_READ -> api.get("/api/deputies/" + deputyInOwn, token).status();
            case REFERENCE_DATA -> api.get("/api/townships", token).status();
            case ACCOUNTS -> api.get("/api/accounts", token).status();
            // A topic group, as a deputy may be in any number of them (a deputy group would conflict on the second call).
            case DEPUTY_GROUP_FORM_OWN -> api.post("/api/deputy-groups", token, """
                    {"townshipCode":"%s","name":"矩阵课题组","kind":"TOPIC_GROUP","formedOn":"2022-01-10",
                     "leaderId":"%s","memberIds":["%s"]}""".formatted(OWN, deputyInOwn, deputyInOwn)).status();
            case DUTY_ACTIVITY_LOG_OWN -> api.post("/api/duty-activities", token, """
                    {"type":"VOTER_RECEPTION","heldOn":"2024-05-20","townshipCode":"%s","deputyIds":["%s"]}"""
                    .formatted(OWN, deputyInOwn)).status();
            case POINTS_ADJUST_OWN -> api.post("/api/deputies/" + deputyInOwn + "/points-adjustments", token,
                    "{\"category\":\"OTHER\",\"points\":1,\"reason\":\"矩阵\",\"on\":\"2024-05-20\"}").status();
            case AUDIT_TRAIL -> api.get("/api/audit?townshipCode=" + OWN, token).status();
        };
    }

    private static String petition(String township) {
        return """
                {"channel":"LETTER","receivedOn":"%s","townshipCode":"%s",
                 "petitioners":[{"name":"矩阵测试"}],"subject":"权限矩阵"}""".formatted(TODAY, township);
    }

    private static String deputy(String township) {
        return """
                {"name":"矩阵代表","gender":"FEMALE","birthDate":"1980-05-01","ethnicity":"汉族","party":"CPC",
                 "occupation":"FARMER","townshipCode":"%s","electoralDistrict":"第一选区",
                 "contact":{"phone":"13800000000","address":"某村"},
                 "mandates":[{"level":"TOWNSHIP","congressCode":"%s","term":21,"electedOn":"2021-12-20"}]}"""
                .formatted(township, township);
    }

    private static String createPetition(String token, String township) {
        var created = gateway.post("/api/petitions", token, petition(township));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().path("id").asString();
    }

    /** Creates a client account with the role and scope, and returns a token issued to it. */
    private static String account(String adminToken, String role, String scope) {
        String username = "matrix-" + role.toLowerCase().replace('_', '-') + "-" + UUID.randomUUID().toString().substring(0, 8);
        String secret = "matrix-secret-" + UUID.randomUUID();
        var created = gateway.post("/api/accounts", adminToken, """
                {"username":"%s","kind":"CLIENT","password":"%s","role":"%s",%s}""".formatted(username, secret, role, scope));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return token(username, secret);
    }

    private static String token(String client, String secret) {
        var response = gateway.clientCredentials(client, secret);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json().path("access_token").asString();
    }
}
