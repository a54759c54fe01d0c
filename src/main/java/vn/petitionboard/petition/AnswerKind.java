package vn.petitionboard.petition;

/** Who gave an answer (answer.kind). Labels are the message keys {@code answer.kind.<NAME>}. */
public enum AnswerKind {
    /** A leader answered at the conference itself. */
    ON_THE_SPOT,
    /** The assigned department's officer. */
    DEPARTMENT,
    /** A leader, after the conference. */
    LEADER,
    /** The district or another agency the petition was escalated to. */
    HIGHER_LEVEL
}
