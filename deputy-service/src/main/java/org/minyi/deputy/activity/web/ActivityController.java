package org.minyi.deputy.activity.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.minyi.deputy.activity.model.ActivityAccessPolicy;
import org.minyi.deputy.activity.model.ActivityType;
import org.minyi.deputy.activity.model.LogDutyActivity;
import org.minyi.deputy.activity.model.WithdrawDutyActivity;
import org.minyi.deputy.activity.view.ActivityQueries;
import org.minyi.deputy.activity.view.ActivityView;
import org.minyi.deputy.model.DeputyAccessPolicy;
import org.minyi.deputy.view.DeputyQueries;
import org.minyi.platform.county.CountyReference;
import org.minyi.platform.eventstore.IdempotentCreate;
import org.minyi.platform.security.Actor;
import org.minyi.platform.security.Caller;
import org.minyi.platform.security.OnBehalfOfPolicy;
import org.minyi.platform.web.ApiProblem;
import org.minyi.platform.web.CommandSteps;
import org.minyi.platform.web.Page;
import org.minyi.platform.web.Versions;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.LocalDate;
import java.util.UUID;

/** REST adapter for duty activities (履职活动) and each deputy's activity history. */
@RestController
@Tag(name = "履职活动 / Duty activities", description = "代表履职活动的登记、撤销与查询 / Logging, withdrawing and reading deputies' duty activities")
public class ActivityController {

    private final CommandGateway commands;
    private final ActivityQueries activities;
    private final DeputyQueries deputies;
    private final CountyReference county;
    private final CommandSteps<ActivityView, ActivityView> steps;

    public ActivityController(CommandGateway commands, ActivityQueries activities, DeputyQueries deputies,
                              CountyReference county) {
        this.commands = commands;
        this.activities = activities;
        this.deputies = deputies;
        this.county = county;
        this.steps = new CommandSteps<>(commands, county, activities::find, ActivityView::version,
                ActivityController::visible, "履职活动 duty activity",
                new ApiProblem.Message("只有活动所在乡镇人大办、县人大常委会办公室或登记该活动的代表可以撤销。",
                        "Only the township's office, the county office or the deputy who logged it may withdraw this activity."));
    }

    @Operation(summary = "登记履职活动 / Log a duty activity",
            description = "参加代表须在活动当日在任；视察须注明方式，评议须注明被评议部门。代表可登记本人参加的活动。带 id 重复提交只登记一次。"
                    + " / Every deputy taking part held a mandate on the day; an inspection names its mode, an evaluation the"
                    + " evaluated unit. A deputy may log an activity they took part in. Sending it again with the same id logs it once.")
    @ApiResponse(responseCode = "201", description = "已登记 / Logged")
    @ApiResponse(responseCode = "422", description = "乡镇、代表、小组或部门不存在，或代表当日不在任 / Unknown township, deputy, group or unit, or a deputy not serving that day")
    @PostMapping("/api/duty-activities")
    public ResponseEntity<ActivityView> log(@Valid @RequestBody ActivityRequests.LogActivity request,
                                            Authentication authentication) {
        Caller caller = Caller.from(authentication);
        if (!ActivityAccessPolicy.mayLog(caller, request.townshipCode(), request.deputyIds())) {
            throw ApiProblem.forbidden("只有活动所在乡镇人大办、县人大常委会办公室或参加活动的代表本人可以登记。",
                    "Only the township's office, the county office or a deputy who took part may log this activity.");
        }
        Actor actor = OnBehalfOfPolicy.resolve(caller, request.onBehalfOf(), county);
        UUID id = request.id() == null ? UUID.randomUUID() : request.id();
        var result = IdempotentCreate.run(id, activities::find, () -> commands.sendAndWait(new LogDutyActivity(id,
                request.type(), request.inspectionMode(), request.heldOn(), request.townshipCode(), request.groupId(),
                request.deputyIds(), request.place(), request.notes(),
                request.itemsCollected() == null ? 0 : request.itemsCollected(), request.evaluatedUnitCode(),
                actor.recordedBy(), actor.onBehalfOf())));
        ActivityView visible = visible(result.item(), caller);
        if (!result.created()) {
            return ResponseEntity.ok(visible);
        }
        return ResponseEntity.created(URI.create("/api/duty-activities/" + id))
                .eTag(Versions.etag(result.item().version())).body(visible);
    }

