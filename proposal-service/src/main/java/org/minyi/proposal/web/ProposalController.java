package org.minyi.proposal.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.minyi.platform.county.CountyReference;
import org.minyi.platform.eventstore.IdempotentCreate;
import org.minyi.platform.model.BusinessCalendar;
import org.minyi.platform.model.RuleViolation;
import org.minyi.platform.security.Actor;
import org.minyi.platform.security.Caller;
import org.minyi.platform.security.OnBehalfOfPolicy;
import org.minyi.platform.web.ApiProblem;
import org.minyi.platform.web.CommandSteps;
import org.minyi.platform.web.ListSorts;
import org.minyi.platform.web.Versions;
import org.minyi.proposal.model.AssignProposal;
import org.minyi.proposal.model.CloseProposal;
import org.minyi.proposal.model.ConvertToSuggestion;
import org.minyi.proposal.model.DeferProposal;
import org.minyi.proposal.model.EscalateProposal;
import org.minyi.proposal.model.EvaluateReply;
import org.minyi.proposal.model.ProposalAccessPolicy;
import org.minyi.proposal.model.ProposalCategory;
import org.minyi.proposal.model.ProposalKind;
import org.minyi.proposal.model.ProposalState;
import org.minyi.proposal.model.RecordConsultation;
import org.minyi.proposal.model.RecordImplementation;
import org.minyi.proposal.model.RecordSupervision;
import org.minyi.proposal.model.RegisterProposal;
import org.minyi.proposal.model.RejectProposal;
import org.minyi.proposal.model.ReplyToProposal;
import org.minyi.proposal.model.SubmitProposal;
import org.minyi.proposal.model.WaiveConsultation;
import org.minyi.proposal.view.ProposalListSort;
import org.minyi.proposal.view.ProposalQueries;
import org.minyi.proposal.view.ProposalView;
import org.springframework.format.annotation.DateTimeFormat;
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
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** REST adapter for proposals: commands go to the aggregate, reads come from the proposal view. */
@RestController
@RequestMapping("/api/proposals")
@Tag(name = "代表议案和建议 / Proposals",
        description = "代表议案、建议从提交、交办、面商、答复、测评到办结 / Deputies' motions and suggestions from submission through"
                + " assignment, consultation, reply and evaluation to closing")
public class ProposalController {

    private static final String IF_MATCH = "可带 If-Match: <version>，版本已变化时返回 412。 / Accepts If-Match: <version>; 412 when the item has moved on.";

    private final CommandGateway commands;
    private final ProposalQueries views;
    private final ProposalPresenter presenter;
    private final CountyReference county;
    private final BusinessCalendar calendar;
    private final CommandSteps<ProposalView, ProposalResponse> steps;

    public ProposalController(CommandGateway commands, ProposalQueries views, ProposalPresenter presenter,
                              CountyReference county, BusinessCalendar calendar) {
        this.commands = commands;
        this.views = views;
        this.presenter = presenter;
        this.county = county;
        this.calendar = calendar;
        this.steps = new CommandSteps<>(commands, county, views::find, ProposalView::version,
                (view, caller) -> presenter.present(view), "议案或建议 proposal",
                new ApiProblem.Message("当前账号无权对此件执行此操作。", "This account may not take this step on this proposal."));
    }

