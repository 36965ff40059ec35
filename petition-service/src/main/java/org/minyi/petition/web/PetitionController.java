package org.minyi.petition.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.minyi.petition.model.Category;
import org.minyi.petition.model.Channel;
import org.minyi.petition.model.ErasePetitionerData;
import org.minyi.petition.model.Flag;
import org.minyi.petition.model.PetitionAccessPolicy;
import org.minyi.petition.model.PetitionState;
import org.minyi.petition.view.PetitionListSort;
import org.minyi.petition.view.PetitionView;
import org.minyi.petition.view.PetitionViews;
import org.minyi.platform.county.CountyReference;
import org.minyi.platform.model.RuleViolation;
import org.minyi.platform.security.Caller;
import org.minyi.platform.security.OnBehalfOfPolicy;
import org.minyi.platform.web.ApiProblem;
import org.minyi.platform.web.CommandSteps;
import org.minyi.platform.web.ListSorts;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** REST adapter for petitions: commands go to the aggregate, reads come from the petition view. */
@RestController
@RequestMapping("/api/petitions")
@Tag(name = "信访件 / Petitions", description = "信访件的接收与查询 / Receiving and reading petitions (letters and visits)")
public class PetitionController {

    private final PetitionViews views;
    private final CountyReference county;
    private final PetitionResponses responses;
    private final PetitionIntake intake;
    private final CommandSteps<PetitionView, PetitionResponse> erasures;

    public PetitionController(CommandGateway commands, PetitionViews views, CountyReference county,
                              PetitionResponses responses, PetitionIntake intake) {
        this.views = views;
        this.county = county;
        this.responses = responses;
        this.intake = intake;
        this.erasures = new CommandSteps<>(commands, county, views::find, PetitionView::version, responses::of,
                "信访件 petition", new ApiProblem.Message("只有县人大常委会办公室或本乡镇人大办可以删除信访人个人信息。",
                "Only the county office or the township's clerk may erase petitioners' personal data."));
    }

    @Operation(summary = "接收信访件 / Receive a petition",
            description = "登记收到的信访件，状态为 RECEIVED，须在 3 日内登记。带 id 重复提交同一请求不会产生第二件：首次 201，之后 200 返回已有信访件。"
                    + "信访人与此前（repeatWindowDays 内）信访件的信访人相同（身份证号相同，或电话和姓名相同，以带密钥的散列比对）时，repeatCandidates"
                    + " 列出可关联的原信访件，仅对可查看双方信访人的角色显示。"
                    + " / Records a received petition (state RECEIVED, to be registered within 3 days). Sending the same"
                    + " create again with the same id creates nothing new: 201 the first time, then 200 with the existing petition."
                    + " When a petitioner matches one of an earlier petition within repeatWindowDays (same ID number, or same phone"
                    + " and name, compared as keyed hashes), repeatCandidates suggests the earlier petitions, shown only to roles"
                    + " that may see the petitioners of both.")
    @ApiResponse(responseCode = "201", description = "已接收 / Received")
    @ApiResponse(responseCode = "200", description = "此 id 已接收过，返回已有信访件 / Already received with this id: the existing petition")
    @PostMapping
    public ResponseEntity<PetitionResponse> receive(@Valid @RequestBody ReceivePetitionRequest request,
                                                    Authentication authentication) {
        Caller caller = Caller.from(authentication);
        if (!PetitionAccessPolicy.mayReceive(caller, request.townshipCode())) {
            throw ApiProblem.forbidden("只有本乡镇人大办或县人大常委会办公室可以登记本乡镇的信访件。",
                    "Only the township's congress office or the county office may take in this township's petitions.");
        }
        var result = intake.receive(request, OnBehalfOfPolicy.resolve(caller, request.onBehalfOf(), county));
        if (!result.created()) {
            // The same create sent again: no second petition.
            return ResponseEntity.ok(responses.readable(result.item(), caller));
        }
        return ResponseEntity.created(URI.create("/api/petitions/" + result.item().id()))
                .eTag(Versions.etag(result.item().version()))
                .body(responses.of(result.item(), caller));
    }

    @Operation(summary = "查询信访件 / Read a petition",
            description = "信访人身份按调用者的角色显示、遮蔽或不显示；ETag 为当前版本。"
                    + " / Petitioners' identities are shown, masked or left out according to the caller's role; the ETag is the current version.",
            parameters = @Parameter(name = "id", description = "信访件 id / Petition id"))
    @GetMapping("/{id}")
    public ResponseEntity<PetitionResponse> get(@PathVariable UUID id, Authentication authentication) {
        PetitionView view = views.find(id).orElseThrow(() -> ApiProblem.notFound("信访件 petition", id.toString()));
        return ResponseEntity.ok().eTag(Versions.etag(view.version()))
                .body(responses.readable(view, Caller.from(authentication)));
    }

