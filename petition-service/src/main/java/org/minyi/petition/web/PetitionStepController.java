package org.minyi.petition.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.minyi.petition.model.AnswerPetitioner;
import org.minyi.petition.model.ArchivePetition;
import org.minyi.petition.model.AssignPetition;
import org.minyi.petition.model.CompletePetition;
import org.minyi.petition.model.ExtendPetitionDeadline;
import org.minyi.petition.model.HoldAppointment;
import org.minyi.petition.model.InstructPetition;
import org.minyi.petition.model.NotAcceptPetition;
import org.minyi.petition.model.PetitionAccessPolicy;
import org.minyi.petition.model.PetitionAction;
import org.minyi.petition.model.RecordReturnVisit;
import org.minyi.petition.model.RegisterPetition;
import org.minyi.petition.model.RequestReview;
import org.minyi.petition.model.SupervisePetition;
import org.minyi.petition.model.TakeCaseOwnership;
import org.minyi.petition.model.TransferPetition;
import org.minyi.petition.view.PetitionView;
import org.minyi.petition.view.PetitionViews;
import org.minyi.petition.web.PetitionStepRequests.AnswerRequest;
import org.minyi.petition.web.PetitionStepRequests.AppointmentRequest;
import org.minyi.petition.web.PetitionStepRequests.ArchiveRequest;
import org.minyi.petition.web.PetitionStepRequests.AssignRequest;
import org.minyi.petition.web.PetitionStepRequests.CompleteRequest;
import org.minyi.petition.web.PetitionStepRequests.ExtensionRequest;
import org.minyi.petition.web.PetitionStepRequests.InstructionRequest;
import org.minyi.petition.web.PetitionStepRequests.NotAcceptRequest;
import org.minyi.petition.web.PetitionStepRequests.OwnershipRequest;
import org.minyi.petition.web.PetitionStepRequests.RegisterRequest;
import org.minyi.petition.web.PetitionStepRequests.ReturnVisitRequest;
import org.minyi.petition.web.PetitionStepRequests.ReviewRequestRequest;
import org.minyi.petition.web.PetitionStepRequests.SupervisionRequest;
import org.minyi.petition.web.PetitionStepRequests.TransferRequest;
import org.minyi.platform.county.CountyReference;
import org.minyi.platform.security.Caller;
import org.minyi.platform.security.Role;
import org.minyi.platform.web.ApiProblem;
import org.minyi.platform.web.CommandSteps;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/**
 * REST adapter for the steps of a petition's lifecycle (described in the OpenAPI document, {@code /v3/api-docs}),
 * each through platform's {@link CommandSteps}: 404 when the petition is unknown, 403 when the caller may not
 * record it ({@link PetitionAccessPolicy}), 412 when {@code If-Match} names an older version, then the command;
 * the petition refuses it with 409 {@code illegal-step} when its state does not allow it, 400 naming the field
 * for a bad date or value, 422 for an unknown unit, village or original. The answer is the petition as the
 * caller may see it, with its new version as ETag.
 */
@RestController
@RequestMapping("/api/petitions/{id}")
@ApiResponse(responseCode = "200", description = "已记录；返回信访件，ETag 为新版本 / Recorded: the petition, its new version as ETag")
@ApiResponse(responseCode = "409", description = "当前状态不允许此步骤（currentState、allowedActions） / The state does not allow the step (currentState, allowedActions)",
        content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "#/components/schemas/Problem")))
@ApiResponse(responseCode = "412", description = "If-Match 的版本已过时（currentVersion） / If-Match names an older version (currentVersion)",
        content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "#/components/schemas/Problem")))
@Tag(name = "信访件办理 / Petition steps", description = "登记、交办、转办、不予受理、领导阅批包案约访、督办、延期、办结、答复、回访、复查、归档"
        + " / Registering, assigning, transferring, not accepting, leaders' steps, supervision, extension,"
        + " completion, answer, return visit, review request, archive")
public class PetitionStepController {

    private static final String ID = "信访件 id / Petition id";
    private static final String IF_MATCH = "可选：当前版本，已变化时 412 / Optional: the version the step was meant for; 412 when the petition has moved on";

