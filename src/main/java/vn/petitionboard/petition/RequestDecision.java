package vn.petitionboard.petition;

/** A leader's answer to a department's request. Stored by name in department_request; NULL while it is open. */
public enum RequestDecision {
    APPROVED,
    REFUSED
}
