package org.minyi.deputy.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.minyi.deputy.model.AddMandate;
import org.minyi.deputy.model.AdjustPoints;
import org.minyi.deputy.model.DeputyAccessPolicy;
import org.minyi.deputy.model.EndMandate;
import org.minyi.deputy.model.MandateLevel;
import org.minyi.deputy.model.MandateStatus;
import org.minyi.deputy.model.RegisterDeputy;
import org.minyi.deputy.view.DeputyQueries;
import org.minyi.deputy.view.DeputyView;
import org.minyi.platform.county.CountyReference;
import org.minyi.platform.eventstore.IdempotentCreate;
import org.minyi.platform.security.Actor;
import org.minyi.platform.security.Caller;
import org.minyi.platform.security.OnBehalfOfPolicy;
import org.minyi.platform.web.ApiProblem;
import org.minyi.platform.web.CommandSteps;
import org.minyi.platform.web.Page;
import org.minyi.platform.web.Versions;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.List;
import java.util.UUID;

/** REST adapter for deputies and their mandates: commands go to the aggregate, reads come from the deputy view. */
@RestController
@RequestMapping("/api/deputies")
@Tag(name = "人大代表 / Deputies", description = "代表及其代表职务的登记与查询 / Registering and reading deputies and their mandates")
public class DeputyController {

    private final CommandGateway commands;
    private final DeputyQueries views;
    private final CountyReference county;
    private final CommandSteps<DeputyView, DeputyResponse> steps;

    public DeputyController(CommandGateway commands, DeputyQueries views, CountyReference county) {
        this.commands = commands;
        this.views = views;
        this.county = county;
        this.steps = new CommandSteps<>(commands, county, views::find, DeputyView::version,
                (deputy, caller) -> DeputyResponse.visibleTo(caller, deputy), "代表 deputy",
                new ApiProblem.Message("只有代表所在乡镇人大办或县人大常委会办公室可以修改代表记录。",
                        "Only the deputy's township office or the county office may change the deputy's record."));
    }

    @Operation(summary = "登记代表 / Register a deputy",
            description = "登记代表及其在任的代表职务。带 id 重复提交同一请求不会产生第二位代表：首次 201，之后 200 返回已有代表。"
                    + " / Registers a deputy with the mandates they serve. Sending the same create again with the same id"
                    + " creates nothing new: 201 the first time, then 200 with the existing deputy.")
    @ApiResponse(responseCode = "201", description = "已登记 / Registered")
    @ApiResponse(responseCode = "200", description = "此 id 已登记过，返回已有代表 / Already registered with this id: the existing deputy")
    @PostMapping
    public ResponseEntity<DeputyResponse> register(@Valid @RequestBody RegisterDeputyRequest request,
                                                   Authentication authentication) {
        Caller caller = Caller.from(authentication);
        if (!DeputyAccessPolicy.mayChange(caller, request.townshipCode())) {
            throw ApiProblem.forbidden("只有本乡镇人大办或县人大常委会办公室可以登记本乡镇的代表。",
                    "Only the township's congress office or the county office may register this township's deputies.");
        }
        Actor actor = OnBehalfOfPolicy.resolve(caller, request.onBehalfOf(), county);
        UUID id = request.id() == null ? UUID.randomUUID() : request.id();
        var result = IdempotentCreate.run(id, views::find, () -> commands.sendAndWait(new RegisterDeputy(id,
                request.name().strip(), request.gender(), request.birthDate(), request.ethnicity(), request.party(),
                request.occupation(), request.townshipCode(), request.electoralDistrict(),
                request.contact() == null ? null : request.contact().toContact(),
                request.mandates().stream().map(RegisterDeputyRequest.MandateRequest::toMandate).toList(),
                actor.recordedBy(), actor.onBehalfOf())));
        if (!result.created()) {
            // The same create sent again: no second deputy.
            return ResponseEntity.ok(readable(result.item(), caller));
        }
        return ResponseEntity.created(URI.create("/api/deputies/" + id)).eTag(Versions.etag(result.item().version()))
                .body(DeputyResponse.visibleTo(caller, result.item()));
    }

    @Operation(summary = "查询代表 / Read a deputy",
            description = "代表及其全部代表职务。私人联系方式和出生日期仅对县人大常委会办公室、代表所在乡镇人大办和代表本人显示；ETag 为当前版本。"
                    + " / The deputy with all mandates. The private contact and the birth date are shown only to the county"
                    + " office, the clerk of the deputy's township and the deputy themself; the ETag is the current version.",
            parameters = @Parameter(name = "id", description = "代表 id / Deputy id"))
    @GetMapping("/{id}")
    public ResponseEntity<DeputyResponse> get(@PathVariable UUID id, Authentication authentication) {
        DeputyView view = steps.find(id);
        return ResponseEntity.ok().eTag(Versions.etag(view.version())).body(readable(view, Caller.from(authentication)));
    }