    private final PetitionViews views;
    private final CommandSteps<PetitionView, PetitionResponse> steps;

    public PetitionStepController(CommandGateway commands, PetitionViews views, PetitionResponses responses,
                                  CountyReference county) {
        this.views = views;
        this.steps = new CommandSteps<>(commands, county, views::find, PetitionView::version, responses::of,
                "信访件 petition", new ApiProblem.Message("当前账号无权对此信访件录入这一步骤。",
                "This account may not record this step on this petition."));
    }

    @Operation(summary = "登记 / Register",
            description = "类别、村（社区）、标记（REPEAT 须有 repeatOf；有被检举单位时自动加 COMPLAINT_AGAINST_UNIT）；须在收到后 3 日内。"
                    + " / Category, village, flags (REPEAT needs repeatOf; COMPLAINT_AGAINST_UNIT is added when a unit is accused);"
                    + " due within 3 days of receipt.")
    @PostMapping("/register")
    public ResponseEntity<PetitionResponse> register(@Parameter(description = ID) @PathVariable UUID id,
                                                     @Valid @RequestBody RegisterRequest r,
                                                     @Parameter(description = IF_MATCH) @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                                     Authentication authentication) {
        return steps.run(id, ifMatch, authentication, r.onBehalfOf(), may(PetitionAction.REGISTER), (view, caller, actor) ->
                new RegisterPetition(id, r.registeredOn(), r.category(), r.villageCode(),
                        r.flags() == null ? Set.of() : Set.copyOf(r.flags()), r.repeatOf(),
                        originalReceivedOn(r.repeatOf(), caller), actor.recordedBy(), actor.onBehalfOf()));
    }

    @Operation(summary = "领导阅批 / Leader's instruction",
            description = "领导本人或办公室代录。 / Recorded by the leader, or typed in by the office.")
    @PostMapping("/instructions")
    public ResponseEntity<PetitionResponse> instruct(@Parameter(description = ID) @PathVariable UUID id,
                                                     @Valid @RequestBody InstructionRequest r,
                                                     @Parameter(description = IF_MATCH) @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                                     Authentication authentication) {
        return steps.run(id, ifMatch, authentication, r.onBehalfOf(), may(PetitionAction.INSTRUCT), (view, caller, actor) ->
                new InstructPetition(id, r.on(), leader(r.leader(), caller), r.text(), actor.recordedBy(), actor.onBehalfOf()));
    }

    @Operation(summary = "领导包案 / A leader takes ownership of the case",
            description = "body: on, leader（领导本人录入时可省略 / may be left out when a leader records it）, note?")
    @PostMapping("/ownership")
    public ResponseEntity<PetitionResponse> takeOwnership(@Parameter(description = ID) @PathVariable UUID id,
                                                          @Valid @RequestBody OwnershipRequest r,
                                                          @Parameter(description = IF_MATCH) @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                                          Authentication authentication) {
        return steps.run(id, ifMatch, authentication, r.onBehalfOf(), may(PetitionAction.TAKE_OWNERSHIP), (view, caller, actor) ->
                new TakeCaseOwnership(id, r.on(), leader(r.leader(), caller), r.note(), actor.recordedBy(), actor.onBehalfOf()));
    }

    @Operation(summary = "领导约访 / A leader met the petitioner by appointment",
            description = "body: on（约见日期 / date of the meeting）, leader, note?")
    @PostMapping("/appointments")
    public ResponseEntity<PetitionResponse> holdAppointment(@Parameter(description = ID) @PathVariable UUID id,
                                                            @Valid @RequestBody AppointmentRequest r,
                                                            @Parameter(description = IF_MATCH) @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                                            Authentication authentication) {
        return steps.run(id, ifMatch, authentication, r.onBehalfOf(), may(PetitionAction.HOLD_APPOINTMENT), (view, caller, actor) ->
                new HoldAppointment(id, r.on(), leader(r.leader(), caller), r.note(), actor.recordedBy(), actor.onBehalfOf()));
    }