    @Operation(summary = "提交议案或建议 / Submit a motion or suggestion",
            description = "由领衔代表提交（代表账号只能以本人为领衔代表），或由人大办代为录入。议案须乡镇人大5名、县人大10名以上代表联名（含领衔代表）；"
                    + "每位署名代表须在该人大在任，否则 422 并指明字段。带 id 重复提交不会产生第二件：首次 201，之后 200。"
                    + " / Submitted by the lead deputy (a deputy's account only as the lead deputy) or typed in by the congress office."
                    + " A motion needs at least 5 signers in a township congress, 10 in the county congress, the lead deputy"
                    + " included; every signer must serve in that congress, else 422 naming the field. Sending the same create"
                    + " again with the same id creates nothing new: 201 the first time, then 200.")
    @ApiResponse(responseCode = "201", description = "已提交 / Submitted")
    @ApiResponse(responseCode = "200", description = "此 id 已提交过 / Already submitted with this id")
    @ApiResponse(responseCode = "422", description = "人大或代表不存在或不在任 / Unknown congress, or a signer not serving in it")
    @PostMapping
    public ResponseEntity<ProposalResponse> submit(@Valid @RequestBody ProposalRequests.Submit request,
                                                   Authentication authentication) {
        Caller caller = Caller.from(authentication);
        if (!ProposalAccessPolicy.maySubmit(caller, request.congressCode(), request.leadDeputyId())) {
            throw ApiProblem.forbidden("只有领衔代表本人或该人大的人大办可以提交。",
                    "Only the lead deputy themself or the office of that congress may submit.");
        }
        UUID id = request.id() == null ? UUID.randomUUID() : request.id();
        // The same create sent again: no second proposal, and nothing checked against today's roster.
        var result = IdempotentCreate.run(id, views::find, () -> {
            Actor actor = OnBehalfOfPolicy.resolve(caller, request.onBehalfOf(), county);
            commands.sendAndWait(new SubmitProposal(id, request.kind(), request.congressCode(), request.sessionId(),
                    request.submittedOn(), request.leadDeputyId(), request.coSignerIds() == null ? List.of() : request.coSignerIds(),
                    request.title(), request.content(), request.category(), actor.recordedBy(), actor.onBehalfOf()));
        });
        if (!result.created()) {
            return ResponseEntity.ok().eTag(Versions.etag(result.item().version())).body(readable(result.item(), caller));
        }
        return ResponseEntity.created(URI.create("/api/proposals/" + id)).eTag(Versions.etag(result.item().version()))
                .body(presenter.present(result.item()));
    }

    @Operation(summary = "查询一件议案或建议 / Read a proposal",
            description = "含状态、轮次、下一步、答复期限、是否逾期（以今天计）和全部办理记录；ETag 为当前版本。"
                    + " / With state, round, next step, reply deadline, overdue (as of today) and the whole timeline; the ETag is the current version.",
            parameters = @Parameter(name = "id", description = "议案或建议 id / Proposal id"))
    @GetMapping("/{id}")
    public ResponseEntity<ProposalResponse> get(@PathVariable UUID id, Authentication authentication) {
        ProposalView view = steps.find(id);
        return ResponseEntity.ok().eTag(Versions.etag(view.version())).body(readable(view, Caller.from(authentication)));
    }

    @Operation(summary = "议案和建议列表 / List proposals",
            description = "按人大、状态、承办单位、代表、会议、类别、种类（kind）、是否逾期、到期日（dueBefore：待答复且答复期限不晚于该日，"
                    + "无待答复期限的不列入）筛选；默认按提出日期从新到旧，sort 可按答复期限（deadline、-deadline，无待答复期限的排在最后）或提出日期"
                    + "（submittedOn、-submittedOn）排序，相同时按 id；分页（page 从 0 开始，size 1–100）。人大办和领导按乡镇，代表只见本人署名的，承办单位只见交办给本单位的。"
                    + " / Filtered by congress, state, unit, deputy, session, category, kind, overdue and dueBefore (a reply"
                    + " pending and due on or before that date; items with no reply pending are left out); newest first unless"
                    + " sort says deadline, -deadline (by the pending reply's deadline, items with none last both ways),"
                    + " submittedOn or -submittedOn; ties by id; paged (page from 0, size 1–100)."
                    + " Offices and leaders see their townships, a deputy the proposals they signed, a unit those assigned to it.")
    @GetMapping
    public ProposalResponse.Page list(@RequestParam(required = false) String congressCode,
                                      @RequestParam(required = false) ProposalState state,
                                      @RequestParam(required = false) String unitCode,
                                      @RequestParam(required = false) UUID deputyId,
                                      @RequestParam(required = false) String sessionId,
                                      @RequestParam(required = false) ProposalCategory category,
                                      @RequestParam(required = false) Boolean overdue,
                                      @Parameter(description = "议案 MOTION 或建议 SUGGESTION（当前种类） / MOTION or SUGGESTION (as it is now)")
                                      @RequestParam(required = false) ProposalKind kind,
                                      @Parameter(description = "待答复且答复期限不晚于此日（含） / A reply pending, due on or before this date")
                                      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueBefore,
                                      @Parameter(description = "deadline、-deadline、submittedOn、-submittedOn；默认 -submittedOn"
                                              + " / deadline, -deadline, submittedOn or -submittedOn; default -submittedOn",
                                              schema = @Schema(allowableValues = {"deadline", "-deadline", "submittedOn", "-submittedOn"}))
                                      @RequestParam(required = false) String sort,
                                      @RequestParam(defaultValue = "0") int page,
                                      @RequestParam(defaultValue = "20") int size,
                                      Authentication authentication) {
        Caller caller = Caller.from(authentication);
        if (page < 0) {
            throw new RuleViolation("page", "页码从 0 开始", "page starts at 0");
        }
        if (size < 1 || size > 100) {
            throw new RuleViolation("size", "每页条数为 1 到 100", "size is 1 to 100");
        }
        ProposalListSort order = ListSorts.parse(sort, ProposalListSort.values(), ProposalListSort::parameter, ProposalListSort.DEFAULT);
        if (!ProposalAccessPolicy.mayList(caller)) {
            throw ApiProblem.forbidden("当前账号无权查看议案和建议。", "This account may not read proposals.");
        }
        var query = new ProposalQueries.ListQuery(congressCode, state, unitCode, deputyId, sessionId, category,
                overdue, calendar.today(), ProposalAccessPolicy.listTownships(caller),
                caller.is(org.minyi.platform.security.Role.DEPUTY) ? deputyScope(caller) : null,
                caller.is(org.minyi.platform.security.Role.HANDLING_UNIT) ? unitScope(caller) : null, kind, dueBefore);
        List<ProposalResponse> items = views.page(query, order, page, size).stream().map(presenter::present).toList();
        return new ProposalResponse.Page(items, page, size, views.count(query));
    }

