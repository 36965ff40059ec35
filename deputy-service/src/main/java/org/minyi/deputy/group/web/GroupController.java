package org.minyi.deputy.group.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.minyi.deputy.group.model.AddGroupMember;
import org.minyi.deputy.group.model.AssignGroupRole;
import org.minyi.deputy.group.model.AttachVenue;
import org.minyi.deputy.group.model.DeputyGroup;
import org.minyi.deputy.group.model.DetachVenue;
import org.minyi.deputy.group.model.FormDeputyGroup;
import org.minyi.deputy.group.model.GroupKind;
import org.minyi.deputy.group.model.RemoveGroupMember;
import org.minyi.deputy.group.view.GroupQueries;
import org.minyi.deputy.group.view.GroupView;
import org.minyi.deputy.model.DeputyAccessPolicy;
import org.minyi.platform.county.CountyReference;
import org.minyi.platform.eventstore.IdempotentCreate;
import org.minyi.platform.security.Caller;
import org.minyi.platform.web.ApiProblem;
import org.minyi.platform.web.CommandSteps;
import org.minyi.platform.web.Page;
import org.minyi.platform.web.Versions;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.UUID;

/** REST adapter for deputy groups and topic groups: commands go to the {@link DeputyGroup} aggregate, reads come from the group view. */
@RestController
@RequestMapping("/api/deputy-groups")
@Tag(name = "代表小组 / Deputy groups", description = "代表小组、课题组及其成员、职务和活动场所 / Deputy groups and topic groups, their members, offices and venues")
public class GroupController {

    private static final ApiProblem.Message FORBIDDEN = new ApiProblem.Message(
            "只有本乡镇人大办或县人大常委会办公室可以管理本乡镇的小组。",
            "Only the township's congress office or the county office may manage its groups.");

    private final CommandGateway commands;
    private final GroupQueries groups;
    private final CommandSteps<GroupView, GroupView> steps;

    public GroupController(CommandGateway commands, GroupQueries groups, CountyReference county) {
        this.commands = commands;
        this.groups = groups;
        this.steps = new CommandSteps<>(commands, county, groups::find, GroupView::version, (group, caller) -> group,
                "小组 group", FORBIDDEN);
    }

    @Operation(summary = "成立代表小组或课题组 / Form a deputy group or topic group",
            description = "成员须为本乡镇人大或居住在本乡镇的县人大在任代表；每位代表只能属于一个代表小组，可参加多个课题组；组长、副组长、联络员须为成员。"
                    + " / Members are serving deputies of the township's congress or serving county deputies living in it; a deputy"
                    + " is in one deputy group and any number of topic groups; the leader, deputy leader and liaison are members.")
    @ApiResponse(responseCode = "201", description = "已成立 / Formed")
    @ApiResponse(responseCode = "409", description = "代表已属于另一个代表小组 / A member is already in another deputy group")
    @ApiResponse(responseCode = "422", description = "乡镇或代表不存在，或代表不符合成员条件 / Unknown township or deputy, or a deputy who may not be a member")
    @PostMapping
    public ResponseEntity<GroupView> form(@Valid @RequestBody GroupRequests.FormGroup request, Authentication authentication) {
        Caller caller = Caller.from(authentication);
        if (!DeputyAccessPolicy.mayChange(caller, request.townshipCode())) {
            throw ApiProblem.forbidden(FORBIDDEN.zh(), FORBIDDEN.en());
        }
        UUID id = request.id() == null ? UUID.randomUUID() : request.id();
        var result = IdempotentCreate.run(id, groups::find, () -> commands.sendAndWait(new FormDeputyGroup(id,
                request.townshipCode(), request.name(), request.kind(), request.theme(), request.formedOn(),
                request.leaderId(), request.deputyLeaderId(), request.liaisonId(), request.memberIds(),
                request.venue() == null ? null : request.venue().toVenue(), caller.account(), null)));
        if (!result.created()) {
            return ResponseEntity.ok(result.item());
        }
        return ResponseEntity.created(URI.create("/api/deputy-groups/" + id))
                .eTag(Versions.etag(result.item().version())).body(result.item());
    }

