package dk.samtalebordet.plan;

import org.springframework.stereotype.Component;

import java.util.UUID;

/** Locks a conversation's plan through the real service, for tests that need a locked plan to begin with. */
@Component
public class PlanFixtures {

    private final PlanService plans;

    PlanFixtures(PlanService plans) {
        this.plans = plans;
    }

    /** The leader proposes the plan and approves it, then the employee does: the last approval locks it. */
    public void lock(UUID conversationId, long leader, long employee) {
        plans.propose(conversationId, leader);
        plans.approve(conversationId, leader);
        plans.approve(conversationId, employee);
    }
}