    // --- steps

    @Operation(summary = "立案 / Register", description = "人大办登记受理。 / The congress office registers the proposal. " + IF_MATCH)
    @PostMapping("/{id}/register")
    public ResponseEntity<ProposalResponse> register(@PathVariable UUID id, @Valid @RequestBody ProposalRequests.Register r,
                                                     @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                                     Authentication auth) {
        return steps.run(id, ifMatch, auth, r.onBehalfOf(), ProposalAccessPolicy::mayManage,
                (p, caller, a) -> new RegisterProposal(id, r.registeredOn(), a.recordedBy(), a.onBehalfOf()));
    }

    @Operation(summary = "不予立案 / Reject", description = "人大办不予立案并说明理由。 / The office does not accept it, with the reason. " + IF_MATCH)
    @PostMapping("/{id}/reject")
    public ResponseEntity<ProposalResponse> reject(@PathVariable UUID id, @Valid @RequestBody ProposalRequests.Reject r,
                                                   @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                                   Authentication auth) {
        return steps.run(id, ifMatch, auth, r.onBehalfOf(), ProposalAccessPolicy::mayManage,
                (p, caller, a) -> new RejectProposal(id, r.rejectedOn(), r.reason(), a.recordedBy(), a.onBehalfOf()));
    }

    @Operation(summary = "议案转为建议 / Convert a motion to a suggestion",
            description = "交办前，人大办（主席团）将议案转为建议处理。 / Before assignment the office (presidium) handles a motion as a suggestion. " + IF_MATCH)
    @PostMapping("/{id}/convert")
    public ResponseEntity<ProposalResponse> convert(@PathVariable UUID id, @Valid @RequestBody ProposalRequests.Convert r,
                                                    @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                                    Authentication auth) {
        return steps.run(id, ifMatch, auth, r.onBehalfOf(), ProposalAccessPolicy::mayManage,
                (p, caller, a) -> new ConvertToSuggestion(id, r.convertedOn(), r.reason(), a.recordedBy(), a.onBehalfOf()));
    }

    @Operation(summary = "交办 / Assign",
            description = "主办单位、协办单位、分管领导、具体承办人（三落实）和是否复杂件；答复期限为交办日起3个月（复杂件6个月）。单位须在本县参考数据中，否则 422。"
                    + " / Lead unit, co-units, responsible leader, handler (the three in place) and the complex flag; the reply is due"
                    + " 3 calendar months after assignment (6 when complex). Units must be in the county's reference data, else 422. " + IF_MATCH)
    @PostMapping("/{id}/assign")
    public ResponseEntity<ProposalResponse> assign(@PathVariable UUID id, @Valid @RequestBody ProposalRequests.Assign r,
                                                   @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                                   Authentication auth) {
        return steps.run(id, ifMatch, auth, r.onBehalfOf(), ProposalAccessPolicy::mayManage, (p, caller, a) ->
                new AssignProposal(id, r.assignedOn(), r.leadUnitCode(), r.coUnitCodes() == null ? List.of() : r.coUnitCodes(),
                        r.responsibleLeader(), r.handler(), Boolean.TRUE.equals(r.complex()), a.recordedBy(), a.onBehalfOf()));
    }

