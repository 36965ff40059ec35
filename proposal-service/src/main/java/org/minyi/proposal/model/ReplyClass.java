package org.minyi.proposal.model;

/** A: solved or adopted (已解决/采纳); B: being solved or planned (正在解决/列入计划); C: cannot be solved now (因条件限制暂不能解决). */
public enum ReplyClass {
    A, B, C
}