    @Operation(summary = "交办 / Assign to a handling unit",
            description = "本乡镇或县级的承办单位，不得为被检举单位；办理期限为交办后 60 日。"
                    + " / A unit of the township or of the county, never the accused unit; completion due 60 days after.")
    @PostMapping("/assign")
    public ResponseEntity<PetitionResponse> assign(@Parameter(description = ID) @PathVariable UUID id,
                                                   @Valid @RequestBody AssignRequest r,
                                                   @Parameter(description = IF_MATCH) @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                                   Authentication authentication) {
        return steps.run(id, ifMatch, authentication, r.onBehalfOf(), may(PetitionAction.ASSIGN), (view, caller, actor) ->
                new AssignPetition(id, r.assignedOn(), r.unitCode().strip(), actor.recordedBy(), actor.onBehalfOf()));
    }

    @Operation(summary = "转办 / Transfer to the competent body")
    @PostMapping("/transfer")
    public ResponseEntity<PetitionResponse> transfer(@Parameter(description = ID) @PathVariable UUID id,
                                                     @Valid @RequestBody TransferRequest r,
                                                     @Parameter(description = IF_MATCH) @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                                     Authentication authentication) {
        return steps.run(id, ifMatch, authentication, r.onBehalfOf(), may(PetitionAction.TRANSFER), (view, caller, actor) ->
                new TransferPetition(id, r.transferredOn(), r.body(), actor.recordedBy(), actor.onBehalfOf()));
    }

    @Operation(summary = "不予受理 / Not accepted", description = "须在 15 日内告知信访人。 / The petitioner is told within 15 days.")
    @PostMapping("/not-accept")
    public ResponseEntity<PetitionResponse> notAccept(@Parameter(description = ID) @PathVariable UUID id,
                                                      @Valid @RequestBody NotAcceptRequest r,
                                                      @Parameter(description = IF_MATCH) @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                                      Authentication authentication) {
        return steps.run(id, ifMatch, authentication, r.onBehalfOf(), may(PetitionAction.NOT_ACCEPT), (view, caller, actor) ->
                new NotAcceptPetition(id, r.decidedOn(), r.reason(), actor.recordedBy(), actor.onBehalfOf()));
    }

    @Operation(summary = "督办 / Supervision (urge or escalate)",
            description = "记录所督办的待办步骤及其期限。 / Records the pending step it presses and that step's deadline.")
    @PostMapping("/supervision")
    public ResponseEntity<PetitionResponse> supervise(@Parameter(description = ID) @PathVariable UUID id,
                                                      @Valid @RequestBody SupervisionRequest r,
                                                      @Parameter(description = IF_MATCH) @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                                      Authentication authentication) {
        return steps.run(id, ifMatch, authentication, r.onBehalfOf(), may(PetitionAction.SUPERVISE), (view, caller, actor) ->
                new SupervisePetition(id, r.on(), r.type(), r.note(), actor.recordedBy(), actor.onBehalfOf()));
    }

    @Operation(summary = "延期 / Extend the completion deadline",
            description = "仅一次，至多 30 日（部署配置），须说明理由，须在办理期限届满前。第二次延期 409。"
                    + " / Once, at most 30 days (deployment file), with a reason, by the completion deadline. A second one is 409.")
    @PostMapping("/extension")
    public ResponseEntity<PetitionResponse> extend(@Parameter(description = ID) @PathVariable UUID id,
                                                   @Valid @RequestBody ExtensionRequest r,
                                                   @Parameter(description = IF_MATCH) @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                                   Authentication authentication) {
        return steps.run(id, ifMatch, authentication, r.onBehalfOf(), may(PetitionAction.EXTEND), (view, caller, actor) ->
                new ExtendPetitionDeadline(id, r.on(), r.days(), r.reason(), actor.recordedBy(), actor.onBehalfOf()));
    }

    @Operation(summary = "办结 / Report completion",
            description = "承办单位自行录入，或办公室代其录入（onBehalfOf: unit:<承办单位>）。"
                    + " / By the assigned unit, or typed in by the office on its behalf (onBehalfOf: unit:<the assigned unit>).")
    @PostMapping("/complete")
    public ResponseEntity<PetitionResponse> complete(@Parameter(description = ID) @PathVariable UUID id,
                                                     @Valid @RequestBody CompleteRequest r,
                                                     @Parameter(description = IF_MATCH) @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                                     Authentication authentication) {
        return steps.run(id, ifMatch, authentication, r.onBehalfOf(), may(PetitionAction.COMPLETE), (view, caller, actor) ->
                new CompletePetition(id, r.completedOn(), r.result(), actor.recordedBy(), actor.onBehalfOf()));
    }

