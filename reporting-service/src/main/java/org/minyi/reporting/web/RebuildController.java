package org.minyi.reporting.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.minyi.platform.consuming.ReadModelRebuild;
import org.minyi.platform.security.Caller;
import org.minyi.platform.security.Role;
import org.minyi.platform.web.ApiProblem;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The rebuild operation (docs/ARCHITECTURE.md "Reports"): every read model emptied and replayed from the
 * topics. For the county office only; the figures read low until the replay has caught up (lag 0).
 */
@RestController
@RequestMapping("/api/reports/rebuild")
@Tag(name = "统计重建 / Rebuild", description = "从事件主题重建全部统计数据 / Rebuild every read model from the event topics")
public class RebuildController {

    private final ReadModelRebuild rebuild;

    public RebuildController(ReadModelRebuild rebuild) {
        this.rebuild = rebuild;
    }

    @Operation(summary = "重建统计数据 / Rebuild the read models",
            description = "清空全部统计表和审计记录并从头重放各事件主题和审计主题；重放期间数字偏低，lag 为 0 时完成。仅县人大常委会办公室。"
                    + " / Empties every read model (the audit trail too) and replays the event topics and the audit topic from the start; figures read low until"
                    + " lag is 0. County office only.")
    @PostMapping
    public ResponseEntity<ReadModelRebuild.Status> start(Authentication authentication) {
        requireAdmin(authentication);
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(rebuild.start());
    }

    @Operation(summary = "重建进度 / Rebuild progress", description = "lag：尚未处理的事件数。 / lag: events not yet applied.")
    @GetMapping
    public ReadModelRebuild.Status status(Authentication authentication) {
        requireAdmin(authentication);
        return rebuild.status();
    }

    private static void requireAdmin(Authentication authentication) {
        if (!Caller.from(authentication).is(Role.COUNTY_ADMIN)) {
            throw ApiProblem.forbidden("只有县人大常委会办公室可以重建统计数据。", "Only the county office may rebuild the read models.");
        }
    }
}