    @Operation(summary = "代表名册 / The roster of deputies",
            description = "按乡镇、代表职务层级和状态、所在小组筛选，分页（page 从 0 开始，size 1–100）。"
                    + " / Filtered by township, mandate level and status, and group; paged (page from 0, size 1–100).")
    @GetMapping
    public DeputyPage list(@RequestParam(required = false) String townshipCode,
                           @RequestParam(required = false) MandateLevel level,
                           @RequestParam(required = false) MandateStatus status,
                           @RequestParam(required = false) UUID groupId,
                           @RequestParam(defaultValue = "0") int page,
                           @RequestParam(defaultValue = "20") int size,
                           Authentication authentication) {
        Caller caller = Caller.from(authentication);
        Page.checkRequest(page, size);
        if (!DeputyAccessPolicy.mayList(caller, townshipCode)) {
            throw ApiProblem.forbidden("当前账号无权查看此代表名册。", "This account may not read this roster.");
        }
        var query = new DeputyQueries.RosterQuery(townshipCode,
                townshipCode == null && DeputyAccessPolicy.listLimitedToOwnTownships(caller) ? caller.townships() : null,
                level, status, groupId);
        List<DeputyResponse> items = views.page(query, page, size).stream()
                .map(v -> DeputyResponse.visibleTo(caller, v)).toList();
        return new DeputyPage(items, page, size, views.count(query));
    }

    @Operation(summary = "终止代表职务 / End a mandate",
            description = "终止代表在该层级在任的代表职务（任期届满、辞职、罢免、去世、迁出）。可带 If-Match。"
                    + " / Ends the deputy's serving mandate at the level (term expired, resigned, recalled, deceased, moved away)."
                    + " Accepts If-Match.")
    @ApiResponse(responseCode = "409", description = "该层级没有在任的代表职务 / No serving mandate at that level")
    @ApiResponse(responseCode = "412", description = "版本已变化 / The deputy has changed since that version")
    @PostMapping("/{id}/mandates/{level}/end")
    public ResponseEntity<DeputyResponse> endMandate(@PathVariable UUID id, @PathVariable MandateLevel level,
                                                     @Valid @RequestBody EndMandateRequest request,
                                                     @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                                     Authentication authentication) {
        return steps.run(id, ifMatch, authentication, request.onBehalfOf(), DeputyController::mayChange,
                (deputy, caller, actor) -> new EndMandate(id, level, request.endedOn(), request.reason(),
                        actor.recordedBy(), actor.onBehalfOf()));
    }

    @Operation(summary = "增加代表职务 / Add a mandate",
            description = "代表当选另一层级的代表，或在原职务终止后连任新的一届。同一层级同时只能有一项在任职务。可带 If-Match。"
                    + " / The deputy is elected at another level, or for a new term after the last one ended. At most one"
                    + " serving mandate per level. Accepts If-Match.")
    @ApiResponse(responseCode = "412", description = "版本已变化 / The deputy has changed since that version")
    @ApiResponse(responseCode = "422", description = "人大不存在 / Unknown congress")
    @PostMapping("/{id}/mandates")
    public ResponseEntity<DeputyResponse> addMandate(@PathVariable UUID id,
                                                     @Valid @RequestBody AddMandateRequest request,
                                                     @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                                     Authentication authentication) {
        return steps.run(id, ifMatch, authentication, request.onBehalfOf(), DeputyController::mayChange,
                (deputy, caller, actor) -> new AddMandate(id, request.toMandate(), actor.recordedBy(), actor.onBehalfOf()));
    }

    @Operation(summary = "调整积分 / Adjust points",
            description = "办公室按类别（遵纪守法、会议期间、闭会期间、其他）手工加减分并注明原因。带 id 重复提交只调整一次：首次 201，之后 200。"
                    + " / The office adds or takes off points in a category (DISCIPLINE, SESSION, INTERSESSION, OTHER)"
                    + " with a reason. Sending it again with the same id adjusts once: 201, then 200.")
    @ApiResponse(responseCode = "201", description = "已调整 / Adjusted")
    @PostMapping("/{id}/points-adjustments")
    public ResponseEntity<DeputyResponse> adjustPoints(@PathVariable UUID id,
                                                       @Valid @RequestBody PointsAdjustmentRequest request,
                                                       Authentication authentication) {
        UUID adjustmentId = request.id() == null ? UUID.randomUUID() : request.id();
        // The aggregate records an adjustment once; whether it had is what tells 201 from 200.
        boolean existed = steps.find(id).pointsAdjustments().stream().anyMatch(a -> a.id().equals(adjustmentId));
        ResponseEntity<DeputyResponse> answer = steps.run(id, null, authentication, null, DeputyController::mayChange,
                (deputy, caller, actor) -> new AdjustPoints(id, adjustmentId, request.category(), request.points(),
                        request.reason(), request.on(), actor.recordedBy(), actor.onBehalfOf()));
        return existed ? answer : ResponseEntity.created(URI.create("/api/deputies/" + id))
                .headers(answer.getHeaders()).body(answer.getBody());
    }

    private static boolean mayChange(Caller caller, DeputyView deputy) {
        return DeputyAccessPolicy.mayChange(caller, deputy.townshipCode());
    }

    private DeputyResponse readable(DeputyView view, Caller caller) {
        if (!DeputyAccessPolicy.mayRead(caller, view.id().toString(), view.townshipCode())) {
            throw ApiProblem.forbidden("当前账号无权查看此代表。", "This account may not read this deputy.");
        }
        return DeputyResponse.visibleTo(caller, view);
    }
}