    @Operation(summary = "记录面商 / Record a consultation",
            description = "主办单位记录与代表的面商（面对面、电话、实地）。每轮答复前须有面商或放弃面商的记录。"
                    + " / The lead unit records a consultation with the deputy (face to face, phone, site visit). Each round needs a"
                    + " consultation or a waiver before its reply. " + IF_MATCH)
    @PostMapping("/{id}/consultations")
    public ResponseEntity<ProposalResponse> consult(@PathVariable UUID id, @Valid @RequestBody ProposalRequests.Consultation r,
                                                    @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                                    Authentication auth) {
        return steps.run(id, ifMatch, auth, r.onBehalfOf(), ProposalAccessPolicy::mayHandle,
                (p, caller, a) -> new RecordConsultation(id, r.heldOn(), r.form(), r.attendees(), a.recordedBy(), a.onBehalfOf()));
    }

    @Operation(summary = "代表放弃面商 / The deputy waives the consultation",
            description = "记录本轮代表放弃面商（计入面商率的未面商）。 / Records the deputy's waiver for this round (counts as not consulted). " + IF_MATCH)
    @PostMapping("/{id}/consultation-waiver")
    public ResponseEntity<ProposalResponse> waive(@PathVariable UUID id, @Valid @RequestBody ProposalRequests.Waiver r,
                                                  @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                                  Authentication auth) {
        return steps.run(id, ifMatch, auth, r.onBehalfOf(), ProposalAccessPolicy::mayWaive,
                (p, caller, a) -> new WaiveConsultation(id, r.waivedOn(), r.note(), a.recordedBy(), a.onBehalfOf()));
    }

    @Operation(summary = "答复 / Reply",
            description = "主办单位答复：A 已解决或采纳，B 正在解决或列入计划（须填计划完成日期），C 因条件限制暂不能解决（正文说明理由）。本轮未面商也未放弃面商时 409。"
                    + " / The lead unit replies: A solved or adopted, B being solved or planned (planned completion date required),"
                    + " C cannot be solved now (the text explains). 409 when this round has neither a consultation nor a waiver. " + IF_MATCH)
    @PostMapping("/{id}/replies")
    public ResponseEntity<ProposalResponse> reply(@PathVariable UUID id, @Valid @RequestBody ProposalRequests.Reply r,
                                                  @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                                  Authentication auth) {
        return steps.run(id, ifMatch, auth, r.onBehalfOf(), ProposalAccessPolicy::mayHandle,
                (p, caller, a) -> new ReplyToProposal(id, r.repliedOn(), r.replyClass(), r.text(), r.plannedCompletionOn(),
                        a.recordedBy(), a.onBehalfOf()));
    }

    @Operation(summary = "满意度测评 / Evaluate the reply",
            description = "领衔代表测评：满意、基本满意即办结；不满意则重新办理（轮次加一），达到最多轮次后不再开启新一轮，由主席团办结。"
                    + " / The lead deputy evaluates: satisfied or basically satisfied closes the item; unsatisfied starts re-handling"
                    + " (round + 1) until the maximum rounds are used, after which the presidium closes it. " + IF_MATCH)
    @PostMapping("/{id}/evaluations")
    public ResponseEntity<ProposalResponse> evaluate(@PathVariable UUID id, @Valid @RequestBody ProposalRequests.Evaluation r,
                                                     @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                                     Authentication auth) {
        return steps.run(id, ifMatch, auth, r.onBehalfOf(), ProposalAccessPolicy::mayEvaluate,
                (p, caller, a) -> new EvaluateReply(id, r.evaluatedOn(), r.result(), r.comment(), a.recordedBy(), a.onBehalfOf()));
    }

