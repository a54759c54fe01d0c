package vn.petitionboard.petition;

/** What a department asks of the leaders about a petition assigned to it. Stored by name in department_request. */
public enum RequestKind {
    /** More time: a later deadline, proposed by the department. */
    EXTENSION,
    /** "Not ours": give the petition to another department, perhaps the one the officer names. */
    REASSIGNMENT
}