    @Operation(summary = "答复信访人 / Answer the petitioner",
            description = "办结或不予受理后 15 日内。 / Within 15 days of completion or of the not-accept decision.")
    @PostMapping("/answer")
    public ResponseEntity<PetitionResponse> answer(@Parameter(description = ID) @PathVariable UUID id,
                                                   @Valid @RequestBody AnswerRequest r,
                                                   @Parameter(description = IF_MATCH) @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                                   Authentication authentication) {
        return steps.run(id, ifMatch, authentication, r.onBehalfOf(), may(PetitionAction.ANSWER), (view, caller, actor) ->
                new AnswerPetitioner(id, r.answeredOn(), r.channel(), r.text(), actor.recordedBy(), actor.onBehalfOf()));
    }

    @Operation(summary = "回访 / Return visit", description = "答复后 30 日内。 / Within 30 days of the answer.")
    @PostMapping("/return-visit")
    public ResponseEntity<PetitionResponse> returnVisit(@Parameter(description = ID) @PathVariable UUID id,
                                                        @Valid @RequestBody ReturnVisitRequest r,
                                                        @Parameter(description = IF_MATCH) @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                                        Authentication authentication) {
        return steps.run(id, ifMatch, authentication, r.onBehalfOf(), may(PetitionAction.RETURN_VISIT), (view, caller, actor) ->
                new RecordReturnVisit(id, r.visitedOn(), r.satisfaction(), actor.recordedBy(), actor.onBehalfOf()));
    }

    @Operation(summary = "申请复查 / Review request",
            description = "答复后 30 日内（已答复，或回访不满意），退回原承办单位重新办理，轮次加一。"
                    + " / Within 30 days of the answer (answered, or visited and unsatisfied): back to the same unit, next round.")
    @PostMapping("/review-request")
    public ResponseEntity<PetitionResponse> requestReview(@Parameter(description = ID) @PathVariable UUID id,
                                                          @Valid @RequestBody ReviewRequestRequest r,
                                                          @Parameter(description = IF_MATCH) @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                                          Authentication authentication) {
        return steps.run(id, ifMatch, authentication, r.onBehalfOf(), may(PetitionAction.REQUEST_REVIEW), (view, caller, actor) ->
                new RequestReview(id, r.requestedOn(), r.reason(), actor.recordedBy(), actor.onBehalfOf()));
    }

    @Operation(summary = "归档 / Archive")
    @PostMapping("/archive")
    public ResponseEntity<PetitionResponse> archive(@Parameter(description = ID) @PathVariable UUID id,
                                                    @Valid @RequestBody ArchiveRequest r,
                                                    @Parameter(description = IF_MATCH) @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                                    Authentication authentication) {
        return steps.run(id, ifMatch, authentication, r.onBehalfOf(), may(PetitionAction.ARCHIVE), (view, caller, actor) ->
                new ArchivePetition(id, r.archivedOn(), actor.recordedBy(), actor.onBehalfOf()));
    }

    /** Whether the caller may record that step on the petition (whether its state allows it is the model's). */
    private static CommandSteps.Access<PetitionView> may(PetitionAction action) {
        return (caller, petition) -> PetitionAccessPolicy.mayRecord(caller, petition, action);
    }

    /** A leader recording its own step is the leader; an office typing it in names the leader. */
    private static String leader(String given, Caller caller) {
        if ((given == null || given.isBlank()) && caller.is(Role.LEADER)) {
            return caller.account();
        }
        return given;
    }

    /** When the original of a repeat was received, if it is a petition the caller may read; null otherwise. */
    private LocalDate originalReceivedOn(UUID repeatOf, Caller caller) {
        if (repeatOf == null) {
            return null;
        }
        return views.find(repeatOf).filter(o -> PetitionAccessPolicy.mayRead(caller, o)).map(PetitionView::receivedOn)
                .orElse(null);
    }
}