    @Operation(summary = "小组列表 / Groups",
            description = "按乡镇和类型筛选，含成员、职务和场所，分页。乡镇人大办不指定乡镇时默认本乡镇。"
                    + " / Filtered by township and kind, with members, offices and venues; paged. A clerk asking"
                    + " without a township gets its own.")
    @GetMapping
    public Page<GroupView> list(@RequestParam(required = false) String townshipCode,
                                @RequestParam(required = false) GroupKind kind,
                                @RequestParam(required = false) UUID memberId,
                                @RequestParam(defaultValue = "0") int page,
                                @RequestParam(defaultValue = "20") int size,
                                Authentication authentication) {
        Caller caller = Caller.from(authentication);
        Page.checkRequest(page, size);
        if (!DeputyAccessPolicy.mayList(caller, townshipCode)) {
            throw ApiProblem.forbidden("当前账号无权查看小组。", "This account may not read groups.");
        }
        var query = new GroupQueries.GroupQuery(townshipCode,
                townshipCode == null && DeputyAccessPolicy.listLimitedToOwnTownships(caller) ? caller.townships() : null,
                kind, memberId, null);
        return new Page<>(groups.page(query, page, size), page, size, groups.count(query));
    }

    @Operation(summary = "查询小组 / Read a group")
    @GetMapping("/{id}")
    public ResponseEntity<GroupView> get(@PathVariable UUID id, Authentication authentication) {
        GroupView group = steps.find(id);
        if (!DeputyAccessPolicy.mayList(Caller.from(authentication), group.townshipCode())) {
            throw ApiProblem.forbidden("当前账号无权查看小组。", "This account may not read groups.");
        }
        return ResponseEntity.ok().eTag(Versions.etag(group.version())).body(group);
    }

    @Operation(summary = "增加成员 / Add a member", description = "可带 If-Match。 / Accepts If-Match.")
    @PostMapping("/{id}/members")
    public ResponseEntity<GroupView> addMember(@PathVariable UUID id, @Valid @RequestBody GroupRequests.AddMember request,
                                               @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                               Authentication authentication) {
        return steps.run(id, ifMatch, authentication, null, GroupController::mayChange, (group, caller, actor) ->
                new AddGroupMember(id, request.deputyId(), request.joinedOn(), actor.recordedBy(), actor.onBehalfOf()));
    }

    @Operation(summary = "移出成员 / Remove a member",
            description = "组长不能移出（先另行指定组长）；移出的副组长、联络员职务随之空缺。可带 If-Match。"
                    + " / The leader cannot leave (appoint another first); a deputy leader's or liaison's office falls vacant. Accepts If-Match.")
    @PostMapping("/{id}/members/{deputyId}/remove")
    public ResponseEntity<GroupView> removeMember(@PathVariable UUID id, @PathVariable UUID deputyId,
                                                  @Valid @RequestBody GroupRequests.RemoveMember request,
                                                  @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                                  Authentication authentication) {
        return steps.run(id, ifMatch, authentication, null, GroupController::mayChange, (group, caller, actor) ->
                new RemoveGroupMember(id, deputyId, request.leftOn(), actor.recordedBy(), actor.onBehalfOf()));
    }

    @Operation(summary = "指定组长、副组长或联络员 / Appoint the leader, deputy leader or liaison",
            description = "须为本组成员；副组长、联络员可置空（deputyId 省略）。可带 If-Match。"
                    + " / A member of the group; the deputy leader's and liaison's office may be left empty (no deputyId). Accepts If-Match.")
    @PostMapping("/{id}/roles")
    public ResponseEntity<GroupView> assignRole(@PathVariable UUID id, @Valid @RequestBody GroupRequests.AssignRole request,
                                                @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                                Authentication authentication) {
        return steps.run(id, ifMatch, authentication, null, GroupController::mayChange, (group, caller, actor) ->
                new AssignGroupRole(id, request.role(), request.deputyId(), request.on(), actor.recordedBy(),
                        actor.onBehalfOf()));
    }

    @Operation(summary = "关联活动场所 / Attach a venue",
            description = "代表工作站、工作室或代表之家。 / A work station, work room or deputies' home.")
    @PostMapping("/{id}/venues")
    public ResponseEntity<GroupView> attachVenue(@PathVariable UUID id, @Valid @RequestBody GroupRequests.VenueRequest request,
                                                 @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                                 Authentication authentication) {
        return steps.run(id, ifMatch, authentication, null, GroupController::mayChange, (group, caller, actor) ->
                new AttachVenue(id, request.toVenue(), actor.recordedBy(), actor.onBehalfOf()));
    }

    @Operation(summary = "解除活动场所 / Detach a venue")
    @DeleteMapping("/{id}/venues/{venueId}")
    public ResponseEntity<GroupView> detachVenue(@PathVariable UUID id, @PathVariable UUID venueId,
                                                 @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                                 Authentication authentication) {
        return steps.run(id, ifMatch, authentication, null, GroupController::mayChange, (group, caller, actor) ->
                new DetachVenue(id, venueId, actor.recordedBy(), actor.onBehalfOf()));
    }

    private static boolean mayChange(Caller caller, GroupView group) {
        return DeputyAccessPolicy.mayChange(caller, group.townshipCode());
    }
}
