package org.minyi.platform.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import org.springdoc.core.customizers.GlobalOpenApiCustomizer;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Gives every Minyi service's OpenAPI document the same frame: title {@code Minyi <service> API},
 * the build's version, the bearer JWT scheme ({@value #BEARER}) required by every operation, the
 * gateway-relative server {@code /}, and the problem-details refusals each operation can answer.
 */
public class MinyiOpenApiCustomizer implements GlobalOpenApiCustomizer {

    /** Name of the security scheme every operation requires. */
    public static final String BEARER = "bearerAuth";
    /** Name of the problem-details schema in {@code components.schemas}. */
    public static final String PROBLEM_SCHEMA = "Problem";

    private static final String PROBLEM_JSON = "application/problem+json";

    /** Refusal status → name in {@code components.responses} and its description. */
    private static final Map<String, String[]> REFUSALS = new LinkedHashMap<>();

    static {
        REFUSALS.put("400", new String[] {"BadRequest",
                "请求数据无效（errors 列出每个有误的字段） / Invalid request (errors names each invalid field)"});
        REFUSALS.put("401", new String[] {"Unauthenticated",
                "缺少或无效的访问令牌 / Missing or invalid access token"});
        REFUSALS.put("403", new String[] {"Forbidden", "当前账号无权执行此操作 / This account may not do this"});
        REFUSALS.put("404", new String[] {"NotFound", "未找到 / Not found"});
        REFUSALS.put("422", new String[] {"UnprocessableContent",
                "引用的乡镇、村或单位不存在，或违反业务规则 / Unknown reference or a business rule refused the request"});
    }

    private final String service;
    private final String version;

    public MinyiOpenApiCustomizer(String service, String version) {
        this.service = service;
        this.version = version;
    }

    @Override
    public void customise(OpenAPI openApi) {
        openApi.info(new Info()
                .title("Minyi " + service + " API")
                .version(version)
                .description(description()));
        // Relative: the document is read through the gateway's Swagger UI, so "Try it out" goes through the gateway too.
        openApi.servers(List.of(new Server().url("/").description("网关（或本服务）/ The gateway (or this service)")));

        Components components = openApi.getComponents() == null ? new Components() : openApi.getComponents();
        openApi.components(components);
        components.addSecuritySchemes(BEARER, new SecurityScheme()
                .type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")
                .description("网关签发的访问令牌（POST /oauth2/token，客户端凭据模式） / "
                        + "An access token issued by the gateway (POST /oauth2/token, client credentials)"));
        components.addSchemas(PROBLEM_SCHEMA, problemSchema());
        REFUSALS.values().forEach(r -> components.addResponses(r[0], new ApiResponse().description(r[1])
                .content(new Content().addMediaType(PROBLEM_JSON,
                        new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM_SCHEMA))))));

        if (openApi.getSecurity() == null || openApi.getSecurity().isEmpty()) {
            openApi.addSecurityItem(new SecurityRequirement().addList(BEARER));
        }
        if (openApi.getPaths() != null) {
            openApi.getPaths().forEach((path, item) -> item.readOperationsMap()
                    .forEach((method, operation) -> documentRefusals(path, method, operation)));
        }
    }

    private String description() {
        return "民意平台 " + service + " 的 REST 接口。除 API 文档与健康检查外，每个接口都需要网关签发的 Bearer 访问令牌"
                + "（POST /oauth2/token，客户端凭据模式）；拒绝以 RFC 9457 问题详情（application/problem+json）返回，"
                + "title/detail 为中文，titleEn/detailEn 为英文。\n\n"
                + "The REST API of Minyi's " + service + ". Every endpoint except the API documents and health needs "
                + "a bearer access token issued by the gateway (POST /oauth2/token, client credentials grant); "
                + "refusals are RFC 9457 problem details (application/problem+json), title/detail in Chinese, "
                + "titleEn/detailEn in English.";
    }

    /** Adds the refusals an operation can meet, where the operation does not document them itself. */
    private static void documentRefusals(String path, PathItem.HttpMethod method, Operation operation) {
        boolean secured = operation.getSecurity() == null || !operation.getSecurity().isEmpty();
        boolean hasInput = operation.getRequestBody() != null
                || (operation.getParameters() != null && !operation.getParameters().isEmpty());
        boolean writes = method == PathItem.HttpMethod.POST || method == PathItem.HttpMethod.PUT
                || method == PathItem.HttpMethod.PATCH || method == PathItem.HttpMethod.DELETE;
        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        operation.setResponses(responses);
        if (hasInput) {
            refusal(responses, "400");
        }
        if (secured) {
            refusal(responses, "401");
            refusal(responses, "403");
        }
        if (path.contains("{")) {
            refusal(responses, "404");
        }
        if (writes) {
            refusal(responses, "422");
        }
    }

    private static void refusal(ApiResponses responses, String status) {
        if (!responses.containsKey(status)) {
            responses.addApiResponse(status, new ApiResponse().$ref("#/components/responses/" + REFUSALS.get(status)[0]));
        }
    }

    /** RFC 9457 problem details as {@link Problems} and {@link ProblemDetailsAdvice} write them. */
    @SuppressWarnings({"rawtypes", "unchecked"})
    private static Schema<?> problemSchema() {
        Schema fieldError = object("字段错误 / A field error")
                .addProperty("field", string("字段路径 / Field path, e.g. petitioners[0].phone"))
                .addProperty("message", string("中文说明 / Message in Chinese"))
                .addProperty("messageEn", string("英文说明 / Message in English"));
        Schema problem = object("RFC 9457 问题详情 / RFC 9457 problem details")
                .addProperty("type", string("问题类型，稳定的 URI（https://minyi.org/problems/<slug>） / "
                        + "Problem type, a stable URI (https://minyi.org/problems/<slug>)").format("uri"))
                .addProperty("title", string("中文标题 / Title in Chinese"))
                .addProperty("status", typed("integer", "HTTP 状态码 / HTTP status").format("int32"))
                .addProperty("detail", string("中文说明 / Detail in Chinese"))
                .addProperty("instance", string("出错的请求路径 / The request path").format("uri"))
                .addProperty("titleEn", string("英文标题 / Title in English"))
                .addProperty("detailEn", string("英文说明 / Detail in English"))
                .addProperty("errors", typed("array", "每个有误的字段（400、422） / Each invalid field (400, 422)")
                        .items(fieldError));
        problem.setRequired(List.of("type", "title", "status"));
        return problem;
    }

    private static Schema<?> object(String description) {
        return typed("object", description);
    }

    private static Schema<?> string(String description) {
        return typed("string", description);
    }

    /** Sets the type both ways, so the schema reads the same in OpenAPI 3.0 and 3.1 output. */
    private static Schema<?> typed(String type, String description) {
        Schema<?> schema = new Schema<>();
        schema.setType(type);
        schema.setTypes(Set.of(type));
        schema.setDescription(description);
        return schema;
    }
}