    @Operation(summary = "记录落实情况 / Record implementation",
            description = "人大办记录B类答复是否落实，办结后也可记录。 / The office records whether a class-B reply was implemented, also after closing. " + IF_MATCH)
    @PostMapping("/{id}/implementation")
    public ResponseEntity<ProposalResponse> implementation(@PathVariable UUID id,
                                                           @Valid @RequestBody ProposalRequests.Implementation r,
                                                           @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                                           Authentication auth) {
        return steps.run(id, ifMatch, auth, r.onBehalfOf(), ProposalAccessPolicy::mayManage,
                (p, caller, a) -> new RecordImplementation(id, r.recordedOn(), r.implemented(), a.recordedBy(), a.onBehalfOf()));
    }

    @Operation(summary = "主席团办结 / Close by the presidium",
            description = "达到最多办理轮次仍不满意的，由主席团附说明办结。 / After the last allowed round is still unsatisfied, the presidium closes it with a note. " + IF_MATCH)
    @PostMapping("/{id}/close")
    public ResponseEntity<ProposalResponse> close(@PathVariable UUID id, @Valid @RequestBody ProposalRequests.Close r,
                                                  @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                                  Authentication auth) {
        return steps.run(id, ifMatch, auth, r.onBehalfOf(), ProposalAccessPolicy::mayManage,
                (p, caller, a) -> new CloseProposal(id, r.closedOn(), r.note(), a.recordedBy(), a.onBehalfOf()));
    }

    @Operation(summary = "督办记录 / Record supervision",
            description = "进展报告、实地督查、公开（半年公示）。 / Progress report, site visit, public disclosure (semi-annual). " + IF_MATCH)
    @PostMapping("/{id}/supervision")
    public ResponseEntity<ProposalResponse> supervise(@PathVariable UUID id, @Valid @RequestBody ProposalRequests.Supervision r,
                                                      @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                                      Authentication auth) {
        return steps.run(id, ifMatch, auth, r.onBehalfOf(), ProposalAccessPolicy::mayManage,
                (p, caller, a) -> new RecordSupervision(id, r.on(), r.type(), r.note(), a.recordedBy(), a.onBehalfOf()));
    }

    @Operation(summary = "延办 / Defer",
            description = "答复前记录延办：最迟办结日期和措施（不改变答复期限）。 / While the reply is pending: the latest date and the"
                    + " measures (the reply deadline is unchanged). " + IF_MATCH)
    @PostMapping("/{id}/deferral")
    public ResponseEntity<ProposalResponse> defer(@PathVariable UUID id, @Valid @RequestBody ProposalRequests.Deferral r,
                                                  @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                                  Authentication auth) {
        return steps.run(id, ifMatch, auth, r.onBehalfOf(), ProposalAccessPolicy::mayManage,
                (p, caller, a) -> new DeferProposal(id, r.deferredOn(), r.latestOn(), r.measures(), a.recordedBy(), a.onBehalfOf()));
    }

    @Operation(summary = "向上级反映 / Escalate upward",
            description = "超出本级职权的事项向上级（县、市、省、全国）反映；办理继续。 / An item beyond this level's power is passed upward"
                    + " (county, city, province, national); handling goes on. " + IF_MATCH)
    @PostMapping("/{id}/escalation")
    public ResponseEntity<ProposalResponse> escalate(@PathVariable UUID id, @Valid @RequestBody ProposalRequests.Escalation r,
                                                     @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                                     Authentication auth) {
        return steps.run(id, ifMatch, auth, r.onBehalfOf(), ProposalAccessPolicy::mayManage,
                (p, caller, a) -> new EscalateProposal(id, r.escalatedOn(), r.toLevel(), r.note(), a.recordedBy(), a.onBehalfOf()));
    }

    // --- helpers

    private ProposalResponse readable(ProposalView view, Caller caller) {
        if (!ProposalAccessPolicy.mayRead(caller, view)) {
            throw ApiProblem.forbidden("当前账号无权查看此件。", "This account may not read this proposal.");
        }
        return presenter.present(view);
    }

    private static UUID deputyScope(Caller caller) {
        try {
            return UUID.fromString(caller.deputyId());
        } catch (RuntimeException e) {
            // A deputy token without a usable deputy id sees nothing.
            return new UUID(0, 0);
        }
    }

    private static String unitScope(Caller caller) {
        return caller.unitCode() == null ? "" : caller.unitCode();
    }
}