    @Operation(summary = "信访件列表 / List petitions",
            description = "按乡镇、状态、承办单位、是否逾期（截至今天）、类别、收件日期范围（from、to，含）、渠道、到期日（dueBefore：当前待办步骤"
                    + "的期限不晚于该日，无待办期限的不列入）、标记（flag，可重复，须全部具有）、是否已有领导批示（instructed）和包案领导（owner）筛选；"
                    + "默认按收件日期从新到旧，sort 可按期限（deadline、-deadline，无待办期限的排在最后）或收件日期（receivedOn、-receivedOn）排序，"
                    + "相同时按 id；分页（page 从 0 开始，size 1–100）。范围按角色：县人大常委会办公室全部；乡镇人大办及乡镇领导本乡镇（不带 townshipCode"
                    + " 时即本乡镇）；县级领导全部；承办单位仅交办给本单位的。列表不含信访人信息。"
                    + " / Filtered by township, state, handling unit, overdue (as of today), category, receipt date range"
                    + " (from, to, inclusive), channel, dueBefore (the pending step is due on or before that date; petitions"
                    + " with nothing pending are left out), flag (repeatable: all of them), instructed (whether a leader's"
                    + " instruction was recorded) and owner (the leader who took the case); latest received first unless"
                    + " sort says deadline, -deadline (nothing pending last, both ways), receivedOn or -receivedOn; ties by id;"
                    + " paged (page from 0, size 1–100). Scope by role: the county office all; a clerk or township leader its"
                    + " townships (the default without townshipCode); a county-level leader all; a unit only what was"
                    + " assigned to it. Lists carry no petitioner data.")
    @GetMapping
    public Page<PetitionSummary> list(@RequestParam(required = false) String townshipCode,
                             @RequestParam(required = false) PetitionState state,
                             @RequestParam(required = false) String unitCode,
                             @RequestParam(required = false) Boolean overdue,
                             @RequestParam(required = false) Category category,
                             @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                             @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                             @Parameter(description = "收件渠道 / The channel it came in by")
                             @RequestParam(required = false) Channel channel,
                             @Parameter(description = "当前待办步骤的期限不晚于此日（含）；无待办期限的不列入"
                                     + " / The pending step is due on or before this date; nothing pending: left out")
                             @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueBefore,
                             @Parameter(description = "标记，可重复，须全部具有（如 IMPORTANT） / A flag; repeat it: all must be present")
                             @RequestParam(name = "flag", required = false) List<Flag> flags,
                             @Parameter(description = "是否已有领导批示（领导阅批：flag=IMPORTANT&instructed=false）"
                                     + " / Whether a leader's instruction was recorded")
                             @RequestParam(required = false) Boolean instructed,
                             @Parameter(description = "包案领导（与录入时的领导名称一致） / The leader who took the case, as the step named them")
                             @RequestParam(required = false) String owner,
                             @Parameter(description = "deadline、-deadline、receivedOn、-receivedOn；默认 -receivedOn"
                                     + " / deadline, -deadline, receivedOn or -receivedOn; default -receivedOn",
                                     schema = @Schema(allowableValues = {"deadline", "-deadline", "receivedOn", "-receivedOn"}))
                             @RequestParam(required = false) String sort,
                             @RequestParam(defaultValue = "0") int page,
                             @RequestParam(defaultValue = "20") int size,
                             Authentication authentication) {
        Caller caller = Caller.from(authentication);
        Page.checkRequest(page, size);
        if (from != null && to != null && to.isBefore(from)) {
            throw new RuleViolation("to", "结束日期不能早于开始日期", "to must not be before from");
        }
        PetitionListSort order = ListSorts.parse(sort, PetitionListSort.values(), PetitionListSort::parameter, PetitionListSort.DEFAULT);
        PetitionAccessPolicy.ListScope scope = PetitionAccessPolicy.listScope(caller).orElseThrow(() ->
                ApiProblem.forbidden("当前账号无权查看信访件。", "This account may not read petitions."));
        if (townshipCode != null && scope.townships() != null && !scope.townships().contains(townshipCode)) {
            throw ApiProblem.forbidden("当前账号无权查看该乡镇的信访件。", "This account may not read this township's petitions.");
        }
        if (unitCode != null && scope.unitCode() != null && !scope.unitCode().equals(unitCode)) {
            throw ApiProblem.forbidden("承办单位只能查看交办给本单位的信访件。", "A unit reads only the petitions assigned to it.");
        }
        var query = new PetitionViews.ListQuery(townshipCode, townshipCode == null ? scope.townships() : null,
                state, scope.unitCode() != null ? scope.unitCode() : unitCode, overdue, category, from, to,
                responses.today(), channel, dueBefore, flags == null ? null : flags.stream().filter(Objects::nonNull).toList(),
                instructed, owner == null || owner.isBlank() ? null : owner.strip());
        List<PetitionSummary> items = views.page(query, order, page, size).stream().map(responses::summary).toList();
        return new Page<>(items, page, size, views.count(query));
    }

    @Operation(summary = "删除信访人个人信息 / Erase petitioners' personal data",
            description = "销毁信访人的个人密钥：此后姓名、身份证号、电话、住址对任何人都显示为已删除（erased: true），信访件及其办理记录保留。"
                    + "personIds 为空时删除本件全部信访人。县人大常委会办公室或本乡镇人大办可操作；重复删除不产生变化。可带 If-Match。"
                    + " / Destroys the petitioners' own keys: from then on their name, ID number, phone and address read as erased"
                    + " (erased: true) for everyone; the petition and its history stay. Without personIds every petitioner of the"
                    + " petition is erased. For the county office or the township's clerk; erasing again changes nothing. Accepts If-Match.",
            parameters = @Parameter(name = "id", description = "信访件 id / Petition id"))
    @ApiResponse(responseCode = "200", description = "已删除；返回信访件 / Erased: the petition")
    @ApiResponse(responseCode = "412", description = "版本已变化 / The petition has changed since that version",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "#/components/schemas/Problem")))
    @PostMapping("/{id}/erasure")
    public ResponseEntity<PetitionResponse> erase(@PathVariable UUID id,
                                                  @Valid @RequestBody(required = false) ErasureRequest request,
                                                  @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                                  Authentication authentication) {
        return erasures.run(id, ifMatch, authentication, null, PetitionAccessPolicy::mayErase, (view, caller, actor) ->
                new ErasePetitionerData(id, request == null ? null : request.personIds(), actor.recordedBy(), null));
    }

    /** Body of the erasure: the persons to erase, or none for all of the petition's petitioners. */
    public record ErasureRequest(@Size(max = 1000) List<@NotNull UUID> personIds) {
    }
}