    @Operation(summary = "查询履职活动 / Read a duty activity")
    @GetMapping("/api/duty-activities/{id}")
    public ResponseEntity<ActivityView> get(@PathVariable UUID id, Authentication authentication) {
        Caller caller = Caller.from(authentication);
        requireMayRead(caller);
        ActivityView activity = steps.find(id);
        return ResponseEntity.ok().eTag(Versions.etag(activity.version())).body(visible(activity, caller));
    }

    @Operation(summary = "履职活动列表 / Duty activities",
            description = "按乡镇、类型、小组、代表和日期筛选，最近的在前，分页；已撤销的默认不列出。"
                    + " / Filtered by township, type, group, deputy and date; latest first; paged; withdrawn ones only when asked.")
    @GetMapping("/api/duty-activities")
    public Page<ActivityView> list(@RequestParam(required = false) String townshipCode,
                                   @RequestParam(required = false) ActivityType type,
                                   @RequestParam(required = false) UUID groupId,
                                   @RequestParam(required = false) UUID deputyId,
                                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                   @RequestParam(defaultValue = "false") boolean includeWithdrawn,
                                   @RequestParam(defaultValue = "0") int page,
                                   @RequestParam(defaultValue = "20") int size,
                                   Authentication authentication) {
        Caller caller = Caller.from(authentication);
        Page.checkRequest(page, size);
        requireMayRead(caller);
        var query = new ActivityQueries.ActivityQuery(townshipCode,
                townshipCode == null && deputyId == null && DeputyAccessPolicy.listLimitedToOwnTownships(caller)
                        ? caller.townships() : null,
                type, groupId, deputyId, from, to, includeWithdrawn, null);
        return new Page<>(activities.page(query, page, size).stream().map(a -> visible(a, caller)).toList(),
                page, size, activities.count(query));
    }

    @Operation(summary = "代表的履职记录 / A deputy's activity history",
            description = "该代表参加的履职活动（不含已撤销），最近的在前，分页。 / The activities the deputy took part in (withdrawn ones left out), latest first, paged.")
    @GetMapping("/api/deputies/{deputyId}/activities")
    public Page<ActivityView> history(@PathVariable UUID deputyId,
                                      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                      @RequestParam(defaultValue = "0") int page,
                                      @RequestParam(defaultValue = "20") int size,
                                      Authentication authentication) {
        Caller caller = Caller.from(authentication);
        Page.checkRequest(page, size);
        requireMayRead(caller);
        deputies.find(deputyId).orElseThrow(() -> ApiProblem.notFound("代表 deputy", deputyId.toString()));
        var query = new ActivityQueries.ActivityQuery(null, null, null, null, deputyId, from, to, false, null);
        return new Page<>(activities.page(query, page, size).stream().map(a -> visible(a, caller)).toList(),
                page, size, activities.count(query));
    }

    @Operation(summary = "撤销履职活动 / Withdraw a duty activity",
            description = "误登的活动撤销后仍保留在记录中，标为已撤销，不再计分。可带 If-Match。"
                    + " / An activity logged by mistake stays on record, marked withdrawn, and no longer counts. Accepts If-Match.")
    @ApiResponse(responseCode = "409", description = "已撤销 / Already withdrawn")
    @PostMapping("/api/duty-activities/{id}/withdraw")
    public ResponseEntity<ActivityView> withdraw(@PathVariable UUID id, @Valid @RequestBody ActivityRequests.Withdraw request,
                                                 @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                                 Authentication authentication) {
        return steps.run(id, ifMatch, authentication, null, ActivityAccessPolicy::mayWithdraw, (activity, caller, actor) ->
                new WithdrawDutyActivity(id, request.withdrawnOn(), request.reason(), actor.recordedBy(), actor.onBehalfOf()));
    }

    private static ActivityView visible(ActivityView activity, Caller caller) {
        return ActivityAccessPolicy.maySeeFreeText(caller, activity) ? activity : activity.withoutFreeText();
    }

    private static void requireMayRead(Caller caller) {
        if (!ActivityAccessPolicy.mayRead(caller)) {
            throw ApiProblem.forbidden("当前账号无权查看履职活动。", "This account may not read duty activities.");
        }
    }
}
