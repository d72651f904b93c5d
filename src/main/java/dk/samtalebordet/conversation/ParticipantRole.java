package dk.samtalebordet.conversation;

/** A participant's part in one conversation. In a LUS the leader's leader is LEADER and the leader EMPLOYEE. */
public enum ParticipantRole {
    LEADER,
    EMPLOYEE
}
